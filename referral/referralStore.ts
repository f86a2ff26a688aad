import { access, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { JSONFile } from 'lowdb/node';
import { KeyedQueue } from '../bot/storage/keyedQueue.js';
import { sharedRecord } from './recipientCopy.js';
import { cryptoRandom, generateReference, isValidReference, type RandomSource } from './referenceNumber.js';
import { Referral } from './referralSchema.js';

/** What `save` did. Nothing is stored when the person consented to no sharing at all. */
export type SaveResult = { readonly stored: true; readonly referral: Referral } | { readonly stored: false; readonly reason: 'noConsent' };

/** One page of referrals, newest first. */
export interface ReferralPage {
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  readonly items: readonly Referral[];
}

/** How many fresh references to try before giving up: with 23^7 possibilities, more than a few means a broken source. */
const MAX_REFERENCE_ATTEMPTS = 50;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Referrals on disk under `<dataDir>/referrals/`, one JSON file per referral written atomically (lowdb's `JSONFile`
 * writes a temporary file and renames it), so erasing one referral is deleting one file and a crash never leaves half
 * a referral. Only the shared record (consented recipients only) is ever written.
 */
export class ReferralStore {
  /** The folder holding one file per referral. */
  readonly folder: string;
  readonly #random: RandomSource;
  readonly #queue = new KeyedQueue();
  /** References handed out but not yet saved, so two conversations finishing together never get the same one. */
  readonly #reserved = new Set<string>();

  constructor(dataDir: string, options: { readonly random?: RandomSource } = {}) {
    this.folder = path.join(dataDir, 'referrals');
    this.#random = options.random ?? cryptoRandom;
  }

  #file(reference: string): string {
    // The reference is checked against the alphabet before it becomes a file name, so no path can escape the folder.
    if (!isValidReference(reference)) throw new Error('not a Care Navigator reference');
    return path.join(this.folder, `${reference}.json`);
  }

  async #exists(file: string): Promise<boolean> {
    try {
      await access(file);
      return true;
    } catch {
      return false;
    }
  }

  /** A reference no stored or reserved referral has: generated, and generated again on a collision. */
  async newReference(): Promise<string> {
    for (let attempt = 0; attempt < MAX_REFERENCE_ATTEMPTS; attempt += 1) {
      const reference = generateReference(this.#random);
      if (this.#reserved.has(reference) || (await this.#exists(this.#file(reference)))) continue;
      this.#reserved.add(reference);
      return reference;
    }
    throw new Error(`no unused reference after ${MAX_REFERENCE_ATTEMPTS} attempts: check the random source`);
  }

  /** Stores the shared record of a referral (services without consent removed). Nothing is stored without consent. */
  async save(referral: Referral): Promise<SaveResult> {
    const record = sharedRecord(Referral.parse(referral));
    this.#reserved.delete(referral.reference);
    if (record === null) return { stored: false, reason: 'noConsent' };
    await mkdir(this.folder, { recursive: true, mode: 0o700 });
    await this.#queue.run(record.reference, () => new JSONFile<Referral>(this.#file(record.reference)).write(record));
    return { stored: true, referral: record };
  }

  /** One referral, or null when there is none (or the reference is malformed, or the file does not parse). */
  async get(reference: string): Promise<Referral | null> {
    if (!isValidReference(reference)) return null;
    return this.#queue.run(reference, () => this.#read(this.#file(reference)));
  }

  async #read(file: string): Promise<Referral | null> {
    let raw: string;
    try {
      raw = await readFile(file, 'utf8');
    } catch {
      return null;
    }
    try {
      const parsed = Referral.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async #all(): Promise<Referral[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch {
      return [];
    }
    const files = names.filter((name) => name.endsWith('.json') && isValidReference(name.slice(0, -'.json'.length)));
    const referrals = await Promise.all(files.map((name) => this.#read(path.join(this.folder, name))));
    return referrals.filter((referral): referral is Referral => referral !== null);
  }

  /** A page of referrals, newest first (ties broken by reference, so pages never overlap). */
  async list({ page, pageSize }: { readonly page: number; readonly pageSize: number }): Promise<ReferralPage> {
    const all = await this.#all();
    all.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.reference.localeCompare(b.reference));
    const start = (page - 1) * pageSize;
    return { page, pageSize, total: all.length, items: all.slice(start, start + pageSize) };
  }

  /** Erases a referral: its file and any temporary file a write left behind. True when there was one to erase. */
  async erase(reference: string): Promise<boolean> {
    if (!isValidReference(reference)) return false;
    this.#reserved.delete(reference);
    const file = this.#file(reference);
    return this.#queue.run(reference, async () => {
      const existed = await this.#exists(file);
      await rm(file, { force: true });
      await rm(path.join(this.folder, `.${path.basename(file)}.tmp`), { force: true });
      return existed;
    });
  }

  /** Erases every referral older than the retention period and says which went. */
  async purgeExpired(now: Date, retentionDays: number): Promise<{ readonly purged: readonly string[] }> {
    const cutoff = now.getTime() - retentionDays * DAY_MS;
    const expired = (await this.#all()).filter((referral) => Date.parse(referral.createdAt) < cutoff);
    const purged: string[] = [];
    for (const referral of expired) {
      if (await this.erase(referral.reference)) purged.push(referral.reference);
    }
    return { purged };
  }
}
