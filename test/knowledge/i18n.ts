import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInstance, type TFunction } from 'i18next';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../bot/config.js';

/** A locale file's content: nested objects of strings. */
export const LocaleTree = z.record(z.string(), z.unknown());

/** Reads `locales/<lang>/knowledge.json`. */
export async function readKnowledgeLocale(lang: 'en' | 'cy'): Promise<Record<string, unknown>> {
  const file = path.join(PROJECT_ROOT, 'locales', lang, 'knowledge.json');
  return LocaleTree.parse(JSON.parse(await readFile(file, 'utf8')));
}

/** A local i18next instance with both languages of the `knowledge` namespace, and a fixed `t` per language. */
export async function knowledgeTs(): Promise<{ en: TFunction; cy: TFunction }> {
  const i18n = createInstance();
  await i18n.init({
    lng: 'en',
    ns: ['knowledge'],
    defaultNS: 'knowledge',
    resources: { en: { knowledge: await readKnowledgeLocale('en') }, cy: { knowledge: await readKnowledgeLocale('cy') } },
  });
  return { en: i18n.getFixedT('en', 'knowledge'), cy: i18n.getFixedT('cy', 'knowledge') };
}
