import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../dialogs/catalogue/parseAnswer.js';
import { newIntakeState } from '../../dialogs/catalogue/intakeState.js';
import { catalogue } from '../../dialogs/catalogue/questions.js';
import { createLocaliser } from '../../dialogs/localiser.js';
import { choiceWords } from '../../dialogs/questionText.js';
import { parseAge, parsePostcode } from '../../dialogs/catalogue/slotPatterns.js';

const localiser = createLocaliser();
const state = newIntakeState('en', true);

function read(questionId: string, typed: string): unknown {
  const question = catalogue.find((candidate) => candidate.id === questionId);
  if (!question) throw new Error(`no question ${questionId}`);
  const parsed = parseAnswer(question, typed, choiceWords(localiser, question, state));
  return parsed.ok ? parsed.value : parsed.problem;
}

describe('reading typed answers (pure, no adapter)', () => {
  it.each([
    ['about', '2', 'someoneICareFor'],
    ['about', 'Someone I cre for', 'someoneICareFor'],
    ['about', 'its for my mum', 'someoneICareFor'],
    ['about', 'ME', 'me'],
    ['caredFor', 'my mam', 'mum'],
    ['pace', 'just show me', 'showServicesNow'],
    ['keepCaring', 'not sure', 'notSure'],
    ['difficulty', 'it takes ages', 'takesMuchLonger'],
  ])('reads a choice: %s ← "%s"', (questionId, typed, expected) => {
    expect(read(questionId, typed)).toBe(expected);
  });

  it.each([
    ['dailyLiving', '2, 3 and 5', ['meals', 'washing', 'dressing']],
    ['dailyLiving', 'washing and getting dressed', ['washing', 'dressing']],
    ['dailyLiving', 'none of these, cooking', ['meals']],
    ['health', 'falls', ['falls']],
    ['moneyAndHome', 'bills and lonely', ['money', 'lonely']],
  ])('reads a multiple choice: %s ← "%s"', (questionId, typed, expected) => {
    expect(read(questionId, typed)).toEqual(expected);
  });

  it.each([
    ['shareServices', "don't send it"],
    ['shareServices', 'not all of them'],
    ['contactMethod', "don't phone me"],
  ])('never reads a refusal as consent: %s ← "%s"', (questionId, typed) => {
    const value = read(questionId, typed);
    expect(['shareAll', 'letMeChoose', 'phone']).not.toContain(value);
  });

  it.each([['shareGp', 'a bit'], ['shareSocialCare', 'sometimes']])('asks again rather than take "%s" ← "%s" as a yes to sharing', (questionId, typed) => {
    expect(read(questionId, typed)).toBe('notAChoice');
  });

  it('reads Welsh answers to English-labelled questions, and English to Welsh', () => {
    expect(read('about', 'fi')).toBe('me');
    expect(read('pace', 'dangos nawr')).toBe('showServicesNow');
  });

  it('refuses what is not an answer, with a reason that picks the re-prompt', () => {
    expect(read('about', 'purple elephants')).toBe('notAChoice');
    expect(read('age', 'very old')).toBe('ageNotUnderstood');
    expect(read('postcode', 'the big house')).toBe('postcodeNotUnderstood');
    expect(read('story', '   ')).toBe('empty');
    expect(read('story', 'x'.repeat(2001))).toBe('tooLong');
  });

  it.each([
    ['82', 82],
    ["I'm 82", 82],
    ['she is 91 years old', 91],
    ['82 oed', 82],
    ['in her 80s', 80],
    ['150', undefined],
  ])('reads an age from "%s"', (typed, age) => {
    expect(parseAge(typed)).toBe(age);
  });

  it.each([
    ['at3 4qx', 'AT3 4QX'],
    ['AT34QX', 'AT3 4QX'],
    ['bs5', 'BS5'],
    ['I live in BS5 with my wife', 'BS5'],
    ['my house', undefined],
  ])('reads a postcode from "%s"', (typed, postcode) => {
    expect(parsePostcode(typed)).toBe(postcode);
  });
});
