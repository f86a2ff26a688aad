import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../bot/config.js';
import { checkForCrisis, type CrisisAssessment } from '../safety/crisisCheck.js';
import { CrisisKind } from '../safety/crisisKind.js';
import { CRISIS_CORPUS, CRISIS_FAMILY_CASES, type CrisisCorpusCase } from '../test/safety/crisisCorpus.js';
import { percentile, printTable } from './benchTools.js';

type Check = (text: string) => CrisisAssessment;

/**
 * A bag-of-words check, for comparison only: it shows what the phrase patterns, negation and tense handling buy
 * over matching single words.
 */
const BAG_OF_WORDS: ReadonlyArray<readonly [CrisisKind, RegExp]> = [
  ['medical', /\b(?:breath\w*|chest|stroke|unconscious|collapsed|bleeding|blood|seizure|fit|fell|fallen|falls?|ambulance|anadlu|stroc|gwaedu|cwympo)\b/],
  ['suicide', /\b(?:kill\w*|die|dying|dead|suicid\w*|overdose|tablets|harm\w*|hunanladd\w*|marw|lladd)\b/],
  ['abuse', /\b(?:hit\w*|beat\w*|abuse\w*|money|pension|threat\w*|scared|lock\w*|taro|arian|ofn|cam\W?drin)\b/],
];
const bagOfWords: Check = (text) => {
  const lower = text.toLowerCase();
  return {
    signals: BAG_OF_WORDS.filter(([, words]) => words.test(lower)).map(([kind]) => ({ kind, certainty: 'clear' as const })),
  };
};

