import { z } from 'zod';
import { CrisisCertainty, CrisisKind } from '../../safety/crisisKind.js';

/**
 * One labelled message for the safety net. `expected` is null for a look-alike that must raise nothing; otherwise the
 * one kind it must raise, and how sure the check must be (`unclear` means the dialog asks "Is this happening now?").
 * `alsoKinds` lists other kinds the message honestly carries too ("he hit her and she's bleeding heavily").
 */
export const CrisisCorpusCase = z.object({
  text: z.string().min(1),
  language: z.enum(['en', 'cy']),
  expected: z.object({ kind: CrisisKind, certainty: CrisisCertainty }).nullable(),
  alsoKinds: z.array(CrisisKind).optional(),
  /** Why a look-alike is a look-alike, or what a positive tests. */
  note: z.string().optional(),
});
/** One labelled corpus message. */
export type CrisisCorpusCase = z.infer<typeof CrisisCorpusCase>;

type Expected = CrisisCorpusCase['expected'];
const clear = (kind: CrisisKind): Expected => ({ kind, certainty: 'clear' });
const unclear = (kind: CrisisKind): Expected => ({ kind, certainty: 'unclear' });

const en = (text: string, expected: Expected, note?: string): CrisisCorpusCase => ({ text, language: 'en', expected, note });
const cy = (text: string, expected: Expected, note?: string): CrisisCorpusCase => ({ text, language: 'cy', expected, note });

/** Medical emergencies happening now. */
const medical: CrisisCorpusCase[] = [
  en("My husband can't breathe", clear('medical')),
  en('mum cant breath properly and her lips are going blue', clear('medical'), 'breath for breathe, lower case'),
  en('hes not breathing!!', clear('medical')),
  en('I dont think she is breathing', clear('medical')),
  en('dad is unconcious on the kitchen floor', clear('medical'), 'typo'),
  en('my wife wont wake up', clear('medical'), 'missing apostrophe'),
  en("I can't wake him up", clear('medical')),
  en('Grandad has collapsed in the garden', clear('medical')),
  en('he just collapsed please help', clear('medical')),
  en('I have crushing chest pain right now', clear('medical')),
  en('my dad has chest pains and is sweating a lot', clear('medical')),
  en('pain in my chest going down my left arm', clear('medical')),
  en('i think hes having a heart attack', clear('medical')),
  en('I think mum is having a stroke, her face has dropped on one side', clear('medical')),
  en('his speech is slurred and his face is drooping', clear('medical')),
  en('she is bleeding heavily from her head', clear('medical')),
  en("the bleeding won't stop", clear('medical')),
  en('theres blood everywhere', clear('medical')),
  en('my son is having a seizure and it wont stop', clear('medical')),
  en('shes fitting and her lips are blue', clear('medical')),
  en('her throat is swelling up after she ate peanuts', clear('medical')),
  en('he is having an allergic reaction and his tongue is swollen', clear('medical')),
  en('Mum has fallen and cant get up', clear('medical')),
  en('dad fell down the stairs and hit his head, hes not moving', clear('medical')),
  en('nan is on the floor and I cant get her up, she is in a lot of pain', clear('medical')),
  en('do i need to call an ambulance?? she is choking', clear('medical')),
  en('CALL AN AMBULANCE', clear('medical')),
  en('hes gasping for air', clear('medical')),
  en('she is unresponsive', clear('medical')),
  en('i am struggling to breathe', clear('medical')),
  cy('Mae mam yn methu anadlu', clear('medical')),
  cy("dydy dad ddim yn anadlu", clear('medical')),
  cy('mae gen i boen yn fy mrest', clear('medical')),
  cy("dw i'n meddwl ei fod e'n cael trawiad ar y galon", clear('medical')),
  cy("mae hi'n cael strôc", clear('medical')),
  cy('mae taid yn anymwybodol', clear('medical')),
  cy("mae o'n gwaedu'n drwm", clear('medical')),
  cy("mae nain wedi cwympo ac yn methu codi", clear('medical')),
  cy("mae e'n cael ffit", clear('medical')),
  cy('ffoniwch ambiwlans plis', clear('medical')),
];

