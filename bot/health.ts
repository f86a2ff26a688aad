import type { Route } from './http.js';

/** What the health check reports on. */
export interface HealthSources {
  readonly version: string;
  readonly serviceCount: number;
  readonly storage: { isWritable(): Promise<boolean> };
}

/**
 * `GET /healthz`: 200 with the version, the directory's service count and whether storage takes writes; 503 when
 * the bot could not serve a conversation (no services loaded, or storage not writable).
 */
export function healthRoute(sources: HealthSources): Route {
  return {
    method: 'GET',
    path: '/healthz',
    handler: async () => {
      const storageWritable = await sources.storage.isWritable().catch(() => false);
      const ready = storageWritable && sources.serviceCount > 0;
      return {
        status: ready ? 200 : 503,
        body: {
          status: ready ? 'ok' : 'unavailable',
          version: sources.version,
          directory: { loaded: sources.serviceCount > 0, services: sources.serviceCount },
          storage: { writable: storageWritable },
        },
        headers: { 'Cache-Control': 'no-store' },
      };
    },
  };
}
