import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { createLocaliser } from '../../dialogs/localiser.js';


/** A bad command line: the CLI prints the message and usage, and exits with code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Languages the CLIs can describe matches in. */
export const CliLanguage = z.enum(['en', 'cy']);
/** One CLI language. */
export type CliLanguage = z.infer<typeof CliLanguage>;

/** A `t` for the `knowledge` namespace in one language, from the same localiser the bot uses. */
export function knowledgeT(lang: CliLanguage): TFunction {
  return createLocaliser().getFixedT(lang, 'knowledge');
}

/** Parses a CLI's arguments with node's `parseArgs`; bad arguments become a UsageError (exit code 2). */
export function parseCliArgs<const T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : 'Bad arguments.');
  }
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
