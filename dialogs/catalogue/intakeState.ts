import { z } from 'zod';
import { Audience, RaisedRisk } from './needsProfile.js';

/** The languages the conversation speaks. */
export const Language = z.enum(['en', 'cy']);
export type Language = z.infer<typeof Language>;

/** One recorded answer: a choice id, several choice ids, a number (age) or text (own words, postcode). */
export const AnswerValue = z.union([z.string(), z.array(z.string()), z.number()]);
export type AnswerValue = z.infer<typeof AnswerValue>;

/** A matched service as the conversation keeps it: enough to show and refer, not the whole record. */
export const KeptMatch = z.object({ serviceId: z.string(), name: z.string(), why: z.string(), warnings: z.array(z.string()) });
export type KeptMatch = z.infer<typeof KeptMatch>;

/**
 * Everything the conversation has learned, kept in conversation state. Versioned: a stored state of another version
 * is not trusted (see `readIntakeState`).
 */
export const IntakeState = z.object({
  version: z.literal(1),
  language: Language,
  /** Whether the person has chosen (or the channel told us) the language, so the Active Offer is made once. */
  languageSettled: z.boolean(),
  /** Whether the welcome has been said, so "start again" does not repeat it. */
  greeted: z.boolean(),
  answers: z.record(z.string(), AnswerValue),
  /** Question ids answered or skipped, in order, so "back" can undo the last one. */
  history: z.array(z.string()),
  skipped: z.array(z.string()),
  /** Slots filled from something said elsewhere (ask once), to confirm rather than ask. */
  inferred: z.array(z.string()),
  /** The question now waiting for an answer. */
  current: z.string().optional(),
  risks: z.array(RaisedRisk),
  /** A possible crisis awaiting "is this happening now?". */
  pendingCrisis: z.enum(['medical', 'suicide', 'abuse']).optional(),
  /** The message that raised the pending question, kept so it still counts as the answer it was meant to be. */
  heldAnswer: z.string().optional(),
  matches: z.array(KeptMatch).optional(),
  reference: z.string().optional(),
  /** Whether the referral was shared with anyone (consent given); an unshared one is erased with the answers. */
  shared: z.boolean().optional(),
});
export type IntakeState = z.infer<typeof IntakeState>;

/** A fresh conversation in the given language. */
export function newIntakeState(language: Language, languageSettled: boolean): IntakeState {
  return { version: 1, language, languageSettled, greeted: false, answers: {}, history: [], skipped: [], inferred: [], risks: [] };
}

/** The audience a conversation speaks to, from who it is about. */
export function audienceOf(state: IntakeState): Audience {
  const about = state.answers.about;
  if (about === 'someoneICareFor') return 'carer';
  if (about === 'callHandler') return 'staff';
  return 'resident';
}
