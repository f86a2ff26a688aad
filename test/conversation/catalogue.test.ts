import { describe, expect, it } from 'vitest';
import { applies, nextQuestion, recordAnswer, recordSkip } from '../../dialogs/catalogue/conversationFlow.js';
import { newIntakeState, type AnswerValue, type IntakeState, type Language } from '../../dialogs/catalogue/intakeState.js';
import { parseAnswer } from '../../dialogs/catalogue/parseAnswer.js';
import type { Condition, Question } from '../../dialogs/catalogue/questionSchema.js';
import { catalogue } from '../../dialogs/catalogue/questions.js';
import { createLocaliser, LANGUAGES } from '../../dialogs/localiser.js';
import { choiceIds, choiceWords } from '../../dialogs/questionText.js';

/**
 * Properties of the question catalogue, checked without an adapter: the catalogue is data a council edits, so these
 * tests catch the mistakes an edit can make (a condition on a misspelt slot or choice, a question nobody can reach,
 * a missing translation, a button whose own label is not understood).
 */

const localiser = createLocaliser();
const byId = new Map(catalogue.map((question) => [question.id, question]));
const CHOICE_KINDS: ReadonlySet<Question['kind']> = new Set(['choice', 'multiChoice']);
const CONTEXTS = [undefined, 'carer', 'staff'] as const;

/** A service the after-matches questions can talk about. */
const MATCH = { serviceId: 'svc-1', name: 'Test Befriending Service', why: 'test', warnings: [] };

/** The values a slot can take: its choices, yes/no, a matched service, or one sample of a typed answer. */
function valuesOf(question: Question): string[] {
  if (question.kind === 'matchedServices') return [MATCH.serviceId];
  return choiceIds(question, newIntakeState('en', true));
}

function indexOf(id: string): number {
  return catalogue.findIndex((question) => question.id === id);
}

/** An answer for a question that satisfies one wanted value (or any value when none is wanted). */
function answerWith(question: Question, value: string | undefined): AnswerValue {
  switch (question.kind) {
    case 'multiChoice':
    case 'matchedServices':
      return [value ?? valuesOf(question)[0] ?? ''];
    case 'age':
      return 80;
    case 'postcode':
      return 'AT3';
    case 'text':
      return value ?? 'Some words';
    default:
      return value ?? valuesOf(question)[0] ?? '';
  }
}

/**
 * Answers that make a question apply, built from its conditions (and, recursively, the conditions of the slots they
 * name). `undefined` in the map means "must be left unanswered". Returns undefined when the conditions contradict.
 */
function assignmentFor(target: Question, assignment = new Map<string, string | null>()): Map<string, string | null> | undefined {
  // One of the "any" conditions must hold too: try each against a copy of what is assigned so far.
  const options: Array<Condition | undefined> = target.whenAny.length === 0 ? [undefined] : target.whenAny;
  for (const any of options) {
    const attempt = new Map(assignment);
    if (satisfy(any ? [...target.when, any] : target.when, attempt)) {
      for (const [slot, value] of attempt) assignment.set(slot, value);
      return assignment;
    }
  }
  return undefined;
}

function satisfy(conditions: readonly Condition[], assignment: Map<string, string | null>): boolean {
  for (const condition of conditions) {
    const slot = byId.get(condition.slot);
    if (!slot) return false;
    if (condition.answered === false) {
      if (assignment.get(slot.id)) return false;
      assignment.set(slot.id, null);
      continue;
    }
    const candidates = (condition.in ?? valuesOf(slot)).filter((value) => !condition.notIn?.includes(value));
    const already = assignment.get(slot.id);
    if (already === null) return false;
    if (already !== undefined) {
      if (candidates.length > 0 && !candidates.includes(already)) return false;
      continue;
    }
    assignment.set(slot.id, candidates[0] ?? '');
    if (!assignmentFor(slot, assignment)) return false;
  }
  return true;
}

