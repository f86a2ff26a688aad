import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { i18n } from 'i18next';
import type { AppConfig } from './config.js';
import { describeError, type Logger } from './logger.js';
import { languageFromLocale } from '../dialogs/safeConversationDialog.js';

/**
 * The real Bot Framework adapter. With no `MicrosoftAppId`, botbuilder turns authentication off (as for the Bot
 * Framework Emulator); the config refuses to listen beyond loopback in that case unless the operator says so.
 */
export function createAdapter(config: AppConfig, localiser: i18n, logger: Logger): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = turnErrorHandler(localiser, logger);
  return adapter;
}

/**
 * What happens when a turn throws: the error is logged without anything the person said, and the person is told
 * kindly. State is not cleared: the turn's changes were never saved, so the conversation is as it was before the
 * message, and sending it again is safe.
 */
export function turnErrorHandler(localiser: i18n, logger: Logger): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    logger.log('error', 'turn.failed', { channel: context.activity.channelId, activityType: context.activity.type, ...describeError(error) });
    const language = languageFromLocale(context.activity.locale) ?? 'en';
    try {
      await context.sendActivity(localiser.getFixedT(language, 'conversation')('turnError'));
    } catch (sendError) {
      logger.log('error', 'turn.errorReplyFailed', describeError(sendError));
    }
  };
}
