import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../bot/config.js';
import { FIXTURES } from './paths.js';

/** Runs a knowledge CLI the way `npm run` does (tsx), from the project root. */
function run(cli: 'match' | 'kb', args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join('knowledge', 'cli', `${cli}.ts`), ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const JsonMatches = z.array(z.strictObject({ id: z.string(), name: z.string(), score: z.number(), why: z.string().min(1) }));
const page = path.join(FIXTURES, 'oruk1-page.json');
const v3 = path.join(FIXTURES, 'oruk3-services.json');

describe('npm run match', () => {
  it('prints --json as an array of { id, name, score, why }, best first', () => {
    const { status, stdout } = run('match', ['--json', '--knowledge', v3, 'worried about mum’s memory, could it be dementia']);
    expect(status).toBe(0);
    const matches = JsonMatches.parse(JSON.parse(stdout));
    expect(matches[0]?.id).toBe('fx3-memory');
    const scores = matches.map((match) => match.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('applies --age and --postcode as hard rules', () => {
    const text = 'exercise class to stop me falling';
    const allowed = JsonMatches.parse(JSON.parse(run('match', ['--json', '--knowledge', page, '--age', '70', '--postcode', 'AT4 1AA', text]).stdout));
    expect(allowed.map((match) => match.id)).toContain('fx-falls-class');
    const tooYoung = JsonMatches.parse(JSON.parse(run('match', ['--json', '--knowledge', page, '--age', '45', text]).stdout));
    expect(tooYoung.map((match) => match.id)).not.toContain('fx-falls-class');
  });

  it('exits with code 2 and says what is wrong for bad arguments', () => {
    const badAge = run('match', ['--age', 'old', 'help']);
    expect(badAge.status).toBe(2);
    expect(badAge.stderr).toContain('--age');
    expect(run('match', ['--knowledge', page]).status).toBe(2);
    expect(run('match', ['--colour', 'blue', 'help']).status).toBe(2);
  });

  it('names the file when the knowledge file is missing', () => {
    const missing = path.join(FIXTURES, 'missing.json');
    const result = run('match', ['--knowledge', missing, 'help']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(missing);
  });
});

describe('npm run kb -- check', () => {
  it('prints counts, skipped records with reasons and stale records', () => {
    const { status, stdout } = run('kb', ['check', page]);
    expect(status).toBe(0);
    expect(stdout).toContain('Loaded: 2');
    expect(stdout).toContain('Skipped: 6');
    expect(stdout).toMatch(/record 5 .*repeats an id/);
    expect(stdout).toMatch(/Stale \(assured over a year ago\): \d+/);
  });

  it('exits with code 2 for an unknown command', () => {
    expect(run('kb', ['validate', page]).status).toBe(2);
  });
});