function solvable(condition: Condition): boolean {
  const slot = byId.get(condition.slot);
  return slot !== undefined && assignmentFor(slot) !== undefined;
}

/**
 * Walks the real flow (`nextQuestion`, `recordAnswer`, `recordSkip`) answering with the assignment and a default
 * elsewhere, and returns the ids asked in order. Matches are found between the intake and the after-matches phase.
 */
function walk(assignment: ReadonlyMap<string, string | null>, defaults: (question: Question) => AnswerValue): string[] {
  let state: IntakeState = newIntakeState('en', true);
  const asked: string[] = [];
  for (let turn = 0; turn < catalogue.length * 2; turn += 1) {
    let question = nextQuestion(catalogue, state, 'intake');
    if (!question && state.matches === undefined) state = { ...state, matches: [MATCH] };
    question ??= nextQuestion(catalogue, state, 'afterMatches');
    if (!question) return asked;
    asked.push(question.id);
    const wanted = assignment.get(question.id);
    state =
      wanted === null
        ? recordSkip(state, question.id)
        : recordAnswer(catalogue, state, question.id, wanted === undefined ? defaults(question) : answerWith(question, wanted));
  }
  throw new Error(`the walk did not end: ${asked.join(', ')}`);
}

describe('the question catalogue', () => {
  it.each(catalogue.map((question) => [question.id, question] as const))('%s can be reached through the real flow', (_id, question) => {
    const assignment = assignmentFor(question);
    expect(assignment, `the conditions of ${question.id} contradict each other`).toBeDefined();
    if (!assignment) return;
    const answers: Record<string, AnswerValue> = {};
    for (const [slot, value] of assignment) if (value !== null) answers[slot] = answerWith(byId.get(slot)!, value);
    expect(applies(question, answers)).toBe(true);
    expect(walk(assignment, (other) => answerWith(other, undefined))).toContain(question.id);
  });

  it('every condition names a question asked before it, and only values that question can have', () => {
    for (const question of catalogue) {
      for (const condition of [...question.when, ...question.whenAny]) {
        const slot = byId.get(condition.slot);
        expect(slot, `${question.id}: condition on unknown slot "${condition.slot}"`).toBeDefined();
        if (!slot) continue;
        expect(indexOf(slot.id), `${question.id}: "${slot.id}" is not asked before it`).toBeLessThan(indexOf(question.id));
        const values = [...(condition.in ?? []), ...(condition.notIn ?? [])];
        if (values.length === 0) continue;
        expect(['choice', 'multiChoice', 'yesNo'], `${question.id}: in/notIn on "${slot.id}", a ${slot.kind} answer`).toContain(slot.kind);
        for (const value of values) {
          expect(valuesOf(slot), `${question.id}: "${value}" is not a choice of ${slot.id}`).toContain(value);
        }
      }
    }
  });

  it('every needs-profile mapping is keyed by a real choice of its question', () => {
    for (const question of catalogue) {
      const { careActOutcomes = {}, carerOutcomes = {}, topics = {} } = question.maps;
      for (const key of [...Object.keys(careActOutcomes), ...Object.keys(carerOutcomes), ...Object.keys(topics)]) {
        expect(valuesOf(question), `${question.id}.maps: "${key}" is not one of its choices`).toContain(key);
      }
    }
  });

  it('sees a contradiction: conditions no answers can meet give no assignment', () => {
    const impossible = {
      ...catalogue[1]!,
      id: 'impossible',
      when: [
        { slot: 'about', in: ['me'] },
        { slot: 'about', in: ['callHandler'] },
      ],
    };
    expect(assignmentFor(impossible)).toBeUndefined();
  });

  // Every _carer and _staff wording, and every staff note, can be reached by its audience.
  it('every audience wording in the locale can be shown to that audience (no dead _carer, _staff or staff notes)', () => {
    const audienceOf = { carer: 'someoneICareFor', staff: 'callHandler' } as const;
    const afterAbout = catalogue.filter((question) => indexOf(question.id) > indexOf('about'));
    const dead: string[] = [];
    for (const question of catalogue) {
      for (const [context, about] of Object.entries(audienceOf)) {
        const keys = [`${question.id}.prompt_${context}`, ...(context === 'staff' ? [`${question.id}.staffNote`] : [])];
        for (const key of keys.filter((candidate) => localiser.exists(`questions:${candidate}`, { lng: 'en', fallbackLng: false }))) {
          const shown = afterAbout.includes(question) && assignmentFor(question, new Map([['about', about]])) !== undefined;
          if (!shown) dead.push(key);
        }
      }
    }
    expect(dead).toEqual([]);
  });

  const multi = catalogue.filter((question) => question.kind === 'multiChoice');
  describe.each(multi.map((question) => [question.id, question] as const))('%s', (id, question) => {
    it('reads any two choice numbers typed as a list ("2 and 3", "2, 3", "2 a 3") as those two choices', () => {
      const words = choiceWords(localiser, question, newIntakeState('en', true));
      const ids = valuesOf(question);
      ids.forEach((first, i) => {
        ids.forEach((second, j) => {
          if (i >= j || first === question.noneChoice || second === question.noneChoice) return;
          for (const typed of [`${i + 1} and ${j + 1}`, `${i + 1}, ${j + 1}`, `${i + 1} a ${j + 1}`]) {
            expect(parseAnswer(question, typed, words), `"${typed}"`).toEqual({ ok: true, value: [first, second] });
          }
        });
      });
    });
  });

  it('checks a language on its own: a key only English has is not reported as Welsh', () => {
    const probe = createLocaliser({ en: { questions: { onlyEnglish: 'x' } }, cy: { questions: {} } });
    expect(probe.exists('questions:onlyEnglish', { lng: 'cy', fallbackLng: false })).toBe(false);
    expect(probe.exists('questions:onlyEnglish', { lng: 'en', fallbackLng: false })).toBe(true);
  });

  describe.each(LANGUAGES.map((language) => [language] as const))('in %s', (language: Language) => {
    const has = (key: string): boolean => localiser.exists(`questions:${key}`, { lng: language, fallbackLng: false });

    it('every question has its prompt, and every choice its label', () => {
      for (const question of catalogue) {
        expect(has(`${question.id}.prompt`), `${language}: ${question.id}.prompt`).toBe(true);
        const base = question.kind === 'yesNo' ? 'yesNo' : question.id;
        if (!CHOICE_KINDS.has(question.kind) && question.kind !== 'yesNo') continue;
        for (const id of valuesOf(question)) expect(has(`${base}.choices.${id}`), `${language}: ${base}.choices.${id}`).toBe(true);
      }
    });

    const withChoices = catalogue.filter((question) => CHOICE_KINDS.has(question.kind) || question.kind === 'yesNo');
    it.each(withChoices.map((question) => [question.id, question] as const))(
      '%s: every button label, in every audience, and every choice number is read back as that choice',
      (_id, question) => {
        const state = newIntakeState(language, true);
        const words = choiceWords(localiser, question, state);
        const q = localiser.getFixedT(language, 'questions');
        const base = question.kind === 'yesNo' ? 'yesNo' : question.id;
        const expected = (id: string): AnswerValue => (question.kind === 'multiChoice' ? [id] : id);
        valuesOf(question).forEach((id, index) => {
          for (const context of CONTEXTS) {
            const label = q(`${base}.choices.${id}`, context ? { context, person: q('caredFor.person.mum') } : {});
            expect(parseAnswer(question, label, words), `${language} ${context ?? 'resident'} "${label}"`).toEqual({ ok: true, value: expected(id) });
          }
          expect(parseAnswer(question, String(index + 1), words), `${language} "${index + 1}"`).toEqual({ ok: true, value: expected(id) });
        });
      },
    );
  });
});
