import restify, { type Request, type Response } from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { HttpRequest, HttpResponse, Route } from './http.js';
import { describeError, type Logger } from './logger.js';
import type { TurnContext } from 'botbuilder';

/** The largest request body any route takes. Bigger ones get 413 before any handler sees them. */
export const MAX_REQUEST_BYTES = 64 * 1024;

/** What the server needs: the bot and its adapter for `/api/messages`, and every other route as plain handlers. */
export interface ServerParts {
  readonly adapter: CloudAdapter;
  /** Anything that runs a turn: the Care Navigator bot, or an echo bot in the benchmark. */
  readonly bot: { run(context: TurnContext): Promise<void> };
  readonly routes: readonly Route[];
  readonly logger: Logger;
}

function toHttpRequest(request: Request): HttpRequest {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  const query: Record<string, string> = {};
  for (const [name, value] of Object.entries((request.query ?? {}) as Record<string, unknown>)) {
    if (typeof value === 'string') query[name] = value;
  }
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries((request.params ?? {}) as Record<string, unknown>)) {
    if (typeof value === 'string') params[name] = value;
  }
  return { method: request.method ?? 'GET', path: request.getPath(), params, query, headers, body: request.body as unknown };
}

function send(response: Response, answer: HttpResponse): void {
  for (const [name, value] of Object.entries(answer.headers ?? {})) response.header(name, value);
  if (answer.body === undefined) {
    response.status(answer.status);
    response.end();
  } else if (typeof answer.body === 'string' || Buffer.isBuffer(answer.body)) {
    response.writeHead(answer.status, { 'Content-Type': answer.contentType ?? 'text/plain; charset=utf-8' });
    response.end(answer.body);
  } else {
    response.writeHead(answer.status, { 'Content-Type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(answer.body));
  }
}

/**
 * The restify server: the only file that knows restify. Bodies are parsed as JSON with a size limit, so malformed
 * or oversized requests get a clear 4xx and never reach the bot. `/api/messages` goes to botbuilder's CloudAdapter
 * (which also answers `deliveryMode: "expectReplies"` with the replies in the body).
 */
export function createServer(parts: ServerParts): restify.Server {
  const server = restify.createServer({ name: 'care-navigator', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_REQUEST_BYTES, mapParams: false, rejectUnknown: false }));

  server.post('/api/messages', async (request: Request, response: Response) => {
    try {
      await parts.adapter.process(request, response, (context) => parts.bot.run(context));
    } catch (error) {
      parts.logger.log('error', 'messages.failed', describeError(error));
      if (!response.headersSent) send(response, { status: 500, body: { error: { code: 'internal', message: 'The bot could not take this message.' } } });
    }
  });

  for (const route of parts.routes) {
    const handle = async (request: Request, response: Response): Promise<void> => {
      try {
        send(response, await route.handler(toHttpRequest(request)));
      } catch (error) {
        parts.logger.log('error', 'route.failed', { route: route.path, ...describeError(error) });
        send(response, { status: 500, body: { error: { code: 'internal', message: 'Something went wrong on our side.' } } });
      }
    };
    if (route.method === 'GET') server.get(route.path, handle);
    else if (route.method === 'POST') server.post(route.path, handle);
    else if (route.method === 'PUT') server.put(route.path, handle);
    else server.del(route.path, handle);
  }

  // Malformed JSON, oversized bodies and unknown paths answer in the same JSON shape as everything else.
  server.on('restifyError', (request: Request, response: Response, error: { statusCode?: number; message?: string; name?: string }, callback: () => void) => {
    const status = error.statusCode ?? 500;
    parts.logger.log(status >= 500 ? 'error' : 'info', 'request.refused', { status, path: request.getPath(), errorName: error.name });
    response.contentType = 'application/json';
    (error as { toJSON?: () => unknown }).toJSON = () => ({ error: { code: error.name ?? 'error', message: error.message ?? 'Bad request' } });
    callback();
  });
  return server;
}
