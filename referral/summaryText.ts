import type { TFunction } from 'i18next';
import type { Referral } from './referralSchema.js';
import { englishFollows, summaryContent, type SummaryContent, type SummaryView } from './summaryContent.js';

const DIVIDER = '────────────────────────';

function render(content: SummaryContent): string {
  const blocks: string[] = [[content.title, ...content.intro].join('\n')];
  for (const section of content.sections) {
    const lines = [section.heading.toUpperCase()];
    for (const fact of section.facts) lines.push(`${fact.label}: ${fact.value}`);
    // The person's words are kept exactly as given, only set off by quotation marks.
    if (section.quote !== undefined) lines.push(`“${section.quote}”`);
    for (const line of section.lines) lines.push(`- ${line}`);
    if (section.note !== undefined) lines.push(section.note);
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n');
}

/**
 * The summary as plain text, for email and for channels that cannot show cards. The person's copy is in their
 * language; a Welsh conversation's staff copy is bilingual, Welsh first and then English.
 */
export function summaryText(referral: Referral, t: TFunction, view: SummaryView): string {
  const first = render(summaryContent(referral, t, view, referral.language));
  if (view === 'person' || referral.language === 'en') return `${first}\n`;
  const english = render(summaryContent(referral, t, view, 'en'));
  return `${first}\n\n${englishFollows(t)}\n${DIVIDER}\n\n${english}\n`;
}
