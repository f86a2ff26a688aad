import fs from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { HttpRequest, HttpResponse, Route } from '../../bot/http.js';
import { createWebChatRoutes } from '../../bot/webChat/index.js';
import { webChatBundlePath } from '../../bot/webChat/webChatBundle.js';
import { escapeHtml } from '../../bot/webChat/pageHtml.js';
import { createLocaliser } from '../../dialogs/localiser.js';

function request(path: string, headers: Record<string, string>, query: Record<string, string>): HttpRequest {
  return { method: 'GET', path, params: {}, query, headers, body: undefined };
}

async function get(routes: Route[], path: string, headers: Record<string, string> = {}, query: Record<string, string> = {}): Promise<HttpResponse> {
  const route = routes.find((candidate) => candidate.method === 'GET' && candidate.path === path);
  if (route === undefined) throw new Error(`no route for ${path}`);
  return route.handler(request(path, headers, query));
}

function text(response: HttpResponse): string {
  if (typeof response.body === 'string') return response.body;
  if (Buffer.isBuffer(response.body)) return response.body.toString('utf8');
  throw new Error('the body is not text');
}

describe('Web Chat page routes', () => {
  const localiser = createLocaliser();
  const council = 'Anytown & <District> "Council"';
  const routes = createWebChatRoutes({ councilName: council, localiser });
  const page = (language: 'en' | 'cy', key: string): string =>
    escapeHtml(localiser.getFixedT(language, 'page')(key, { council }));

  it('shows the council name escaped in the title and header of an English page', async () => {
    const html = text(await get(routes, '/'));
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain(`<title>${page('en', 'title')}</title>`);
    expect(html).toContain('Anytown &#38; &#60;District&#62; &#34;Council&#34;');
    expect(html).not.toContain('<District>');
    expect(html).toContain('name="viewport"');
    expect(html).toMatch(/<a class="skip-link" href="#chat">/);
    expect(html).toMatch(/999/);
    expect(html).toMatch(/id="webchat"[^>]*aria-label="[^"]+"/);
  });

  it('is in Welsh for a browser that puts Welsh first, or when asked with ?lang=cy, and links to the other language', async () => {
    for (const response of [await get(routes, '/', { 'accept-language': 'cy-GB,cy;q=0.9,en;q=0.5' }), await get(routes, '/', {}, { lang: 'cy' })]) {
      const html = text(response);
      expect(html).toMatch(/<html lang="cy">/);
      expect(html).toContain(page('cy', 'heading'));
      expect(html).toContain(page('cy', 'emergencyStrong'));
      expect(html).toContain('data-locale="cy-GB"');
      expect(html).toContain('href="/?lang=en"');
    }
    const english = text(await get(routes, '/', { 'accept-language': 'en-GB,cy;q=0.5' }));
    expect(english).toContain(page('en', 'heading'));
    expect(english).toContain('href="/?lang=cy"');
  });

  it('sends a strict Content-Security-Policy whose style nonce is the one the page hands Web Chat', async () => {
    const response = await get(routes, '/');
    const policy = response.headers?.['Content-Security-Policy'] ?? '';
    const nonce = /data-style-nonce="([^"]+)"/.exec(text(response))?.[1];
    expect(nonce).toBeDefined();
    expect(policy).toContain(`'nonce-${nonce}'`);
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    const again = await get(routes, '/');
    expect(again.headers?.['Content-Security-Policy']).not.toBe(policy);
  });

  it('serves the installed Web Chat bundle, gzipped when the browser accepts it, and revalidates by version', async () => {
    const onDisk = fs.readFileSync(webChatBundlePath());
    const plain = await get(routes, '/webchat.js');
    expect(Buffer.isBuffer(plain.body) && plain.body.equals(onDisk)).toBe(true);

    const zipped = await get(routes, '/webchat.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.headers?.['Content-Encoding']).toBe('gzip');
    expect(Buffer.isBuffer(zipped.body) && gunzipSync(zipped.body).equals(onDisk)).toBe(true);

    const etag = plain.headers?.['ETag'] ?? '';
    expect((await get(routes, '/webchat.js', { 'if-none-match': etag })).status).toBe(304);
  });

  it('serves the page script and styles', async () => {
    expect(text(await get(routes, '/page.js'))).toContain('createDirectLine');
    expect((await get(routes, '/page.css')).contentType).toMatch(/^text\/css/);
  });
});