const pct = (part: number, whole: number): string => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`);

interface Score {
  readonly group: string;
  readonly positives: number;
  readonly found: number;
  readonly foundClear: number;
  readonly negatives: number;
  readonly falseAlarms: number;
}

/**
 * Positives are counted whatever certainty they are labelled with when `allPositives` is set (a labelled `unclear` is
 * still a risk to find); otherwise only those labelled `clear`, as the corpus table always has.
 */
function score(group: string, cases: readonly CrisisCorpusCase[], check: Check, allPositives = false): Score {
  let positives = 0;
  let found = 0;
  let foundClear = 0;
  let negatives = 0;
  let falseAlarms = 0;
  for (const entry of cases) {
    const signals = check(entry.text).signals;
    if (entry.expected === null) {
      negatives += 1;
      if (signals.length > 0) falseAlarms += 1;
      continue;
    }
    if (entry.expected.certainty !== 'clear' && !allPositives) continue;
    positives += 1;
    const own = signals.find((signal) => signal.kind === entry.expected?.kind);
    if (own) found += 1;
    if (own?.certainty === 'clear') foundClear += 1;
  }
  return { group, positives, found, foundClear, negatives, falseAlarms };
}

function scoreRows(check: Check, cases: readonly CrisisCorpusCase[] = CRISIS_CORPUS, allPositives = false): string[][] {
  const groups: Array<[string, (entry: CrisisCorpusCase) => boolean]> = [
    ['all', () => true],
    ['English', (entry) => entry.language === 'en'],
    ['Welsh', (entry) => entry.language === 'cy'],
    ...(['medical', 'suicide', 'abuse'] as const).map((kind): [string, (entry: CrisisCorpusCase) => boolean] => [
      kind,
      (entry) => entry.expected?.kind === kind,
    ]),
  ];
  return groups.map(([name, keep]) => {
    const s = score(name, cases.filter(keep), check, allPositives);
    return [
      s.group,
      String(s.positives),
      pct(s.found, s.positives),
      pct(s.foundClear, s.positives),
      s.negatives === 0 ? '–' : `${s.falseAlarms}/${s.negatives} (${pct(s.falseAlarms, s.negatives)})`,
    ];
  });
}

function unclearAccuracy(): string {
  const cases = CRISIS_CORPUS.filter((entry) => entry.expected?.certainty === 'unclear');
  const right = cases.filter((entry) =>
    checkForCrisis(entry.text).signals.some(
      (signal) => signal.kind === entry.expected?.kind && signal.certainty === 'unclear',
    ),
  ).length;
  return `${right}/${cases.length}`;
}

function timing(): { mean: number; p50: number; p99: number; checks: number } {
  const texts = [...CRISIS_CORPUS, ...CRISIS_FAMILY_CASES].map((entry) => entry.text);
  for (let round = 0; round < 20; round += 1) for (const text of texts) checkForCrisis(text);
  const samples: number[] = [];
  const started = process.hrtime.bigint();
  for (let round = 0; round < 50; round += 1) {
    for (const text of texts) {
      const start = process.hrtime.bigint();
      checkForCrisis(text);
      samples.push(Number(process.hrtime.bigint() - start) / 1000);
    }
  }
  const mean = Number(process.hrtime.bigint() - started) / 1000 / samples.length;
  return { mean, p50: percentile(samples, 50), p99: percentile(samples, 99), checks: samples.length };
}

/**
 * A blind set written by someone else without seeing the detector or its corpus, evaluated once after the last change
 * to the check (see the hazard log). Reported, never asserted: it must not be tuned on.
 */
const BLIND_SET = path.join(PROJECT_ROOT, 'safety', 'eval', 'blind-crisis-set.json');

const BlindKind = z
  .string()
  .transform((value) => value.trim().toLowerCase())
  .pipe(z.union([CrisisKind, z.enum(['none', 'null', ''])]))
  .transform((value) => (value === 'none' || value === 'null' || value === '' ? null : value));
const BlindLanguage = z
  .string()
  .transform((value) => value.trim().toLowerCase())
  .transform((value) => (value.startsWith('cy') || value.startsWith('wel') ? 'cy' : 'en'));
/** One blind item, read tolerantly: the set's author chose the field names. */
const BlindItem = z
  .object({
    text: z.string().optional(),
    message: z.string().optional(),
    language: BlindLanguage.optional(),
    lang: BlindLanguage.optional(),
    expected: z
      .union([z.null(), BlindKind, z.object({ kind: z.union([z.null(), BlindKind]), certainty: z.string().optional() })])
      .optional(),
    kind: z.union([z.null(), BlindKind]).optional(),
    expectedKind: z.union([z.null(), BlindKind]).optional(),
    label: z.union([z.null(), BlindKind]).optional(),
  })
  .transform((item, context): CrisisCorpusCase | typeof z.NEVER => {
    const text = item.text ?? item.message;
    const fromExpected = typeof item.expected === 'object' && item.expected !== null ? item.expected.kind : item.expected;
    const kind = fromExpected !== undefined ? fromExpected : (item.kind ?? item.expectedKind ?? item.label);
    if (text === undefined || kind === undefined) {
      context.addIssue({ code: 'custom', message: 'a blind item needs a text and a kind (or null)' });
      return z.NEVER;
    }
    return {
      text,
      language: (item.language ?? item.lang ?? 'en') as 'en' | 'cy',
      expected: kind === null ? null : { kind, certainty: 'clear' },
    };
  });
const BlindSet = z.union([
  z.array(BlindItem),
  z.object({ cases: z.array(BlindItem) }).transform((set) => set.cases),
  z.object({ items: z.array(BlindItem) }).transform((set) => set.items),
  z.object({ messages: z.array(BlindItem) }).transform((set) => set.messages),
]);

function blindReport(): void {
  if (!existsSync(BLIND_SET)) {
    console.log('\nBlind set: not present.');
    return;
  }
  const parsed = BlindSet.safeParse(JSON.parse(readFileSync(BLIND_SET, 'utf8')));
  if (!parsed.success) {
    console.log(`\nBlind set: could not be read (${parsed.error.issues[0]?.message ?? 'unknown shape'}).`);
    return;
  }
  const cases = parsed.data;
  console.log('\nBlind set (someone else\'s wording, evaluated once after the last change; all positives, clear or unclear):');
  printTable(
    ['group', 'positives', 'sensitivity', 'clear at once', 'false alarms on look-alikes'],
    scoreRows(checkForCrisis, cases, true),
  );
  const negatives = cases.filter((entry) => entry.expected === null);
  const clearAlarms = negatives.filter((entry) => checkForCrisis(entry.text).signals.some((signal) => signal.certainty === 'clear'));
  console.log(`Look-alikes shown the routes at once (not just asked "Is this happening now?"): ${clearAlarms.length}/${negatives.length}`);
}

/** Sensitivity and false-alarm rate of the crisis check on the labelled corpus, per kind and language, and its speed. */
export default async function crisisBench(): Promise<void> {
  const headers = ['group', 'positives', 'sensitivity', 'clear at once', 'false alarms on look-alikes'];
  console.log('Crisis check on the labelled corpus (sensitivity = right kind raised, clear or unclear):');
  printTable(headers, scoreRows(checkForCrisis));
  console.log(`Maybe-now cases answered with "Is this happening now?": ${unclearAccuracy()}`);
  // Honest reading: the patterns were written against this corpus, so these figures are in-sample. Three sets of new
  // messages, each scored before any pattern was changed for it, gave 57 of 69 positives (83%) and 5 of 53 look-alikes
  // raised (9%, 2 of them only asking "Is this happening now?"); they were then added to the corpus. When the check
  // was broadened by families of meaning, five more sets of my own were each scored first, before changing anything
  // for them: 62% (56/91, 1/35 raised), 65% (32/49, 3/23), 80% (41/51, 2/24), 73% (44/60) and 57% (30/53) of
  // positives found; look-alike probes 4/70 and 10/40 raised. Fresh wording still finds gaps: see the blind set below.
  console.log('(In-sample: the patterns were tuned on this corpus. First-pass on fresh sets while broadening: 57–80% found, 3–25% false alarms.)');
  console.log('\nThe wider families of wording (detector only; in-sample, all labelled positives, clear or unclear):');
  printTable(headers, scoreRows(checkForCrisis, CRISIS_FAMILY_CASES, true));
  blindReport();
  console.log('\nFor comparison, a bag-of-words check on the same corpus:');
  printTable(headers, scoreRows(bagOfWords).slice(0, 1));
  const speed = timing();
  console.log(
    `\nTime per check over ${speed.checks} checks: mean ${speed.mean.toFixed(1)} µs, ` +
      `p50 ${speed.p50.toFixed(1)} µs, p99 ${speed.p99.toFixed(1)} µs`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await crisisBench();
