/**
 * Framework-neutral HTTP routes. Everything that serves HTTP (Direct Line, Web Chat page, health, staff API) is written
 * as plain handlers against these types; `server.ts` is the only file that knows restify and adapts them. A later move
 * off restify (or onto the Microsoft 365 Agents SDK's hosting) then touches one file.
 */

/** A parsed HTTP request, as a handler sees it. */
export interface HttpRequest {
  readonly method: string;
  /** Path without the query string. */
  readonly path: string;
  /** Values of `:name` segments in the route path. */
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** Parsed JSON body (or undefined). Oversized and malformed bodies are refused before a handler runs. */
  readonly body: unknown;
}

/** What a handler answers: JSON for objects, bytes or text as given. */
export interface HttpResponse {
  readonly status: number;
  /** A plain object or array is sent as JSON; a string or Buffer is sent as is with `contentType`. */
  readonly body?: unknown;
  readonly contentType?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A plain async handler. It must not throw for bad input: it answers 4xx instead. */
export type HttpHandler = (request: HttpRequest) => Promise<HttpResponse>;

/** One route: method, restify-style path (`/v3/directline/conversations/:conversationId`), handler. */
export interface Route {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly handler: HttpHandler;
}

/** A JSON error body in one shape everywhere. */
export function errorResponse(status: number, code: string, message: string): HttpResponse {
  return { status, body: { error: { code, message } } };
}
