import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/testBot.js';
import { Users } from '../helpers/activities.js';
import { runningClock } from '../dialogs/routeertafel/helpers.js';
import { seedDashboard } from '../dialogs/insight/seed.js';
import { docsImagesDir, launchBrowser, screenshotDir } from './support/index.js';

const require = createRequire(import.meta.url);

describe('the dashboard page in headless Chromium (local mode, development sign-in)', () => {
  let t: TestBot;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    t = await startTestBot({ clock: runningClock('2026-12-02T12:00:00Z') });
    await seedDashboard(t.store);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 420, height: 1400 }, locale: 'nl-NL' });
    await page.goto(`${t.url}/dashboard`);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  async function show(user: string, gemeente = '') {
    await page.fill('#user', user);
    await page.fill('#gemeente', gemeente);
    await page.selectOption('#window', 'maand');
    await page.click('button[type=submit]');
    await page.waitForSelector('#table-handovers');
  }

  it('shows a coordinator the charts and tables of every gemeente with the right numbers, the first chart within 1.5 s', async () => {
    const started = Date.now();
    await show(Users.coordinator.aadObjectId);
    await page.waitForSelector('#chart-handovers');
    expect(Date.now() - started).toBeLessThan(1_500);
    const bars = await page.evaluate(() => {
      const chart = (window as unknown as { Chart: { getChart(id: string): { data: { labels: string[]; datasets: { data: (number | null)[] }[] } } } }).Chart.getChart('chart-handovers');
      return Object.fromEntries(chart.data.labels.map((l, i) => [l, chart.data.datasets[0]!.data[i]]));
    });
    expect(bars).toMatchObject({ Heerlen: 6, Maastricht: null, Vaals: 0 });
    await expect(page.locator('#chart-handovers').getAttribute('aria-label')).resolves.toContain('De tabel "Overdrachten in deze periode" hieronder');
    const heerlen = await page.locator('#table-handovers tbody tr', { hasText: 'Heerlen' }).allInnerTexts();
    expect(heerlen[0]!.split('\t')).toEqual(['Heerlen', '6', '0', '3', '2', '100%', '100%', '0']);
    await expect(page.locator('#table-advice caption').innerText()).resolves.toBe('Adviesvragen in deze periode, per urgentie en per sector');
    const file = path.join(screenshotDir, 'dashboard.png');
    await mkdir(screenshotDir, { recursive: true });
    await page.screenshot({ path: file, fullPage: false });
    if (process.env.E2E_UPDATE_DOCS === '1') await copyFile(file, path.join(docsImagesDir, 'dashboard.png'));
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    await page.addScriptTag({ content: await readFile(require.resolve('axe-core/axe.min.js'), 'utf8') });
    const violations = await page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run();
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(violations).toEqual([]);
  });

  it('shows a gemeente tab only its own gemeente, and says why a colleague without a gemeente sees nothing', async () => {
    await show(Users.casusregisseur.aadObjectId, 'Heerlen');
    await expect(page.locator('#table-handovers tbody tr').allInnerTexts()).resolves.toHaveLength(1);
    await expect(page.locator('#table-advice').count()).resolves.toBe(0);
    await page.fill('#gemeente', '');
    await page.click('button[type=submit]');
    await expect.poll(() => page.locator('#status').innerText()).toMatch(/alleen de cijfers van je eigen gemeente/);
  });
});
