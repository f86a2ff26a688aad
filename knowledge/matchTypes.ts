import { z } from 'zod';
import { Audience, IsoDate, PostcodeDistrict, Service } from './directorySchema.js';
import { TopicId } from './topics.js';

/** Beyond this many characters a message adds nothing to matching but time. */
const MAX_TEXT = 2000;

/** What the conversation asks the matcher: the person's words, the needs profile's topics and the hard facts. */
export const MatchRequest = z.object({
  /** The person's own words (never logged). Very long messages are cut, not refused: a person is never an error. */
  text: z.string().transform((text) => text.slice(0, MAX_TEXT)),
  /** Topics from the needs profile; the person's words add more. */
  topics: z.array(TopicId).optional(),
  /** Age of the person the services are for; services outside their age range are never shown. */
  age: z.number().int().min(0).max(130).optional(),
  /** Postcode or district; services limited to other districts are never shown. Unreadable ones filter nothing. */
  postcode: z.string().optional(),
  /** Who is asking; residents are never shown carers-only services. */
  audience: Audience.optional(),
  /** How many matches to return, best first. */
  limit: z.number().int().min(1).max(100).optional(),
});
/** One match request. */
export type MatchRequest = z.infer<typeof MatchRequest>;

/** Why a service was matched, as data; `describeMatch` turns it into words in the person's language. */
export const MatchReason = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('topic'), topic: TopicId }),
  /** The person's own words that the service's record also uses. */
  z.object({ kind: z.literal('words'), words: z.array(z.string()).min(1) }),
  z.object({ kind: z.literal('forCarers') }),
  z.object({ kind: z.literal('ages'), min: z.number().int().optional(), max: z.number().int().optional() }),
  /** The service has a location in the person's postcode district. */
  z.object({ kind: z.literal('nearby'), district: PostcodeDistrict }),
  /** The areas the service covers, as the directory names them (a few at most). */
  z.object({ kind: z.literal('area'), areas: z.array(z.string()).min(1) }),
  z.object({ kind: z.literal('free') }),
]);
/** One reason. */
export type MatchReason = z.infer<typeof MatchReason>;

/** Something the person should know before relying on the record. */
export const MatchWarning = z.discriminatedUnion('kind', [
  /** Assured over a year before `now`. */
  z.object({ kind: z.literal('stale'), assuredDate: IsoDate }),
  z.object({ kind: z.literal('notAssured') }),
  /** The directory's own alert text, as published. */
  z.object({ kind: z.literal('alert'), text: z.string() }),
  z.object({ kind: z.literal('temporarilyClosed') }),
]);
/** One warning. */
export type MatchWarning = z.infer<typeof MatchWarning>;

/** One ranked match. */
export const ServiceMatch = z.object({
  service: Service,
  /** Relevance, higher is better; comparable within one request only. */
  score: z.number(),
  reasons: z.array(MatchReason),
  warnings: z.array(MatchWarning),
});
/** One ranked match. */
export type ServiceMatch = z.infer<typeof ServiceMatch>;
