import { z } from 'zod';
import type { TFunction } from 'i18next';
import { createLocaliser, readLocaleResources } from '../../dialogs/localiser.js';

/** A locale file's content: nested objects of strings. */
export const LocaleTree = z.record(z.string(), z.unknown());

/** The `knowledge` namespace of one language, as the bot loads it. */
export async function readKnowledgeLocale(lang: 'en' | 'cy'): Promise<Record<string, unknown>> {
  return LocaleTree.parse(readLocaleResources()[lang]?.knowledge);
}

/** Fixed `t` functions for the `knowledge` namespace, from the same localiser the bot uses. */
export async function knowledgeTs(): Promise<{ en: TFunction; cy: TFunction }> {
  const localiser = createLocaliser();
  return { en: localiser.getFixedT('en', 'knowledge'), cy: localiser.getFixedT('cy', 'knowledge') };
}
