import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { i18n } from 'i18next';
import type { HttpRequest, HttpResponse, Route } from '../http.js';
import { contentSecurityPolicy, createNonce, SECURITY_HEADERS } from './contentSecurityPolicy.js';
import { renderPage } from './pageHtml.js';
import { loadWebChatBundle, type WebChatBundle } from './webChatBundle.js';

/** Options of {@link createWebChatRoutes}. */
export interface WebChatOptions {
  /** Shown in the page header and title (HTML-escaped). */
  readonly councilName: string;
  /** The page's words come from the `page` namespace, in English or Welsh. */
  readonly localiser: i18n;
}

/** The page's language: `?lang=` if given, else Welsh when the browser puts Welsh first, else English. */
export function pageLanguage(request: HttpRequest): 'en' | 'cy' {
  const asked = request.query.lang;
  if (asked === 'cy' || asked === 'en') return asked;
  const first = (request.headers['accept-language'] ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('cy') ? 'cy' : 'en';
}

const PUBLIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public');

function readPublic(name: string): Buffer {
  return fs.readFileSync(path.join(PUBLIC_DIR, name));
}

function acceptsGzip(request: HttpRequest): boolean {
  return /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
}

/**
 * The Web Chat page: `GET /` (the council page), `GET /webchat.js` (Web Chat's UMD bundle from node_modules, no CDN),
 * `GET /page.js` and `GET /page.css` (the page's own script and styles).
 */
export function createWebChatRoutes(options: WebChatOptions): Route[] {
  const pageScript = readPublic('page.js');
  const pageStyles = readPublic('page.css');
  let bundle: WebChatBundle | undefined;

  const page = async (request: HttpRequest): Promise<HttpResponse> => {
    const nonce = createNonce();
    const language = pageLanguage(request);
    const t = options.localiser.getFixedT(language, 'page');
    return {
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: renderPage({ councilName: options.councilName, styleNonce: nonce, language, t: (key, values) => t(key, values ?? {}) }),
      // The nonce changes per response, so the page itself must not be cached.
      headers: {
        ...SECURITY_HEADERS,
        'Content-Security-Policy': contentSecurityPolicy(nonce),
        'Cache-Control': 'no-store',
        'Content-Language': language,
        Vary: 'Accept-Language',
      },
    };
  };

  const asset = (body: Buffer, contentType: string) => async (): Promise<HttpResponse> => ({
    status: 200,
    contentType,
    body,
    headers: { ...SECURITY_HEADERS, 'Cache-Control': 'no-cache' },
  });

  const webChatScript = async (request: HttpRequest): Promise<HttpResponse> => {
    bundle ??= loadWebChatBundle();
    const etag = `"webchat-${bundle.version}"`;
    const headers = { ...SECURITY_HEADERS, 'Cache-Control': 'public, max-age=86400', ETag: etag, Vary: 'Accept-Encoding' };
    if (request.headers['if-none-match'] === etag) return { status: 304, headers };
    const gzip = acceptsGzip(request);
    return {
      status: 200,
      contentType: 'application/javascript; charset=utf-8',
      body: gzip ? bundle.gzipped : bundle.plain,
      headers: gzip ? { ...headers, 'Content-Encoding': 'gzip' } : headers,
    };
  };

  return [
    { method: 'GET', path: '/', handler: page },
    { method: 'GET', path: '/webchat.js', handler: webChatScript },
    { method: 'GET', path: '/page.js', handler: asset(pageScript, 'application/javascript; charset=utf-8') },
    { method: 'GET', path: '/page.css', handler: asset(pageStyles, 'text/css; charset=utf-8') },
  ];
}
