import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../bot/app.js';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { catalogue } from '../../dialogs/catalogue/questions.js';
import { createLocaliser } from '../../dialogs/localiser.js';
import { postActivity } from './botClient.js';

/**
 * One whole conversation over HTTP, as a channel sends it (deliveryMode expectReplies), typed only: numbers, synonyms
 * and small slips, never a button's value. From hello to the summary with its reference, no question is asked twice
 * and every typed answer is understood the first time.
 */

const localiser = createLocaliser();
const questions = localiser.getFixedT('en', 'questions');
const conversation = localiser.getFixedT('en', 'conversation');
const mum = questions('caredFor.person.mum');

let app: RunningApp;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'care-navigator-whole-'));
  app = await startApp(loadConfig({ PORT: '0', DATA_DIR: dataDir }), { logger: createLogger('silent') });
});

afterAll(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Posts one typed message with deliveryMode expectReplies and returns the replies' texts. */
async function say(conversationId: string, text: string): Promise<string[]> {
  const { status, replies } = await postActivity(app.url, conversationId, { text });
  expect(status).toBe(200);
  return replies.map((reply) => reply.text ?? '');
}

/** Each question's prompt as a carer of their mum hears it (or as anyone, for questions with no carer wording). */
const prompts = catalogue
  .map((question) => ({ id: question.id, text: questions(`${question.id}.prompt`, { context: 'carer', person: mum }) }))
  .sort((a, b) => b.text.length - a.text.length);

function askedIn(replies: readonly string[]): string[] {
  return replies.flatMap((reply) => prompts.filter((prompt) => reply.startsWith(prompt.text)).slice(0, 1).map((prompt) => prompt.id));
}

/** What the person types, and the question the bot must ask next (or undefined at the end). */
const transcript: ReadonlyArray<readonly [says: string, next: string | undefined]> = [
  ['hello', 'language'],
  ['englsh', 'about'],
  ['someone i cre for', 'caredFor'],
  ['my mother', 'story'],
  ["Mum forgets her meals and can't get in the bath any more. I'm tired out.", 'pace'],
  ['more', 'age'],
  ['84', 'postcode'],
  ['at3', 'livesWith'],
  ['on her own', 'communication'],
  ['no thanks', 'health'],
  ['2', 'wellbeing'],
  ['forgetfull', 'dailyLiving'],
  ['cooking and bathing', 'difficulty'],
  ['1', 'home'],
  ['the stairs', 'carerLife'],
  ['time off', 'carerHealth'],
  ['yeah', 'keepCaring'],
  ['maybe', 'moneyAndHome'],
  ['bills', 'whatMatters'],
  ['Mum staying in her own home', 'shareServices'],
  ['yes please', 'shareGp'],
  ['nope', 'shareSocialCare'],
  ['yes please', 'contactMethod'],
  ['text me', 'contactDetails'],
  ['07700 900321', 'name'],
  ['Sam', undefined],
];

describe('a whole conversation over HTTP, typed only', () => {
  it('goes from hello to a summary with a reference, never asking a question twice', async () => {
    const asked: string[] = [];
    let last: string[] = [];
    const misunderstood = [...Object.keys(conversation('reprompt', { returnObjects: true }) as Record<string, string>)]
      .map((problem) => conversation(`reprompt.${problem}`, { max: 2000 }))
      .concat(conversation('gaveUp'));
    expect(misunderstood.length).toBeGreaterThan(2);
    for (const [says, next] of transcript) {
      const replies = await say("whole-1", says);
      last = replies.filter((reply) => reply !== '');
      for (const text of misunderstood) expect(replies, `"${says}" should be understood first time`).not.toContain(text);
      const now = askedIn(replies);
      asked.push(...now);
      if (next) expect(now.at(-1), `after "${says}"`).toBe(next);
    }
    expect([...new Set(asked.filter((id, index) => asked.indexOf(id) !== index))], 'asked twice').toEqual([]);
    expect(asked.length).toBeLessThanOrEqual(25);
    // A carer's conversation ends with two linked summaries, each with its reference, then the reminder.
    expect(last[0]).toMatch(/CN-[A-Z0-9]{4}-[A-Z0-9]{4}/);
    expect(last.at(-1)).toBe(conversation('summaryNotDecision'));
  });
});
