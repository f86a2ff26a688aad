import { normalise } from './normalise.js';

/** The commands that work at any point of the conversation, typed or tapped, in either language. */
export const COMMANDS = ['help', 'back', 'skip', 'startAgain', 'welsh', 'english', 'changeLanguage', 'talkToPerson', 'deleteMyAnswers'] as const;
/** One command. */
export type Command = (typeof COMMANDS)[number];

/** Command → the phrases that mean it, from each language's `commands.json` (phrases separated by `|`). */
export type CommandWords = Readonly<Record<Command, string>>;

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
