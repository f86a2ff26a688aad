import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RESUME_EVENT_NAME, WEBCHAT_CHANNEL_ID } from '../../bot/directLine/index.js';
import { ConversationAnswer, ErrorAnswer, type ServedActivity } from './directLineClient.js';
import { startHarness, type Harness } from './harness.js';

const botSaid = (text: string) => (activities: ServedActivity[]) =>
  activities.some((activity) => activity.from.role === 'bot' && activity.text === text);

describe('local Direct Line 3.0 endpoint', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  it('starts a conversation and the bot greets the user it was told about', async () => {
    const conversation = await harness.client.start('user-1', 'cy-GB');
    const greeted = await harness.client.pollUntil(conversation, botSaid('greeting'));

    const update = harness.bot.received.find((activity) => activity.type === 'conversationUpdate');
    expect(update?.membersAdded?.map((member) => member.id)).toEqual(['user-1']);
    expect(update?.channelId).toBe(WEBCHAT_CHANNEL_ID);
    expect(update?.locale).toBe('cy-GB');
    expect(update?.conversation.id).toBe(conversation.conversationId);
    expect(new URL(update?.serviceUrl ?? '').hostname).toBe('127.0.0.1');

    const greeting = greeted.activities.find((activity) => activity.text === 'greeting');
    expect(greeting?.id).not.toBe('');
    expect(Number.isNaN(Date.parse(greeting?.timestamp ?? ''))).toBe(false);
    expect(greeting?.conversation.id).toBe(conversation.conversationId);
    expect(greeted.watermark).not.toBe('');
  });

  it('answers an empty conversation with a non-empty watermark', async () => {
    const generated = ConversationAnswer.parse((await harness.client.call('POST', '/tokens/generate', undefined, {})).json);
    harness.bot.failing = true; // no greeting arrives, so the list stays empty
    await harness.client.call('POST', '/conversations', generated.token, {});
    const page = await harness.client.poll(generated);
    expect(page.activities).toEqual([]);
    expect(page.watermark).not.toBe('');
  });

  it('echoes the user message with its clientActivityID, then the reply, and the watermark moves on', async () => {
    const conversation = await harness.client.start('user-2');
    const afterGreeting = await harness.client.pollUntil(conversation, botSaid('greeting'));

    const posted = await harness.client.say(conversation, 'I look after my mum', 'client-abc');
    expect(posted.status).toBe(200);

    const next = await harness.client.pollUntil(conversation, botSaid('reply:I look after my mum'), afterGreeting.watermark);
    const echo = next.activities.find((activity) => activity.from.role === 'user');
    expect(echo?.channelData?.clientActivityID).toBe('client-abc');
    expect(echo?.id).toBe(idOf(posted.json));
    // The token decides who is speaking, not the body.
    expect(echo?.from.id).toBe('user-2');
    expect(next.activities.some((activity) => activity.text === 'greeting')).toBe(false);
    // Web Chat holds a reply until it has seen what it answers: the reply names the echo, the greeting names nothing.
    const reply = next.activities.find((activity) => activity.from.role === 'bot');
    expect(reply?.['replyToId']).toBe(echo?.id);
    expect(afterGreeting.activities.find((activity) => activity.text === 'greeting')?.['replyToId']).toBeUndefined();

    const nothingNew = await harness.client.poll(conversation, next.watermark);
    expect(nothingNew.activities).toEqual([]);
    expect(nothingNew.watermark).toBe(next.watermark);

    const forwarded = harness.bot.received.find((activity) => activity.type === 'message');
    expect(forwarded?.recipient.id).not.toBe('user-2');
    expect(forwarded?.from.id).toBe('user-2');
    expect(forwarded?.channelId).toBe(WEBCHAT_CHANNEL_ID);
  });

  it('refreshes a token for the same conversation, and the new token works', async () => {
    const conversation = await harness.client.start('user-3');
    harness.clock += 60_000;
    const refreshed = ConversationAnswer.parse((await harness.client.call('POST', '/tokens/refresh', conversation.token)).json);
    expect(refreshed.conversationId).toBe(conversation.conversationId);
    expect(refreshed.token).not.toBe(conversation.token);
    const page = await harness.client.pollUntil(refreshed, botSaid('greeting'));
    expect(page.activities.length).toBeGreaterThan(0);
  });

  it.each([
    ['no token', undefined],
    ['a made-up token', 'not-a-token'],
    ['a token with a forged signature', 'FORGED'],
  ])('refuses %s with 403 and a JSON reason', async (_label, token) => {
    const conversation = await harness.client.start('user-4');
    const forged = conversation.token.replace(/\.[^.]+$/, '.AAAA');
    const sent = token === 'FORGED' ? forged : token;
    for (const [method, path] of [
      ['GET', `/conversations/${conversation.conversationId}/activities?watermark=`],
      ['POST', '/tokens/refresh'],
      ['GET', `/conversations/${conversation.conversationId}`],
    ] as const) {
      const answer = await harness.client.call(method, path, sent);
      expect(answer.status).toBe(403);
      expect(ErrorAnswer.parse(answer.json).error.message).not.toMatch(/at .*\(|Error:/);
    }
  });

  it("refuses a token for another person's conversation", async () => {
    const mine = await harness.client.start('user-5');
    const theirs = await harness.client.start('user-6');
    const answer = await harness.client.call('GET', `/conversations/${theirs.conversationId}/activities?watermark=`, mine.token);
    expect(answer.status).toBe(403);
  });

  it('refuses an expired token, including for refresh', async () => {
    const conversation = await harness.client.start('user-7');
    harness.clock += conversation.expires_in * 1000 + 1;
    const poll = await harness.client.call('GET', `/conversations/${conversation.conversationId}/activities?watermark=`, conversation.token);
    expect(poll.status).toBe(403);
    expect(ErrorAnswer.parse(poll.json).error.message).toMatch(/expired/);
    expect((await harness.client.call('POST', '/tokens/refresh', conversation.token)).status).toBe(403);
  });

  it('replays the conversation and sends the bot a resume event when the page reconnects', async () => {
    const conversation = await harness.client.start('user-8');
    await harness.client.pollUntil(conversation, botSaid('greeting'));
    await harness.client.say(conversation, 'hello', 'client-1');

    const reconnected = await harness.client.call('GET', `/conversations/${conversation.conversationId}?watermark=`, conversation.token);
    expect(ConversationAnswer.parse(reconnected.json).conversationId).toBe(conversation.conversationId);

    const replay = await harness.client.pollUntil(conversation, botSaid(`event:${RESUME_EVENT_NAME}`));
    expect(replay.activities.map((activity) => activity.text)).toEqual([
      'greeting',
      'hello',
      'reply:hello',
      `event:${RESUME_EVENT_NAME}`,
    ]);
    expect(harness.bot.received.filter((activity) => activity.type === 'conversationUpdate')).toHaveLength(1);
  });

  it('accepts a stored token after a restart, recreates the conversation and asks the bot to resume', async () => {
    const conversation = await harness.client.start('user-9');
    const before = await harness.client.pollUntil(conversation, botSaid('greeting'));

    harness.restart();

    const reconnected = await harness.client.call('GET', `/conversations/${conversation.conversationId}?watermark=`, conversation.token);
    expect(reconnected.status).toBe(200);
    // A page that was open keeps polling with its old watermark; it must still get what comes next.
    const after = await harness.client.pollUntil(conversation, botSaid(`event:${RESUME_EVENT_NAME}`), before.watermark);
    expect(after.activities.some((activity) => activity.text === 'greeting')).toBe(false);
    expect((await harness.client.say(conversation, 'still here', 'client-2')).status).toBe(200);
  });

  it('tells the page when the bot cannot be reached, and does not show the message as sent', async () => {
    const conversation = await harness.client.start('user-10');
    const greeted = await harness.client.pollUntil(conversation, botSaid('greeting'));
    harness.bot.failing = true;
    const posted = await harness.client.say(conversation, 'anyone there?', 'client-3');
    expect(posted.status).toBe(502);
    expect(ErrorAnswer.parse(posted.json).error.code).toBe('botUnavailable');
    expect((await harness.client.poll(conversation, greeted.watermark)).activities).toEqual([]);
  });

  it('counts a message as sent when the bot takes it but is slow to finish its turn', async () => {
    await harness.close();
    harness = await startHarness({ forwardTimeoutMs: 100 });
    const conversation = await harness.client.start('user-11');
    const greeted = await harness.client.pollUntil(conversation, botSaid('greeting'));
    harness.bot.stuck = true;
    expect((await harness.client.say(conversation, 'are you there?', 'client-4')).status).toBe(200);
    const page = await harness.client.poll(conversation, greeted.watermark);
    expect(page.activities.map((activity) => activity.channelData?.clientActivityID)).toEqual(['client-4']);
  });

  it('refuses bot replies to a conversation it does not know', async () => {
    const response = await fetch(`${harness.client.baseUrl}/v3/conversations/nope/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'hi' }),
    });
    expect(response.status).toBe(404);
  });
});

function idOf(json: unknown): string | undefined {
  return typeof json === 'object' && json !== null && 'id' in json && typeof json.id === 'string' ? json.id : undefined;
}