/** Suicide and self-harm risk, including an overdose taken. */
const suicide: CrisisCorpusCase[] = [
  en('I want to kill myself', clear('suicide')),
  en('i wanna die', clear('suicide'), 'slang'),
  en('i dont want to live anymore', clear('suicide'), 'missing apostrophe'),
  en("I've taken an overdose", clear('suicide')),
  en('i took all my tablets an hour ago', clear('suicide'), 'an overdose taken is always 999 now'),
  en('he swallowed a whole packet of paracetamol', clear('suicide')),
  en('my son says he is going to kill himself', clear('suicide')),
  en("I'm feeling suicidal", clear('suicide')),
  en('im thinking about ending my life', clear('suicide')),
  en('everyone would be better off without me', clear('suicide')),
  en('I have been cutting myself again', clear('suicide')),
  en('i keep hurting myself', clear('suicide')),
  en('my daughter is self harming', clear('suicide')),
  en('i want to end it all', clear('suicide')),
  en('theres nothing to live for now hes gone', clear('suicide')),
  en('i cant go on anymore', clear('suicide')),
  en('i feel like going to jump off the bridge', clear('suicide')),
  en('Im going to take my own life', clear('suicide')),
  en('i want to kil myself', clear('suicide'), 'typo'),
  en('she tried to kill herself last night', clear('suicide')),
  en('i am suicidle', clear('suicide'), 'typo'),
  en('I wish I was dead', clear('suicide')),
  en('mum keeps saying she wants to die', clear('suicide')),
  cy("dw i eisiau lladd fy hun", clear('suicide')),
  cy('dwi isio marw', clear('suicide')),
  cy("dw i ddim eisiau byw rhagor", clear('suicide')),
  cy("mae fy mab yn sôn am hunanladdiad", clear('suicide')),
  cy("dw i wedi cymryd gorddos", clear('suicide')),
  cy("dw i'n teimlo'n hunanladdol", clear('suicide')),
  cy("mae hi'n hunan-niweidio", clear('suicide')),
];

/** Abuse or neglect: someone hurting, threatening, confining, or taking money from a person. */
const abuse: CrisisCorpusCase[] = [
  en('my son hits me', clear('abuse')),
  en('he hit me again last night', clear('abuse')),
  en('my husband beats me when he is drunk', clear('abuse')),
  en('the carer slapped my mum', clear('abuse')),
  en("my brother's been taking all of dad's money", clear('abuse')),
  en('my grandson steals from me', clear('abuse')),
  en('he takes her pension every week and she has nothing left', clear('abuse')),
  en('she locks me in my room', clear('abuse')),
  en("he won't let me out of the house", clear('abuse')),
  en('my partner threatens to kill me', clear('abuse')),
  en('im scared of my son', clear('abuse')),
  en("I don't feel safe at home", clear('abuse')),
  en('my neighbour is being abused by her husband', clear('abuse')),
  en('the carers leave her without food or water all day', clear('abuse')),
  en('dad is left lying in his own urine for hours', clear('abuse')),
  en("i think mum is being financially abused", clear('abuse')),
  en('my daughter in law made her sign over the house', clear('abuse')),
  en('hes hiting me', clear('abuse'), 'typo'),
  en('he pushed her down the stairs', clear('abuse')),
  en('my husband is very controlling and abusive', clear('abuse')),
  en('my son keeps threatening me for money', clear('abuse')),
  en('someone took out loans in her name', clear('abuse')),
  en('they wont let her see her family', clear('abuse')),
  cy("mae fy mab yn fy nharo i", clear('abuse')),
  cy("mae e'n cymryd arian mam bob wythnos", clear('abuse')),
  cy("mae'r gofalwr yn ei cham-drin hi", clear('abuse')),
  cy('mae gen i ofn fy ngŵr', clear('abuse')),
  cy("mae hi'n fy nghloi i yn y tŷ", clear('abuse')),
  cy("mae e'n bygwth fy lladd i", clear('abuse')),
  cy("dw i ddim yn teimlo'n ddiogel gartref", clear('abuse')),
];

/** Maybe now, maybe not: the dialog asks "Is this happening now?" once. */
const unclearCases: CrisisCorpusCase[] = [
  en('mum fell', unclear('medical'), 'a fall, no time, no injury said'),
  en('dad had a fall this morning', unclear('medical')),
  en('he collapsed', unclear('medical')),
  en('my husband had chest pain yesterday', unclear('medical')),
  en('I think dad has had a stroke', unclear('medical')),
  en('she is bleeding', unclear('medical'), 'bleeding, severity not said'),
  en('she fell and broke her wrist', unclear('medical')),
  en('i think there might be some abuse going on', unclear('abuse')),
  cy('syrthiodd mam', unclear('medical')),
];

