import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, MAX_TEXT_LENGTH } from '../../bot/directLine/index.js';
import { TOKEN_SECRET_FILE } from '../../bot/directLine/tokenSigner.js';
import { ErrorAnswer, type ServedActivity } from './directLineClient.js';
import { startHarness, type Harness } from './harness.js';

const botSaid = (text: string) => (activities: ServedActivity[]) => activities.some((activity) => activity.text === text);

describe('Direct Line limits', () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  it('keeps the token secret private to the server user', async () => {
    harness = await startHarness();
    const mode = fs.statSync(path.join(harness.dataDir, TOKEN_SECRET_FILE)).mode & 0o777;
    expect(mode).toBe(0o600);
  });

  it('refuses a body over the size limit with 413 and says why', async () => {
    harness = await startHarness();
    const conversation = await harness.client.start('user-1');
    const answer = await harness.client.call('POST', `/conversations/${conversation.conversationId}/activities`, conversation.token, {
      type: 'message',
      text: 'a',
      value: 'x'.repeat(MAX_BODY_BYTES),
    });
    expect(answer.status).toBe(413);
    expect(ErrorAnswer.parse(answer.json).error.message).toMatch(/KB/);
  });

  it('takes text up to the limit and refuses one character more with 400', async () => {
    harness = await startHarness();
    const conversation = await harness.client.start('user-2');
    const longest = 'a'.repeat(MAX_TEXT_LENGTH);
    expect((await harness.client.say(conversation, longest, 'c-1')).status).toBe(200);
    const tooLong = await harness.client.say(conversation, `${longest}a`, 'c-2');
    expect(tooLong.status).toBe(400);
    expect(ErrorAnswer.parse(tooLong.json).error.message).toContain(String(MAX_TEXT_LENGTH));
    expect(harness.bot.received.filter((activity) => activity.type === 'message')).toHaveLength(1);
  });

  it('keeps only the most recent activities of a long conversation', async () => {
    harness = await startHarness({ limits: { maxActivities: 4 } });
    const conversation = await harness.client.start('user-3');
    await harness.client.pollUntil(conversation, botSaid('greeting'));
    for (const word of ['one', 'two', 'three']) await harness.client.say(conversation, word, `c-${word}`);
    const all = await harness.client.pollUntil(conversation, botSaid('reply:three'));
    expect(all.activities.map((activity) => activity.text)).toEqual(['two', 'reply:two', 'three', 'reply:three']);
  });

  it('forgets an idle conversation; its page comes back to an empty one', async () => {
    harness = await startHarness({ limits: { idleMs: 60 * 60 * 1000 }, tokenLifetimeSeconds: 24 * 60 * 60 });
    const conversation = await harness.client.start('user-4');
    await harness.client.pollUntil(conversation, botSaid('greeting'));
    harness.clock += 2 * 60 * 60 * 1000;
    const page = await harness.client.poll(conversation);
    expect(page.activities).toEqual([]);
  });

  it('refuses a watermark that is not a number', async () => {
    harness = await startHarness();
    const conversation = await harness.client.start('user-5');
    const answer = await harness.client.call('GET', `/conversations/${conversation.conversationId}/activities?watermark=abc`, conversation.token);
    expect(answer.status).toBe(400);
  });
});
