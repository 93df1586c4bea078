import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { projectRoot } from '../../../scripts/lib/playgroundStack.mjs';

/** Debian's Chromium (`apt-get install -y chromium`); no browser can be downloaded here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Without the background-networking flags Chromium keeps dialling Google hosts that this network refuses. */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const screenshotDir = path.join(projectRoot, 'test-output/e2e');

/** Headless Chromium; Playwright gives every launch a fresh, temporary --user-data-dir. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}

/**
 * A page sized like a laptop screen, so screenshots show the conversation and the log panel.
 * Requests off this machine are refused: the playground page asks a CDN for fonts and animations,
 * which would make the run (and its screenshots) depend on the network. The page itself takes
 * about 10 s to load here: its 9 MB script is parsed and run on a busy 2-core machine.
 */
export async function newPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  await page.route(
    (requested) => !isLocal(requested),
    (route) => route.abort('blockedbyclient'),
  );
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

function isLocal(url: URL): boolean {
  return url.protocol === 'data:' || url.protocol === 'blob:' || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** Saves test-output/e2e/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
