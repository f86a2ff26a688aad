import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInstance, type i18n, type Resource, type TFunction } from 'i18next';
import { z } from 'zod';
import { PROJECT_ROOT } from '../bot/config.js';
import type { Language } from './catalogue/intakeState.js';

/** A locale file: an object of texts and nested objects of texts. */
const LocaleFile = z.record(z.string(), z.unknown());

/** Where the locale files live: `locales/<lang>/<namespace>.json`. */
export const LOCALES_DIR = path.join(PROJECT_ROOT, 'locales');

/** The languages we ship; English is the fallback for a key a council has not yet translated. */
export const LANGUAGES: readonly Language[] = ['en', 'cy'];

/** Reads every namespace file of every language, once, at start. A malformed file stops the start, naming the file. */
export function readLocaleResources(localesDir: string = LOCALES_DIR): Resource {
  const resources: Resource = {};
  for (const language of LANGUAGES) {
    const folder = path.join(localesDir, language);
    const namespaces: Record<string, Record<string, unknown>> = {};
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
      const full = path.join(folder, file);
      try {
        namespaces[path.basename(file, '.json')] = LocaleFile.parse(JSON.parse(readFileSync(full, 'utf8')));
      } catch (error) {
        throw new Error(`The locale file ${full} is not valid: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    resources[language] = namespaces;
  }
  return resources;
}

/**
 * A private i18next instance (never the global one), initialised synchronously. Each turn takes its own fixed
 * translator with `getFixedT(language)`, so concurrent conversations in different languages never share a switch.
 */
export function createLocaliser(resources: Resource = readLocaleResources()): i18n {
  const instance = createInstance();
  const namespaces = Object.keys(resources.en ?? {});
  void instance.init({
    resources,
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: namespaces,
    defaultNS: 'conversation',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** A translator fixed to one language (and optionally a namespace), for one turn. */
export function translatorFor(localiser: i18n, language: Language, namespace?: string): TFunction {
  return localiser.getFixedT(language, namespace ?? null);
}
