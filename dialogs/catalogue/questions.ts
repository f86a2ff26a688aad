import { Catalogue } from './questionSchema.js';

/**
 * The conversation, as data. A council edits this list (and the matching text in `locales/<lang>/questions.json`),
 * never dialog code: order is the order of asking, `when` says when a question applies, `maps` says what it adds to the
 * needs profile. Parsed at load, so a mistake here stops the bot at start with a message naming the question.
 */
/** The carer's own questions are for a carer in the chat, or a carer on the phone to a call handler. */
const CARING = [
  { slot: 'about', in: ['someoneICareFor'] },
  { slot: 'callerIs', in: ['theirCarer'] },
];

const intake = Catalogue.parse([
  // The Welsh Active Offer: Welsh is offered first, before anything else, unless the channel told us the language.
  { id: 'language', section: 'about', kind: 'choice', choices: ['cy', 'en'], fallback: 'en' },
  // 1. Who it is about.
  {
    id: 'about',
    section: 'about',
    kind: 'choice',
    choices: ['me', 'someoneICareFor', 'callHandler'],
    skippable: false,
    afterAnswer: { callHandler: 'callScriptIntro' },
  },
  // A call handler says who is calling, so a carer on the phone is asked the carer's questions too.
  {
    id: 'callerIs',
    section: 'about',
    kind: 'choice',
    choices: ['thePerson', 'theirCarer', 'someoneElse'],
    when: [{ slot: 'about', in: ['callHandler'] }],
    fallback: 'someoneElse',
  },
  {
    id: 'caredFor',
    section: 'about',
    kind: 'choice',
    choices: ['mum', 'dad', 'partner', 'child', 'friend', 'otherPerson'],
    whenAny: [
      { slot: 'about', in: ['someoneICareFor'] },
      { slot: 'callerIs', in: ['theirCarer'] },
    ],
    fallback: 'otherPerson',
  },
  // 2. Their own words, kept verbatim: the heart of "tell it once".
  { id: 'story', section: 'story', kind: 'text', verbatim: true },
  {
    id: 'pace',
    section: 'story',
    kind: 'choice',
    choices: ['showServicesNow', 'moreQuestions'],
    fallback: 'moreQuestions',
  },
  { id: 'age', section: 'about', kind: 'age', when: [{ slot: 'pace', in: ['moreQuestions'] }] },
  { id: 'postcode', section: 'about', kind: 'postcode' },
  {
    id: 'livesWith',
    section: 'about',
    kind: 'choice',
    choices: ['alone', 'partner', 'family', 'others'],
    when: [{ slot: 'pace', in: ['moreQuestions'] }],
  },
  {
    id: 'communication',
    section: 'about',
    kind: 'multiChoice',
    choices: ['noNeeds', 'interpreter', 'bsl', 'easyRead', 'largePrint'],
    noneChoice: 'noNeeds',
    when: [{ slot: 'pace', in: ['moreQuestions'] }],
  },
  // 3–4. Health and wellbeing.
  {
    id: 'health',
    section: 'health',
    kind: 'multiChoice',
    choices: ['noHealthWorries', 'longTermCondition', 'recentHospital', 'falls', 'medicines'],
    noneChoice: 'noHealthWorries',
    when: [{ slot: 'pace', in: ['moreQuestions'] }],
    maps: {
      topics: {
        longTermCondition: ['physicalHealth'],
        recentHospital: ['hospitalDischarge'],
        falls: ['falls'],
        medicines: ['physicalHealth'],
      },
    },
  },
  {
    id: 'wellbeing',
    section: 'wellbeing',
    kind: 'multiChoice',
    choices: ['feelingOk', 'lowMood', 'anxiety', 'memory'],
    noneChoice: 'feelingOk',
    when: [{ slot: 'pace', in: ['moreQuestions'] }],
    maps: { topics: { lowMood: ['mentalHealth'], anxiety: ['mentalHealth'], memory: ['dementia'] } },
  },
  // 5. Daily living: the ten Care Act outcomes, in kind words.
  {
    id: 'dailyLiving',
    section: 'dailyLiving',
    kind: 'multiChoice',
    choices: [
      'allFine',
      'meals',
      'washing',
      'toilet',
      'dressing',
      'movingAround',
      'keepingHome',
      'seeingPeople',
      'workOrLearning',
      'gettingOut',
      'lookingAfterChild',
    ],
    noneChoice: 'allFine',
    when: [{ slot: 'pace', in: ['moreQuestions'] }],
    maps: {
      careActOutcomes: {
        meals: 'nutrition',
        washing: 'personalHygiene',
        toilet: 'toiletNeeds',
        dressing: 'beingClothed',
        movingAround: 'homeSafety',
        keepingHome: 'habitableHome',
        seeingPeople: 'relationships',
        workOrLearning: 'workOrLearning',
        gettingOut: 'communityFacilities',
        lookingAfterChild: 'childCaring',
      },
      topics: {
        meals: ['meals'],
        washing: ['personalCare'],
        toilet: ['personalCare'],
        dressing: ['personalCare'],
        movingAround: ['equipment'],
        keepingHome: ['housing'],
        seeingPeople: ['loneliness'],
        workOrLearning: ['employment'],
        gettingOut: ['transport'],
      },
    },
  },
  {
    id: 'difficulty',
    section: 'dailyLiving',
    kind: 'choice',
    choices: ['needsHelp', 'painDistressOrDanger', 'takesMuchLonger'],
    when: [{ slot: 'dailyLiving', answered: true, notIn: ['allFine'] }],
    fallback: 'needsHelp',
  },
  // 6. Home and safety.
  {
    id: 'home',
    section: 'home',
    kind: 'multiChoice',
    choices: ['homeIsFine', 'stairs', 'bathing', 'needsEquipment', 'feelsUnsafe'],
    noneChoice: 'homeIsFine',
    when: [{ slot: 'pace', in: ['moreQuestions'] }],
    maps: {
      topics: { stairs: ['equipment', 'falls'], bathing: ['equipment'], needsEquipment: ['equipment', 'telecare'], feelsUnsafe: ['telecare'] },
    },
  },
  // 7. For carers: the carers' outcomes, their own health, and whether caring can go on.
  {
    id: 'carerLife',
    section: 'carer',
    kind: 'multiChoice',
    choices: [
      'carerCoping',
      'carerChildCare',
      'carerOthers',
      'carerHome',
      'carerMeals',
      'carerRelationships',
      'carerWork',
      'carerGettingOut',
      'carerTimeForSelf',
    ],
    noneChoice: 'carerCoping',
    whenAny: CARING,
    maps: {
      carerOutcomes: {
        carerChildCare: 'childCaring',
        carerOthers: 'caringForOthers',
        carerHome: 'habitableHome',
        carerMeals: 'nutrition',
        carerRelationships: 'relationships',
        carerWork: 'workOrLearning',
        carerGettingOut: 'communityFacilities',
        carerTimeForSelf: 'recreation',
      },
      topics: {
        carerChildCare: ['carerSupport'],
        carerOthers: ['carerSupport'],
        carerHome: ['carerSupport'],
        carerMeals: ['carerSupport'],
        carerRelationships: ['carerSupport'],
        carerWork: ['carerSupport', 'employment'],
        carerGettingOut: ['carerSupport'],
        carerTimeForSelf: ['carerSupport'],
      },
    },
  },
  {
    id: 'carerHealth',
    section: 'carer',
    kind: 'yesNo',
    whenAny: CARING,
    maps: { topics: { yes: ['carerSupport'] } },
  },
  {
    id: 'keepCaring',
    section: 'carer',
    kind: 'choice',
    choices: ['yesForNow', 'notSure', 'no'],
    whenAny: CARING,
    maps: { topics: { notSure: ['carerSupport'], no: ['carerSupport'] } },
  },
  // 8. Money, housing and company.
  {
    id: 'moneyAndHome',
    section: 'moneyAndHousing',
    kind: 'multiChoice',
    choices: ['noMoneyWorries', 'money', 'housing', 'lonely'],
    noneChoice: 'noMoneyWorries',
    when: [{ slot: 'pace', in: ['moreQuestions'] }],
    maps: { topics: { money: ['moneyAdvice'], housing: ['housing'], lonely: ['loneliness'] } },
  },
  // 9. What matters most: where Welsh "what matters" and English strengths-based practice both start.
  { id: 'whatMatters', section: 'whatMatters', kind: 'text', verbatim: true, when: [{ slot: 'pace', in: ['moreQuestions'] }] },
]);

