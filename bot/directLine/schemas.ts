import { z } from 'zod';

/**
 * Shapes that cross the Direct Line door, one schema each. Everything is parsed at the door; inside, the types are
 * trusted. Activities are loose objects because the Bot Framework adds fields over time and Web Chat sends many we
 * only carry through; the fields this endpoint reads or writes are named.
 */

/** Longest message text a user may send. Longer is refused with 400, so the bot never gets a pasted document. */
export const MAX_TEXT_LENGTH = 4_000;

/** Largest JSON body accepted on any Direct Line or connector route, in bytes. */
export const MAX_BODY_BYTES = 64 * 1024;

/** A Direct Line user or conversation id: short, printable, no spaces. */
export const DirectLineId = z.string().regex(/^[A-Za-z0-9_\-:.@]{1,128}$/, 'must be 1–128 letters, digits or _-:.@');

/** A channel account (`from`, `recipient`, members). */
export const ChannelAccount = z.looseObject({
  id: z.string().min(1).max(256),
  name: z.string().max(256).optional(),
  role: z.string().max(32).optional(),
});
export type ChannelAccount = z.infer<typeof ChannelAccount>;

/** A BCP 47 language tag as a browser sends it (`en-GB`, `cy`). */
export const LocaleTag = z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/, 'must be a language tag such as en-GB');

/** Body of `POST /v3/directline/tokens/generate`: the page may name its stored user id. */
export const TokenRequest = z.object({ user: z.looseObject({ id: DirectLineId.optional() }).optional() }).loose();

/** Body of `POST /v3/directline/conversations` (DirectLineJS sends the user id and the start locale). */
export const StartConversationRequest = z
  .object({ user: z.looseObject({ id: z.string().optional() }).optional(), locale: z.string().optional() })
  .loose();

/**
 * An activity posted by the Web Chat client. Unknown fields are dropped and `from` is replaced by the token's user:
 * the client is not trusted, and the bot gets only what it understands.
 */
export const ClientActivity = z.object({
  type: z.enum(['message', 'event', 'typing']),
  text: z.string().max(MAX_TEXT_LENGTH, `text must be at most ${MAX_TEXT_LENGTH} characters`).optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: z.string().max(35).optional(),
  name: z.string().max(256).optional(),
  value: z.unknown().optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
  entities: z.array(z.record(z.string(), z.unknown())).max(20).optional(),
  localTimestamp: z.string().max(64).optional(),
  localTimezone: z.string().max(64).optional(),
  replyToId: z.string().max(256).optional(),
});
export type ClientActivity = z.infer<typeof ClientActivity>;

/** An activity the bot sends through the Bot Connector API (replies, typing, ends of conversation). */
export const BotActivity = z.looseObject({
  type: z.string().min(1).max(64),
  text: z.string().optional(),
  from: ChannelAccount.optional(),
  replyToId: z.string().max(256).optional(),
});
export type BotActivity = z.infer<typeof BotActivity>;

/** An activity as stored and served to the client: every one has an id, a timestamp, `from` and `conversation`. */
export const StoredActivity = z.looseObject({
  type: z.string(),
  id: z.string(),
  timestamp: z.string(),
  channelId: z.string(),
  from: ChannelAccount,
  conversation: z.looseObject({ id: z.string() }),
});
export type StoredActivity = z.infer<typeof StoredActivity>;

/** Claims carried in a Direct Line token (a compact HS256 JWT, so DirectLineJS can read `user` from it). */
export const TokenClaims = z.object({
  conv: DirectLineId,
  user: DirectLineId,
  /** Expiry, seconds since the epoch (JWT `exp`). */
  exp: z.number().int().positive(),
  iat: z.number().int().positive(),
});
export type TokenClaims = z.infer<typeof TokenClaims>;
