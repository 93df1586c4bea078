import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  Demo,
  launchBrowser,
  newPage,
  openChannel,
  openPersonalChat,
  postWithMention,
  screenshot,
  sendInChat,
  startPlaygroundStack,
  waitForReply,
  type PlaygroundStack,
} from './support/index.js';

// TODO(welcome card): once the welcome card has landed, accept only WELCOME_TITLE for "help" (drop FALLBACK_HINT).
const WELCOME_TITLE = 'Welkom bij de Veilig Thuis assistent';
/** The catch-all's answer, which "help" gets while no feature handles it. */
const FALLBACK_HINT = 'Typ "help"';

describe('the bot in the Agents Playground (a Teams-like client in headless Chromium)', () => {
  let stack: PlaygroundStack;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    stack = await startPlaygroundStack();
    browser = await launchBrowser();
    page = await newPage(browser, stack.playgroundUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('answers "help" in the personal chat', async ({ onTestFailed }) => {
    onTestFailed(() => reportFailure('personal-chat-help-failed'));

    await openPersonalChat(page);
    const sent = await sendInChat(page, 'help');
    const matched = await waitForReply(sent, [WELCOME_TITLE, FALLBACK_HINT]);
    await screenshot(page, 'personal-chat-help');

    if (matched === FALLBACK_HINT) console.warn(`"help" got the fallback answer, not the welcome card "${WELCOME_TITLE}" (yet).`);
    expect([WELCOME_TITLE, FALLBACK_HINT]).toContain(matched);
  });

  it(`answers "@${Demo.botName} status" in the "${Demo.gemeenteChannel}" channel`, async ({ onTestFailed }) => {
    onTestFailed(() => reportFailure('channel-status-failed'));

    await openChannel(page, Demo.gemeenteChannel);
    const sent = await postWithMention(page, Demo.botName, 'status');
    const matched = await waitForReply(sent, ['Status']);
    await screenshot(page, 'channel-gemeente-heerlen-status');

    expect(matched).toBe('Status');
  });

  async function reportFailure(name: string): Promise<void> {
    const file = page ? await screenshot(page, name).catch(() => 'none') : 'none';
    console.error(`screenshot: ${file}\n--- bot and playground output ---\n${stack?.logs() ?? ''}`);
  }
});
