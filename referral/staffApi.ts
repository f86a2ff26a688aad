import { createHash, timingSafeEqual } from 'node:crypto';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { errorResponse, type HttpRequest, type HttpResponse, type Route } from '../bot/http.js';
import { createLocaliser } from '../dialogs/localiser.js';
import { actorFromDigest, type AuditLog } from './auditLog.js';
import { toFhirBundle } from './fhirBundle.js';
import { copyForRecipient } from './recipientCopy.js';
import { isValidReference } from './referenceNumber.js';
import type { Referral } from './referralSchema.js';
import type { ReferralStore } from './referralStore.js';
import { summaryText } from './summaryText.js';

/** What the staff API needs. With no digests configured it serves nothing: the caller says at start that it is off. */
export interface StaffApiOptions {
  readonly store: ReferralStore;
  readonly audit: AuditLog;
  /** SHA-256 hex digests of the staff tokens (`STAFF_TOKEN_SHA256`); the server never holds a token. */
  readonly tokenDigests: readonly string[];
  readonly now: () => Date;
  /** Translator for the text export; defaults to the project's localiser. */
  readonly t?: TFunction;
}

const NO_STORE = { 'cache-control': 'no-store' } as const;

/** One answer for no token, a wrong token and an unknown reference, so a caller learns nothing from the difference. */
function notFound(): HttpResponse {
  return { ...errorResponse(404, 'notFound', 'Not found.'), headers: NO_STORE };
}

const ListQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

const ReadQuery = z.object({
  format: z.enum(['json', 'fhir', 'text']).default('json'),
  /** A service id, `gp` or `adultSocialCare`: answers that recipient's copy only. */
  recipient: z.string().trim().min(1).max(200).optional(),
});

/** What a list shows of each referral: enough to pick one, nothing about the person. */
function listItem(referral: Referral): Record<string, unknown> {
  return {
    reference: referral.reference,
    createdAt: referral.createdAt,
    subject: referral.subject,
    audience: referral.audience,
    language: referral.language,
    urgent: referral.needsProfile.urgent,
    ...(referral.linkedReference === undefined ? {} : { linkedReference: referral.linkedReference }),
  };
}

/**
 * The staff API as framework-neutral routes: `GET /api/referrals` (paged, newest first), `GET /api/referrals/:ref`
 * (`?format=json|fhir|text`, `?recipient=`) and `DELETE /api/referrals/:ref`. Bearer tokens are hashed and compared
 * with every configured digest in constant time. Every request is audited, refused ones included, without content.
 */
export function createStaffApiRoutes(options: StaffApiOptions): Route[] {
  const digests = options.tokenDigests
    .filter((digest) => /^[0-9a-f]{64}$/i.test(digest))
    .map((digest) => ({ hex: digest.toLowerCase(), bytes: Buffer.from(digest, 'hex') }));
  if (digests.length === 0) return [];
  const { store, audit } = options;
  let translator = options.t;
  const t = (): TFunction => {
    translator ??= createLocaliser().t;
    return translator;
  };

  /** The actor for a valid bearer token, or null. Compares against every digest, without stopping at a match. */
  function authenticate(request: HttpRequest): string | null {
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (match?.[1] === undefined) return null;
    const presented = createHash('sha256').update(match[1], 'utf8').digest();
    let actor: string | null = null;
    for (const digest of digests) {
      if (timingSafeEqual(presented, digest.bytes)) actor = actorFromDigest(digest.hex);
    }
    return actor;
  }

  async function denied(request: HttpRequest): Promise<HttpResponse> {
    const reference = request.params.ref;
    await audit.record({
      at: options.now().toISOString(),
      actor: 'anonymous',
      action: 'denied',
      outcome: 'denied',
      ...(reference !== undefined && isValidReference(reference) ? { reference } : {}),
    });
    return notFound();
  }

  const list: Route = {
    method: 'GET',
    path: '/api/referrals',
    async handler(request) {
      const actor = authenticate(request);
      if (actor === null) return denied(request);
      const query = ListQuery.safeParse(request.query);
      if (!query.success) return { ...errorResponse(400, 'badRequest', 'page and pageSize must be whole numbers.'), headers: NO_STORE };
      const page = await store.list(query.data);
      await audit.record({ at: options.now().toISOString(), actor, action: 'list', outcome: 'ok', count: page.items.length });
      return {
        status: 200,
        headers: NO_STORE,
        body: { page: page.page, pageSize: page.pageSize, total: page.total, items: page.items.map(listItem) },
      };
    },
  };

  const read: Route = {
    method: 'GET',
    path: '/api/referrals/:ref',
    async handler(request) {
      const actor = authenticate(request);
      if (actor === null) return denied(request);
      const query = ReadQuery.safeParse(request.query);
      if (!query.success) return { ...errorResponse(400, 'badRequest', 'format must be json, fhir or text.'), headers: NO_STORE };
      const { format, recipient } = query.data;
      const reference = request.params.ref ?? '';
      const stored = await store.get(reference);
      const referral = stored === null || recipient === undefined ? stored : copyForRecipient(stored, recipient);
      await audit.record({
        at: options.now().toISOString(),
        actor,
        action: format === 'json' ? 'read' : 'export',
        outcome: referral === null ? 'notFound' : 'ok',
        format,
        ...(recipient === undefined ? {} : { recipient }),
        ...(isValidReference(reference) ? { reference } : {}),
      });
      if (referral === null) return notFound();
      if (format === 'fhir') {
        return { status: 200, headers: NO_STORE, contentType: 'application/fhir+json; charset=utf-8', body: JSON.stringify(toFhirBundle(referral)) };
      }
      if (format === 'text') {
        return { status: 200, headers: NO_STORE, contentType: 'text/plain; charset=utf-8', body: summaryText(referral, t(), 'staff') };
      }
      return { status: 200, headers: NO_STORE, body: referral };
    },
  };

  const erase: Route = {
    method: 'DELETE',
    path: '/api/referrals/:ref',
    async handler(request) {
      const actor = authenticate(request);
      if (actor === null) return denied(request);
      const reference = request.params.ref ?? '';
      const erased = await store.erase(reference);
      await audit.record({
        at: options.now().toISOString(),
        actor,
        action: 'erase',
        outcome: erased ? 'ok' : 'notFound',
        ...(isValidReference(reference) ? { reference } : {}),
      });
      return erased ? { status: 204, headers: NO_STORE } : notFound();
    },
  };

  return [list, read, erase];
}
