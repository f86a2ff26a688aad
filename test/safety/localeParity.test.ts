import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../bot/config.js';
import { CRISIS_NUMBERS } from '../../safety/crisisNumbers.js';

type Tree = { [key: string]: string | Tree };
const Tree: z.ZodType<Tree> = z.lazy(() => z.record(z.string(), z.union([z.string().min(1), Tree])));

function read(language: 'en' | 'cy'): Tree {
  return Tree.parse(JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'locales', language, 'safety.json'), 'utf8')));
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(full, value);
    else for (const [inner, text] of flatten(value, full)) flat.set(inner, text);
  }
  return flat;
}

/** Key and placeholder parity for every namespace is in test/locales/parity.test.ts; these are the safety text's own rules. */
describe('safety locale files', () => {
  const en = flatten(read('en'));
  const cy = flatten(read('cy'));

  it('have a Welsh text that is not the English one for every key', () => {
    for (const [key, text] of en) expect([key, cy.get(key)]).not.toEqual([key, text]);
  });

  it('write no phone number by hand except 999, which must be exact', () => {
    for (const text of [...en.values(), ...cy.values()]) {
      const numbers = text.replace(/\{\{\w+\}\}/g, '').match(/[0-9][0-9 ]*[0-9]|[0-9]/g) ?? [];
      for (const number of numbers) expect(['111', CRISIS_NUMBERS.emergency]).toContain(number);
    }
  });
});
