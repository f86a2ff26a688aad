import { describe, expect, it } from 'vitest';
import { flattenLocale as flatten, localeFile } from './fixtures.js';

function variables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

describe('referral locale files', () => {
  const en = flatten(localeFile('en'));
  const cy = flatten(localeFile('cy'));

  it('have the same keys in English and Welsh', () => {
    expect([...cy.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('have no empty text and the same placeholders in both languages', () => {
    for (const [key, english] of en) {
      const welsh = cy.get(key) ?? '';
      expect(english.trim(), key).not.toBe('');
      expect(welsh.trim(), key).not.toBe('');
      expect(variables(welsh), key).toEqual(variables(english));
    }
  });
});
