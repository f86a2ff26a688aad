import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Fhir } from 'fhir';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HttpRequest, HttpResponse, Route } from '../../bot/http.js';
import { AuditLog } from '../../referral/auditLog.js';
import { buildReferral } from '../../referral/buildReferral.js';
import { purgeAndAudit } from '../../referral/retention.js';
import { ReferralStore } from '../../referral/referralStore.js';
import { createStaffApiRoutes } from '../../referral/staffApi.js';
import { NOW, residentInput, seededRandom, testTranslator } from './fixtures.js';

const TOKEN = 'fictional-staff-token-for-tests-only';
const DIGEST = createHash('sha256').update(TOKEN).digest('hex');
const OTHER_DIGEST = createHash('sha256').update('another-fictional-token').digest('hex');
const DAY = 24 * 60 * 60 * 1000;

/** Every file under a folder, recursively. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

function grep(folder: string, marker: string): string[] {
  return filesUnder(folder).filter((file) => readFileSync(file, 'utf8').includes(marker));
}

let dataDir = '';
let store: ReferralStore;
let audit: AuditLog;

beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'cn-referrals-'));
  store = new ReferralStore(dataDir, { random: seededRandom(8) });
  audit = new AuditLog(dataDir);
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

async function saveResident(createdAt: Date, ownWords?: string): Promise<string> {
  const reference = await store.newReference();
  const input = ownWords === undefined ? residentInput() : residentInput({ ownWords });
  const result = await store.save(buildReferral(input, { now: createdAt, reference }));
  expect(result.stored).toBe(true);
  return reference;
}

describe('the referral store', () => {
  it('keeps one file per referral and finds them again after a restart, newest first', async () => {
    const older = await saveResident(new Date(NOW.getTime() - 2 * DAY));
    const newest = await saveResident(NOW);
    const middle = await saveResident(new Date(NOW.getTime() - DAY));
    expect(readdirSync(store.folder).sort()).toEqual([`${older}.json`, `${newest}.json`, `${middle}.json`].sort());

    const restarted = new ReferralStore(dataDir);
    expect((await restarted.get(middle))?.ownWords).toBe(residentInput().ownWords);
    const first = await restarted.list({ page: 1, pageSize: 2 });
    expect(first.total).toBe(3);
    expect(first.items.map((item) => item.reference)).toEqual([newest, middle]);
    expect((await restarted.list({ page: 2, pageSize: 2 })).items.map((item) => item.reference)).toEqual([older]);
  });

  it('stores only consented services, and nothing when nothing was consented', async () => {
    const reference = await saveResident(NOW);
    expect(readFileSync(path.join(store.folder, `${reference}.json`), 'utf8')).not.toContain('Riverside Befriending');
    const refused = buildReferral(residentInput({ consent: { services: {}, gp: false, adultSocialCare: false } }), {
      now: NOW,
      reference: await store.newReference(),
    });
    expect(await store.save(refused)).toEqual({ stored: false, reason: 'noConsent' });
    expect(await store.get(refused.reference)).toBeNull();
  });

  it('purges referrals past the retention period, keeps the rest, and the audit log records it', async () => {
    const old = await saveResident(new Date(NOW.getTime() - 91 * DAY));
    const recent = await saveResident(new Date(NOW.getTime() - 89 * DAY));
    expect(await purgeAndAudit(store, audit, NOW, 90)).toEqual([old]);
    expect(await store.get(old)).toBeNull();
    expect(await store.get(recent)).not.toBeNull();
    expect(await audit.entries()).toEqual([
      { at: NOW.toISOString(), actor: 'system', action: 'purge', outcome: 'ok', count: 1, references: [old] },
    ]);
  });
});

function request(partial: Partial<HttpRequest>): HttpRequest {
  return { method: 'GET', path: '/', params: {}, query: {}, headers: {}, body: undefined, ...partial };
}

function route(routes: Route[], method: Route['method'], routePath: string): Route {
  const found = routes.find((candidate) => candidate.method === method && candidate.path === routePath);
  if (found === undefined) throw new Error(`no route ${method} ${routePath}`);
  return found;
}

describe('the staff API', () => {
  const t = testTranslator();
  const api = (): Route[] => createStaffApiRoutes({ store, audit, tokenDigests: [OTHER_DIGEST, DIGEST], now: () => NOW, t });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('is off (no routes) when no token digests are configured', () => {
    expect(createStaffApiRoutes({ store, audit, tokenDigests: [], now: () => NOW })).toEqual([]);
  });

  it('answers no token, a wrong token and an unknown reference in exactly the same way', async () => {
    const reference = await saveResident(NOW);
    const read = route(api(), 'GET', '/api/referrals/:ref');
    const unknown = await store.newReference();
    const answers: HttpResponse[] = [
      await read.handler(request({ params: { ref: reference } })),
      await read.handler(request({ params: { ref: reference }, headers: bearer('wrong-token') })),
      await read.handler(request({ params: { ref: reference }, headers: { authorization: DIGEST } })),
      await read.handler(request({ params: { ref: unknown }, headers: bearer(TOKEN) })),
      await read.handler(request({ params: { ref: '../../etc/passwd' }, headers: bearer(TOKEN) })),
      await route(api(), 'GET', '/api/referrals').handler(request({ headers: bearer('wrong-token') })),
      await route(api(), 'DELETE', '/api/referrals/:ref').handler(request({ params: { ref: reference } })),
    ];
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]?.status).toBe(404);
    expect(await store.get(reference)).not.toBeNull();
  });

  it('serves the right token: a list without personal details, JSON, FHIR and bilingual-ready text', async () => {
    const older = await saveResident(new Date(NOW.getTime() - DAY));
    const newer = await saveResident(NOW);
    const routes = api();
    const list = await route(routes, 'GET', '/api/referrals').handler(request({ headers: bearer(TOKEN), query: { pageSize: '10' } }));
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).toContain(`"items":[{"reference":"${newer}"`);
    expect(JSON.stringify(list.body)).toContain(older);
    expect(JSON.stringify(list.body)).not.toContain('Olwen');

    const read = route(routes, 'GET', '/api/referrals/:ref');
    const json = await read.handler(request({ params: { ref: newer }, headers: bearer(TOKEN) }));
    expect(json.status).toBe(200);
    expect(JSON.stringify(json.body)).toContain(residentInput().ownWords ?? '');

    const fhir = await read.handler(request({ params: { ref: newer }, headers: bearer(TOKEN), query: { format: 'fhir' } }));
    expect(fhir.contentType).toContain('application/fhir+json');
    expect(typeof fhir.body === 'string' && new Fhir().validate(fhir.body).valid).toBe(true);

    const text = await read.handler(request({ params: { ref: newer }, headers: bearer(TOKEN), query: { format: 'text' } }));
    expect(text.contentType).toContain('text/plain');
    expect(text.body).toContain(t('title.staff', { lng: 'en', ns: 'referral' }));

    const refusedCopy = await read.handler(
      request({ params: { ref: newer }, headers: bearer(TOKEN), query: { recipient: 'svc-friends-03' } }),
    );
    expect(refusedCopy.status).toBe(404);
  });

  it('audits every list, read, export, erasure and refusal with who, what and when, and no content or token', async () => {
    const reference = await saveResident(NOW, 'marker-in-own-words');
    const routes = api();
    const read = route(routes, 'GET', '/api/referrals/:ref');
    await route(routes, 'GET', '/api/referrals').handler(request({ headers: bearer(TOKEN) }));
    await read.handler(request({ params: { ref: reference }, headers: bearer(TOKEN) }));
    await read.handler(request({ params: { ref: reference }, headers: bearer(TOKEN), query: { format: 'fhir' } }));
    await read.handler(request({ params: { ref: reference }, headers: bearer('wrong-token') }));
    await route(routes, 'DELETE', '/api/referrals/:ref').handler(request({ params: { ref: reference }, headers: bearer(TOKEN) }));

    const entries = await audit.entries();
    expect(entries.map((entry) => [entry.actor, entry.action, entry.outcome, entry.reference, entry.format])).toEqual([
      [DIGEST.slice(0, 12), 'list', 'ok', undefined, undefined],
      [DIGEST.slice(0, 12), 'read', 'ok', reference, 'json'],
      [DIGEST.slice(0, 12), 'export', 'ok', reference, 'fhir'],
      ['anonymous', 'denied', 'denied', reference, undefined],
      [DIGEST.slice(0, 12), 'erase', 'ok', reference, undefined],
    ]);
    for (const entry of entries) expect(entry.at).toBe(NOW.toISOString());
    const raw = readFileSync(audit.file, 'utf8');
    for (const secret of [TOKEN, DIGEST, 'marker-in-own-words', 'Olwen', '01632 960123', 'AN1 2XY']) {
      expect(raw).not.toContain(secret);
    }
  });

  it('erases a referral so that nothing of it is left anywhere under the data folder', async () => {
    const marker = `erasure-marker-${seededRandom(77)().toString(36).slice(2)}`;
    const reference = await saveResident(NOW, `I need help. ${marker}`);
    const routes = api();
    const read = route(routes, 'GET', '/api/referrals/:ref');
    await read.handler(request({ params: { ref: reference }, headers: bearer(TOKEN), query: { format: 'text' } }));
    expect(grep(dataDir, marker).length).toBeGreaterThan(0);

    const erased = await route(routes, 'DELETE', '/api/referrals/:ref').handler(
      request({ method: 'DELETE', params: { ref: reference }, headers: bearer(TOKEN) }),
    );
    expect(erased.status).toBe(204);
    expect(grep(dataDir, marker)).toEqual([]);
    expect(grep(dataDir, 'Olwen')).toEqual([]);
    expect((await read.handler(request({ params: { ref: reference }, headers: bearer(TOKEN) }))).status).toBe(404);
    expect(await new ReferralStore(dataDir).get(reference)).toBeNull();
  });
});
