import path from 'node:path';
import { ConversationState, type Storage, type TurnContext } from 'botbuilder';
import type { i18n } from 'i18next';
import type { AppConfig } from './config.js';
import { CareNavigatorBot } from './careNavigatorBot.js';
import { createConversationServices, type BuiltServices } from './conversationServicesFactory.js';
import type { Logger } from './logger.js';
import { LowdbStorage } from './storage/lowdbStorage.js';
import { TurnQueue } from './turnQueue.js';
import { CareNavigatorDialog } from '../dialogs/careNavigatorDialog.js';
import { createLocaliser } from '../dialogs/localiser.js';
import { loadDirectoryFile, type ImportResult } from '../knowledge/orukImport.js';

/** Options for tests and tools: another storage, a clock, reference numbers. */
export interface ComposeOptions {
  readonly storage?: Storage;
  readonly now?: () => Date;
  readonly newReference?: () => Promise<string>;
}

/** A bot with everything it needs, built from configuration. */
export interface ComposedBot {
  readonly bot: CareNavigatorBot;
  readonly localiser: i18n;
  readonly storage: Storage & { isWritable?: () => Promise<boolean> };
  readonly directory: ImportResult;
  readonly services: BuiltServices;
}

/**
 * Builds the bot the same way for the web server, the terminal chat and the tests: the directory and locale text are
 * loaded once, the dialogs get every service through one object, and state goes to lowdb files under `DATA_DIR`.
 */
export async function composeBot(config: AppConfig, logger: Logger, options: ComposeOptions = {}): Promise<ComposedBot> {
  const directory = await loadDirectoryFile(config.knowledgeFile);
  logger.log('info', 'directory.loaded', {
    file: path.basename(config.knowledgeFile),
    services: directory.services.length,
    skipped: directory.report.skipped.length,
  });
  const localiser = createLocaliser();
  const storage = options.storage ?? new LowdbStorage({ directory: path.join(config.dataDir, 'state'), logger });
  const conversationState = new ConversationState(storage);
  const services = await createConversationServices({
    config,
    localiser,
    directory: directory.services,
    conversationState,
    now: options.now,
    newReference: options.newReference,
  });
  const dialog = new CareNavigatorDialog(services.conversation);
  const busy = async (context: TurnContext): Promise<void> => {
    await context.sendActivity(localiser.getFixedT('en', 'conversation')('busy'));
  };
  const bot = new CareNavigatorBot(conversationState, dialog, new TurnQueue(), busy);
  return { bot, localiser, storage, directory, services };
}
