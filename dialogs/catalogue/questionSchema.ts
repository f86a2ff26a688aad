import { z } from 'zod';
import { TopicId } from '../../knowledge/topics.js';
import { CareActOutcome, CarerOutcome } from './needsProfile.js';

/** The catalogue's sections, in the order a conversation walks them. */
export const Section = z.enum([
  'about',
  'story',
  'health',
  'wellbeing',
  'dailyLiving',
  'home',
  'carer',
  'moneyAndHousing',
  'whatMatters',
  'contact',
  'consent',
]);
export type Section = z.infer<typeof Section>;

/**
 * What kind of answer a question takes; the kind decides how a typed answer is understood. `matchedServices` is a
 * multiple choice whose choices are the services matched for this person.
 */
export const AnswerKind = z.enum(['choice', 'multiChoice', 'yesNo', 'text', 'age', 'postcode', 'matchedServices']);
export type AnswerKind = z.infer<typeof AnswerKind>;

/** A condition on earlier answers: the slot's answer is (or includes) one of `in`, or is not any of `notIn`. */
export const Condition = z.object({
  slot: z.string(),
  in: z.array(z.string()).optional(),
  notIn: z.array(z.string()).optional(),
  /** True: the slot must have an answer (any); false: it must not. */
  answered: z.boolean().optional(),
});
export type Condition = z.infer<typeof Condition>;

/** How a question's answer feeds the needs profile. */
export const ProfileMapping = z.object({
  /** For multiChoice questions: choice id → the Care Act outcome it shows as hard to achieve. */
  careActOutcomes: z.record(z.string(), CareActOutcome).optional(),
  /** For multiChoice questions: choice id → the carers' outcome it shows as hard to achieve. */
  carerOutcomes: z.record(z.string(), CarerOutcome).optional(),
  /** Choice id (or 'yes') → topics to match services for. */
  topics: z.record(z.string(), z.array(TopicId)).optional(),
});
export type ProfileMapping = z.infer<typeof ProfileMapping>;

/**
 * One question of the catalogue. Its text lives in `locales/<lang>/questions.json` under `<id>.prompt` (with `_carer`
 * and `_staff` contexts), its choices under `<id>.choices.<choiceId>` and their typed synonyms under
 * `<id>.synonyms.<choiceId>` (separated by `|`), and a staff-only note under `<id>.staffNote`.
 */
export const Question = z
  .object({
    id: z.string().regex(/^[a-z][A-Za-z]*$/, 'ids are camelCase words: they are locale keys and slot names'),
    section: Section,
    kind: AnswerKind,
    choices: z.array(z.string().regex(/^[a-z][A-Za-z]*$/)).optional(),
    /** A choice that means "none of these" in a multiChoice question; it cannot be combined with others. */
    noneChoice: z.string().optional(),
    /** Every condition must hold for the question to be asked. */
    when: z.array(Condition).default([]),
    /** If given, at least one of these must hold too. */
    whenAny: z.array(Condition).default([]),
    /** Intake questions come before the matches; `afterMatches` ones (consent, contact) after, about those matches. */
    phase: z.enum(['intake', 'afterMatches']).default('intake'),
    /** Asked only when some services were matched (sharing with them means nothing otherwise). */
    needsMatches: z.boolean().default(false),
    /** Whether "skip" may pass it. Only who the conversation is about cannot be skipped. */
    skippable: z.boolean().default(true),
    /** What to record when two re-prompts have not produced an answer; absent means skip. */
    fallback: z.string().optional(),
    /** A line (a key in the `conversation` namespace) said after a given answer, e.g. the call script's opening. */
    afterAnswer: z.record(z.string(), z.string()).default({}),
    /** Whether the answer goes into the referral verbatim (free text) rather than as a choice. */
    verbatim: z.boolean().default(false),
    maps: ProfileMapping.default({}),
  })
  .superRefine((question, context) => {
    const needsChoices = question.kind === 'choice' || question.kind === 'multiChoice';
    if (needsChoices && (!question.choices || question.choices.length < 2)) {
      context.addIssue({ code: 'custom', message: `${question.id}: a ${question.kind} question needs two or more choices` });
    }
    if (question.noneChoice && !question.choices?.includes(question.noneChoice)) {
      context.addIssue({ code: 'custom', message: `${question.id}: noneChoice must be one of its choices` });
    }
  });
export type Question = z.infer<typeof Question>;

/** The whole catalogue, validated as a unit (unique ids, conditions that name real slots asked earlier). */
export const Catalogue = z.array(Question).superRefine((questions, context) => {
  const seen = new Set<string>();
  for (const question of questions) {
    if (seen.has(question.id)) context.addIssue({ code: 'custom', message: `duplicate question id ${question.id}` });
    for (const condition of [...question.when, ...question.whenAny]) {
      if (!seen.has(condition.slot)) {
        context.addIssue({
          code: 'custom',
          message: `${question.id}: condition on "${condition.slot}", which is not a question asked before it`,
        });
      }
    }
    seen.add(question.id);
  }
});
export type Catalogue = z.infer<typeof Catalogue>;
