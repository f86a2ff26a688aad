import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/config.js';
import { startApp, type RunningApp } from '../../bot/app.js';
import { createLogger } from '../../bot/logger.js';
import { sayOverHttp } from './botClient.js';
import { filesHolding, filesUnder } from '../harness/files.js';

const STAFF_TOKEN = 'staff-token-for-tests-only-7f3a';
const MARKER = 'Persephone-Ollerenshaw';
let app: RunningApp;
let dataDir: string;
const logLines: string[] = [];

function say(text: string): Promise<string[]> {
  return sayOverHttp(app.url, 'privacy', text);
}

function staff(pathAndQuery: string, init: RequestInit = {}, token: string | null = STAFF_TOKEN): Promise<Response> {
  return fetch(`${app.url}${pathAndQuery}`, { ...init, headers: token ? { Authorization: `Bearer ${token}` } : {} });
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'care-navigator-privacy-'));
  const digest = createHash('sha256').update(STAFF_TOKEN).digest('hex');
  app = await startApp(loadConfig({ PORT: '0', DATA_DIR: dataDir, STAFF_TOKEN_SHA256: digest }), {
    logger: createLogger('debug', (line) => logLines.push(line)),
  });
});

afterAll(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a referral is shown only to staff, and erasure is real', () => {
  let reference = '';

  it('makes a shared referral from a conversation', async () => {
    for (const text of ['hello', 'English', 'me', `I am ${MARKER} and I keep falling. I live in AT5`, 'see services now', 'yes all of them', 'yes', 'yes', 'phone', '07700 900777', 'skip']) {
      const replies = await say(text);
      const found = replies.join('\n').match(/CN-[A-Z0-9]{4}-[A-Z0-9]{4}/);
      if (found) reference = found[0];
    }
    expect(reference).not.toBe('');
  });

  it('refuses anonymous, wrongly authenticated and unknown requests alike, leaking nothing', async () => {
    const anonymous = await staff(`/api/referrals/${reference}`, {}, null);
    const wrong = await staff(`/api/referrals/${reference}`, {}, 'not-the-token');
    const unknown = await staff('/api/referrals/CN-AAAA-AAAA');
    expect([anonymous.status, wrong.status, unknown.status]).toEqual([404, 404, 404]);
    const bodies = await Promise.all([anonymous.text(), wrong.text(), unknown.text()]);
    expect(new Set(bodies).size).toBe(1);
    expect(bodies[0]).not.toContain(MARKER);
  });

  it('gives staff the referral as JSON, FHIR and text', async () => {
    const json = await staff(`/api/referrals/${reference}`);
    expect(json.status).toBe(200);
    expect(await json.text()).toContain(MARKER);
    const fhir = (await (await staff(`/api/referrals/${reference}?format=fhir`)).json()) as { resourceType: string };
    expect(fhir.resourceType).toBe('Bundle');
    expect(await (await staff(`/api/referrals/${reference}?format=text`)).text()).toContain(reference);
  });

  it('erases it so that no file under the data folder, and no log line, holds the person\'s words', async () => {
    const erased = await staff(`/api/referrals/${reference}`, { method: 'DELETE' });
    expect(erased.status).toBe(204);
    expect((await staff(`/api/referrals/${reference}`)).status).toBe(404);
    const holding = filesHolding(dataDir, MARKER);
    expect(holding).toEqual([]);
    expect(logLines.join('\n')).not.toContain(MARKER);
    const audit = filesUnder(dataDir).filter((file) => file.includes('audit')).map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(audit).toContain('erase');
  });
});
