import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpRequest, Route } from '../../bot/http.js';

/** A running test server. */
export interface TestServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Largest body the test adapter reads, well above the endpoint's own 64 KB limit so the endpoint's check is tested. */
const READ_LIMIT = 1024 * 1024;

/** The listening port; node types the address loosely because pipes have none. */
export function portOf(address: AddressInfo | string | null): number {
  if (address === null || typeof address === 'string') throw new Error('the server is not listening on TCP');
  return address.port;
}

function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of want.entries()) {
    const actual = got[index] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(actual);
    else if (part !== actual) return undefined;
  }
  return params;
}

/**
 * Serves `Route[]` on node:http at port 0, as `bot/server.ts` does with restify, so the routes are tested through
 * real HTTP without depending on the server file. `routes` is a getter so a test can swap in a "restarted" instance.
 */
export async function startRouteServer(routes: () => readonly Route[]): Promise<TestServer> {
  const server = http.createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    let size = 0;
    incoming.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= READ_LIMIT) chunks.push(chunk);
    });
    incoming.on('end', () => {
      void (async () => {
        const url = new URL(incoming.url ?? '/', 'http://localhost');
        const found = routes()
          .filter((route) => route.method === incoming.method)
          .map((route) => ({ route, params: matchPath(route.path, url.pathname) }))
          .find((candidate) => candidate.params !== undefined);
        if (found === undefined || found.params === undefined) {
          outgoing.writeHead(404).end();
          return;
        }
        const text = Buffer.concat(chunks).toString('utf8');
        const headers: Record<string, string | undefined> = {};
        for (const [name, value] of Object.entries(incoming.headers)) headers[name] = Array.isArray(value) ? value.join(',') : value;
        const request: HttpRequest = {
          method: incoming.method ?? 'GET',
          path: url.pathname,
          params: found.params,
          query: Object.fromEntries(url.searchParams),
          headers,
          body: text === '' ? undefined : JSON.parse(text),
        };
        const response = await found.route.handler(request);
        const isRaw = typeof response.body === 'string' || Buffer.isBuffer(response.body);
        outgoing.writeHead(response.status, {
          'content-type': isRaw ? (response.contentType ?? 'text/plain') : 'application/json',
          ...response.headers,
        });
        outgoing.end(isRaw ? response.body : response.body === undefined ? undefined : JSON.stringify(response.body));
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${portOf(server.address())}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets from fetch would otherwise hold the close open for seconds.
        server.closeAllConnections();
      }),
  };
}
