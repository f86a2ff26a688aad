import { randomUUID } from 'node:crypto';
import { RESUME_EVENT } from '../../dialogs/safeConversationDialog.js';
import { errorResponse, type HttpRequest, type HttpResponse, type Route } from '../http.js';
import { forwardToBot } from './botForwarder.js';
import { ConversationStore, DEFAULT_CONVERSATION_LIMITS, type Conversation, type ConversationLimits } from './conversationStore.js';
import {
  BotActivity,
  ClientActivity,
  LocaleTag,
  MAX_BODY_BYTES,
  StartConversationRequest,
  TokenRequest,
  type ChannelAccount,
  type StoredActivity,
  type TokenClaims,
} from './schemas.js';
import { loadOrCreateTokenSecret, TokenSigner, type TokenProblem } from './tokenSigner.js';

/** The channel id the bot sees, as Azure's Direct Line would send for Web Chat. */
export const WEBCHAT_CHANNEL_ID = 'webchat';

/** Name of the event the bot gets when a page reconnects to a conversation, so it can repeat its current question. */
export const RESUME_EVENT_NAME = RESUME_EVENT;

/** Records one operational event. Fields never hold message text or answers. */
export type DirectLineLog = (event: string, fields: Readonly<Record<string, string | number>>) => void;

/** Options of {@link createDirectLineRoutes}. URLs are getters because tests (and `PORT=0`) learn the port late. */
export interface DirectLineOptions {
  /** The bot's own `POST /api/messages` on loopback. */
  readonly messagesUrl: () => string;
  /** This server's base URL, e.g. `http://127.0.0.1:3978`; sent to the bot as `serviceUrl` for its replies. */
  readonly selfUrl: () => string;
  /** Folder for the token signing secret (created with mode 0600 on first start). */
  readonly dataDir: string;
  /** The bot's channel account id and display name. */
  readonly botId?: string;
  readonly botName?: string;
  /** How long a token lasts; DirectLineJS refreshes it every 15 minutes while the page is open. Default 2 hours. */
  readonly tokenLifetimeSeconds?: number;
  readonly limits?: Partial<ConversationLimits>;
  /** How long to wait for the bot to take one activity. Default 15 seconds. */
  readonly forwardTimeoutMs?: number;
  /** Clock, injectable so tests can expire tokens and conversations without waiting. */
  readonly now?: () => number;
  readonly log?: DirectLineLog;
}

const defaultLog: DirectLineLog = (event, fields) => {
  console.warn(JSON.stringify({ level: 'warn', component: 'directLine', event, ...fields }));
};

const TOKEN_MESSAGES: Record<TokenProblem, string> = {
  missing: 'This request needs a Direct Line token in the Authorization header (Bearer …).',
  malformed: 'The Direct Line token is not valid. Start a new conversation.',
  'bad-signature': 'The Direct Line token is not valid. Start a new conversation.',
  expired: 'The Direct Line token has expired. Start a new conversation.',
};

function bodyTooLarge(body: unknown): boolean {
  return body !== undefined && Buffer.byteLength(JSON.stringify(body)) > MAX_BODY_BYTES;
}

const TOO_LARGE = errorResponse(413, 'payloadTooLarge', `The request body must be at most ${MAX_BODY_BYTES / 1024} KB.`);

/**
 * The local stand-in for Azure's Direct Line 3.0 service (polling only) plus the slice of the Bot Connector API the
 * bot replies through. Web Chat talks to the first half; the bot's CloudAdapter talks to the second.
 */
