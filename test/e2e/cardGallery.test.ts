import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeGallery } from '../../scripts/cards.js';
import type { GalleryResult } from '../cards/galleryPage.js';
import { cardSamples, sampleSlug } from '../cards/samples.js';
import { launchBrowser, screenshotDir } from './support/index.js';
import { unreadableText } from './support/cardLayout.js';

/** Teams' narrowest card: a phone in portrait. */
const NARROW = 320;
const shotsDir = path.join(screenshotDir, `cards-${NARROW}px`);

/**
 * Cards that are known not to be readable at 320 px yet, with the reason; their narrow-width check is
 * expected to fail (it.fails). When one is fixed its test turns red: then remove it from this list.
 */
const KNOWN_NARROW_PROBLEMS: Record<string, string> = {};

/** Cards the renderer reports problems for, with the reason (expected to fail, as above). */
const KNOWN_RENDER_PROBLEMS: Record<string, string> = {};

describe(`the card gallery in Chromium (official adaptivecards renderer, Teams host config, ${NARROW} px wide)`, () => {
  let browser: Browser;
  let page: Page;
  let results: Map<string, GalleryResult>;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const { file } = await writeGallery();
    await mkdir(shotsDir, { recursive: true });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: NARROW, height: 900 }, locale: 'nl-NL' });
    await page.route(/^https?:/, (route) => route.abort('blockedbyclient')); // the page needs no network
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('console', (msg) => void (msg.type() === 'error' && pageErrors.push(msg.text())));
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(() => (window as unknown as { galleryDone?: boolean }).galleryDone === true, undefined, { timeout: 30_000 });
    const list = await page.evaluate(() => (window as unknown as { galleryResults: GalleryResult[] }).galleryResults);
    results = new Map(list.map((r) => [r.name, r]));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loads the renderer and renders every sample without script errors', () => {
    expect(pageErrors).toEqual([]);
    expect([...results.keys()]).toEqual(cardSamples.map((s) => s.name));
  });

  describe.each(cardSamples.map((s) => [s.name, s] as const))('%s', (name, sample) => {
    const section = () => page.locator(`#sample-${sampleSlug(sample)}`);

    const renders = KNOWN_RENDER_PROBLEMS[name] ? it.fails : it;
    renders(`parses, validates and renders without problems${KNOWN_RENDER_PROBLEMS[name] ? ` (known: ${KNOWN_RENDER_PROBLEMS[name]})` : ''}`, async () => {
      expect(results.get(name)?.problems).toEqual([]);
      await expect(section().locator('.ac-adaptiveCard').count()).resolves.toBeGreaterThan(0);
    });

    const readable = KNOWN_NARROW_PROBLEMS[name] ? it.fails : it;
    readable(`shows all its text at ${NARROW} px: nothing cut off, no word broken${KNOWN_NARROW_PROBLEMS[name] ? ` (known: ${KNOWN_NARROW_PROBLEMS[name]})` : ''}`, async () => {
      const card = section().locator('.card-host');
      await card.screenshot({ path: path.join(shotsDir, `${sampleSlug(sample)}.png`) });
      const problems = await unreadableText(section().locator('.card-host > .ac-adaptiveCard'));
      expect(problems).toEqual([]);
    });
  });
});
