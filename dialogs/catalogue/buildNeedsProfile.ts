import type { TopicId } from '../../knowledge/topics.js';
import { audienceOf, type IntakeState } from './intakeState.js';
import { Difficulty, NeedsProfile, type CareActOutcome, type CarerOutcome } from './needsProfile.js';
import type { Question } from './questionSchema.js';

function chosen(state: IntakeState, questionId: string): string[] {
  const answer = state.answers[questionId];
  if (answer === undefined) return [];
  return Array.isArray(answer) ? answer : [String(answer)];
}

/**
 * Turns the answers into the structured needs profile: which Care Act outcomes and carers' outcomes look unmet,
 * risks raised, urgency, and the topics to match services for (from answers and from the person's own words).
 * An indication for the council, never an eligibility decision.
 */
export function buildNeedsProfile(catalogue: readonly Question[], state: IntakeState, topicsFromWords: readonly TopicId[]): NeedsProfile {
  const topics = new Set<TopicId>(topicsFromWords);
  const unmet = new Set<CareActOutcome>();
  const carerUnmet = new Set<CarerOutcome>();
  for (const question of catalogue) {
    for (const value of chosen(state, question.id)) {
      question.maps.topics?.[value]?.forEach((topic) => topics.add(topic));
      const outcome = question.maps.careActOutcomes?.[value];
      if (outcome) unmet.add(outcome);
      const carerOutcome = question.maps.carerOutcomes?.[value];
      if (carerOutcome) carerUnmet.add(carerOutcome);
    }
  }
  const audience = audienceOf(state);
  if (audience === 'carer' || state.answers.callerIs === 'theirCarer') topics.add('carerSupport');
  const difficulty = Difficulty.catch('needsHelp').parse(state.answers.difficulty);
  const age = state.answers.age;
  const postcode = state.answers.postcode;
  const ownWords = state.answers.story;
  const whatMatters = state.answers.whatMatters;
  return NeedsProfile.parse({
    audience,
    unmetOutcomes: [...unmet].map((outcome) => ({ outcome, difficulty })),
    carerUnmetOutcomes: [...carerUnmet],
    carerHealthAtRisk: state.answers.carerHealth === 'yes' || state.answers.keepCaring === 'no',
    risks: state.risks,
    urgent: state.risks.length > 0,
    topics: [...topics],
    ownWords: typeof ownWords === 'string' ? ownWords : undefined,
    whatMatters: typeof whatMatters === 'string' ? whatMatters : undefined,
    age: typeof age === 'number' ? age : undefined,
    postcode: typeof postcode === 'string' ? postcode : undefined,
  });
}
