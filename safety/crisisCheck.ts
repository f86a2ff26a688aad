import { z } from 'zod';
import { CrisisCertainty, CrisisKind } from './crisisKind.js';
import { normaliseForCrisis } from './crisisNormalise.js';
import { CRISIS_PATTERNS, type CrisisPattern } from './crisisPatterns.js';
import {
  A_PERSON,
  CARE_STORY,
  CONTINUES,
  FIGURES_OF_SPEECH,
  NEGATORS,
  NOT_A_PERSON,
  NOW_BEFORE,
  NOW_MARKERS,
  PAST_BEFORE,
  PERFECT_BEFORE,
  ruleClause,
  rulingExcludes,
  type ClauseRuling,
} from './crisisMarkers.js';

/** One sign of risk found in a message. */
export const CrisisSignal = z.object({ kind: CrisisKind, certainty: CrisisCertainty });
/** One sign of risk. */
export type CrisisSignal = z.infer<typeof CrisisSignal>;

/** What the safety net found in one message: at most one signal per kind; empty when nothing. */
export const CrisisAssessment = z.object({ signals: z.array(CrisisSignal) });
/** The result of `checkForCrisis`. */
export type CrisisAssessment = z.infer<typeof CrisisAssessment>;

/** How many words before a phrase a negation still denies it ("I do not want to kill myself"). */
const NEGATION_WINDOW = 3;
/** How many words before a phrase decide its tense ("I think he is having a stroke"). */
const TENSE_WINDOW = 4;
/** How many words back to look for who is doing it. */
const AGENT_WINDOW = 4;

type Tense = 'now' | 'past';

interface Hit {
  readonly pattern: CrisisPattern;
  readonly tense: Tense;
}

function wordsBefore(clause: string, index: number): string[] {
  return clause.slice(0, index).split(' ').filter((word) => word.length > 0);
}

/** Words that start a new statement, so a negation before them does not reach past them ("never come and she is left"). */
const SCOPE_BREAKS = new Set(['and', 'so', 'because', 'cos', 'as', 'ac', 'felly', 'achos']);

/** Words that, after "no", show it answers something rather than denying what follows ("no i want to die"). */
const AFTER_INTERJECTION = new Set(['i', 'im', 'he', 'hes', 'she', 'shes', 'they', 'theyre', 'we', 'my', 'dw', 'dwi']);

function isNegated(before: readonly string[]): boolean {
  const window: string[] = [];
  const near = before.slice(-NEGATION_WINDOW);
  for (let index = near.length - 1; index >= 0; index -= 1) {
    const word = near[index]!;
    if (SCOPE_BREAKS.has(word)) break;
    // "no" or "na" then a subject is an answer to something, not a denial of what follows.
    if ((word === 'no' || word === 'na') && AFTER_INTERJECTION.has(near[index + 1] ?? '')) continue;
    window.push(word);
  }
  if (window.some((word) => CONTINUES.has(word))) return false;
  return window.some((word) => NEGATORS.has(word));
}

/** False when the nearest subject before the phrase is a thing, not a person ("the bills are taking my money"). */
/** Words after which a thing is where something happens, not who does it ("banging on the door threatening me"). */
const PLACE_BEFORE = new Set(['on', 'in', 'at', 'into', 'onto', 'from', 'with', 'by', 'through', 'to', 'under', 'behind', 'against', 'off', 'of']);

function hasPersonAgent(before: readonly string[]): boolean {
  const near = before.slice(-AGENT_WINDOW);
  for (let index = near.length - 1; index >= 0; index -= 1) {
    const word = near[index]!;
    if (A_PERSON.test(word)) return true;
    const previous = near[index - 1] ?? '';
    const afterPlace = PLACE_BEFORE.has(previous) || (previous === 'the' && PLACE_BEFORE.has(near[index - 2] ?? ''));
    if (NOT_A_PERSON.test(word) && !afterPlace) return false;
  }
  return true;
}

function tenseOf(pattern: CrisisPattern, before: readonly string[]): Tense {
  const near = before.slice(-TENSE_WINDOW).join(' ');
  switch (pattern.form) {
    case 'present':
    case 'overdose':
      return 'now';
    case 'past':
      return PERFECT_BEFORE.test(before.slice(-2).join(' ')) ? 'now' : 'past';
    case 'auto': {
      // "has had", "I think he had" and "used to have" are read nearest-word first, so the closest verb decides.
      for (const word of [...before.slice(-TENSE_WINDOW)].reverse()) {
        if (PAST_BEFORE.test(word)) return 'past';
        if (NOW_BEFORE.test(word)) return 'now';
      }
      return PAST_BEFORE.test(near) ? 'past' : 'now';
    }
  }
}

/**
 * Patterns whose hits differ in nothing but where they match (the same kind, a tense that does not depend on the
 * words before, the same caps and checks) are joined into one regular expression, so a clause is scanned once per
 * family instead of once per pattern. Matches are tried at every position any part matches (see `hitsIn`), so the
 * joined pattern finds everything the parts would.
 */
const JOINED_PATTERNS: readonly CrisisPattern[] = (() => {
  const joined = new Map<string, CrisisPattern[]>();
  const kept: CrisisPattern[] = [];
  for (const pattern of CRISIS_PATTERNS) {
    if (pattern.form !== 'present' && pattern.form !== 'overdose') {
      kept.push(pattern);
      continue;
    }
    const key = [pattern.kind, pattern.form, pattern.unclearOnly, pattern.needsPersonAgent, pattern.fall, pattern.notAfter?.source].join('|');
    const group = joined.get(key) ?? [];
    group.push(pattern);
    joined.set(key, group);
  }
  for (const group of joined.values()) {
    const first = group[0]!;
    kept.push({
      ...first,
      id: group.map((pattern) => pattern.id).join('+'),
      pattern: new RegExp(group.map((pattern) => `(?:${pattern.pattern.source})`).join('|'), 'g'),
    });
  }
  return kept;
})();

