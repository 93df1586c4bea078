import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, newPage, screenshot } from './browser.js';
import { JOURNEY_VIEWPORT } from './cards.js';
import { startPlaygroundStack, type PlaygroundStack, type StackOptions } from './stack.js';

export interface Journey {
  readonly stack: PlaygroundStack;
  readonly page: Page;
  /** For `onTestFailed`: a screenshot of the page and the bot's and playground's output. */
  reportFailure(name: string): Promise<void>;
}

/**
 * The bot and the Agents Playground for one describe block, with a headless Chromium page on the
 * playground at the journeys' window size; started before its tests and stopped after them.
 */
export function playgroundJourney(options: StackOptions = {}): Journey {
  let stack: PlaygroundStack | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    stack = await startPlaygroundStack(options);
    browser = await launchBrowser();
    page = await newPage(browser, stack.playgroundUrl);
    await page.setViewportSize(JOURNEY_VIEWPORT);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });
  return {
    get stack() {
      return stack!;
    },
    get page() {
      return page!;
    },
    async reportFailure(name) {
      const file = page ? await screenshot(page, name).catch(() => 'none') : 'none';
      console.error(`screenshot: ${file}\n--- bot and playground output ---\n${stack?.logs() ?? ''}`);
    },
  };
}
