import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ETagConflictError } from '../../bot/storage/eTagConflictError.js';
import { LowdbStorage, type StorageLogger } from '../../bot/storage/lowdbStorage.js';

/** Collects warnings (event and fields, as one JSON string each) instead of printing them. */
class RecordingLogger implements StorageLogger {
  readonly warnings: string[] = [];
  log(level: 'warn', event: string, fields: Readonly<Record<string, string>>): void {
    this.warnings.push(JSON.stringify({ level, event, ...fields }));
  }
}

/** Every file under `folder`, as absolute paths. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** The files under `folder` whose content contains `marker`. */
async function filesContaining(folder: string, marker: string): Promise<string[]> {
  const files = await filesUnder(folder);
  const contents = await Promise.all(files.map(async (file) => [file, await readFile(file, 'utf8')] as const));
  return contents.filter(([, content]) => content.includes(marker)).map(([file]) => file);
}

/** The one state file in the store (tests that damage files on purpose write a single key first). */
async function onlyStateFile(folder: string): Promise<string> {
  const files = (await filesUnder(folder)).filter((file) => file.endsWith('.json'));
  expect(files).toHaveLength(1);
  const [file] = files;
  if (file === undefined) throw new Error('no state file');
  return file;
}

const CONVERSATION = 'webchat/conversations/abc-123';
const FIXED_NOW = new Date('2030-01-02T03:04:05.006Z');

let directory: string;
let logger: RecordingLogger;
let storage: LowdbStorage;

beforeEach(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'care-navigator-storage-'));
  logger = new RecordingLogger();
  storage = new LowdbStorage({ directory, logger, now: () => FIXED_NOW });
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('LowdbStorage: reading, writing and deleting', () => {
  it('reads back what was written, with an eTag, and leaves unknown keys out', async () => {
    await storage.write({ [CONVERSATION]: { step: 'postcode', answers: { postcode: 'AB1 2CD' } } });
    const items = await storage.read([CONVERSATION, 'webchat/conversations/never-written']);
    expect(Object.keys(items)).toEqual([CONVERSATION]);
    expect(items[CONVERSATION]).toMatchObject({ step: 'postcode', answers: { postcode: 'AB1 2CD' } });
    expect(typeof items[CONVERSATION].eTag).toBe('string');
  });

  it('gives every write a new eTag and does not change the caller’s object', async () => {
    const state = { step: 'name' };
    await storage.write({ [CONVERSATION]: state });
    const first = (await storage.read([CONVERSATION]))[CONVERSATION].eTag;
    await storage.write({ [CONVERSATION]: state });
    const second = (await storage.read([CONVERSATION]))[CONVERSATION].eTag;
    expect(second).not.toBe(first);
    expect(state).toEqual({ step: 'name' });
  });

  it('forgets a deleted key, and deleting a key that was never written is fine', async () => {
    await storage.write({ [CONVERSATION]: { step: 'name' } });
    await storage.delete([CONVERSATION, 'webchat/conversations/never-written']);
    expect(await storage.read([CONVERSATION])).toEqual({});
  });

  it('returns copies: changing what was read, or what was written, does not change the store', async () => {
    const written = { answers: { needs: ['washing'] } };
    const writing = storage.write({ [CONVERSATION]: written });
    written.answers.needs.push('changed while the write was under way');
    await writing;
    const read = (await storage.read([CONVERSATION]))[CONVERSATION];
    read.answers.needs.push('changed by a caller');
    expect((await storage.read([CONVERSATION]))[CONVERSATION].answers.needs).toEqual(['washing']);
  });

  it('refuses an item that is not an object, naming the key', async () => {
    await expect(storage.write({ [CONVERSATION]: 'just text' })).rejects.toThrow(CONVERSATION);
    expect(await storage.read([CONVERSATION])).toEqual({});
  });
});

