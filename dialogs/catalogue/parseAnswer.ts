import Fuse from 'fuse.js';
import type { Question } from './questionSchema.js';
import type { AnswerValue } from './intakeState.js';
import { normalise } from './normalise.js';
import { parseAge, parsePostcode } from './slotPatterns.js';

/** The words that can stand for one choice in the person's language: its label and its synonyms. */
export interface ChoiceWords {
  readonly id: string;
  readonly phrases: readonly string[];
}

/** Why an answer was not understood; each problem has its own re-prompt text. */
export type AnswerProblem = 'notAChoice' | 'ageNotUnderstood' | 'postcodeNotUnderstood' | 'empty' | 'tooLong';

/** The result of reading one typed answer. */
export type ParsedAnswer = { readonly ok: true; readonly value: AnswerValue } | { readonly ok: false; readonly problem: AnswerProblem };

/** The longest free-text answer we keep; longer is refused with a clear message, never cut silently. */
export const MAX_TEXT_ANSWER = 2000;

const FUZZY_THRESHOLD = 0.3;

/** Words that turn a phrase round: "don't send it" must never be read as "send it". */
const NEGATIONS = new Set(['not', "don't", 'dont', 'do not', 'no', 'never', 'without', "won't", 'wont', 'peidiwch', 'ddim', 'na', 'nac', 'nid']);

function negated(words: string): boolean {
  return words.split(' ').some((word) => NEGATIONS.has(word));
}

/**
 * Reads a typed answer (or a button's value) for a question. Choices accept their number, their label, a synonym,
 * a phrase containing one choice's words, or a near miss ("someone i cre for"). Never throws.
 */
export function parseAnswer(question: Question, text: string, choices: readonly ChoiceWords[]): ParsedAnswer {
  const trimmed = text.trim();
  if (trimmed.length === 0) return { ok: false, problem: 'empty' };
  switch (question.kind) {
    case 'text':
      return trimmed.length > MAX_TEXT_ANSWER ? { ok: false, problem: 'tooLong' } : { ok: true, value: trimmed };
    case 'age': {
      const age = parseAge(trimmed);
      return age === undefined ? { ok: false, problem: 'ageNotUnderstood' } : { ok: true, value: age };
    }
    case 'postcode': {
      const postcode = parsePostcode(trimmed);
      return postcode === undefined ? { ok: false, problem: 'postcodeNotUnderstood' } : { ok: true, value: postcode };
    }
    case 'choice':
    case 'yesNo': {
      const id = matchOneChoice(trimmed, choices);
      return id === undefined ? { ok: false, problem: 'notAChoice' } : { ok: true, value: id };
    }
    case 'multiChoice':
    case 'matchedServices':
      return parseMultiChoice(question, trimmed, choices);
  }
}

function parseMultiChoice(question: Question, text: string, choices: readonly ChoiceWords[]): ParsedAnswer {
  // "2 and 4" is a list, never one label that happens to contain "and".
  const numbers = normalise(text).match(/\b\d+\b/g) ?? [];
  const whole = numbers.length > 1 ? undefined : matchOneChoice(text, choices);
  const parts = whole !== undefined ? [whole] : splitList(text).map((part) => matchOneChoice(part, choices));
  const picked = [...new Set(parts.filter((id): id is string => id !== undefined))];
  if (picked.length === 0) return { ok: false, problem: 'notAChoice' };
  // "None of these" beside real choices is a slip; the real choices win.
  const real = picked.filter((id) => id !== question.noneChoice);
  return { ok: true, value: real.length > 0 ? real : picked };
}

/** Splits "1, 3 and 5" or "washing a bwyd" into parts: punctuation first (normalising drops it), then joining words. */
function splitList(text: string): string[] {
  return text
    .split(/[,;/&+]/)
    .flatMap((piece) =>
      normalise(piece)
        .replace(/\b(\d+)\b/g, ' | $1 | ')
        .split(/\||\band\b|\bor\b|\ba\b|\bac\b|\bneu\b/),
    )
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** Finds the one choice a piece of text means, or undefined when none or more than one fit. */
function matchOneChoice(text: string, choices: readonly ChoiceWords[]): string | undefined {
  const typed = normalise(text);
  if (typed.length === 0) return undefined;
  const asNumber = /^\d{1,2}$/.test(typed) ? Number(typed) : undefined;
  if (asNumber !== undefined) return choices[asNumber - 1]?.id;
  const exact = choices.find((choice) => choice.phrases.some((phrase) => normalise(phrase) === typed));
  if (exact) return exact.id;
  // Beyond an exact match, a negated reply only matches a phrase that is negated too, or nothing (it is asked again).
  const typedNegated = negated(typed);
  const containing = choices.filter((choice) =>
    choice.phrases.some((phrase) => {
      const words = normalise(phrase);
      return words.length >= 4 && ` ${typed} `.includes(` ${words} `) && negated(words) === typedNegated;
    }),
  );
  if (containing.length === 1) return containing[0]?.id;
  const entries = choices
    .flatMap((choice) => choice.phrases.map((phrase) => ({ id: choice.id, phrase: normalise(phrase) })))
    .filter((entry) => negated(entry.phrase) === typedNegated);
  const fuse = new Fuse(entries, { keys: ['phrase'], threshold: FUZZY_THRESHOLD, includeScore: true, ignoreLocation: true });
  // Digits are never fuzzy: "3" is not "33", and a number that is not a choice is asked again.
  if (/\d/.test(typed)) return undefined;
  const best = fuse.search(typed)[0];
  // A long sentence fuzzily matching a short label is noise, not an answer.
  if (!best || typed.length > best.item.phrase.length * 2 + 4) return undefined;
  return best.item.id;
}
