import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ActivityTypes, MemoryStorage, TestAdapter, type Activity, type Storage } from 'botbuilder';
import type { TFunction } from 'i18next';
import { loadConfig, type AppConfig } from '../../bot/config.js';
import { composeBot, type ComposedBot } from '../../bot/composeBot.js';
import { createLogger } from '../../bot/logger.js';
import { turnErrorHandler } from '../../bot/adapter.js';
import type { Language } from '../../dialogs/catalogue/intakeState.js';

/** The fixed clock of every transcript: tests never depend on today's date. */
export const TEST_NOW = new Date('2026-11-02T10:00:00Z');

/** Options for one test conversation. */
export interface HarnessOptions {
  readonly storage?: Storage;
  readonly env?: Record<string, string>;
  /** The channel's locale (e.g. "cy-GB"); unset by default, as many channels send none. */
  readonly locale?: string;
  readonly channelId?: string;
  /** To pick a conversation up again after a "restart" (a new bot on the same storage). */
  readonly conversationId?: string;
  /**
   * Use one bot shared by every conversation that asks for it (one directory load and index), for tests that run
   * hundreds of short conversations. Conversations stay separate; referrals of shared conversations share a folder.
   */
  readonly sharedBot?: boolean;
}

let shared: Promise<{ composed: ComposedBot; config: AppConfig; dataDir: string }> | undefined;

/** The one bot shared conversations run on, built on first use. */
function sharedComposition(): Promise<{ composed: ComposedBot; config: AppConfig; dataDir: string }> {
  shared ??= (async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'care-navigator-shared-'));
    const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' });
    const composed = await composeBot(config, createLogger('silent'), { storage: new MemoryStorage(), now: () => TEST_NOW });
    return { composed, config, dataDir };
  })();
  return shared;
}

/** One conversation driven through the real bot, dialogs and locale text, on botbuilder's TestAdapter. */
export interface Conversation {
  /** Sends a message and returns the bot's replies to it. */
  say(text: string): Promise<Partial<Activity>[]>;
  /** Sends a card submit: a message with values and no text. */
  submit(value: Record<string, unknown>): Promise<Partial<Activity>[]>;
  /** Sends an event (e.g. the page's resume event) and returns the replies. */
  event(name: string): Promise<Partial<Activity>[]>;
  /** Sends a join (conversationUpdate), as a channel does when the chat opens. */
  join(): Promise<Partial<Activity>[]>;
  /** The locale text a reply should have, to compare with (never copied English). */
  t(language: Language, key: string, options?: Record<string, unknown>): string;
  readonly composed: ComposedBot;
  readonly config: AppConfig;
  readonly dataDir: string;
  close(): void;
}

let referenceCounter = 0;

/** Starts a conversation. Each gets its own data folder and, unless given, its own in-memory storage. */
export async function startConversation(options: HarnessOptions = {}): Promise<Conversation> {
  const own = async (): Promise<{ composed: ComposedBot; config: AppConfig; dataDir: string }> => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'care-navigator-test-'));
    const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent', ...options.env });
    const composed = await composeBot(config, createLogger('silent'), { storage: options.storage ?? new MemoryStorage(), now: () => TEST_NOW });
    return { composed, config, dataDir };
  };
  const { composed, config, dataDir } = options.sharedBot ? await sharedComposition() : await own();
  const adapter = new TestAdapter((context) => composed.bot.run(context), {
    channelId: options.channelId ?? 'test',
    conversation: { id: options.conversationId ?? `conversation-${++referenceCounter}`, isGroup: false, name: 'test', conversationType: 'personal' },
    locale: options.locale,
  });
  adapter.onTurnError = turnErrorHandler(composed.localiser, createLogger('silent'));
  const translators = new Map<string, TFunction>();
  const send = async (activity: Partial<Activity>): Promise<Partial<Activity>[]> => {
    await adapter.receiveActivity({ ...activity, locale: options.locale });
    const replies: Partial<Activity>[] = [];
    for (let reply = adapter.activeQueue.shift(); reply; reply = adapter.activeQueue.shift()) replies.push(reply);
    return replies;
  };
  return {
    say: (text) => send({ type: ActivityTypes.Message, text }),
    submit: (value) => send({ type: ActivityTypes.Message, value }),
    event: (name) => send({ type: ActivityTypes.Event, name }),
    join: () => send({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'user1', name: 'User' }] }),
    t: (language, key, keyOptions) => {
      const [namespace, rest] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['conversation', key];
      const cacheKey = `${language}:${namespace}`;
      let translate = translators.get(cacheKey);
      if (!translate) {
        translate = composed.localiser.getFixedT(language, namespace);
        translators.set(cacheKey, translate);
      }
      return translate(rest, keyOptions ?? {});
    },
    composed,
    config,
    dataDir,
    // A shared bot's folder outlives each conversation; the OS clears its temp folder.
    close: () => (options.sharedBot ? undefined : rmSync(dataDir, { recursive: true, force: true })),
  };
}

/** The text of each reply, in order. */
export function texts(replies: readonly Partial<Activity>[]): string[] {
  return replies.map((reply) => reply.text ?? '');
}

/** The button labels offered with the last reply that has any. */
export function buttons(replies: readonly Partial<Activity>[]): string[] {
  const withButtons = [...replies].reverse().find((reply) => (reply.suggestedActions?.actions.length ?? 0) > 0);
  return withButtons?.suggestedActions?.actions.map((action) => String(action.title)) ?? [];
}
