import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../bot/config.js';

const LOG_FILE = path.join(PROJECT_ROOT, 'docs', 'clinical-safety', 'hazard-log.md');

/** The hazards the issue requires, by title. */
const REQUIRED_HAZARDS = [
  'Missed emergency',
  'Wrong crisis number',
  'False reassurance',
  'Summary sent without consent',
  'Service shown to an ineligible person',
  'Stale directory entry',
  'Lost answers',
  'Crisis check throws',
  'Welsh message missed',
  'Message text logged',
];
const REQUIRED_FIELDS = ['Description', 'Cause', 'Effect', 'Initial risk', 'Controls', 'Residual risk', 'Owner / status'];

interface Hazard {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly tests: string[];
  readonly pending: string[];
}

function parseHazards(markdown: string): Hazard[] {
  return markdown
    .split(/^## (?=HAZ-)/m)
    .slice(1)
    .map((section) => {
      const [heading = '', ...rest] = section.split('\n');
      const [, id = '', title = ''] = /^(HAZ-\d+) (.+)$/.exec(heading.trim()) ?? [];
      const body = rest.join('\n');
      const verified = body.split(/^### Verified by\s*$/m)[1]?.split(/^#{2,3} /m)[0] ?? '';
      const bullets = verified
        .split('\n')
        .map((line) => /^- (.+)$/.exec(line.trim())?.[1]?.trim())
        .filter((line): line is string => line !== undefined);
      return {
        id,
        title,
        body,
        tests: bullets.filter((line) => !line.startsWith('pending:')).map((line) => line.replace(/^`|`$/g, '')),
        pending: bullets.filter((line) => line.startsWith('pending:')),
      };
    });
}

function testFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return testFiles(full);
    return entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Every name given to `it(…)` or `test(…)` (and `.skip`, `.each` and friends) in every test file. */
function testNames(): Set<string> {
  const names = new Set<string>();
  const call = /\b(?:it|test)(?:\.\w+(?:\([^)]*\))?)*\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;
  for (const file of testFiles(path.join(PROJECT_ROOT, 'test'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(call)) {
      names.add((match[2] ?? '').replace(/\\(.)/g, '$1'));
    }
  }
  return names;
}

describe('the clinical safety hazard log', () => {
  const hazards = parseHazards(readFileSync(LOG_FILE, 'utf8'));
  const names = testNames();

  it('covers the hazards the issue names, each with cause, effect, risk, controls and owner', () => {
    expect(hazards.map((hazard) => hazard.title)).toEqual(expect.arrayContaining(REQUIRED_HAZARDS));
    for (const hazard of hazards) {
      const missing = REQUIRED_FIELDS.filter((field) => !hazard.body.includes(`**${field}:**`));
      expect([hazard.id, missing]).toEqual([hazard.id, []]);
    }
    expect(new Set(hazards.map((hazard) => hazard.id)).size).toBe(hazards.length);
  });

  it('names at least one verification for every hazard', () => {
    const bare = hazards.filter((hazard) => hazard.tests.length + hazard.pending.length === 0).map((hazard) => hazard.id);
    expect(bare).toEqual([]);
  });

  it('names only tests that exist in some test file', () => {
    // Guards the parser itself: if it read no names, the check below would pass for nothing.
    expect(hazards.flatMap((hazard) => hazard.tests).length).toBeGreaterThanOrEqual(hazards.length);
    const unknown = hazards.flatMap((hazard) =>
      hazard.tests.filter((name) => !names.has(name)).map((name) => `${hazard.id}: ${name}`),
    );
    expect(unknown).toEqual([]);
  });

  it('has no control left pending: every control is verified by a test that exists', () => {
    const pending = hazards.flatMap((hazard) => hazard.pending.map((line) => `${hazard.id}: ${line}`));
    expect(pending).toEqual([]);
  });
});
