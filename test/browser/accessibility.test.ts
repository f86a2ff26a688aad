import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../../bot/app.js';
import { loadConfig } from '../../bot/config.js';

const CHROMIUM = '/usr/bin/chromium';
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly nodes: ReadonlyArray<{ readonly target: readonly unknown[] }>;
}

/** Runs axe-core (WCAG 2.2 A and AA rules) on the page as it is now, and returns its serious and critical findings. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
}

describe.skipIf(!fs.existsSync(CHROMIUM))('the council page is accessible', () => {
  let dataDir: string;
  let app: Awaited<ReturnType<typeof startApp>>;
  let browser: Browser;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'webchat-a11y-'));
    app = await startApp(loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it.each([
    ['English, on a desktop', '/', { width: 1200, height: 900 }],
    ['Welsh, on a phone', '/?lang=cy', { width: 390, height: 844 }],
  ])('has no serious or critical WCAG 2.2 AA problems with the chat open (%s)', async (_name, address, viewport) => {
    // The test injects axe itself, which the page's strict CSP rightly forbids; only this test bypasses it.
    const context = await browser.newContext({ viewport, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${app.url}${address}`);
    await page.locator('.webchat__bubble').first().waitFor({ timeout: 20_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
