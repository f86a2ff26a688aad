import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../../dialogs/catalogue/intakeState.js';
import type { CareActOutcome, CarerOutcome, Difficulty } from '../../dialogs/catalogue/needsProfile.js';
import { catalogue } from '../../dialogs/catalogue/questions.js';
import type { Referral } from '../../referral/referralSchema.js';
import { startConversation, texts, type Conversation } from '../harness/conversationHarness.js';
import { expectedText, JOIN, play, questionsAsked, repeated, type Step, type Voice } from './transcript.js';

/**
 * One catalogue, three audiences, two languages: the same conversation as a resident ("Do you…"), a carer ("Does your
 * mum…", then about themselves) and a call handler ("Ask the caller…", with staff-only notes), each in English and in
 * Welsh, the Welsh chosen at the Active Offer or given by the channel's locale. Every reply is compared with its locale
 * text in the right i18next context, never with copied words.
 */

let conversation: Conversation | undefined;
afterEach(() => conversation?.close());

const COUNCIL = { council: 'Anytown Council' };

/** How the language is settled before the audience is known. */
interface Opening {
  readonly name: string;
  readonly language: Language;
  readonly locale?: string;
  readonly steps: readonly Step[];
  /** Keys that must never be said in this opening's conversations. */
  readonly never: readonly string[];
}

const openings: readonly Opening[] = [
  {
    name: 'English, chosen at the Active Offer',
    language: 'en',
    steps: [
      [JOIN, [['welcome', COUNCIL], 'emergencyNote', 'questions:language.prompt']],
      ['English', ['questions:about.prompt']],
    ],
    // Choosing a language at the offer is an answer, not a change to reassure about.
    never: ['languageChanged'],
  },
  {
    name: 'Welsh, chosen with "Cymraeg" at the Active Offer',
    language: 'cy',
    steps: [
      [JOIN, ['questions:language.prompt']],
      ['Cymraeg', ['questions:about.prompt']],
    ],
    never: ['languageChanged'],
  },
  {
    name: 'Welsh, from the channel locale cy-GB (no offer needed)',
    language: 'cy',
    locale: 'cy-GB',
    steps: [[JOIN, [['welcome', COUNCIL], 'emergencyNote', 'questions:about.prompt']]],
    never: ['questions:language.prompt', 'languageChanged'],
  },
];

/** What the stored referral's needs profile must say. */
interface ExpectedProfile {
  readonly unmet: ReadonlyArray<readonly [CareActOutcome, Difficulty]>;
  readonly carerUnmet: readonly CarerOutcome[];
  readonly carerHealthAtRisk: boolean;
}

/** One audience: its voice, its transcript in each language (from the answer to "who is it for?"), what it must never hear. */
interface Audience {
  readonly name: string;
  readonly voice: Voice;
  readonly steps: Readonly<Record<Language, readonly Step[]>>;
  readonly never: readonly string[];
  readonly referrals: Partial<Record<Referral['subject'], ExpectedProfile>>;
}

const CARER_QUESTIONS = ['questions:carerLife.prompt', 'questions:carerHealth.prompt', 'questions:keepCaring.prompt'];
const STAFF_NOTES = catalogue.map((question) => `questions:${question.id}.staffNote`);

