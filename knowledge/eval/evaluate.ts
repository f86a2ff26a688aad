import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { Audience } from '../directorySchema.js';
import { createMatcher, type Matcher } from '../matcher.js';
import { loadDirectoryFile } from '../orukImport.js';

/** One labelled statement: what a person said and the services that should appear in the top five. */
export const EvalStatement = z.object({
  text: z.string().min(1),
  lang: z.enum(['en', 'cy']),
  audience: Audience.optional(),
  age: z.number().int().min(0).max(130).optional(),
  postcode: z.string().optional(),
  /** Service ids; any one of them in the top five counts as a hit. */
  expected: z.array(z.string().min(1)).min(1),
  /**
   * More right services, found afterwards by a judge who saw the pooled top fives of several rankers (this matcher and
   * the plain baselines) in random order without knowing which ranker named which (TREC-style pooling). A writer
   * searching 800 records misses some; the bench reports figures with and without these.
   */
  judged: z.array(z.string().min(1)).optional(),
});
/** One labelled statement. */
export type EvalStatement = z.infer<typeof EvalStatement>;

/** A labelled evaluation set. */
export const EvalSet = z.array(EvalStatement);

/** How a matcher did on a labelled set. */
export interface EvalResult {
  readonly statements: number;
  /** Share of statements with an expected service in the top `k`. */
  readonly recallAtK: number;
  /** Mean reciprocal rank of the first expected service within the top ten (0 when absent). */
  readonly mrr: number;
  readonly k: number;
  /** Positions (from 0) of statements that missed, so a person can look at them. */
  readonly misses: readonly number[];
  /** Labelled ids that are not in the directory at all (a labelling or import problem). */
  readonly unknownIds: readonly string[];
}

const MRR_DEPTH = 10;

/** Which labels count as right: those the set's writer gave, or those and a pooled judge's (`judged`). */
export type Labels = 'written' | 'pooled';

/** Whether any statement carries a pooled judge's labels. */
export function hasJudgedLabels(statements: readonly EvalStatement[]): boolean {
  return statements.some((statement) => (statement.judged ?? []).length > 0);
}

/** Ranks directory service ids for one statement, best first. */
export type Ranking = (statement: EvalStatement, depth: number) => readonly string[];

/** Scores any ranking on a labelled set: recall@k (default 5) and MRR@10. Used for the matcher and for baselines. */
export function evaluateRanking(
  rank: Ranking,
  statements: readonly EvalStatement[],
  knownIds: ReadonlySet<string>,
  k = 5,
  labels: Labels = 'written',
): EvalResult {
  let hits = 0;
  let reciprocal = 0;
  const misses: number[] = [];
  statements.forEach((statement, index) => {
    const ranked = rank(statement, MRR_DEPTH);
    const expected = new Set(statement.expected);
    if (labels === 'pooled') for (const id of statement.judged ?? []) expected.add(id);
    const position = ranked.findIndex((id) => expected.has(id));
    if (position >= 0 && position < k) hits += 1;
    else misses.push(index);
    if (position >= 0 && position < MRR_DEPTH) reciprocal += 1 / (position + 1);
  });
  const count = statements.length;
  return {
    statements: count,
    recallAtK: count > 0 ? hits / count : 0,
    mrr: count > 0 ? reciprocal / count : 0,
    k,
    misses,
    unknownIds: [...new Set(statements.flatMap((statement) => [...statement.expected, ...(statement.judged ?? [])]))].filter(
      (id) => !knownIds.has(id),
    ),
  };
}

/** Scores a matcher on a labelled set: recall@k (default 5) and MRR@10. */
export function evaluate(
  matcher: Matcher,
  statements: readonly EvalStatement[],
  knownIds: ReadonlySet<string>,
  k = 5,
  labels: Labels = 'written',
): EvalResult {
  return evaluateRanking(matcherRanking(matcher), statements, knownIds, k, labels);
}

/** A matcher as a ranking: the statement's words, audience, age and postcode asked as a conversation would. */
export function matcherRanking(matcher: Matcher): Ranking {
  return (statement, depth) =>
    matcher
      .match({
        text: statement.text,
        audience: statement.audience,
        age: statement.age,
        postcode: statement.postcode,
        limit: depth,
      })
      .map((match) => match.service.id);
}

/**
 * Reads a labelled set.
 * @throws Error naming the file when it is missing or not a valid set.
 */
export async function loadEvalSet(file: string): Promise<EvalStatement[]> {
  const parsed = EvalSet.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a valid evaluation set: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

/** Loads a directory and a labelled set from files and evaluates them together. */
export async function evaluateFiles(directoryFile: string, statementsFile: string): Promise<EvalResult> {
  const [{ services }, statements] = await Promise.all([loadDirectoryFile(directoryFile), loadEvalSet(statementsFile)]);
  return evaluate(createMatcher(services), statements, new Set(services.map((service) => service.id)));
}

// `tsx knowledge/eval/evaluate.ts DIRECTORY STATEMENTS` prints the figures (and which statements missed).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [directoryFile, statementsFile] = process.argv.slice(2);
  if (!directoryFile || !statementsFile) {
    process.stderr.write('Usage: tsx knowledge/eval/evaluate.ts DIRECTORY_FILE STATEMENTS_FILE\n');
    process.exitCode = 2;
  } else {
    const result = await evaluateFiles(directoryFile, statementsFile);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  }
}