/** Look-alikes: past or resolved events, figures of speech, other senses of the words. None may raise anything. */
const lookAlikes: CrisisCorpusCase[] = [
  en('Dad had a stroke two years ago and needs help with washing', null, 'past event'),
  en('I fell last month and now im scared of falling', null, 'past fall'),
  en('She had a heart attack in 2019', null, 'past event'),
  en('mum had a seizure years ago but she is fine now', null, 'resolved'),
  en("I'm dying to know what help there is", null, 'figure of speech'),
  en('the bills are killing me', null, 'figure of speech'),
  en('I could murder a cuppa', null, 'figure of speech'),
  en('my back is killing me today', null, 'figure of speech'),
  en('that nearly gave me a heart attack', null, 'figure of speech'),
  en('I laughed so hard I couldnt breathe', null, 'figure of speech'),
  en('he will have a fit when he sees the state of the garden', null, 'figure of speech'),
  en("my mum's having a fit about the new bins", null, 'figure of speech'),
  en('it would be social suicide to move', null, 'figure of speech'),
  en('the energy bills are taking all my money', null, 'not a person taking money'),
  en('it really hit me that she cant live alone any more', null, 'figure of speech'),
  en('beats me why the forms are so long', null, 'figure of speech'),
  en('mum is being discharged from hospital on friday after her fall', null, 'hospital discharge talk'),
  en('he had a fall and broke his hip, now he is home from hospital and needs a stairlift', null, 'discharge'),
  en('we need a falls assessment', null, 'falls in another sense'),
  en('she keeps falling asleep in her chair', null, 'another sense'),
  en('the rent falls due on monday', null, 'another sense'),
  en('we went to see Niagara Falls', null, 'another sense'),
  en('is there a falls prevention class near me', null, 'information'),
  en('my son has a history of drug abuse', null, 'substance use history'),
  en('he used to have problems with alcohol abuse', null, 'substance use history'),
  en('she is in recovery from the abuse of drugs', null, 'substance use history'),
  en('I self harmed when I was a teenager', null, 'distant past'),
  en('i tried to kill myself years ago but im in a much better place now', null, 'distant past'),
  en("I'm not suicidal, just lonely", null, 'denied'),
  en("he doesn't hit me, he just forgets things", null, 'denied'),
  en('I dont want to die in a care home', null, 'denied wish, about care'),
  en('what are the signs of a stroke', null, 'information'),
  en('what should i do if mum has a fall', null, 'information'),
  en('Im worried she might fall when she goes upstairs', null, 'worry about the future'),
  en('she has a pendant alarm in case she falls', null, 'information'),
  en('he gets short of breath walking up the stairs', null, 'chronic, not now'),
  en('my brother took his own life last year and i am struggling', null, 'bereavement'),
  en('I hurt my back lifting her', null, 'accident'),
  en('I cut myself chopping onions', null, 'accident'),
  en('my daughter does my shopping with my bank card', null, 'help with money'),
  en('the carer pushes her wheelchair to the park', null, 'pushes in another sense'),
  en('the landlord is threatening eviction', null, 'housing'),
  en('she takes her tablets every morning', null, 'ordinary medicine'),
  en('stroke the cat gently, she likes it', null, 'stroke in another sense'),
  en('he is fitting a new handrail in the bathroom', null, 'fitting in another sense'),
  en('the ambulance took him to hospital last week', null, 'past'),
  en('I cant wake up in the mornings', null, 'ordinary tiredness'),
  en('my kids are killing me with the noise', null, 'figure of speech'),
  en('I am not safe to drive any more', null, 'not abuse'),
  cy('cafodd e strôc dwy flynedd yn ôl', null, 'past event'),
  cy('syrthiodd mam y mis diwethaf', null, 'past fall'),
  cy("mae'r biliau'n fy lladd i", null, 'figure of speech'),
  cy("mae gen i ofn cwympo", null, 'fear of falling, not a person'),
  cy("dydy e ddim yn fy nharo i", null, 'denied'),
  cy("mae ganddo hanes o gam-drin alcohol", null, 'substance use history'),
  cy("beth yw arwyddion strôc", null, 'information'),
];

/** Every labelled message: positives first, then the unclear cases, then the look-alikes. */
export const CRISIS_CORPUS: readonly CrisisCorpusCase[] = z
  .array(CrisisCorpusCase)
  .parse([...medical, ...suicide, ...abuse, ...unclearCases, ...lookAlikes]);
