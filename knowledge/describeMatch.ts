import type { TFunction } from 'i18next';
import type { MatchReason, MatchWarning, ServiceMatch } from './matchTypes.js';

/** A match in words: a short "why" a resident understands, and warnings to read before relying on it. */
export interface MatchDescription {
  readonly why: string;
  readonly warnings: string[];
}

/** Directory text is plain text, not HTML: never escape it into entities. */
const PLAIN = { interpolation: { escapeValue: false } } as const;

function list(items: readonly string[], t: TFunction): string {
  if (items.length <= 1) return items.join('');
  const separator = t('list.separator', PLAIN);
  const last = t('list.lastSeparator', PLAIN);
  return `${items.slice(0, -1).join(separator)}${last}${items[items.length - 1] ?? ''}`;
}

function reasonText(reason: MatchReason, t: TFunction): string | undefined {
  switch (reason.kind) {
    case 'topic':
      return undefined;
    case 'words':
      return t('why.words', { ...PLAIN, words: list(reason.words.map((word) => `“${word}”`), t) });
    case 'forCarers':
      return t('why.forCarers', PLAIN);
    case 'ages':
      if (reason.min !== undefined && reason.max !== undefined) {
        return t('why.agesRange', { ...PLAIN, min: reason.min, max: reason.max });
      }
      if (reason.min !== undefined) return t('why.agesFrom', { ...PLAIN, min: reason.min });
      return t('why.agesUpTo', { ...PLAIN, max: reason.max });
    case 'nearby':
      return t('why.nearby', { ...PLAIN, district: reason.district });
    case 'area':
      return t('why.area', { ...PLAIN, area: list(reason.areas, t) });
    case 'free':
      return t('why.free', PLAIN);
  }
}

/** A date as people write it in the person's language ("13 April 2023", "13 Ebrill 2023"). */
function formatDate(isoDate: string, t: TFunction): string {
  const locale = t('format.dateLocale', PLAIN);
  const date = new Date(`${isoDate}T00:00:00Z`);
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return isoDate;
  }
}

function warningText(warning: MatchWarning, t: TFunction): string {
  switch (warning.kind) {
    case 'stale':
      return t('warnings.stale', { ...PLAIN, date: formatDate(warning.assuredDate, t) });
    case 'notAssured':
      return t('warnings.notAssured', PLAIN);
    case 'alert':
      return t('warnings.alert', { ...PLAIN, text: warning.text });
    case 'temporarilyClosed':
      return t('warnings.temporarilyClosed', PLAIN);
  }
}

/**
 * Renders a match's reasons and warnings in the person's language (a `t` fixed to their language and the
 * `knowledge` namespace): "Helps with dementia and support for carers; for unpaid carers; free".
 */
export function describeMatch(match: ServiceMatch, t: TFunction): MatchDescription {
  const topics = match.reasons.flatMap((reason) => (reason.kind === 'topic' ? [t(`topics.${reason.topic}`, PLAIN)] : []));
  const parts: string[] = [];
  if (topics.length > 0) parts.push(t('why.topics', { ...PLAIN, topics: list(topics, t) }));
  for (const reason of match.reasons) {
    const text = reasonText(reason, t);
    if (text) parts.push(text);
  }
  const joined = parts.length > 0 ? parts.join(t('why.separator', PLAIN)) : t('why.fallback', PLAIN);
  return {
    why: joined.charAt(0).toLocaleUpperCase() + joined.slice(1),
    warnings: match.warnings.map((warning) => warningText(warning, t)),
  };
}
