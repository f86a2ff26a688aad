import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/config.js';
import { startApp, type RunningApp } from '../../bot/app.js';
import { createLogger } from '../../bot/logger.js';
import { createLocaliser } from '../../dialogs/localiser.js';
import { postActivity } from './botClient.js';

const localiser = createLocaliser();
const questions = localiser.getFixedT('en', 'questions');

let app: RunningApp;
let dataDir: string;
const logLines: string[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'care-navigator-http-'));
  const config = loadConfig({ PORT: '0', DATA_DIR: dataDir });
  app = await startApp(config, { logger: createLogger('debug', (line) => logLines.push(line)) });
});

afterAll(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Posts one activity with deliveryMode expectReplies, as a channel or test client would, and returns the replies. */
function post(conversationId: string, activity: Record<string, unknown>): ReturnType<typeof postActivity> {
  return postActivity(app.url, conversationId, activity);
}

describe('the HTTP server', () => {
  it('answers /healthz with the version, the directory size and writable storage', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { version: string; directory: { services: number }; storage: { writable: boolean } };
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(body.directory.services).toBeGreaterThanOrEqual(80);
    expect(body.storage.writable).toBe(true);
  });

  it('returns the replies in the response body for deliveryMode expectReplies', async () => {
    const { status, replies } = await post('c1', { text: 'hello' });
    expect(status).toBe(200);
    const said = replies.map((reply) => reply.text);
    expect(said).toContain(questions('language.prompt'));
  });

  it('carries a conversation on across requests', async () => {
    await post('c2', { text: 'hello' });
    const { replies } = await post('c2', { text: 'English' });
    expect(replies.map((reply) => reply.text)).toContain(questions('about.prompt'));
  });

  it('refuses malformed JSON and oversized bodies with a clear 4xx, and keeps serving', async () => {
    const malformed = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"type": "mess' });
    expect(malformed.status).toBe(400);
    const huge = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'x'.repeat(100_000) }),
    });
    expect(huge.status).toBe(413);
    const { status } = await post('c3', { text: 'hello' });
    expect(status).toBe(200);
  });

  it('sends no trace activities (botbuilder\'s state snapshots) to any channel but the Emulator', async () => {
    const { replies } = await post('c-trace', { text: 'Hello, I am Tamsin-Okonkwo-Rees', channelId: 'webchat' });
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.filter((activity) => activity.type === 'trace')).toEqual([]);
    expect(JSON.stringify(replies)).not.toContain('Tamsin-Okonkwo-Rees');
  });

  it('never logs what people type', async () => {
    const secret = 'Marmaduke-Quill-4417';
    await post('c4', { text: 'hello' });
    await post('c4', { text: 'English' });
    await post('c4', { text: `me ${secret}` });
    expect(logLines.join('\n')).not.toContain(secret);
  });

  it('serves two turns of one conversation at once without losing either', async () => {
    await post('c5', { text: 'hello' });
    await post('c5', { text: 'English' });
    await post('c5', { text: 'me' });
    const [first, second] = await Promise.all([
      post('c5', { text: 'My dad keeps falling' }),
      post('c5', { text: 'see services now' }),
    ]);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    const said = [...first.replies, ...second.replies].map((reply) => reply.text ?? '');
    // The story was recorded and the next question asked; then the choice moved the conversation on to the postcode.
    expect(said).toContain(questions('pace.prompt'));
    expect(said).toContain(questions('postcode.prompt'));
  });
});
