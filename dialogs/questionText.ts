import type { i18n, TFunction } from 'i18next';
import type { ChoiceWords } from './catalogue/parseAnswer.js';
import type { Question } from './catalogue/questionSchema.js';
import { audienceOf, type IntakeState, type Language } from './catalogue/intakeState.js';
import { LANGUAGES } from './localiser.js';

/** The i18next context for an audience: residents read the plain keys, carers `_carer`, call handlers `_staff`. */
export function audienceContext(state: IntakeState): 'carer' | 'staff' | undefined {
  const audience = audienceOf(state);
  return audience === 'resident' ? undefined : audience;
}

/** Everything a turn needs to speak: translators fixed to this conversation's language, and the shared options. */
export interface Voice {
  /** The `conversation` namespace. */
  readonly t: TFunction;
  /** The `questions` namespace. */
  readonly q: TFunction;
  readonly language: Language;
  /** Options every key gets: audience context and the carer's wording for the cared-for person. */
  readonly options: { context?: string; person: string };
}

/** A voice for this turn, from the conversation's state. */
export function voiceFor(localiser: i18n, state: IntakeState): Voice {
  const q = localiser.getFixedT(state.language, 'questions');
  const caredFor = state.answers.caredFor;
  const person = typeof caredFor === 'string' ? q(`caredFor.person.${caredFor}`) : q('caredFor.person.otherPerson');
  const context = audienceContext(state);
  return {
    t: localiser.getFixedT(state.language, 'conversation'),
    q,
    language: state.language,
    options: context ? { context, person } : { person },
  };
}

/** The choice ids a question offers: yes and no, the matched services, or the catalogue's choices. */
export function choiceIds(question: Question, state: IntakeState): string[] {
  if (question.kind === 'yesNo') return ['yes', 'no'];
  if (question.kind === 'matchedServices') return (state.matches ?? []).map((match) => match.serviceId);
  return question.choices ?? [];
}

function choiceKeyBase(question: Question): string {
  return question.kind === 'yesNo' ? 'yesNo' : question.id;
}

/** The button labels for a question, in the conversation's language and audience. */
export function choiceLabels(voice: Voice, question: Question, state: IntakeState): string[] {
  if (question.kind === 'matchedServices') return (state.matches ?? []).map((match) => match.name);
  return choiceIds(question, state).map((id) => voice.q(`${choiceKeyBase(question)}.choices.${id}`, voice.options));
}

/** The question's prompt, with the staff-only note for call handlers. */
export function promptText(voice: Voice, question: Question): string {
  const prompt = voice.q(`${question.id}.prompt`, voice.options);
  const noteKey = `${question.id}.staffNote`;
  const staff = voice.options.context === 'staff';
  return staff && voice.q(noteKey, { defaultValue: '' }) !== '' ? `${prompt}\n\n${voice.q(noteKey)}` : prompt;
}

/**
 * The words that can stand for each choice, in every language we speak (a Welsh speaker may type "yes"), so a typed
 * answer works wherever a button is offered.
 */
export function choiceWords(localiser: i18n, question: Question, state: IntakeState): ChoiceWords[] {
  if (question.kind === 'matchedServices') {
    return (state.matches ?? []).map((match) => ({ id: match.serviceId, phrases: [match.name] }));
  }
  // The words of a catalogue question never change while the bot runs: build them once per question, not per turn.
  let cache = WORDS_CACHE.get(localiser);
  if (!cache) {
    cache = new Map();
    WORDS_CACHE.set(localiser, cache);
  }
  const cached = cache.get(question);
  if (cached) return cached;
  const words = staticChoiceWords(localiser, question, state);
  cache.set(question, words);
  return words;
}

const WORDS_CACHE = new WeakMap<i18n, Map<Question, ChoiceWords[]>>();

function staticChoiceWords(localiser: i18n, question: Question, state: IntakeState): ChoiceWords[] {
  const base = choiceKeyBase(question);
  return choiceIds(question, state).map((id) => ({
    id,
    phrases: LANGUAGES.flatMap((language) => {
      const q = localiser.getFixedT(language, 'questions');
      const labels = ['carer', 'staff', undefined].map((context) => q(`${base}.choices.${id}`, context ? { context } : {}));
      const synonyms = q(`${base}.synonyms.${id}`, { defaultValue: '' }).split('|');
      return [...labels, ...synonyms].filter((phrase) => phrase.trim().length > 0);
    }),
  }));
}
