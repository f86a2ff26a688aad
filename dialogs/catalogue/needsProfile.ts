import { z } from 'zod';
import { TopicId } from '../../knowledge/topics.js';

/** The ten Care Act 2014 (England) adult outcomes. */
export const CareActOutcome = z.enum([
  'nutrition',
  'personalHygiene',
  'toiletNeeds',
  'beingClothed',
  'homeSafety',
  'habitableHome',
  'relationships',
  'workOrLearning',
  'communityFacilities',
  'childCaring',
]);
export type CareActOutcome = z.infer<typeof CareActOutcome>;

/** The Care Act 2014 carers' outcomes. */
export const CarerOutcome = z.enum([
  'childCaring',
  'caringForOthers',
  'habitableHome',
  'nutrition',
  'relationships',
  'workOrLearning',
  'communityFacilities',
  'recreation',
]);
export type CarerOutcome = z.infer<typeof CarerOutcome>;

/** How an outcome is hard to achieve (the Act's "unable to achieve" tests). */
export const Difficulty = z.enum(['needsHelp', 'painDistressOrDanger', 'takesMuchLonger']);
export type Difficulty = z.infer<typeof Difficulty>;

/** Who the conversation is about, and who is speaking. */
export const Audience = z.enum(['resident', 'carer', 'staff']);
export type Audience = z.infer<typeof Audience>;

/** A risk raised during the conversation by the safety net. */
export const RaisedRisk = z.object({
  kind: z.enum(['medical', 'suicide', 'abuse']),
  /** ISO timestamp of the turn that raised it. */
  at: z.string(),
  /** The routes advised, as their tel:/sms: links (or labels): what was advised, in a form any reader can check. */
  advised: z.array(z.string()),
});
export type RaisedRisk = z.infer<typeof RaisedRisk>;

/**
 * What the conversation concluded, as structured data. It is an indication for the council, never an eligibility
 * decision: only a council assessment decides.
 */
export const NeedsProfile = z.object({
  audience: Audience,
  unmetOutcomes: z.array(z.object({ outcome: CareActOutcome, difficulty: Difficulty })),
  carerUnmetOutcomes: z.array(CarerOutcome),
  carerHealthAtRisk: z.boolean(),
  risks: z.array(RaisedRisk),
  urgent: z.boolean(),
  topics: z.array(TopicId),
  ownWords: z.string().optional(),
  whatMatters: z.string().optional(),
  age: z.number().int().min(0).max(130).optional(),
  postcode: z.string().optional(),
});
export type NeedsProfile = z.infer<typeof NeedsProfile>;