/**
 * After the matches: consent, asked plainly before anything is stored for sharing, then how to get in touch. Nothing
 * here is asked if nothing is to be shared. Consent questions have their own strict yes/no words: "a bit" may mean yes
 * about health, never about sharing; anything unclear is asked again, and two unclear answers mean no.
 */
const afterMatches = Catalogue.parse([
  { id: 'shareServices', section: 'consent', kind: 'choice', choices: ['shareAll', 'letMeChoose', 'shareNone'], phase: 'afterMatches', needsMatches: true, fallback: 'shareNone' },
  { id: 'chosenServices', section: 'consent', kind: 'matchedServices', phase: 'afterMatches', needsMatches: true, when: [{ slot: 'shareServices', in: ['letMeChoose'] }] },
  { id: 'shareGp', section: 'consent', kind: 'choice', choices: ['yes', 'no'], phase: 'afterMatches', fallback: 'no' },
  { id: 'shareSocialCare', section: 'consent', kind: 'choice', choices: ['yes', 'no'], phase: 'afterMatches', fallback: 'no' },
  {
    id: 'contactMethod',
    section: 'contact',
    kind: 'choice',
    choices: ['phone', 'text', 'email', 'post', 'none'],
    phase: 'afterMatches',
    whenAny: [
      { slot: 'shareServices', in: ['shareAll'] },
      { slot: 'chosenServices', answered: true },
      { slot: 'shareGp', in: ['yes'] },
      { slot: 'shareSocialCare', in: ['yes'] },
    ],
    fallback: 'none',
  },
  {
    id: 'contactDetails',
    section: 'contact',
    kind: 'text',
    phase: 'afterMatches',
    when: [{ slot: 'contactMethod', in: ['phone', 'text', 'email', 'post'] }],
  },
  { id: 'name', section: 'contact', kind: 'text', phase: 'afterMatches', when: [{ slot: 'contactMethod', answered: true, notIn: ['none'] }] },
]);

/** The whole catalogue, parsed as one so conditions may refer across phases. */
export const catalogue: Catalogue = Catalogue.parse([...intake, ...afterMatches]);
