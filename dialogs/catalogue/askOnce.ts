import { audienceOf, type AnswerValue, type IntakeState } from './intakeState.js';
import { parseAge, parsePostcode, saysLivesAlone } from './slotPatterns.js';

/**
 * Slots a free-text reply answers on the way ("I'm 82 and live alone in BS5" answers age, lives with and postcode),
 * leaving out what is already known: the bot then confirms these instead of asking.
 */
export function inferSlots(text: string, state: IntakeState): Record<string, AnswerValue> {
  const found: Record<string, AnswerValue> = {};
  // The age slot is the age of the person the help is for: a carer's own age ("I'm 58") is not it.
  const age = parseAge(text, audienceOf(state) === 'carer' ? 'other' : 'either');
  if (age !== undefined && state.answers.age === undefined) found.age = age;
  const postcode = parsePostcode(text);
  if (postcode !== undefined && state.answers.postcode === undefined) found.postcode = postcode;
  if (saysLivesAlone(text) && state.answers.livesWith === undefined) found.livesWith = 'alone';
  return found;
}

/** Adds inferred slots to the state, marked as inferred so the summary and the confirmation can say so. */
export function applyInferred(state: IntakeState, inferred: Record<string, AnswerValue>): IntakeState {
  const slots = Object.keys(inferred);
  if (slots.length === 0) return state;
  return {
    ...state,
    answers: { ...state.answers, ...inferred },
    inferred: [...new Set([...state.inferred, ...slots])],
  };
}
