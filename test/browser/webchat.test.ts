import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../../bot/app.js';
import { loadConfig, type AppConfig } from '../../bot/config.js';
import { createLocaliser, LOCALES_DIR } from '../../dialogs/localiser.js';

const CHROMIUM = '/usr/bin/chromium';
const PHONE = { width: 390, height: 844 };
/** Generous for a shared 2-core machine; a wait that runs out means the text never came, not that it came late. */
const SEEN_WITHIN_MS = 20_000;

const localiser = createLocaliser();
const conversationText = localiser.getFixedT('en', 'conversation');
const commandText = localiser.getFixedT('en', 'commands');
const questionText = localiser.getFixedT('en', 'questions');

/** Web Chat renders Markdown with smart quotes; compare text as a reader would, not quote glyph by glyph. */
function plain(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/\u2026/g, '...').replace(/\s+/g, ' ').trim();
}

/** Bot bubbles in the transcript, in order, as text. */
async function botMessages(page: Page): Promise<string[]> {
  return page.locator('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content').allInnerTexts();
}

async function transcriptHas(page: Page, text: string): Promise<boolean> {
  const bubbles = await page.locator('.webchat__bubble__content').allInnerTexts();
  return bubbles.some((bubble) => plain(bubble).includes(plain(text)));
}

async function waitForText(page: Page, text: string): Promise<void> {
  await expect.poll(() => transcriptHas(page, text), { timeout: SEEN_WITHIN_MS }).toBe(true);
}

describe.skipIf(!fs.existsSync(CHROMIUM))('Web Chat in a real browser against the real app', () => {
  let dataDir: string;
  let config: AppConfig;
  let app: Awaited<ReturnType<typeof startApp>>;
  let browser: Browser;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'webchat-browser-'));
    config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    app = await startApp(config);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('greets, answers typed messages, and carries on after a reload, with no CSP violation', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'en-GB' });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/.test(message.text())) violations.push(message.text());
    });

    await page.goto(`${app.url}/`);
    await expect(page.title()).resolves.toContain(config.COUNCIL_NAME);
    await expect(page.getByRole('region', { name: 'Care Navigator chat' }).count()).resolves.toBe(1);
    const welcome = conversationText('welcome', { council: config.COUNCIL_NAME });
    await waitForText(page, welcome);

    // Keyboard only: the skip link takes the person straight to the message box.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toContain('skip-link');
    await page.keyboard.press('Enter');
    const helpWord = commandText('help').split('|')[0] ?? 'help';
    await page.keyboard.type(helpWord);
    await page.keyboard.press('Enter');
    await waitForText(page, conversationText('help'));

    // Answer the question being asked with one of its offered choices, typed rather than tapped (English, if the
    // language is being asked, so the rest of the test reads English text).
    await page.locator('.webchat__suggested-action').first().waitFor({ timeout: SEEN_WITHIN_MS });
    const choices = (await page.locator('.webchat__suggested-action').allInnerTexts()).map((label) => label.trim());
    const answer = choices.find((label) => label === questionText('language.choices.en')) ?? choices[0] ?? '';
    const before = (await botMessages(page)).length;
    await page.keyboard.type(answer);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await botMessages(page)).length, { timeout: SEEN_WITHIN_MS }).toBeGreaterThan(before);

    // The transcript follows the conversation: the newest message is in view without scrolling by hand.
    await expect
      .poll(
        () =>
          page.locator('.webchat__basic-transcript__scrollable').evaluate((scroller) => scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight),
        { timeout: SEEN_WITHIN_MS },
      )
      .toBeLessThan(2);
    await page.screenshot({ path: '/tmp/webchat-phone.png' });

    // The question now being asked, and how often it has been asked so far.
    const asked = await botMessages(page);
    const current = plain(asked.at(-1) ?? '');
    const timesAsked = (messages: string[]) => messages.filter((message) => plain(message) === current).length;
    const askedBefore = timesAsked(asked);

    await page.reload();
    // The same conversation comes back: the earlier messages are there, and the bot asks its current question again.
    await expect.poll(async () => timesAsked(await botMessages(page)), { timeout: SEEN_WITHIN_MS }).toBe(askedBefore + 1);
    await waitForText(page, welcome);
    await waitForText(page, conversationText('help'));
    expect(violations).toEqual([]);
    await context.close();
  });

  it('starts afresh when the person asks for a new conversation', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    const welcome = conversationText('welcome', { council: config.COUNCIL_NAME });
    await waitForText(page, welcome);
    const stored = await page.evaluate(() => window.localStorage.getItem('careNavigator.webChat.v1'));

    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: /new conversation/i }).click()]);
    await waitForText(page, welcome);
    const fresh = await page.evaluate(() => window.localStorage.getItem('careNavigator.webChat.v1'));
    expect(fresh).not.toBeNull();
    expect(fresh).not.toBe(stored);
    expect(await transcriptHas(page, conversationText('resumed'))).toBe(false);
    await context.close();
  });

  it('carries on where the person was after the server restarts', async () => {
    const state = await (async () => {
      const context = await browser.newContext({ viewport: PHONE, locale: 'en-GB' });
      const page = await context.newPage();
      await page.goto(`${app.url}/`);
      await waitForText(page, conversationText('welcome', { council: config.COUNCIL_NAME }));
      await page.locator('.webchat__suggested-action').first().waitFor({ timeout: SEEN_WITHIN_MS });
      const choices = (await page.locator('.webchat__suggested-action').allInnerTexts()).map((label) => label.trim());
      const before = (await botMessages(page)).length;
      await page.locator('.webchat__send-box-text-box__input').fill(choices.find((label) => label === questionText('language.choices.en')) ?? choices[0] ?? '');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await botMessages(page)).length, { timeout: SEEN_WITHIN_MS }).toBeGreaterThan(before);
      const current = plain((await botMessages(page)).at(-1) ?? '');
      const saved = await context.storageState();
      await context.close();
      return { current, saved };
    })();

    // Same port, so the page's origin (and its stored conversation) is the same; same data folder, as on a server.
    const port = new URL(app.url).port;
    await app.close();
    app = await startApp(loadConfig({ PORT: port, DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));

    const context = await browser.newContext({ viewport: PHONE, locale: 'en-GB', storageState: state.saved });
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await expect.poll(async () => (await botMessages(page)).map(plain), { timeout: SEEN_WITHIN_MS }).toContain(state.current);
    // Picked up, not started over: a lost conversation would be greeted from the beginning.
    expect(await transcriptHas(page, conversationText('welcome', { council: config.COUNCIL_NAME }))).toBe(false);
    await context.close();
  });

  // Runs once the Welsh conversation text exists; until then Welsh would fall back to English and prove nothing.
  it.skipIf(!fs.existsSync(path.join(LOCALES_DIR, 'cy', 'conversation.json')))('speaks Welsh to a browser set to Welsh', async () => {
    const welsh = localiser.getFixedT('cy', 'conversation')('welcome', { council: config.COUNCIL_NAME });
    expect(welsh).not.toBe(conversationText('welcome', { council: config.COUNCIL_NAME }));
    const context = await browser.newContext({ viewport: PHONE, locale: 'cy-GB' });
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await waitForText(page, welsh);
    await context.close();
  });
});
