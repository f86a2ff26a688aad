import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { ConfigError, loadConfig } from './config.js';
import { composeBot } from './composeBot.js';
import { ConsoleAdapter } from './consoleAdapter.js';
import { createLogger } from './logger.js';

/** `npm run chat`: the same bot and dialogs in the terminal, for staff and quick checks. Type "quit" to leave. */
async function chat(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  const { bot } = await composeBot(config, createLogger('warn'));
  const adapter = new ConsoleAdapter((text) => process.stdout.write(`\n${text}\n`), process.env.CHAT_LOCALE);
  const logic = (context: Parameters<typeof bot.run>[0]): Promise<void> => bot.run(context);
  await adapter.say(undefined, logic);
  const input = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  input.setPrompt('> ');
  input.prompt();
  for await (const line of input) {
    if (line.trim().toLowerCase() === 'quit') break;
    await adapter.say(line, logic);
    input.prompt();
  }
  input.close();
}

chat().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : `The chat stopped: ${String(error)}`}\n`);
  process.exit(1);
});
