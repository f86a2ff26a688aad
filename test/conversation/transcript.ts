import { expect } from 'vitest';
import type { Language } from '../../dialogs/catalogue/intakeState.js';
import { catalogue } from '../../dialogs/catalogue/questions.js';
import { texts, type Conversation } from '../harness/conversationHarness.js';

/** Who the bot is speaking to, as i18next options: residents none, carers `carer` (with the person), call handlers `staff`. */
export interface Voice {
  readonly context?: 'carer' | 'staff';
  /** For carers: the choice of "caredFor" whose `caredFor.person.*` wording fills `{{person}}`. */
  readonly caredFor?: string;
}

/** A locale key (`namespace:key`, `conversation` by default), or a key with options of its own. */
export type Key = string | readonly [key: string, options: Record<string, unknown>];

/** One line of a transcript: what the person says, and the locale keys the bot's replies must contain. */
export type Step = readonly [says: string, keys: readonly Key[]];

/** Sends a join (conversationUpdate) instead of a message. */
export const JOIN = '<join>';

/** The i18next options a voice gives a key, as the dialogs give them. */
export function voiceOptions(person: Conversation, language: Language, voice: Voice): Record<string, unknown> {
  if (!voice.context) return {};
  const caredFor = voice.caredFor ?? 'otherPerson';
  return { context: voice.context, person: person.t(language, `questions:caredFor.person.${caredFor}`) };
}

/** The text a key should have in this language and voice. */
export function expectedText(person: Conversation, language: Language, voice: Voice, key: Key): string {
  const [name, own] = typeof key === 'string' ? [key, {}] : key;
  const council = { council: person.config.COUNCIL_NAME, phone: person.config.COUNCIL_CONTACT_PHONE, url: person.config.COUNCIL_CONTACT_URL };
  return person.t(language, name, { ...council, ...voiceOptions(person, language, voice), ...own });
}

/**
 * Plays a transcript: each message is sent and the replies must contain every key's text, in this language and voice.
 * Returns every reply text, in order, for checks over the whole conversation.
 */
export async function play(person: Conversation, language: Language, voice: Voice, steps: readonly Step[]): Promise<string[]> {
  const all: string[] = [];
  for (const [says, keys] of steps) {
    const replies = texts(says === JOIN ? await person.join() : await person.say(says));
    all.push(...replies);
    const said = replies.join('\n');
    for (const key of keys) {
      expect(said, `after "${says}" the bot should say ${typeof key === 'string' ? key : key[0]} (${language})`).toContain(
        expectedText(person, language, voice, key),
      );
    }
  }
  return all;
}

/**
 * The questions a transcript asked, in order: each reply that begins with a question's prompt, in either language and
 * any audience, counts as asking it. Re-prompts after a wrong answer are other text and do not count.
 */
export function questionsAsked(person: Conversation, replies: readonly string[], caredFor = 'otherPerson'): string[] {
  const prompts: Array<{ id: string; text: string }> = [];
  for (const language of ['en', 'cy'] as const) {
    for (const voice of [{}, { context: 'carer', caredFor }, { context: 'staff' }] satisfies Voice[]) {
      for (const question of catalogue) {
        prompts.push({ id: question.id, text: expectedText(person, language, voice, `questions:${question.id}.prompt`) });
      }
    }
  }
  prompts.sort((a, b) => b.text.length - a.text.length);
  return replies.flatMap((reply) => {
    const found = prompts.find((prompt) => reply.startsWith(prompt.text));
    return found ? [found.id] : [];
  });
}

/** The ids that occur more than once. */
export function repeated(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}
