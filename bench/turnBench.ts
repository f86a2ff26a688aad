import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ActivityHandler, type TurnContext } from 'botbuilder';
import { loadConfig } from '../bot/config.js';
import { createAdapter } from '../bot/adapter.js';
import { composeBot } from '../bot/composeBot.js';
import { createLogger } from '../bot/logger.js';
import { createServer } from '../bot/server.js';
import { createLocaliser } from '../dialogs/localiser.js';
import { percentile, printTable } from './benchTools.js';

/** The conversation each simulated person has: the quick path from hello to matches and a summary. */
const SCRIPT = ['hello', 'English', 'me', "I'm 82 and live alone in AT3. I keep falling and can't manage the stairs", 'see services now'];
const CONVERSATIONS = 40;
const CONCURRENCY = 8;

/** The smallest bot that answers: the baseline that shows what the server and adapter cost on their own. */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`You said: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

async function listen(bot: { run(context: TurnContext): Promise<void> }): Promise<{ url: string; close(): Promise<void> }> {
  const logger = createLogger('silent');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'care-navigator-bench-'));
  const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const server = createServer({ adapter: createAdapter(config, createLocaliser(), logger), bot, routes: [], logger });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => { rmSync(dataDir, { recursive: true, force: true }); resolve(); })),
  };
}

/** Runs every scripted conversation against a server, CONCURRENCY at a time, and returns each turn's latency in ms. */
async function drive(url: string, label: string): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  const started = performance.now();
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < CONVERSATIONS; index = next++) {
      for (const text of SCRIPT) {
        const before = performance.now();
        const response = await fetch(`${url}/api/messages`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            type: 'message',
            text,
            channelId: 'bench',
            serviceUrl: 'http://127.0.0.1:1',
            conversation: { id: `${label}-${index}` },
            from: { id: `user-${index}` },
            recipient: { id: 'bot' },
            deliveryMode: 'expectReplies',
          }),
        });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${label}: HTTP ${response.status}`);
        latencies.push(performance.now() - before);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

/**
 * Turns per second and p50/p95 turn latency through HTTP (expectReplies), for Care Navigator and for a bare echo bot
 * on the same server code in the same run. The ratio is what to compare between runs: the machines are shared.
 */
export default async function turnBench(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'care-navigator-bench-state-'));
  const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const composed = await composeBot(config, createLogger('silent'));
  const echo = await listen(new EchoBot());
  const navigator = await listen(composed.bot);
  // Warm up both (JIT, first file writes), then measure.
  await drive(echo.url, 'warm-echo');
  await drive(navigator.url, 'warm-navigator');
  const echoRun = await drive(echo.url, 'echo');
  const navigatorRun = await drive(navigator.url, 'navigator');
  await echo.close();
  await navigator.close();
  rmSync(dataDir, { recursive: true, force: true });
  const row = (name: string, run: { latencies: number[]; seconds: number }): string[] => [
    name,
    (run.latencies.length / run.seconds).toFixed(0),
    percentile(run.latencies, 50).toFixed(1),
    percentile(run.latencies, 95).toFixed(1),
  ];
  console.log(`\nTurns through HTTP with expectReplies: ${CONVERSATIONS} conversations x ${SCRIPT.length} turns, ${CONCURRENCY} at a time`);
  printTable(['bot', 'turns/s', 'p50 ms', 'p95 ms'], [row('echo bot', echoRun), row('Care Navigator', navigatorRun)]);
  const throughputRatio = echoRun.latencies.length / echoRun.seconds / (navigatorRun.latencies.length / navigatorRun.seconds);
  console.log(
    `Care Navigator vs echo: ${throughputRatio.toFixed(2)}x fewer turns/s, p50 ${(percentile(navigatorRun.latencies, 50) / percentile(echoRun.latencies, 50)).toFixed(2)}x, p95 ${(percentile(navigatorRun.latencies, 95) / percentile(echoRun.latencies, 95)).toFixed(2)}x`,
  );
}
