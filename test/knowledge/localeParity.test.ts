import { describe, expect, it } from 'vitest';
import { TOPIC_IDS } from '../../knowledge/needsVocabulary.js';
import { LocaleTree, readKnowledgeLocale } from './i18n.js';

/** Every leaf of a locale tree as [dotted key, value]. */
function leaves(tree: Record<string, unknown>, prefix = ''): Array<[string, unknown]> {
  return Object.entries(tree).flatMap(([key, value]): Array<[string, unknown]> => {
    const nested = LocaleTree.safeParse(value);
    return nested.success && !Array.isArray(value) ? leaves(nested.data, `${prefix}${key}.`) : [[`${prefix}${key}`, value]];
  });
}

describe('knowledge locale files', () => {
  it('have the same keys in English and Welsh, every value a non-empty string', async () => {
    const en = leaves(await readKnowledgeLocale('en'));
    const cy = leaves(await readKnowledgeLocale('cy'));
    expect(cy.map(([key]) => key).sort()).toEqual(en.map(([key]) => key).sort());
    for (const [key, value] of [...en, ...cy]) {
      expect(typeof value === 'string' && value.trim().length > 0, key).toBe(true);
    }
  });

  it('name every topic in both languages', async () => {
    for (const lang of ['en', 'cy'] as const) {
      const keys = leaves(await readKnowledgeLocale(lang)).map(([key]) => key);
      for (const topic of TOPIC_IDS) expect(keys, `${lang} topics.${topic}`).toContain(`topics.${topic}`);
    }
  });
});
