import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { PROJECT_ROOT, type AppConfig } from './config.js';
import { createAdapter } from './adapter.js';
import { composeBot, type ComposeOptions } from './composeBot.js';
import { createServer } from './server.js';
import { createLogger, describeError, type Logger } from './logger.js';
import { startRetention } from '../referral/retention.js';
import { healthRoute } from './health.js';
import { createDirectLineRoutes } from './directLine/index.js';
import { createWebChatRoutes } from './webChat/index.js';
import type { Route } from './http.js';

/** The version from package.json, for the health check. */
export const APP_VERSION: string = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** A started Care Navigator. */
export interface RunningApp {
  /** The base URL it listens on, e.g. http://127.0.0.1:3978. */
  readonly url: string;
  close(): Promise<void>;
}

/** Options for tests and tools. */
export interface AppOptions extends ComposeOptions {
  readonly logger?: Logger;
}

/**
 * Starts the whole service: the bot on `/api/messages`, the local Direct Line and Web Chat page, health, and the
 * staff API when tokens are configured.
 */
export async function startApp(config: AppConfig, options: AppOptions = {}): Promise<RunningApp> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const composed = await composeBot(config, logger, options);
  const adapter = createAdapter(config, composed.localiser, logger);
  let baseUrl = '';
  const storage = composed.storage;
  const routes: Route[] = [
    healthRoute({
      version: APP_VERSION,
      serviceCount: composed.directory.services.length,
      storage: { isWritable: () => (storage.isWritable ? storage.isWritable() : Promise.resolve(true)) },
    }),
    // The local Direct Line has no Bot Framework authentication of its own: it stands in for Azure on a local run
    // only. With an app id, Web Chat talks to Azure's Direct Line instead.
    ...(config.authEnabled
      ? []
      : [
          ...createDirectLineRoutes({
            messagesUrl: () => `${baseUrl}/api/messages`,
            selfUrl: () => baseUrl,
            dataDir: config.dataDir,
            log: (event, fields) => logger.log('warn', `directLine.${event}`, fields),
          }),
          ...createWebChatRoutes({ councilName: config.COUNCIL_NAME, localiser: composed.localiser }),
        ]),
    ...composed.services.staffRoutes,
  ];
  const stopRetention = startRetention({
    store: composed.services.referrals,
    audit: composed.services.audit,
    retentionDays: config.REFERRAL_RETENTION_DAYS,
    now: options.now ?? (() => new Date()),
    onError: (error) => logger.log('error', 'retention.failed', describeError(error)),
  });
  const server = createServer({ adapter, bot: composed.bot, routes, logger });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  baseUrl = `http://${host}:${address.port}`;
  return {
    url: baseUrl,
    close: () =>
      new Promise<void>((resolve) => {
        stopRetention();
        server.close(() => resolve());
      }),
  };
}
