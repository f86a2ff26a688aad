import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Route } from '../../bot/http.js';
import { createDirectLineRoutes, type DirectLineOptions } from '../../bot/directLine/index.js';
import { DirectLineTestClient } from './directLineClient.js';
import { startFakeBot, type FakeBot } from './fakeBot.js';
import { startRouteServer, type TestServer } from './routeServer.js';

/** A Direct Line endpoint on a real port, a fake bot behind it, a client in front, and a hand-turned clock. */
export interface Harness {
  readonly client: DirectLineTestClient;
  readonly bot: FakeBot;
  readonly dataDir: string;
  /** Milliseconds since the epoch as the endpoint sees them; tests move it forward instead of waiting. */
  clock: number;
  /** Replaces the routes with a fresh instance on the same data folder, as a server restart does. */
  restart(): void;
  close(): Promise<void>;
}

/** Starts the harness; `extra` overrides endpoint options (limits, lifetimes). */
export async function startHarness(extra: Partial<DirectLineOptions> = {}): Promise<Harness> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'directline-test-'));
  const bot = await startFakeBot();
  const state = { clock: Date.UTC(2026, 0, 5, 10, 0, 0) };
  let server: TestServer | undefined;
  const make = (): Route[] =>
    createDirectLineRoutes({
      messagesUrl: () => bot.messagesUrl,
      selfUrl: () => server?.url ?? '',
      dataDir,
      now: () => state.clock,
      log: () => undefined,
      ...extra,
    });
  let routes = make();
  server = await startRouteServer(() => routes);
  const running = server;
  return {
    client: new DirectLineTestClient(running.url),
    bot,
    dataDir,
    get clock() {
      return state.clock;
    },
    set clock(value: number) {
      state.clock = value;
    },
    restart() {
      routes = make();
    },
    async close() {
      await running.close();
      await bot.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