describe('LowdbStorage: eTag concurrency', () => {
  it('refuses a write with a stale eTag and keeps the stored item unchanged', async () => {
    await storage.write({ [CONVERSATION]: { step: 'name' } });
    const stale = (await storage.read([CONVERSATION]))[CONVERSATION];
    await storage.write({ [CONVERSATION]: { ...stale, step: 'postcode' } });
    const current = (await storage.read([CONVERSATION]))[CONVERSATION];

    await expect(storage.write({ [CONVERSATION]: { ...stale, step: 'overwritten' } })).rejects.toBeInstanceOf(
      ETagConflictError,
    );
    expect((await storage.read([CONVERSATION]))[CONVERSATION]).toEqual(current);
  });

  it('accepts a write carrying the current eTag', async () => {
    await storage.write({ [CONVERSATION]: { step: 'name' } });
    const current = (await storage.read([CONVERSATION]))[CONVERSATION];
    await storage.write({ [CONVERSATION]: { ...current, step: 'postcode' } });
    expect((await storage.read([CONVERSATION]))[CONVERSATION].step).toBe('postcode');
  });

  it.each([
    ['"*"', { eTag: '*' }],
    ['no eTag', {}],
  ])('overwrites whatever is stored when the item carries %s', async (_label, eTagPart) => {
    await storage.write({ [CONVERSATION]: { step: 'name' } });
    await storage.write({ [CONVERSATION]: { ...eTagPart, step: 'postcode' } });
    expect((await storage.read([CONVERSATION]))[CONVERSATION].step).toBe('postcode');
  });

  it('lets exactly one of two racing writes with the same eTag win, and stores the winner', async () => {
    await storage.write({ [CONVERSATION]: { step: 'name' } });
    const base = (await storage.read([CONVERSATION]))[CONVERSATION];
    const outcomes = await Promise.allSettled([
      storage.write({ [CONVERSATION]: { ...base, step: 'from turn A' } }),
      storage.write({ [CONVERSATION]: { ...base, step: 'from turn B' } }),
    ]);
    const winners = outcomes.flatMap((outcome, index) => (outcome.status === 'fulfilled' ? [index] : []));
    const losers = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0]).toBeInstanceOf(ETagConflictError);
    const stored = (await storage.read([CONVERSATION]))[CONVERSATION];
    expect(stored.step).toBe(winners[0] === 0 ? 'from turn A' : 'from turn B');
  });

  it('still writes the other keys of a batch when one key conflicts', async () => {
    const user = 'webchat/users/user-1';
    await storage.write({ [CONVERSATION]: { step: 'name' } });
    const stale = (await storage.read([CONVERSATION]))[CONVERSATION];
    await storage.write({ [CONVERSATION]: { step: 'postcode' } });
    await expect(storage.write({ [CONVERSATION]: stale, [user]: { language: 'cy' } })).rejects.toBeInstanceOf(
      ETagConflictError,
    );
    const items = await storage.read([CONVERSATION, user]);
    expect(items[CONVERSATION].step).toBe('postcode');
    expect(items[user].language).toBe('cy');
  });
});

