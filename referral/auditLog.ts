import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ReferenceNumber } from './referenceNumber.js';

/** What was done to referrals. `denied` records a request that failed authentication. */
export const AuditAction = z.enum(['list', 'read', 'export', 'erase', 'purge', 'denied']);
/** One audit action. */
export type AuditAction = z.infer<typeof AuditAction>;

/**
 * One line of the audit log: who, what, which reference, when, and never any content. `actor` is the first 12 hex
 * characters of the token's SHA-256 digest (enough to tell staff tokens apart, useless for signing in), `system` for
 * retention, or `anonymous` for a refused request.
 */
export const AuditEntry = z
  .object({
    at: z.iso.datetime(),
    actor: z.string().regex(/^(?:[0-9a-f]{12}|system|anonymous)$/),
    action: AuditAction,
    outcome: z.enum(['ok', 'notFound', 'denied']),
    format: z.enum(['json', 'fhir', 'text']).optional(),
    recipient: z.string().max(200).optional(),
    reference: ReferenceNumber.optional(),
    references: z.array(ReferenceNumber).optional(),
    count: z.number().int().min(0).optional(),
  })
  .strict();
/** One audit entry. */
export type AuditEntry = z.infer<typeof AuditEntry>;

/** The audit actor for a staff token: a prefix of its digest, never the token. */
export function actorFromDigest(digestHex: string): string {
  return digestHex.slice(0, 12).toLowerCase();
}

/**
 * An append-only log of staff access and retention under `<dataDir>/audit/referrals.jsonl`, one JSON object a line.
 * Entries are checked against `AuditEntry` (strict) before writing, so content cannot slip in through a new field.
 */
export class AuditLog {
  /** The log file. */
  readonly file: string;
  #tail: Promise<void> = Promise.resolve();

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'audit', 'referrals.jsonl');
  }

  /** Appends one entry. Appends are chained so lines never interleave. */
  record(entry: AuditEntry): Promise<void> {
    const line = `${JSON.stringify(AuditEntry.parse(entry))}\n`;
    const write = this.#tail.then(async () => {
      await mkdir(path.dirname(this.file), { recursive: true, mode: 0o700 });
      await appendFile(this.file, line, { encoding: 'utf8', mode: 0o600, flag: 'a' });
    });
    this.#tail = write.catch(() => undefined);
    return write;
  }

  /** Every entry so far, oldest first (for review and tests). */
  async entries(): Promise<AuditEntry[]> {
    let raw: string;
    try {
      raw = await readFile(this.file, 'utf8');
    } catch {
      return [];
    }
    return raw
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => AuditEntry.parse(JSON.parse(line)));
  }
}
