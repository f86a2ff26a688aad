import type { TFunction } from 'i18next';
import type { Referral } from './referralSchema.js';
import { summaryContent, type SummarySection, type SummaryView } from './summaryContent.js';

/** A run of text that is never read as markdown, so a person's words show exactly as given. */
interface TextRun {
  readonly type: 'TextRun';
  readonly text: string;
  readonly weight?: 'Bolder';
  readonly italic?: boolean;
  readonly size?: 'Large' | 'Medium';
}

/** The few Adaptive Card 1.5 elements the summary uses. */
type CardElement =
  | { readonly type: 'RichTextBlock'; readonly inlines: readonly TextRun[]; readonly spacing?: 'Medium'; readonly separator?: boolean }
  | { readonly type: 'FactSet'; readonly facts: readonly { readonly title: string; readonly value: string }[] }
  | {
      readonly type: 'Container';
      readonly items: readonly CardElement[];
      readonly style?: 'emphasis';
      readonly separator?: boolean;
      readonly spacing?: 'Medium';
    };

/** An Adaptive Card 1.5 as plain JSON, ready for any channel's attachment. */
export interface SummaryCard {
  readonly type: 'AdaptiveCard';
  readonly $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  readonly version: '1.5';
  readonly lang: string;
  readonly body: readonly CardElement[];
}

function paragraph(text: string, style: Omit<TextRun, 'type' | 'text'> = {}): CardElement {
  return { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text, ...style }] };
}

function sectionElement(section: SummarySection): CardElement {
  const items: CardElement[] = [paragraph(section.heading, { weight: 'Bolder', size: 'Medium' })];
  if (section.facts.length > 0) {
    items.push({ type: 'FactSet', facts: section.facts.map((fact) => ({ title: fact.label, value: fact.value })) });
  }
  if (section.quote !== undefined) items.push(paragraph(`“${section.quote}”`, { italic: true }));
  for (const line of section.lines) items.push(paragraph(`• ${line}`));
  // The eligibility reminder stands out so nobody reads the indication as a decision.
  if (section.note !== undefined) items.push({ type: 'Container', style: 'emphasis', items: [paragraph(section.note)] });
  return { type: 'Container', separator: true, spacing: 'Medium', items };
}

/**
 * The summary as an Adaptive Card 1.5, in the person's language. Plain JSON: the bot wraps it in an attachment, so
 * this file needs no Bot Framework import.
 */
export function summaryCard(referral: Referral, t: TFunction, view: SummaryView = 'person'): SummaryCard {
  const content = summaryContent(referral, t, view, referral.language);
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    lang: content.language,
    body: [
      paragraph(content.title, { weight: 'Bolder', size: 'Large' }),
      ...content.intro.map((line) => paragraph(line)),
      ...content.sections.map(sectionElement),
    ],
  };
}
