import { z } from 'zod';
import { normalise } from './normalise.js';

const phrases = z.string().min(1);

/**
 * Command → the phrases that mean it, from each language's `commands.json` (phrases separated by `|`). Parsed at
 * start, so a locale file missing a command stops the bot with a clear message.
 */
export const CommandWords = z.object({
  help: phrases,
  back: phrases,
  skip: phrases,
  startAgain: phrases,
  welsh: phrases,
  english: phrases,
  changeLanguage: phrases,
  talkToPerson: phrases,
  deleteMyAnswers: phrases,
});
export type CommandWords = z.infer<typeof CommandWords>;

/** One command that works at any point of the conversation, typed or tapped, in either language. */
export type Command = keyof CommandWords;

/** Every command, in the order they are tried. */
export const COMMANDS: readonly Command[] = CommandWords.keyof().options;

/**
 * The command a whole message means, or undefined. Only a message that is the command ("help", "go back",
 * "dechrau eto") counts: "I need help with washing" is an answer, not a command.
 */
export function recognizeCommand(text: string, lexicons: readonly CommandWords[]): Command | undefined {
  const typed = normalise(text);
  if (typed.length === 0 || typed.length > 40) return undefined;
  for (const lexicon of lexicons) {
    for (const command of COMMANDS) {
      if (lexicon[command].split('|').some((phrase) => normalise(phrase) === typed)) return command;
    }
  }
  return undefined;
}
