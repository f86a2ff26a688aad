import { randomBytes } from 'node:crypto';

/** A fresh nonce for one page response. */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * SHA-256 of the empty string. Emotion (Web Chat's styling) adds an empty `<style>` element and fills it through the
 * CSSOM (`insertRule`), which CSP does not govern. Web Chat passes our nonce to its own emotion cache, but the
 * transcript's scroller (react-scroll-to-bottom) makes its own cache without one; allowing only the empty element's
 * hash lets its rules apply without `'unsafe-inline'`. Checked in Chromium: no CSP violation, transcript scrolls.
 */
const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/**
 * The page's Content-Security-Policy. Scripts only from this origin (the Web Chat bundle and the page script, no
 * inline script, no eval); style elements only with the per-response nonce (or empty, see above), never arbitrary
 * inline style. Network only to this origin (the local Direct Line).
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}' ${EMPTY_STYLE_HASH}`,
    "connect-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' blob:",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Headers every page asset gets, beside the CSP. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};
