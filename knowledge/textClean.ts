/**
 * Cleaning for text that councils publish: descriptions arrive as HTML fragments with entities, labels with stray
 * spaces. Everything the importer keeps goes through here so the bot never shows markup to a resident.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  pound: '£',
  euro: '€',
  copy: '©',
  reg: '®',
  trade: '™',
  bull: '•',
  middot: '·',
  deg: '°',
  frac12: '½',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  acirc: 'â',
  ecirc: 'ê',
  icirc: 'î',
  ocirc: 'ô',
  ucirc: 'û',
  wcirc: 'ŵ',
  ycirc: 'ŷ',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  iuml: 'ï',
  euml: 'ë',
  ccedil: 'ç',
};

/** Decodes HTML character references: the common named ones, decimal and hex. Unknown names are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return safeCodePoint(Number.parseInt(ref.slice(2), 16), whole);
    if (ref.startsWith('#')) return safeCodePoint(Number.parseInt(ref.slice(1), 10), whole);
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/**
 * Turns an HTML fragment into plain text: block ends become line breaks (so headings and list items stay apart),
 * tags go, entities are decoded, runs of spaces collapse and blank lines are trimmed.
 */
export function htmlToText(html: string): string {
  const withBreaks = html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|tr|ul|ol|table|blockquote)>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n• ')
    .replace(/<[^>]*>/g, ' ');
  return decodeEntities(withBreaks)
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v]+/g, ' ').trim())
    .filter((line) => line.length > 0 && line !== '•')
    .join('\n');
}

/** A short label (name, audience, area): markup and entities removed, whitespace collapsed to single spaces. */
export function cleanLabel(raw: string): string {
  return htmlToText(raw).replace(/\s+/g, ' ').trim();
}

/** A label or undefined when nothing is left after cleaning. */
export function optionalLabel(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const cleaned = cleanLabel(raw);
  return cleaned.length > 0 ? cleaned : undefined;
}
