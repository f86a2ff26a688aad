import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { createMatcher } from '../matcher.js';
import { loadDirectoryFile } from '../orukImport.js';
import { bm25Ranking, fuseRanking } from './baselines.js';
import { EvalSet, loadEvalSet, matcherRanking, type EvalStatement, type Ranking } from './evaluate.js';
import { seededRandom } from './syntheticDirectory.js';

/**
 * Pooled judging (as TREC does it): a set's writer searched hundreds of records by hand and missed some right ones, so
 * a right answer can count as a miss. `pool` writes, for each statement, the unlabelled services that any ranker (this
 * matcher, plain BM25, plain fuse.js) puts in its top five, shuffled and without saying which ranker named them, for a
 * judge to mark; `merge` adds the judge's marks to the set as `judged`. Every ranker is pooled alike, so the figures
 * with judged labels stay comparable across rankers.
 */

const POOL_DEPTH = 5;
/** Enough of a description for a judge to decide on; whole records are in the export. */
const DESCRIPTION_CHARS = 700;

/** A judge's answer: for each statement (by position), the pooled ids that meet the need. */
export const Judgements = z.array(z.object({ statement: z.number().int().min(0), relevant: z.array(z.string().min(1)) }));

/** Builds the judge's pool for a set: per statement, the unlabelled ids the rankers put in their top five, shuffled. */
export function buildPool(
  statements: readonly EvalStatement[],
  rankings: readonly Ranking[],
  shuffle: <T>(items: T[]) => T[],
): Array<{ statement: number; ids: string[] }> {
  return statements.map((statement, index) => {
    const labelled = new Set([...statement.expected, ...(statement.judged ?? [])]);
    const pooled = new Set(rankings.flatMap((rank) => rank(statement, POOL_DEPTH)).filter((id) => !labelled.has(id)));
    return { statement: index, ids: shuffle([...pooled]) };
  });
}

/** Adds a judge's marks to a set as `judged`, keeping only ids that were not labelled already. */
export function mergeJudgements(statements: readonly EvalStatement[], judgements: z.infer<typeof Judgements>): EvalStatement[] {
  return statements.map((statement, index) => {
    const labelled = new Set([...statement.expected, ...(statement.judged ?? [])]);
    const added = judgements.filter((entry) => entry.statement === index).flatMap((entry) => entry.relevant);
    const judged = [...new Set([...(statement.judged ?? []), ...added.filter((id) => !labelled.has(id))])];
    return judged.length > 0 ? { ...statement, judged } : statement;
  });
}

/** A seeded shuffle, so a pool can be rebuilt exactly. */
function seededShuffle(seed: number): <T>(items: T[]) => T[] {
  const next = seededRandom(seed);
  return <T>(items: T[]): T[] =>
    items
      .map((item) => ({ item, key: next() }))
      .sort((a, b) => a.key - b.key)
      .map(({ item }) => item);
}

async function writePool(directoryFile: string, statementsFile: string, outFile: string): Promise<void> {
  const [{ services }, statements] = await Promise.all([loadDirectoryFile(directoryFile), loadEvalSet(statementsFile)]);
  const byId = new Map(services.map((service) => [service.id, service]));
  const rankings = [matcherRanking(createMatcher(services)), bm25Ranking(services), fuseRanking(services)];
  const pool = buildPool(statements, rankings, seededShuffle(7));
  const forJudge = pool.map(({ statement, ids }) => {
    const said = statements[statement];
    return {
      statement,
      text: said?.text,
      age: said?.age,
      postcode: said?.postcode,
      audience: said?.audience,
      candidates: ids.flatMap((id) => {
        const service = byId.get(id);
        if (!service) return [];
        return [
          {
            id,
            name: service.name,
            organisation: service.organization?.name,
            description: service.description.slice(0, DESCRIPTION_CHARS),
            areas: service.areas,
            ages: [service.eligibility.minAge ?? null, service.eligibility.maxAge ?? null],
            audiences: service.audiences,
          },
        ];
      }),
    };
  });
  await writeFile(outFile, `${JSON.stringify(forJudge, null, 1)}\n`);
  process.stdout.write(`${forJudge.reduce((sum, entry) => sum + entry.candidates.length, 0)} candidates to judge\n`);
}

async function merge(statementsFile: string, judgementsFile: string): Promise<void> {
  const statements = await loadEvalSet(statementsFile);
  const judgements = Judgements.parse(JSON.parse(await readFile(judgementsFile, 'utf8')));
  const merged = EvalSet.parse(mergeJudgements(statements, judgements));
  await writeFile(statementsFile, `${JSON.stringify(merged, null, 2)}\n`);
}

// `tsx knowledge/eval/pool.ts pool DIRECTORY STATEMENTS OUT` and `tsx knowledge/eval/pool.ts merge STATEMENTS JUDGED`.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command, ...files] = process.argv.slice(2);
  if (command === 'pool' && files.length === 3) await writePool(files[0] ?? '', files[1] ?? '', files[2] ?? '');
  else if (command === 'merge' && files.length === 2) await merge(files[0] ?? '', files[1] ?? '');
  else {
    process.stderr.write(
      'Usage: tsx knowledge/eval/pool.ts pool DIRECTORY STATEMENTS OUT | merge STATEMENTS JUDGEMENTS\n',
    );
    process.exitCode = 2;
  }
}
