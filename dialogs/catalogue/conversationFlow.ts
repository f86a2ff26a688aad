import type { Condition, Question } from './questionSchema.js';
import type { AnswerValue, IntakeState } from './intakeState.js';

/** Whether one condition holds for the answers so far. */
function holds(condition: Condition, answers: Readonly<Record<string, AnswerValue>>): boolean {
  const answer = answers[condition.slot];
  const values = answer === undefined ? [] : Array.isArray(answer) ? answer : [String(answer)];
  if (condition.answered === true && answer === undefined) return false;
  if (condition.answered === false && answer !== undefined) return false;
  if (condition.in && !condition.in.some((value) => values.includes(value))) return false;
  if (condition.notIn && values.length > 0 && values.every((value) => condition.notIn?.includes(value))) return false;
  return true;
}

/** Whether a question applies, given the answers so far. */
export function applies(question: Question, answers: Readonly<Record<string, AnswerValue>>): boolean {
  return (
    question.when.every((condition) => holds(condition, answers)) &&
    (question.whenAny.length === 0 || question.whenAny.some((condition) => holds(condition, answers)))
  );
}

/**
 * The next question to ask: the first that applies and has been neither answered (here or elsewhere: ask once) nor
 * skipped. Undefined when the conversation has asked all it needs.
 */
export function nextQuestion(
  catalogue: readonly Question[],
  state: IntakeState,
  phase: Question['phase'] = 'intake',
): Question | undefined {
  return catalogue.find(
    (question) =>
      question.phase === phase &&
      (!question.needsMatches || (state.matches?.length ?? 0) > 0) &&
      state.answers[question.id] === undefined &&
      !state.skipped.includes(question.id) &&
      applies(question, state.answers),
  );
}

/** Records an answer, keeping history for "back". Answers to questions that no longer apply are dropped. */
export function recordAnswer(
  catalogue: readonly Question[],
  state: IntakeState,
  questionId: string,
  value: AnswerValue,
): IntakeState {
  const answers = { ...state.answers, [questionId]: value };
  return pruneInapplicable(catalogue, {
    ...state,
    answers,
    history: [...state.history.filter((id) => id !== questionId), questionId],
    skipped: state.skipped.filter((id) => id !== questionId),
    inferred: state.inferred.filter((id) => id !== questionId),
    current: undefined,
  });
}

/** Records that the person skipped a question. */
export function recordSkip(state: IntakeState, questionId: string): IntakeState {
  return {
    ...state,
    skipped: [...state.skipped.filter((id) => id !== questionId), questionId],
    history: [...state.history.filter((id) => id !== questionId), questionId],
    current: undefined,
  };
}

/** Undoes the last answer or skip, so that question is asked again. Returns the state unchanged at the start. */
export function undoLast(catalogue: readonly Question[], state: IntakeState): IntakeState {
  const last = state.history.at(-1);
  if (last === undefined) return state;
  const { [last]: _removed, ...answers } = state.answers;
  return pruneInapplicable(catalogue, {
    ...state,
    answers,
    history: state.history.slice(0, -1),
    skipped: state.skipped.filter((id) => id !== last),
    current: undefined,
    matches: undefined,
  });
}

/** Removes answers whose question no longer applies (a changed answer can make later ones moot). */
function pruneInapplicable(catalogue: readonly Question[], state: IntakeState): IntakeState {
  const answers: Record<string, AnswerValue> = {};
  for (const question of catalogue) {
    const value = state.answers[question.id];
    if (value !== undefined && applies(question, answers)) answers[question.id] = value;
  }
  const known = new Set(catalogue.map((question) => question.id));
  for (const [slot, value] of Object.entries(state.answers)) if (!known.has(slot)) answers[slot] = value;
  return { ...state, answers, history: state.history.filter((id) => answers[id] !== undefined || state.skipped.includes(id)) };
}
