import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { LowdbStorage } from '../bot/storage/lowdbStorage.js';

/** Store sizes compared: a quiet pilot and a busy council. */
const SMALL_STORE = 100;
const LARGE_STORE = 10_000;
/**
 * Timed writes per store size, taken in rounds that alternate between the sizes, so a burst of load from something
 * else on a shared machine (or the process's own start-up) lands on both sizes alike.
 */
const ROUNDS = 5;
const SAMPLES_PER_ROUND = 100;
/** Untimed writes before the first round, to warm the file system cache and the JIT. */
const WARM_UP = 300;
/** Writes in flight while filling, so filling 10,000 files takes seconds, not minutes. */
const FILL_CONCURRENCY = 8;

/** A conversation key as the Direct Line channel makes them. */
function conversationKey(index: number): string {
  return `directline/conversations/${index.toString(36).padStart(6, '0')}-Kx9fQ2bLmZ4/`;
}

/**
 * A realistic conversation state (~2 KB as JSON): a dialog stack part-way through the intake, with answers so far
 * and a needs profile taking shape. Fictional throughout.
 */
function conversationState(index: number): Record<string, unknown> {
  return {
    DialogState: {
      dialogStack: [
        {
          id: 'intake.v1',
          state: {
            options: { audience: 'carer', locale: 'en-GB' },
            values: {
              instanceId: `c3f1e2a4-0000-4000-8000-${index.toString().padStart(12, '0')}`,
              questionIndex: 7,
              answers: {
                whoFor: 'someoneElse',
                relationship: 'daughter',
                age: 82,
                postcode: 'ZZ99 3AB',
                livesAlone: true,
                ownWords:
                  'Mum has had two falls since the spring and is struggling with the stairs and with washing. ' +
                  'I visit every evening after work but I am finding it hard to keep up with everything.',
                outcomes: {
                  nutrition: 'takesMuchLonger',
                  personalHygiene: 'needsHelp',
                  homeSafety: 'painDistressOrDanger',
                  beingClothed: 'needsHelp',
                },
                whatMatters: 'Staying in her own home near the garden she loves, and seeing her friends at chapel.',
              },
              needsProfile: {
                audience: 'carer',
                unmetOutcomes: [
                  { outcome: 'nutrition', difficulty: 'takesMuchLonger' },
                  { outcome: 'personalHygiene', difficulty: 'needsHelp' },
                  { outcome: 'homeSafety', difficulty: 'painDistressOrDanger' },
                ],
                carerUnmetOutcomes: ['workOrLearning', 'recreation'],
                carerHealthAtRisk: true,
                risks: [],
                urgent: false,
                topics: ['falls', 'personalCare', 'carersSupport', 'equipment'],
              },
              skipped: ['income'],
            },
            stepIndex: 3,
          },
        },
        { id: 'main.v1', state: { stepIndex: 1, values: { greeted: true, language: 'en' } } },
      ],
    },
    lastActivityAt: '2030-01-02T10:15:00.000Z',
    turnCount: 14,
    crisisChecks: { lastCheckedTurn: 14, routesShown: ['safety:routes.samaritans', 'safety:routes.nhs111'] },
    // Recent turns as locale keys (never message text), kept for "back" and "start again".
    recentTurns: Array.from({ length: 6 }, (_, turn) => ({
      turn: 8 + turn,
      promptKey: `intake:questions.q${8 + turn}.prompt`,
      answered: turn < 5,
      at: `2030-01-02T10:${(10 + turn).toString()}:00.000Z`,
    })),
    summaryDraft: {
      shown: false,
      sections: ['aboutYou', 'whatIsHard', 'whatMatters', 'whatHappensNext'],
      notes: 'Carer asked about respite and about a carer assessment; directory matches offered for both.',
    },
  };
}

/** Writes `count` conversations, `FILL_CONCURRENCY` at a time. */
async function fill(storage: LowdbStorage, count: number): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next++;
      await storage.write({ [conversationKey(index)]: conversationState(index) });
    }
  };
  await Promise.all(Array.from({ length: FILL_CONCURRENCY }, worker));
}

/**
 * Timings in milliseconds of `count` writes, one each, as `BotState.saveChanges` makes them (eTag `*`), to keys
 * already stored. `first` numbers the samples across rounds so each round writes different files.
 */
async function timeWrites(storage: LowdbStorage, storeSize: number, first: number, count: number): Promise<number[]> {
  const durations: number[] = [];
  for (let sample = first; sample < first + count; sample += 1) {
    // Stride through the store (7,919 is prime) so successive writes touch different files and sub-folders.
    const index = (sample * 7_919) % storeSize;
    const state = { ...conversationState(index), turnCount: sample, eTag: '*' };
    const started = performance.now();
    await storage.write({ [conversationKey(index)]: state });
    durations.push(performance.now() - started);
  }
  return durations;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** The nearest-rank 95th percentile. */
function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN;
}

interface Measurement {
  readonly storeSize: number;
  readonly mean: number;
  readonly p95: number;
}

/** A filled store in its own temp folder. */
interface BenchStore {
  readonly size: number;
  readonly directory: string;
  readonly storage: LowdbStorage;
  readonly durations: number[];
}

async function filledStore(size: number): Promise<BenchStore> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'care-navigator-storage-bench-'));
  const storage = new LowdbStorage({ directory });
  await fill(storage, size);
  return { size, directory, storage, durations: [] };
}

/**
 * Measures one conversation-state write with 100 and with 10,000 conversations stored, and prints mean, p95 and
 * their ratio. With one file per key the ratio should stay near 1; one shared lowdb file would grow with the store.
 */
export default async function storageBench(): Promise<void> {
  const stateBytes = Buffer.byteLength(JSON.stringify(conversationState(0)));
  const stores: BenchStore[] = [];
  try {
    stores.push(await filledStore(SMALL_STORE), await filledStore(LARGE_STORE));
    for (const store of stores) await timeWrites(store.storage, store.size, 0, WARM_UP / stores.length);
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const store of stores) {
        store.durations.push(...(await timeWrites(store.storage, store.size, round * SAMPLES_PER_ROUND, SAMPLES_PER_ROUND)));
      }
    }
  } finally {
    await Promise.all(stores.map((store) => rm(store.directory, { recursive: true, force: true })));
  }
  const [small, large] = stores.map(
    (store): Measurement => ({ storeSize: store.size, mean: mean(store.durations), p95: p95(store.durations) }),
  );
  if (small === undefined || large === undefined) throw new Error('storage benchmark: a store size was not measured');
  report(stateBytes, small, large);
}

/** Prints the figures as plain aligned text. */
function report(stateBytes: number, small: Measurement, large: Measurement): void {
  const rows = [small, large].map((row) => [
    `${row.storeSize.toLocaleString('en-GB')} conversations`,
    `${row.mean.toFixed(3)} ms`,
    `${row.p95.toFixed(3)} ms`,
  ]);
  const header = ['Store size', 'Mean write', 'p95 write'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('   ');
  const samples = ROUNDS * SAMPLES_PER_ROUND;
  console.log(`LowdbStorage: one write of a ${stateBytes}-byte conversation state (${samples} samples per size)`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log(
    `Ratio ${LARGE_STORE.toLocaleString('en-GB')} / ${SMALL_STORE}: mean ${(large.mean / small.mean).toFixed(2)}x, ` +
      `p95 ${(large.p95 / small.p95).toFixed(2)}x`,
  );
}
