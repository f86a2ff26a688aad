import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInstance, type TFunction } from 'i18next';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../bot/config.js';

/** A bad command line: the CLI prints the message and usage, and exits with code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const LocaleResource = z.record(z.string(), z.unknown());

/** Languages the CLIs can describe matches in. */
export const CliLanguage = z.enum(['en', 'cy']);
/** One CLI language. */
export type CliLanguage = z.infer<typeof CliLanguage>;

/** A `t` for the `knowledge` namespace in one language, read from `locales/<lang>/knowledge.json`. */
export async function knowledgeT(lang: CliLanguage): Promise<TFunction> {
  const file = path.join(PROJECT_ROOT, 'locales', lang, 'knowledge.json');
  const resource = LocaleResource.parse(JSON.parse(await readFile(file, 'utf8')));
  const i18n = createInstance();
  await i18n.init({ lng: lang, ns: ['knowledge'], defaultNS: 'knowledge', resources: { [lang]: { knowledge: resource } } });
  return i18n.getFixedT(lang, 'knowledge');
}

/** Runs a CLI's main, turning usage errors into exit code 2 and other failures into exit code 1, with a message. */
export function runCli(main: () => Promise<void>, usage: string): void {
  main().catch((error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${usage}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
