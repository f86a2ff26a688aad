import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Storage, StoreItems } from 'botbuilder';
import { JSONFile } from 'lowdb/node';
import { ETagConflictError } from './eTagConflictError.js';
import { KeyedQueue } from './keyedQueue.js';
import { IncomingItem, type KeyPaths, keyPaths, StoredFile, type StoredItem } from './storedFile.js';

/**
 * Where the storage reports trouble: events with file names as fields, never file content. Shaped so the project's
 * structured `Logger` (`bot/logger.ts`) can be passed as it is.
 */
export interface StorageLogger {
  log(level: 'warn', event: string, fields: Readonly<Record<string, string>>): void;
}

/** Without a logger, warnings go to stderr as one JSON line each, like the project's logger writes them. */
const stderrLogger: StorageLogger = {
  log(level, event, fields) {
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, event, ...fields })}\n`);
  },
};

/** How to build a `LowdbStorage`. */
export interface LowdbStorageOptions {
  /** The folder for state files; created (owner-only) on first use. */
  readonly directory: string;
  /** Defaults to JSON lines on stderr. */
  readonly logger?: StorageLogger;
  /** The clock that stamps quarantined files; injectable so tests need not depend on the time. */
  readonly now?: () => Date;
}

/**
 * botbuilder `Storage` for conversation and user state, kept as one small JSON file per key through lowdb's `JSONFile`
 * adapter. One file per key keeps a write's cost independent of how many conversations are stored (lowdb rewrites a
 * whole file on every write), and lowdb's writer writes a temp file and renames it, so a killed process leaves either
 * the old or the new state, never half of one.
 *
 * Rules, as botbuilder's MemoryStorage: every write gives the item a new eTag; a write whose eTag is neither missing
 * nor `*` and differs from the stored one is refused with `ETagConflictError` and writes nothing for that key.
 * Operations on one key run one at a time (so check-and-write is atomic in this process); different keys never wait
 * on each other. Reads return fresh copies. An unparsable file is moved aside and the key treated as absent.
 */
export class LowdbStorage implements Storage {
  readonly #directory: string;
  readonly #logger: StorageLogger;
  readonly #now: () => Date;
  readonly #queue = new KeyedQueue();

  constructor(options: LowdbStorageOptions) {
    this.#directory = path.resolve(options.directory);
    this.#logger = options.logger ?? stderrLogger;
    this.#now = options.now ?? (() => new Date());
  }

  /** Reads the items stored under `keys`; keys with nothing stored are absent from the result. */
  async read(keys: string[]): Promise<StoreItems> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when reading.');
    const found = await Promise.all(
      keys.map((key) =>
        this.#queue.run(key, async () => [key, await this.#load(keyPaths(this.#directory, key))] as const),
      ),
    );
    const items: StoreItems = {};
    for (const [key, item] of found) {
      if (item !== undefined) items[key] = item;
    }
    return items;
  }

  /**
   * Writes each item under its key with a new eTag. Keys are written independently: if one is refused for an eTag
   * conflict the others are still written (as in MemoryStorage), then the first error is thrown. An item that is not
   * a JSON object refuses the whole batch before anything is written.
   */
  async write(changes: StoreItems): Promise<void> {
    if (changes === null || typeof changes !== 'object') throw new ReferenceError('Changes are required when writing.');
    // Copy every item now, before any await: a caller that changes its object while the write waits in the queue must
    // not change what gets stored.
    const snapshots = Object.entries(changes).map(([key, value]) => [key, snapshot(key, value)] as const);
    const outcomes = await Promise.allSettled(
      snapshots.map(([key, item]) => this.#queue.run(key, () => this.#save(key, item))),
    );
    const failure = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failure !== undefined) throw failure.reason;
  }

  /**
   * Erases the items stored under `keys`: the file, any temp file a killed writer left, and any quarantined copies,
   * so nothing holding the person's answers remains. Keys with nothing stored are ignored.
   */
  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when deleting.');
    await Promise.all(keys.map((key) => this.#queue.run(key, () => this.#erase(keyPaths(this.#directory, key)))));
  }

  /** Whether the storage folder can be written now (for the health check): writes and removes a probe file. */
  async isWritable(): Promise<boolean> {
    const probe = path.join(this.#directory, `.probe-${randomUUID()}`);
    try {
      await mkdir(this.#directory, { recursive: true, mode: 0o700 });
      await writeFile(probe, 'ok');
      await rm(probe, { force: true });
      return true;
    } catch {
      return false;
    }
  }

  async #save(key: string, incoming: IncomingItem): Promise<void> {
    const paths = keyPaths(this.#directory, key);
    if (incoming.eTag !== undefined && incoming.eTag !== '' && incoming.eTag !== '*') {
      const stored = await this.#load(paths);
      // As MemoryStorage: an eTag for an item that no longer exists does not block the write.
      if (stored !== undefined && stored.eTag !== incoming.eTag) throw new ETagConflictError(key);
    }
    await mkdir(paths.folder, { recursive: true, mode: 0o700 });
    const content: StoredFile = { key, item: { ...incoming, eTag: randomUUID() } };
    await new JSONFile<StoredFile>(paths.file).write(content);
  }

  /** The stored item, or undefined when there is none or the file had to be quarantined. */
  async #load(paths: KeyPaths): Promise<StoredItem | undefined> {
    let raw: unknown;
    try {
      raw = await new JSONFile<unknown>(paths.file).read();
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      await this.#quarantine(paths, 'not valid JSON');
      return undefined;
    }
    if (raw === null) return undefined;
    const parsed = StoredFile.safeParse(raw);
    if (!parsed.success) {
      await this.#quarantine(paths, 'not a key and an item with an eTag');
      return undefined;
    }
    // Parsed fresh from disk on every read, so callers can change what they get without touching the store.
    return parsed.data.item;
  }

  async #quarantine(paths: KeyPaths, reason: string): Promise<void> {
    const stamp = this.#now().toISOString().replace(/[:.]/g, '-');
    const aside = `${paths.corruptPrefix}${stamp}`;
    try {
      await rename(paths.file, path.join(paths.folder, aside));
    } catch (error) {
      // Another process already moved or removed it: nothing left to set aside.
      if (isNotFound(error)) return;
      throw error;
    }
    this.#logger.log('warn', 'storage.unreadableFileMovedAside', { file: paths.name, movedTo: aside, reason });
  }

  async #erase(paths: KeyPaths): Promise<void> {
    await rm(paths.file, { force: true });
    await rm(paths.tempFile, { force: true });
    let names: string[];
    try {
      names = await readdir(paths.folder);
    } catch (error) {
      if (isNotFound(error)) return;
      throw error;
    }
    const copies = names.filter((name) => name.startsWith(paths.corruptPrefix));
    await Promise.all(copies.map((name) => rm(path.join(paths.folder, name), { force: true })));
  }
}

/**
 * A deep copy of one item as it will be stored (through JSON, as MemoryStorage does, so what is read back is exactly
 * what JSON can hold). Refuses anything that is not an object with a string eTag, naming only the key.
 */
function snapshot(key: string, value: unknown): IncomingItem {
  const parsed = IncomingItem.safeParse(value);
  if (!parsed.success) {
    throw new TypeError(`Storage: the item for "${key}" must be a JSON object whose eTag, if any, is a string.`);
  }
  const copy = IncomingItem.safeParse(JSON.parse(JSON.stringify(parsed.data)));
  if (!copy.success) throw new TypeError(`Storage: the item for "${key}" cannot be stored as JSON.`);
  return copy.data;
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