/** Every phrase found in one clause, skipping kinds already settled as `clear` (nothing can raise them further). */
function hitsIn(clause: string, settled: ReadonlyMap<CrisisKind, CrisisCertainty>): Hit[] {
  const hits: Hit[] = [];
  // The clause's time and disclosure markers are read once, on the first phrase that needs them.
  let ruling: ClauseRuling | undefined;
  for (const pattern of JOINED_PATTERNS) {
    if (settled.get(pattern.kind) === 'clear') continue;
    // One scan with `exec`: most clauses match no pattern, and a match found is the first one to judge.
    pattern.pattern.lastIndex = 0;
    for (let match = pattern.pattern.exec(clause); match !== null; match = pattern.pattern.exec(clause)) {
      // Go on from the next position, not the end of the match, so a part of a joined pattern that matches inside
      // another part's match is still tried.
      pattern.pattern.lastIndex = match.index + 1;
      const before = wordsBefore(clause, match.index);
      if (isNegated(before)) continue;
      if (pattern.needsPersonAgent && !hasPersonAgent(before)) continue;
      if (pattern.notAfter?.test(before.join(' '))) continue;
      ruling ??= ruleClause(clause);
      if (rulingExcludes(ruling, pattern.kind, pattern.form === 'overdose')) continue;
      hits.push({ pattern, tense: tenseOf(pattern, before) });
      break;
    }
  }
  return hits;
}

function stripFigures(clause: string): string {
  let stripped = clause;
  for (const figure of FIGURES_OF_SPEECH) stripped = stripped.replace(figure, ' _ ');
  return stripped.replace(/ {2,}/g, ' ').trim();
}

/** Certainty of one hit, given the whole message. Undefined when a past event is part of a care story. */
function certaintyOf(hit: Hit, careStory: boolean, saysNow: boolean): CrisisCertainty | undefined {
  const capped = (certainty: CrisisCertainty): CrisisCertainty => (hit.pattern.unclearOnly ? 'unclear' : certainty);
  if (hit.tense === 'now') return capped('clear');
  if (careStory) return undefined;
  // A past medical event with no time ("he collapsed") may be happening now: ask. Suicide and abuse need help even
  // when they happened recently, so a recent attempt or assault is not left to a yes/no question.
  if (hit.pattern.kind !== 'medical' || saysNow) return capped('clear');
  return 'unclear';
}

/**
 * Looks for signs of a medical emergency, suicide or self-harm risk, or abuse or neglect in one message, in English
 * or Welsh. Pure and fast: it runs on every turn before anything else. Past events ("had a stroke two years ago"),
 * denials ("I'm not suicidal") and figures of speech ("dying to know") give no signal; a past event with no time given
 * ("mum fell") gives an `unclear` signal, for the dialog to ask "Is this happening now?" once.
 */
export function checkForCrisis(text: string): CrisisAssessment {
  const clauses = normaliseForCrisis(text).map(stripFigures);
  const whole = clauses.join(' . ');
  const careStory = CARE_STORY.test(whole);
  const saysNow = NOW_MARKERS.test(whole);
  const found = new Map<CrisisKind, CrisisCertainty>();
  const raise = (kind: CrisisKind, certainty: CrisisCertainty): void => {
    if (found.get(kind) !== 'clear') found.set(kind, certainty);
  };

  let fallMention: Hit | undefined;
  let fallInjury: Hit | undefined;
  for (const clause of clauses) {
    for (const hit of hitsIn(clause, found)) {
      if (hit.pattern.fall === 'mention') {
        if (!fallMention || hit.tense === 'now') fallMention = hit;
        continue;
      }
      if (hit.pattern.fall === 'injury') {
        if (!fallInjury || hit.tense === 'now') fallInjury = hit;
        continue;
      }
      const certainty = certaintyOf(hit, careStory, saysNow);
      if (certainty) raise(hit.pattern.kind, certainty);
    }
  }
  if (fallMention) {
    // A fall with an injury is an emergency when either is now ("has fallen and hit her head", "fell, can't get up").
    const injuredNow = fallInjury !== undefined && (fallMention.tense === 'now' || fallInjury.tense === 'now');
    if (injuredNow && !(careStory && fallMention.tense === 'past')) raise('medical', 'clear');
    else if (fallMention.tense === 'now' || !careStory) raise('medical', saysNow && fallInjury ? 'clear' : 'unclear');
  }
  return { signals: [...found].map(([kind, certainty]) => ({ kind, certainty })) };
}

/** What the safety net answers when the check itself fails: every kind, clearly, so the crisis routes are shown. */
export const FAIL_SAFE_ASSESSMENT: CrisisAssessment = {
  signals: CrisisKind.options.map((kind) => ({ kind, certainty: 'clear' as const })),
};

/**
 * Runs a crisis check and fails safe: if it throws, the message is treated as a possible emergency of every kind.
 * The check is injectable so this behaviour can be tested and so the dialog can wrap any future check the same way.
 */
export function checkForCrisisSafely(
  text: string,
  check: (text: string) => CrisisAssessment = checkForCrisis,
): CrisisAssessment {
  try {
    return check(text);
  } catch {
    return { signals: FAIL_SAFE_ASSESSMENT.signals.map((signal) => ({ ...signal })) };
  }
}