const resident: Audience = {
  name: 'a resident ("me")',
  voice: {},
  steps: {
    en: [
      ['Me', ['questions:story.prompt']],
      ["I can't cook any more and getting dressed takes me ages. I live in AT3", ['questions:pace.prompt']],
      ['a few more questions', ['questions:age.prompt']],
      ['79', ['questions:livesWith.prompt']],
      ['on my own', ['questions:communication.prompt']],
      ['large print', ['questions:health.prompt']],
      ['none', ['questions:wellbeing.prompt']],
      ['ok', ['questions:dailyLiving.prompt']],
      ['meals and dressing', ['questions:difficulty.prompt']],
      ['takes much longer', ['questions:home.prompt']],
      ['stairs', ['questions:moneyAndHome.prompt']],
      ['none of these', ['questions:whatMatters.prompt']],
      ['Staying in my own home', ['matchesIntro', 'questions:shareServices.prompt']],
      ['yes, all of them', ['questions:shareGp.prompt']],
      ['no', ['questions:shareSocialCare.prompt']],
      ['no', ['questions:contactMethod.prompt']],
      ['email', ['questions:contactDetails.prompt']],
      ['me@example.org', ['questions:name.prompt']],
      ['skip', ['summaryNotDecision']],
    ],
    cy: [
      ['Fi', ['questions:story.prompt']],
      ["Alla i ddim coginio rhagor ac mae gwisgo'n cymryd oes. Rwy'n byw yn AT3", ['questions:pace.prompt']],
      ['ychydig mwy o gwestiynau', ['questions:age.prompt']],
      ['79', ['questions:livesWith.prompt']],
      ['ar fy mhen fy hun', ['questions:communication.prompt']],
      ['print bras', ['questions:health.prompt']],
      ['dim', ['questions:wellbeing.prompt']],
      ['iawn', ['questions:dailyLiving.prompt']],
      ['bwyd a gwisgo', ['questions:difficulty.prompt']],
      ['cymryd llawer mwy o amser', ['questions:home.prompt']],
      ['grisiau', ['questions:moneyAndHome.prompt']],
      ["dim un o'r rhain", ['questions:whatMatters.prompt']],
      ['Aros yn fy nghartref fy hun', ['matchesIntro', 'questions:shareServices.prompt']],
      ['ie, pob un ohonyn nhw', ['questions:shareGp.prompt']],
      ['na', ['questions:shareSocialCare.prompt']],
      ['na', ['questions:contactMethod.prompt']],
      ['e-bost', ['questions:contactDetails.prompt']],
      ['fi@example.org', ['questions:name.prompt']],
      ['hepgor', ['summaryNotDecision']],
    ],
  },
  never: [...CARER_QUESTIONS, ...STAFF_NOTES],
  referrals: {
    person: {
      unmet: [
        ['nutrition', 'takesMuchLonger'],
        ['beingClothed', 'takesMuchLonger'],
      ],
      carerUnmet: [],
      carerHealthAtRisk: false,
    },
  },
};

const carer: Audience = {
  name: 'a carer ("someone I care for", their mum)',
  voice: { context: 'carer', caredFor: 'mum' },
  steps: {
    en: [
      ['Someone I care for', ['questions:caredFor.prompt']],
      ['mum', ['questions:story.prompt']],
      ["Mum forgets to eat and can't wash herself. I'm worn out", ['questions:pace.prompt']],
      ['a few more questions', ['questions:age.prompt']],
      ['84', ['questions:postcode.prompt']],
      ['AT3', ['questions:livesWith.prompt']],
      ['family', ['questions:communication.prompt']],
      ['nothing needed', ['questions:health.prompt']],
      ['2', ['questions:wellbeing.prompt']],
      ['forgetful', ['questions:dailyLiving.prompt']],
      ['2 and 3', ['questions:difficulty.prompt']],
      ["they can't do them without help", ['questions:home.prompt']],
      ['home is fine', CARER_QUESTIONS.slice(0, 1)],
      ['work and time for myself', ['questions:carerHealth.prompt']],
      ['yes', ['questions:keepCaring.prompt']],
      ['not sure', ['questions:moneyAndHome.prompt']],
      ['1', ['questions:whatMatters.prompt']],
      ['That mum stays at home', ['matchesIntro', 'questions:shareServices.prompt']],
      ['1', ['questions:shareGp.prompt']],
      ['no', ['questions:shareSocialCare.prompt']],
      ['yes', ['questions:contactMethod.prompt']],
      ['phone', ['questions:contactDetails.prompt']],
      ['07700 900456', ['questions:name.prompt']],
      ['Priya', ['summaryNotDecision']],
    ],
    cy: [
      ["Rhywun rwy'n gofalu amdano", ['questions:caredFor.prompt']],
      ['mam', ['questions:story.prompt']],
      ["Mae Mam yn anghofio bwyta a dydy hi ddim yn gallu ymolchi. Rydw i wedi blino'n lân", ['questions:pace.prompt']],
      ['mwy o gwestiynau', ['questions:age.prompt']],
      ['84', ['questions:postcode.prompt']],
      ['AT3', ['questions:livesWith.prompt']],
      ['teulu', ['questions:communication.prompt']],
      ['dim byd', ['questions:health.prompt']],
      ['2', ['questions:wellbeing.prompt']],
      ['anghofus', ['questions:dailyLiving.prompt']],
      ['2 a 3', ['questions:difficulty.prompt']],
      ['methu', ['questions:home.prompt']],
      ["mae'r cartref yn iawn", CARER_QUESTIONS.slice(0, 1)],
      ['gwaith a seibiant', ['questions:carerHealth.prompt']],
      ['ie', ['questions:keepCaring.prompt']],
      ['ddim yn siŵr', ['questions:moneyAndHome.prompt']],
      ['1', ['questions:whatMatters.prompt']],
      ['Bod Mam yn aros adre', ['matchesIntro', 'questions:shareServices.prompt']],
      ['1', ['questions:shareGp.prompt']],
      ['na', ['questions:shareSocialCare.prompt']],
      ['ie', ['questions:contactMethod.prompt']],
      ['ffôn', ['questions:contactDetails.prompt']],
      ['07700 900456', ['questions:name.prompt']],
      ['Priya', ['summaryNotDecision']],
    ],
  },
  never: STAFF_NOTES,
  referrals: {
    person: {
      unmet: [
        ['nutrition', 'needsHelp'],
        ['personalHygiene', 'needsHelp'],
      ],
      carerUnmet: [],
      carerHealthAtRisk: false,
    },
    carer: { unmet: [], carerUnmet: ['workOrLearning', 'recreation'], carerHealthAtRisk: true },
  },
};

