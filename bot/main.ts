import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from './config.js';
import { startApp } from './app.js';
import { createLogger } from './logger.js';

/**
 * `npm start`: reads `.env` if there is one (Node's own loader), parses the settings once, starts the bot with
 * everything embedded, and says where to open it.
 */
async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const app = await startApp(config, { logger });
  const lines = [
    `Care Navigator for ${config.COUNCIL_NAME} is running.`,
    `  Web Chat:          ${app.url}/`,
    `  Bot endpoint:      ${app.url}/api/messages (Bot Framework Emulator)`,
    `  Health:            ${app.url}/healthz`,
    `  Data folder:       ${config.dataDir}`,
    config.authEnabled
      ? '  Bot Framework authentication is on.'
      : '  Bot Framework authentication is off (no MicrosoftAppId): listening on loopback only, as for the Emulator.',
    config.STAFF_TOKEN_SHA256.length > 0
      ? `  Staff API:         ${app.url}/api/referrals (bearer token)`
      : '  Staff API is off: set STAFF_TOKEN_SHA256 to the SHA-256 of a staff token to turn it on.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const stop = (): void => {
    void app.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Care Navigator could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
