import type { TFunction } from 'i18next';
import { z } from 'zod';
import { consentedServices, recipientsOf } from './recipientCopy.js';
import type { Language, PersonDetails, Referral } from './referralSchema.js';

/** Who reads a summary: the person (their own copy, in the chat) or staff at a recipient. */
export const SummaryView = z.enum(['person', 'staff']);
/** One view. */
export type SummaryView = z.infer<typeof SummaryView>;

/** A label and its value, such as "Postcode" and "AB1 2CD". */
export interface SummaryFact {
  readonly label: string;
  readonly value: string;
}

/** One titled part of a summary. `quote` is the person's words, shown exactly as given. */
export interface SummarySection {
  readonly heading: string;
  readonly facts: readonly SummaryFact[];
  readonly lines: readonly string[];
  readonly quote?: string;
  /** Shown apart from the lines, such as the reminder that only a council assessment decides eligibility. */
  readonly note?: string;
}

/** A summary in one language, ready to be rendered as text or as a card. */
export interface SummaryContent {
  readonly language: Language;
  readonly title: string;
  readonly intro: readonly string[];
  readonly sections: readonly SummarySection[];
}

type Say = (key: string, values?: Readonly<Record<string, string>>, context?: string) => string;

function sayer(t: TFunction, language: Language): Say {
  return (key, values = {}, context) =>
    t(key, { ...values, lng: language, ns: 'referral', context, interpolation: { escapeValue: false } });
}

/** Who is reading decides the wording: "About you" for the person, "About the person" for staff. */
function headingContext(referral: Referral, view: SummaryView): string | undefined {
  if (view === 'staff') return undefined;
  if (referral.subject === 'carer' || referral.audience === 'resident') return 'you';
  if (referral.audience === 'carer') return 'carer';
  return undefined;
}

function formatDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'cy' ? 'cy-GB' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/London',
  }).format(new Date(iso));
}

function personFacts(person: PersonDetails, say: Say): SummaryFact[] {
  const facts: SummaryFact[] = [{ label: say('field.name'), value: person.name ?? say('notGiven') }];
  if (person.age !== undefined) facts.push({ label: say('field.age'), value: String(person.age) });
  else if (person.ageBand !== undefined) facts.push({ label: say('field.ageBand'), value: say(`ageBand.${person.ageBand}`) });
  if (person.postcode !== undefined) facts.push({ label: say('field.postcode'), value: person.postcode });
  if (person.livesWith !== undefined) {
    facts.push({ label: say('field.livesWith'), value: say(`livesWith.${person.livesWith}`) });
  }
  if (person.communicationNeeds.length > 0) {
    const needs = person.communicationNeeds.map((need) => say(`communicationNeed.${need}`));
    facts.push({ label: say('field.communication'), value: needs.join('; ') });
  }
  if (person.communicationNotes !== undefined) {
    facts.push({ label: say('field.communicationNotes'), value: person.communicationNotes });
  }
  const method = say(`contactMethod.${person.contact.method}`);
  const contact = person.contact.details === undefined ? method : say('contactLine', { method, details: person.contact.details });
  facts.push({ label: say('field.contact'), value: contact });
  if (person.contact.notes !== undefined) facts.push({ label: say('field.contactNotes'), value: person.contact.notes });
  return facts;
}

function needsLines(referral: Referral, say: Say): string[] {
  const profile = referral.needsProfile;
  const lines = profile.unmetOutcomes.map((item) =>
    say('outcomeLine', { outcome: say(`outcome.${item.outcome}`), difficulty: say(`difficulty.${item.difficulty}`) }),
  );
  for (const outcome of profile.carerUnmetOutcomes) {
    lines.push(say('carerOutcomeLine', { outcome: say(`carerOutcome.${outcome}`) }));
  }
  if (profile.carerHealthAtRisk) lines.push(say('carerHealthAtRisk'));
  if (lines.length === 0) lines.push(say('noNeeds'));
  if (profile.urgent) lines.push(say('urgent'));
  for (const kind of new Set(profile.risks.map((risk) => risk.kind))) lines.push(say(`risk.${kind}`));
  return lines;
}

function sharingLines(referral: Referral, say: Say, context: string | undefined): string[] {
  const names = new Map(referral.matchedServices.map((service) => [service.serviceId, service.name]));
  const lines = recipientsOf(referral).map((recipient) => {
    if (recipient === 'gp') return say('recipient.gp', {}, context === 'you' ? 'you' : undefined);
    if (recipient === 'adultSocialCare') return say('recipient.adultSocialCare');
    return names.get(recipient) ?? recipient;
  });
  return lines.length > 0 ? lines : [say('sharedNone')];
}

/**
 * Builds the summary's content in one language. The person's own copy lists every match (they may contact any
 * service themselves); the staff copy lists only services the person agreed to share with.
 */
export function summaryContent(referral: Referral, t: TFunction, view: SummaryView, language: Language): SummaryContent {
  const say = sayer(t, language);
  const context = headingContext(referral, view);
  const intro = [
    say('reference', { reference: referral.reference }),
    say('created', { date: formatDate(referral.createdAt, language) }),
    say(`madeBy.${referral.audience}`),
  ];
  if (referral.subject === 'carer') intro.push(say('carersOwn'));
  if (referral.linkedReference !== undefined) {
    intro.push(say(`linked.${referral.subject}`, { reference: referral.linkedReference }));
  }

  const aboutFacts = personFacts(referral.person, say);
  aboutFacts.push({ label: say('field.language'), value: say(`language.${referral.language}`) });
  if (referral.subject === 'carer' && referral.carer !== undefined) {
    aboutFacts.push({ label: say('field.relationship'), value: say(`relationship.${referral.carer.relationship}`) });
  }
  const sections: SummarySection[] = [
    { heading: say(referral.subject === 'carer' ? 'heading.carerSubject' : 'heading.person', {}, context), facts: aboutFacts, lines: [] },
  ];
  if (referral.subject === 'person' && referral.carer !== undefined) {
    const carerFacts = personFacts(referral.carer, say);
    carerFacts.push({ label: say('field.relationship'), value: say(`relationship.${referral.carer.relationship}`) });
    sections.push({ heading: say('heading.carer', {}, context), facts: carerFacts, lines: [] });
  }
  if (referral.ownWords !== undefined && referral.ownWords.trim() !== '') {
    sections.push({ heading: say('heading.ownWords', {}, context), facts: [], lines: [], quote: referral.ownWords });
  }
  if (referral.whatMatters !== undefined && referral.whatMatters.trim() !== '') {
    sections.push({ heading: say('heading.whatMatters', {}, context), facts: [], lines: [], quote: referral.whatMatters });
  }
  sections.push({ heading: say('heading.needs'), facts: [], lines: needsLines(referral, say), note: say('indication') });
  const services = view === 'person' ? referral.matchedServices : consentedServices(referral);
  sections.push({
    heading: say('heading.services'),
    facts: [],
    lines:
      services.length > 0
        ? services.map((service) => say('serviceLine', { name: service.name, why: service.why }))
        : [say('noServices')],
  });
  sections.push({ heading: say('heading.sharing'), facts: [], lines: sharingLines(referral, say, context) });
  sections.push({
    heading: say('heading.next', {}, context),
    facts: [],
    lines: referral.nextSteps.map((step) => say(`next.${step}`)),
  });
  return { language, title: say(view === 'person' ? 'title.person' : 'title.staff'), intro, sections };
}

/** The closing line of a Welsh copy when an English version follows. */
export function englishFollows(t: TFunction): string {
  return sayer(t, 'cy')('englishFollows');
}