describe('LowdbStorage: on disk', () => {
  it('creates its folder on first write, not before', async () => {
    const nested = path.join(directory, 'data', 'state');
    const fresh = new LowdbStorage({ directory: nested, logger });
    expect(await fresh.read([CONVERSATION])).toEqual({});
    await expect(stat(nested)).rejects.toThrow();
    await fresh.write({ [CONVERSATION]: { step: 'name' } });
    expect((await fresh.read([CONVERSATION]))[CONVERSATION].step).toBe('name');
  });

  it('keeps state across a restart: a new instance on the same folder reads it and honours its eTag', async () => {
    await storage.write({ [CONVERSATION]: { step: 'postcode' } });
    const before = (await storage.read([CONVERSATION]))[CONVERSATION];
    const restarted = new LowdbStorage({ directory, logger });
    expect((await restarted.read([CONVERSATION]))[CONVERSATION]).toEqual(before);
    await restarted.write({ [CONVERSATION]: { ...before, step: 'needs' } });
    await expect(storage.write({ [CONVERSATION]: { ...before, step: 'stale' } })).rejects.toBeInstanceOf(
      ETagConflictError,
    );
  });

  it('keeps keys with slashes, dots and Unicode apart, and every file inside its folder', async () => {
    const keys = [
      'msteams/conversations/19:meeting_abc@thread.v2/users/29:1a-b',
      '../../outside/the/folder',
      'webchat/users/Siân Prydderch 👋',
      'webchat/users/Sian Prydderch',
      '',
    ];
    await storage.write(Object.fromEntries(keys.map((key, index) => [key, { index }])));
    const items = await storage.read(keys);
    expect(keys.map((key) => items[key]?.index)).toEqual([0, 1, 2, 3, 4]);
    const files = await filesUnder(directory);
    expect(files).toHaveLength(keys.length);
    for (const file of files) expect(path.basename(file)).toMatch(/^[0-9a-f]{64}\.json$/);
  });

  it('moves a corrupt file aside, warns naming the file but not its content, and carries on', async () => {
    await storage.write({ [CONVERSATION]: { step: 'name' } });
    const file = await onlyStateFile(directory);
    await writeFile(file, '{"key": "webchat/conversations/abc-123", "item": {"answers": "SECRET-ANSWER');

    expect(await storage.read([CONVERSATION])).toEqual({});
    const aside = `${file}.corrupt-2030-01-02T03-04-05-006Z`;
    expect(await readFile(aside, 'utf8')).toContain('SECRET-ANSWER');
    expect(logger.warnings).toHaveLength(1);
    expect(logger.warnings[0]).toContain(path.basename(file));
    expect(logger.warnings[0]).not.toContain('SECRET-ANSWER');

    await storage.write({ [CONVERSATION]: { step: 'started again' } });
    expect((await storage.read([CONVERSATION]))[CONVERSATION].step).toBe('started again');
  });

  it('treats valid JSON of the wrong shape (hand-edited) as corrupt too', async () => {
    await storage.write({ [CONVERSATION]: { step: 'name' } });
    const file = await onlyStateFile(directory);
    await writeFile(file, JSON.stringify({ step: 'edited by hand' }));
    expect(await storage.read([CONVERSATION])).toEqual({});
    expect(logger.warnings).toHaveLength(1);
  });

  it('is not confused by a half-written temp file that a killed writer left behind', async () => {
    await storage.write({ [CONVERSATION]: { step: 'name' } });
    const file = await onlyStateFile(directory);
    const leftover = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
    await writeFile(leftover, '{"key": "webchat/conv');

    expect((await storage.read([CONVERSATION]))[CONVERSATION].step).toBe('name');
    await storage.write({ [CONVERSATION]: { step: 'postcode' } });
    expect((await new LowdbStorage({ directory, logger }).read([CONVERSATION]))[CONVERSATION].step).toBe('postcode');
    expect(logger.warnings).toEqual([]);
  });

  it('erases for real: no file in the folder holds the data after delete, quarantined copies included', async () => {
    const marker = 'ERASE-ME-7f3a';
    await storage.write({ [CONVERSATION]: { answers: { name: marker } } });
    const file = await onlyStateFile(directory);
    // A corrupt copy set aside earlier, and a temp file from a killed writer, both holding the person's answers.
    await writeFile(file, `{"answers": "${marker}`);
    await storage.read([CONVERSATION]);
    await writeFile(path.join(path.dirname(file), `.${path.basename(file)}.tmp`), marker);
    await storage.write({ [CONVERSATION]: { answers: { name: marker } } });
    expect((await filesContaining(directory, marker)).length).toBeGreaterThan(0);

    await storage.delete([CONVERSATION]);
    expect(await filesContaining(directory, marker)).toEqual([]);
  });

  it('erases one key without touching another', async () => {
    const user = 'webchat/users/user-1';
    await storage.write({ [CONVERSATION]: { step: 'name' }, [user]: { language: 'cy' } });
    await storage.delete([CONVERSATION]);
    expect(Object.keys(await storage.read([CONVERSATION, user]))).toEqual([user]);
  });
});

describe('LowdbStorage.isWritable', () => {
  it('is true for a folder it can write, creating it, and leaves no probe file behind', async () => {
    const nested = path.join(directory, 'state');
    expect(await new LowdbStorage({ directory: nested, logger }).isWritable()).toBe(true);
    expect(await readdir(nested)).toEqual([]);
  });

  it('is false when the folder cannot be created', async () => {
    const blocker = path.join(directory, 'a-file');
    await writeFile(blocker, 'not a folder');
    expect(await new LowdbStorage({ directory: path.join(blocker, 'state'), logger }).isWritable()).toBe(false);
  });
});
