import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkForCrisis, checkForCrisisSafely, CrisisAssessment, type CrisisSignal } from '../../safety/crisisCheck.js';
import { CRISIS_CORPUS, CRISIS_FAMILY_CASES, type CrisisCorpusCase } from './crisisCorpus.js';

const positives = CRISIS_CORPUS.filter((entry) => entry.expected?.certainty === 'clear');
const unclearCases = CRISIS_CORPUS.filter((entry) => entry.expected?.certainty === 'unclear');
const lookAlikes = CRISIS_CORPUS.filter((entry) => entry.expected === null);

/** What went wrong for one corpus message, or undefined when the check answered as labelled. */
function mismatch(entry: CrisisCorpusCase): string | undefined {
  const signals: CrisisSignal[] = checkForCrisis(entry.text).signals;
  const expected = entry.expected;
  const allowed = new Set([expected?.kind, ...(entry.alsoKinds ?? [])]);
  const right =
    expected === null
      ? signals.length === 0
      : signals.some((signal) => signal.kind === expected.kind && signal.certainty === expected.certainty) &&
        signals.every((signal) => allowed.has(signal.kind));
  return right ? undefined : `${entry.text} → ${JSON.stringify(signals)}`;
}

describe('the crisis corpus', () => {
  it('has at least 70 positives, 20 of each kind, 15 in Welsh, 45 look-alikes and some unclear cases', () => {
    expect(positives.length).toBeGreaterThanOrEqual(70);
    for (const kind of ['medical', 'suicide', 'abuse'] as const) {
      expect(positives.filter((entry) => entry.expected?.kind === kind).length).toBeGreaterThanOrEqual(20);
    }
    expect(positives.filter((entry) => entry.language === 'cy').length).toBeGreaterThanOrEqual(15);
    expect(lookAlikes.length).toBeGreaterThanOrEqual(45);
    expect(unclearCases.length).toBeGreaterThanOrEqual(5);
  });
});

describe('checkForCrisis', () => {
  it('every positive in the corpus raises its own kind clearly, and no other kind', () => {
    expect(positives.map(mismatch).filter((problem) => problem !== undefined)).toEqual([]);
  });

  it('every look-alike in the corpus raises nothing', () => {
    expect(lookAlikes.map(mismatch).filter((problem) => problem !== undefined)).toEqual([]);
  });

  it('every maybe-now case in the corpus asks "Is this happening now?" instead of guessing', () => {
    expect(unclearCases.map(mismatch).filter((problem) => problem !== undefined)).toEqual([]);
  });

  it('reads capitals, curly apostrophes and missing apostrophes the same way', () => {
    const forms = ['I CAN’T BREATHE', "i can't breathe", 'i cant breathe', 'I cannot breathe'];
    for (const text of forms) expect(checkForCrisis(text).signals).toEqual([{ kind: 'medical', certainty: 'clear' }]);
  });

  it('does not let a time in one sentence excuse an emergency in the next', () => {
    expect(checkForCrisis('Dad had a stroke years ago. Now he is not breathing.').signals).toEqual([
      { kind: 'medical', certainty: 'clear' },
    ]);
  });

  it('reports each kind once when a message carries two', () => {
    const signals = checkForCrisis('he hit her and now she is bleeding heavily').signals;
    expect(signals.map((signal) => signal.kind).sort()).toEqual(['abuse', 'medical']);
  });

  it('returns an assessment that matches its schema, and nothing for empty or odd input', () => {
    for (const text of ['', '   ', '🙂🙂', '?!?!', 'a'.repeat(20_000)]) {
      const assessment = checkForCrisis(text);
      expect(CrisisAssessment.parse(assessment)).toEqual({ signals: [] });
    }
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('never writes the message to the console', () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation(() => undefined),
    );
    for (const entry of CRISIS_CORPUS) checkForCrisis(entry.text);
    checkForCrisisSafely('my son hits me', () => {
      throw new Error('pattern failed');
    });
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('still finds an emergency at the end of a long message', () => {
    const text = `${'We have been waiting for a care assessment for weeks. '.repeat(50)}Now mum cant breathe.`;
    expect(checkForCrisis(text).signals).toEqual([{ kind: 'medical', certainty: 'clear' }]);
  });
});

describe('checkForCrisis on the wider families of wording', () => {
  it('raises every family positive as its own kind, with the labelled certainty, and no other kind', () => {
    const positives = CRISIS_FAMILY_CASES.filter((entry) => entry.expected !== null);
    expect(positives.length).toBeGreaterThanOrEqual(150);
    expect(positives.map(mismatch).filter((problem) => problem !== undefined)).toEqual([]);
  });

  it('raises nothing for any family look-alike', () => {
    const lookAlikes = CRISIS_FAMILY_CASES.filter((entry) => entry.expected === null);
    expect(lookAlikes.length).toBeGreaterThanOrEqual(100);
    expect(lookAlikes.map(mismatch).filter((problem) => problem !== undefined)).toEqual([]);
  });

  it('reads Welsh mutations of one word list ("fy nharo", "ei daro", "ei tharo")', () => {
    for (const text of ['mae e yn fy nharo i', "mae e'n ei daro fe", "mae e'n ei tharo hi", 'mae fy mab yn fy mwrw i']) {
      expect(checkForCrisis(text).signals).toEqual([{ kind: 'abuse', certainty: 'clear' }]);
    }
  });

  it('reads text-speak and dropped letters ("kms", "wanna", "killin", "want 2 die")', () => {
    for (const text of ['im gonna kms', 'i wanna die', 'i keep thinkin about killin myself', 'i want 2 die']) {
      expect(checkForCrisis(text).signals).toEqual([{ kind: 'suicide', certainty: 'clear' }]);
    }
  });

  it('asks "Is this happening now?" for a danger word it cannot read, rather than staying silent', () => {
    for (const [text, kind] of [
      ['i want it to stop', 'suicide'],
      ['he collapsed on the floor', 'medical'],
      ['the carer shouts at her', 'abuse'],
    ] as const) {
      expect(checkForCrisis(text).signals).toEqual([{ kind, certainty: 'unclear' }]);
    }
  });

  it('stays linear on long repetitive input (no catastrophic backtracking)', () => {
    for (const text of ['want '.repeat(2000), 'my '.repeat(3000), 'i feel like i want to '.repeat(300), 'lying on the '.repeat(800)]) {
      const started = performance.now();
      checkForCrisis(text);
      expect(performance.now() - started).toBeLessThan(500);
    }
  });
});

describe('checkForCrisisSafely', () => {
  it('treats the message as an emergency of every kind when the check throws', () => {
    const broken = (): CrisisAssessment => {
      throw new Error('pattern failed');
    };
    const signals = checkForCrisisSafely('anything at all', broken).signals;
    expect(signals.map((signal) => signal.kind).sort()).toEqual(['abuse', 'medical', 'suicide']);
    expect(signals.every((signal) => signal.certainty === 'clear')).toBe(true);
  });

  it('passes the real check through when it works', () => {
    expect(checkForCrisisSafely('my son hits me').signals).toEqual([{ kind: 'abuse', certainty: 'clear' }]);
    expect(checkForCrisisSafely('can you help with shopping').signals).toEqual([]);
  });
});