const callHandler: Audience = {
  name: 'a call handler ("I\'m taking a call")',
  voice: { context: 'staff' },
  steps: {
    en: [
      ["I'm taking a call", ['callScriptIntro', 'questions:callerIs.prompt', 'questions:callerIs.staffNote']],
      ['the person who needs help', ['questions:story.prompt', 'questions:story.staffNote']],
      ["The caller's husband can't get dressed or cook since his hip operation. They live in AT3", ['questions:pace.prompt']],
      ['more questions', ['questions:age.prompt']],
      ['77', ['questions:livesWith.prompt']],
      ['partner', ['questions:communication.prompt']],
      ['none', ['questions:health.prompt']],
      ['2', ['questions:wellbeing.prompt']],
      ['ok', ['questions:dailyLiving.prompt', 'questions:dailyLiving.staffNote']],
      ['dressing and meals', ['questions:difficulty.prompt']],
      ['needs help', ['questions:home.prompt']],
      ['fine', ['questions:moneyAndHome.prompt']],
      ['money', ['questions:whatMatters.prompt']],
      ['To stay together at home', ['matchesIntro', 'questions:shareServices.prompt', 'questions:shareServices.staffNote']],
      ['1', ['questions:shareGp.prompt']],
      ['no', ['questions:shareSocialCare.prompt']],
      ['yes', ['questions:contactMethod.prompt']],
      ['phone', ['questions:contactDetails.prompt']],
      ['07700 900789', ['questions:name.prompt']],
      ['Mr Jones', ['summaryNotDecision']],
    ],
    cy: [
      ["Rwy'n ateb galwad", ['callScriptIntro', 'questions:callerIs.prompt', 'questions:callerIs.staffNote']],
      ['y person', ['questions:story.prompt', 'questions:story.staffNote']],
      ["Dydy gŵr y galwr ddim yn gallu gwisgo na choginio ers ei lawdriniaeth ar ei glun. Maen nhw'n byw yn AT3", ['questions:pace.prompt']],
      ['mwy o gwestiynau', ['questions:age.prompt']],
      ['77', ['questions:livesWith.prompt']],
      ['partner', ['questions:communication.prompt']],
      ['dim', ['questions:health.prompt']],
      ['2', ['questions:wellbeing.prompt']],
      ['iawn', ['questions:dailyLiving.prompt', 'questions:dailyLiving.staffNote']],
      ['gwisgo a bwyd', ['questions:difficulty.prompt']],
      ['angen help', ['questions:home.prompt']],
      ['iawn', ['questions:moneyAndHome.prompt']],
      ['arian', ['questions:whatMatters.prompt']],
      ["Aros gyda'n gilydd gartref", ['matchesIntro', 'questions:shareServices.prompt', 'questions:shareServices.staffNote']],
      ['1', ['questions:shareGp.prompt']],
      ['na', ['questions:shareSocialCare.prompt']],
      ['ie', ['questions:contactMethod.prompt']],
      ['ffôn', ['questions:contactDetails.prompt']],
      ['07700 900789', ['questions:name.prompt']],
      ['Mr Jones', ['summaryNotDecision']],
    ],
  },
  never: CARER_QUESTIONS,
  referrals: {
    person: {
      unmet: [
        ['beingClothed', 'needsHelp'],
        ['nutrition', 'needsHelp'],
      ],
      carerUnmet: [],
      carerHealthAtRisk: false,
    },
  },
};

const cases = [resident, carer, callHandler].flatMap((audience) =>
  openings.map((opening) => [`${audience.name}, ${opening.name}`, audience, opening] as const),
);

/** The referrals stored for sharing, by subject. */
async function storedReferrals(person: Conversation): Promise<Map<Referral['subject'], Referral>> {
  const page = await person.composed.services.referrals.list({ page: 1, pageSize: 10 });
  return new Map(page.items.map((referral) => [referral.subject, referral]));
}