export function createDirectLineRoutes(options: DirectLineOptions): Route[] {
  const now = options.now ?? Date.now;
  const log = options.log ?? defaultLog;
  const forwardTimeoutMs = options.forwardTimeoutMs ?? 15_000;
  const bot: ChannelAccount = { id: options.botId ?? 'care-navigator', name: options.botName ?? 'Care Navigator', role: 'bot' };
  const signer = new TokenSigner(loadOrCreateTokenSecret(options.dataDir), options.tokenLifetimeSeconds ?? 2 * 60 * 60, now);
  const store = new ConversationStore({ ...DEFAULT_CONVERSATION_LIMITS, ...options.limits }, now);

  const user = (conversation: Conversation): ChannelAccount => ({ id: conversation.userId, role: 'user' });

  /** The token's claims, or the 403 to answer. A token only ever opens the conversation it was issued for. */
  function authorize(request: HttpRequest, conversationId?: string): TokenClaims | HttpResponse {
    const check = signer.check(request.headers.authorization);
    if (!check.ok) return errorResponse(403, 'tokenRefused', TOKEN_MESSAGES[check.problem]);
    if (conversationId !== undefined && check.claims.conv !== conversationId) {
      return errorResponse(403, 'tokenRefused', 'This Direct Line token belongs to another conversation.');
    }
    return check.claims;
  }

  /** The token's conversation; one the server forgot (a restart, or idle too long) comes back empty. */
  function conversationFor(claims: TokenClaims): { conversation: Conversation; recreated: boolean } {
    const existing = store.get(claims.conv);
    if (existing !== undefined) return { conversation: existing, recreated: false };
    return { conversation: store.create(claims.conv, claims.user, undefined), recreated: true };
  }

  function conversationAnswer(claims: TokenClaims): Record<string, unknown> {
    return { conversationId: claims.conv, token: signer.issue(claims.conv, claims.user), expires_in: signer.expiresIn };
  }

  /** Sends the bot an activity the endpoint makes itself (conversationUpdate, resume); its failure is only logged. */
  function notifyBot(conversation: Conversation, activity: Record<string, unknown>, event: string): void {
    const full = {
      ...activity,
      id: `${conversation.id}|${randomUUID()}`,
      timestamp: new Date(now()).toISOString(),
      channelId: WEBCHAT_CHANNEL_ID,
      serviceUrl: options.selfUrl(),
      from: user(conversation),
      recipient: bot,
      conversation: { id: conversation.id },
      ...(conversation.locale === undefined ? {} : { locale: conversation.locale }),
    };
    void forwardToBot(options.messagesUrl(), full, forwardTimeoutMs).then((result) => {
      if (!result.ok) log('botNotified.failed', { event, reason: result.reason, status: result.status ?? 0 });
    });
  }

  const generateToken: Route['handler'] = async (request) => {
    if (bodyTooLarge(request.body)) return TOO_LARGE;
    const parsed = TokenRequest.safeParse(request.body ?? {});
    if (!parsed.success) return errorResponse(400, 'badRequest', 'The user id must be 1–128 letters, digits or _-:.@');
    const userId = parsed.data.user?.id ?? `dl_${randomUUID()}`;
    const conversationId = randomUUID();
    return {
      status: 200,
      body: { conversationId, token: signer.issue(conversationId, userId), expires_in: signer.expiresIn },
    };
  };

  const refreshToken: Route['handler'] = async (request) => {
    const claims = authorize(request);
    if ('status' in claims) return claims;
    return { status: 200, body: conversationAnswer(claims) };
  };

  const startConversation: Route['handler'] = async (request) => {
    if (bodyTooLarge(request.body)) return TOO_LARGE;
    const claims = authorize(request);
    if ('status' in claims) return claims;
    const existing = store.get(claims.conv);
    if (existing !== undefined) return { status: 200, body: conversationAnswer(claims) };
    const start = StartConversationRequest.safeParse(request.body ?? {});
    const locale = start.success ? LocaleTag.safeParse(start.data.locale).data : undefined;
    const conversation = store.create(claims.conv, claims.user, locale);
    // Azure's service tells the bot who joined; the bot greets on it.
    notifyBot(conversation, { type: 'conversationUpdate', membersAdded: [user(conversation)] }, 'conversationUpdate');
    return { status: 201, body: conversationAnswer(claims) };
  };

  const reconnect: Route['handler'] = async (request) => {
    const conversationId = request.params.conversationId ?? '';
    const claims = authorize(request, conversationId);
    if ('status' in claims) return claims;
    const { conversation, recreated } = conversationFor(claims);
    // The page was closed and reopened, or the server restarted: the bot repeats where the person had got to.
    notifyBot(conversation, { type: 'event', name: RESUME_EVENT_NAME, value: { recreated } }, 'resume');
    return { status: 200, body: conversationAnswer(claims) };
  };

  const postActivity: Route['handler'] = async (request) => {
    if (bodyTooLarge(request.body)) return TOO_LARGE;
    const conversationId = request.params.conversationId ?? '';
    const claims = authorize(request, conversationId);
    if ('status' in claims) return claims;
    const parsed = ClientActivity.safeParse(request.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') ?? 'activity';
      return errorResponse(400, 'badActivity', `The activity was refused: ${field} ${issue?.message ?? 'is not valid'}.`);
    }
    const { conversation } = conversationFor(claims);
    const locale = LocaleTag.safeParse(parsed.data.locale);
    if (locale.success) conversation.locale = locale.data;
    const stored = store.append(conversation, (id) => ({
      ...parsed.data,
      id,
      timestamp: new Date(now()).toISOString(),
      channelId: WEBCHAT_CHANNEL_ID,
      from: user(conversation),
      recipient: bot,
      conversation: { id: conversation.id },
    }));
    const result = await forwardToBot(options.messagesUrl(), { ...stored, serviceUrl: options.selfUrl() }, forwardTimeoutMs);
    if (!result.ok && result.reason === 'timeout') {
      // The bot has the message and is slow to finish its turn: its replies still arrive, so the message was sent.
      log('forward.slow', { timeoutMs: forwardTimeoutMs });
    } else if (!result.ok) {
      // Take the echo back so the page marks the message as not sent and offers to retry it.
      store.remove(conversation, stored.id);
      log('forward.failed', { reason: result.reason, status: result.status ?? 0 });
      return errorResponse(502, 'botUnavailable', 'The assistant could not be reached. Please try again in a moment.');
    }
    return { status: 200, body: { id: stored.id } };
  };

  const getActivities: Route['handler'] = async (request) => {
    const conversationId = request.params.conversationId ?? '';
    const claims = authorize(request, conversationId);
    if ('status' in claims) return claims;
    const raw = request.query.watermark ?? '';
    if (!/^\d{0,12}$/.test(raw)) return errorResponse(400, 'badWatermark', 'The watermark must be a number.');
    const { conversation } = conversationFor(claims);
    return { status: 200, body: store.after(conversation, raw === '' ? 0 : Number(raw)) };
  };

  /** The bot's replies, through the Bot Connector API (`sendToConversation` and `replyToActivity`). */
  const connectorPost: Route['handler'] = async (request) => {
    if (bodyTooLarge(request.body)) return TOO_LARGE;
    const conversation = store.get(request.params.conversationId ?? '');
    if (conversation === undefined) return errorResponse(404, 'conversationNotFound', 'There is no such conversation.');
    const parsed = BotActivity.safeParse(request.body);
    if (!parsed.success) return errorResponse(400, 'badActivity', 'The activity needs a type.');
    const { serviceUrl: _serviceUrl, replyToId: givenReplyToId, ...activity } = parsed.data;
    // Web Chat holds a reply back (about 5 seconds) until it has seen the activity it answers. Replies to what the
    // page never sees (conversationUpdate, the resume event) would wait for nothing, so they go out as plain messages.
    const wanted = givenReplyToId ?? request.params.activityId;
    const replyToId = conversation.activities.some((entry) => entry.activity.id === wanted) ? wanted : undefined;
    const stored: StoredActivity = store.append(conversation, (id) => ({
      ...activity,
      id,
      timestamp: new Date(now()).toISOString(),
      channelId: WEBCHAT_CHANNEL_ID,
      from: { ...bot, ...activity.from, role: 'bot' },
      recipient: user(conversation),
      conversation: { id: conversation.id },
      ...(replyToId === undefined ? {} : { replyToId }),
    }));
    return { status: 200, body: { id: stored.id } };
  };

  return [
    { method: 'POST', path: '/v3/directline/tokens/generate', handler: generateToken },
    { method: 'POST', path: '/v3/directline/tokens/refresh', handler: refreshToken },
    { method: 'POST', path: '/v3/directline/conversations', handler: startConversation },
    { method: 'GET', path: '/v3/directline/conversations/:conversationId', handler: reconnect },
    { method: 'POST', path: '/v3/directline/conversations/:conversationId/activities', handler: postActivity },
    { method: 'GET', path: '/v3/directline/conversations/:conversationId/activities', handler: getActivities },
    { method: 'POST', path: '/v3/conversations/:conversationId/activities', handler: connectorPost },
    { method: 'POST', path: '/v3/conversations/:conversationId/activities/:activityId', handler: connectorPost },
  ];
}
