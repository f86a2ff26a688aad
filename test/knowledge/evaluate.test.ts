import { describe, expect, it } from 'vitest';
import { evaluateRanking, type EvalStatement, type Ranking } from '../../knowledge/eval/evaluate.js';
import { buildPool, mergeJudgements } from '../../knowledge/eval/pool.js';

const statements: EvalStatement[] = [
  { text: 'no food in the house', lang: 'en', expected: ['food-bank-a'], judged: ['food-bank-b'] },
  { text: 'dad keeps falling', lang: 'en', expected: ['falls-clinic'] },
];
const known = new Set(['food-bank-a', 'food-bank-b', 'falls-clinic', 'gardening', 'alarm']);
const ranked: Record<string, string[]> = {
  'no food in the house': ['gardening', 'food-bank-b', 'alarm'],
  'dad keeps falling': ['alarm', 'falls-clinic'],
};
const ranking: Ranking = (statement, depth) => (ranked[statement.text] ?? []).slice(0, depth);

describe('evaluation labels', () => {
  it('counts only the writer’s labels by default, and the pooled judge’s too when asked', () => {
    const written = evaluateRanking(ranking, statements, known);
    expect(written.recallAtK).toBe(0.5);
    expect(written.misses).toEqual([0]);
    const pooled = evaluateRanking(ranking, statements, known, 5, 'pooled');
    expect(pooled.recallAtK).toBe(1);
    expect(pooled.mrr).toBeCloseTo((1 / 2 + 1 / 2) / 2);
  });

  it('names labelled ids the directory does not have, judged ones included', () => {
    const result = evaluateRanking(ranking, statements, new Set(['falls-clinic']));
    expect([...result.unknownIds].sort()).toEqual(['food-bank-a', 'food-bank-b']);
  });
});

describe('pooled judging', () => {
  it('pools every ranker’s unlabelled top five once, in the order the shuffle gives', () => {
    const other: Ranking = () => ['alarm', 'falls-clinic', 'new-one'];
    const pool = buildPool(statements, [ranking, other], (items) => [...items].reverse());
    expect(pool[0]).toEqual({ statement: 0, ids: ['new-one', 'falls-clinic', 'alarm', 'gardening'] });
    expect(pool[1]).toEqual({ statement: 1, ids: ['new-one', 'alarm'] });
  });

  it('adds a judge’s marks as judged labels, never repeating a written one', () => {
    const merged = mergeJudgements(statements, [
      { statement: 1, relevant: ['alarm', 'falls-clinic'] },
      { statement: 0, relevant: [] },
    ]);
    expect(merged[1]?.judged).toEqual(['alarm']);
    expect(merged[1]?.expected).toEqual(['falls-clinic']);
    expect(merged[0]?.judged).toEqual(['food-bank-b']);
  });
});