describe.each(cases)('%s', (_name, audience, opening) => {
  const language = opening.language;

  it('hears every question in its own voice and language, and nothing meant for another audience', async () => {
    conversation = await startConversation({ locale: opening.locale });
    const person = conversation;
    const before = await play(person, language, {}, opening.steps);
    const after = await play(person, language, audience.voice, audience.steps[language]);
    const said = [...before, ...after].join('\n');
    for (const key of [...opening.never, ...audience.never]) {
      for (const voice of [{}, audience.voice]) {
        const text = expectedText(person, language, voice, key);
        if (text !== '' && text !== key.split(':').at(-1)) expect(said, `${key} must never be said to ${audience.name}`).not.toContain(text);
      }
    }
    const asked = questionsAsked(person, [...before, ...after], audience.voice.caredFor);
    expect(asked).toEqual(expect.arrayContaining(['about', 'story', 'whatMatters', 'shareServices']));
    expect(asked.at(-1)).toBe('name');
    expect(repeated(asked), 'no question is asked twice').toEqual([]);
    expect(asked.length).toBeLessThanOrEqual(25);
  });

  it('stores a needs profile with the Care Act and carers\' outcomes the answers show', async () => {
    conversation = await startConversation({ locale: opening.locale });
    await play(conversation, language, {}, opening.steps);
    await play(conversation, language, audience.voice, audience.steps[language]);
    const referrals = await storedReferrals(conversation);
    expect([...referrals.keys()].sort()).toEqual(Object.keys(audience.referrals).sort());
    for (const [subject, expected] of Object.entries(audience.referrals)) {
      const profile = referrals.get(subject as Referral['subject'])?.needsProfile;
      expect(profile?.audience).toBe(audience.voice.context ?? 'resident');
      const unmet = profile?.unmetOutcomes.map(({ outcome, difficulty }) => [outcome, difficulty]);
      expect(unmet?.sort()).toEqual([...expected.unmet].map((pair) => [...pair]).sort());
      expect([...(profile?.carerUnmetOutcomes ?? [])].sort()).toEqual([...expected.carerUnmet].sort());
      expect(profile?.carerHealthAtRisk).toBe(expected.carerHealthAtRisk);
    }
  });
});

describe('the carer\'s voice', () => {
  it.each([
    ['en', undefined, ['English', 'Someone I care for', 'mum']],
    ['cy', 'cy-GB', ["Rhywun rwy'n gofalu amdano", 'mam']],
  ] as const)('asks about "your mum", then about the carer themselves (%s)', async (language, locale, says) => {
    conversation = await startConversation({ locale });
    const person = conversation;
    await person.join();
    let replies: string[] = [];
    for (const text of says) replies = texts(await person.say(text));
    const mum = person.t(language, 'questions:caredFor.person.mum');
    expect(replies.at(-1)).toBe(person.t(language, 'questions:story.prompt', { context: 'carer', person: mum }));
    expect(replies.at(-1)).toContain(mum);
    // The carer's own questions speak to the carer, never about "your mum".
    for (const id of ['carerLife', 'carerHealth', 'keepCaring']) {
      expect(person.t(language, `questions:${id}.prompt`, { context: 'carer', person: mum })).not.toContain(mum);
    }
  });
});

describe('the quick path', () => {
  it.each([
    ['en', ['English', 'me', 'I get very lonely since my wife died. I live in AT2', 'see services now']],
    ['cy', ['Cymraeg', 'fi', "Rydw i'n unig iawn ers i fy ngwraig farw. Rwy'n byw yn AT2", 'gweld gwasanaethau nawr']],
  ] as const)('a resident with one simple need sees services after four answers (%s)', async (language, says) => {
    conversation = await startConversation();
    const person = conversation;
    const replies = [...texts(await person.join())];
    for (const text of says) replies.push(...texts(await person.say(text)));
    const matchesAt = replies.findIndex((reply) => reply.startsWith(person.t(language, 'matchesIntro')));
    expect(matchesAt, 'the matches are shown').toBeGreaterThan(0);
    expect(questionsAsked(person, replies.slice(0, matchesAt))).toEqual(['language', 'about', 'story', 'pace']);
  });
});

describe('ask once, for carers', () => {
  // A carer's own age ("I'm 58") is not the cared-for person's ("she's 84").
  it('notes the cared-for person\'s age, not the carer\'s own', async () => {
    conversation = await startConversation();
    const person = conversation;
    await person.join();
    await person.say('English');
    await person.say('Someone I care for');
    await person.say('mum');
    const replies = texts(await person.say("I'm 58 and I look after my mum, she's 84 and lives alone in AT3")).join('\n');
    expect(replies).toContain(person.t('en', 'fact.age', { value: 84 }));
    expect(replies).not.toContain(person.t('en', 'fact.age', { value: 58 }));
  });
});
