import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exited, projectRoot } from '../../scripts/lib/playgroundStack.mjs';
import { codeBlocks, README } from '../readme/readme.js';
import {
  cardButton,
  cardCount,
  chooseOption,
  Demo,
  freePort,
  launchBrowser,
  newPage,
  openChannel,
  openPersonalChat,
  postWithMention,
  pressAndWait,
  screenshot,
  sendInChat,
  waitForCard,
  waitForReply,
  JOURNEY_VIEWPORT,
} from './support/index.js';

/** The "Probeer het zelf" section of the README: what a newcomer reads and runs. */
const tryIt = README.slice(README.indexOf('## Probeer het zelf'), README.indexOf('\n## ', README.indexOf('## Probeer het zelf') + 5));
const [startCommand, asCommand] = codeBlocks('sh', tryIt).map((b) => b.trim());

/** The README's command without `npm ci`, which the test run has done already: ['npm', 'run', 'playground', …]. */
function readmeCommand(line: string | undefined): string[] {
  const parts = (line ?? '').split('&&').map((p) => p.trim()).filter((p) => p !== 'npm ci');
  expect(parts, `one command after "npm ci" in: ${line}`).toHaveLength(1);
  return parts[0]!.split(/\s+/);
}

/** A process started as the README says, in its own process group, with its output kept. */
interface Started {
  child: ChildProcess;
  output: string[];
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
}

/**
 * The front door: `npm run playground` exactly as the README's "Probeer het zelf" says, with nothing set
 * up beforehand but free ports and an empty data folder (other runs share this machine), and then one
 * step of every journey in the playground, as the README's tables describe them. A second playground
 * (`npm run playground -- --as lotte`) plays the professional who asks advice.
 */
describe('the front door: npm run playground, as the README says, and every journey at once', () => {
  let dataDir: string;
  let browser: Browser;
  let page: Page;
  const started: Started[] = [];
  let botUrl = '';
  let playgroundUrl = '';
  let token = '';
  const env: Record<string, string> = { TEAMSAPPTESTER_BROWSER: 'none' };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'vt-front-door-'));
    Object.assign(env, { PORT: String(await freePort()), PLAYGROUND_PORT: String(await freePort()), DATA_DIR: dataDir });
    const main = start(readmeCommand(startCommand), env);
    started.push(main);
    const banner = await main.waitFor(/Step by step: README/, 240_000);
    expect(banner).toBeTruthy();
    const text = main.output.join('\n');
    playgroundUrl = /Agents Playground: (http:\S+)/.exec(text)![1]!;
    botUrl = /Bot: (http:\S+)/.exec(text)![1]!;
    token = /Bearer ([^"\s]+)/.exec(text)![1]!;
    browser = await launchBrowser();
    page = await newPage(browser, playgroundUrl);
    await page.setViewportSize(JOURNEY_VIEWPORT);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    for (const s of started.reverse()) await stop(s.child);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('says in its banner what is ready and what to type first, and the bot printed no deprecation warning', () => {
    const text = started[0]!.output.join('\n');
    expect(text).toContain('channel "General" is linked as Veilig Thuis');
    expect(text).toContain('channel "Gemeente Heerlen" is linked as gemeente Heerlen');
    expect(text).toContain('VT-DEMO-0001');
    expect(text).toMatch(/Type first, in Personal Chat: wat doe ik bij een signaal\?/);
    const botLines = started[0]!.output.filter((l) => l.startsWith('[bot]'));
    expect(botLines.join('\n')).not.toMatch(/DeprecationWarning|DEP0\d{3}|process\.binding/);
  });

  it('signalering: "wat doe ik bij een signaal?" in the personal chat starts the meldcode walk in a card', async ({ onTestFailed }) => {
    onTestFailed(() => reportFailure(page, 'front-door-meldcode-failed'));
    const pane = await openPersonalChat(page);
    const before = await cardCount(pane);
    await sendInChat(page, 'wat doe ik bij een signaal?');
    const card = await waitForCard(pane, /\S/, { after: before });
    await expect(card.getByRole('button').count()).resolves.toBeGreaterThan(0);
  });

  it('routeertafel: "agenda" in Gemeente Heerlen shows the demo handovers at once, and a handover is confirmed in place', async ({ onTestFailed }) => {
    onTestFailed(() => reportFailure(page, 'front-door-routeertafel-failed'));
    await openChannel(page, Demo.gemeenteChannel);
    const sent = await postWithMention(page, Demo.botName, 'agenda');
    const agenda = await waitForCard(sent.scope, 'VT-DEMO-0001');
    expect(await agenda.innerText()).toContain('Routeertafel Heerlen');

    await cardButton(agenda, 'Overdracht bevestigen').click();
    await agenda.getByRole('textbox', { name: /^Casusregisseur/ }).first().fill('Ruud Bemelmans');
    await agenda.getByRole('textbox', { name: /^Team/ }).first().fill('Wijkteam Heerlen-Noord');
    await pressAndWait(agenda, 'Bevestigen', /Bevestigd door Sanne Hendriks/);
  });

  it('intake via the API: the token the banner prints takes a case in', async () => {
    const res = await fetch(`${botUrl}/api/cases`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        reference: 'VT-E2E-0001',
        gemeente: 'Heerlen',
        route: 'directe-overdracht',
        urgent: false,
        meldingOn: '2026-11-16',
        beoordeeldOn: '2026-11-18',
        summary: 'Spanningen thuis; hulp via wijkteam gewenst.',
        veiligheidsplan: true,
        betrokkenenGeinformeerd: true,
        vtContact: 'Frontoffice VT',
      }),
    });
    expect(res.status).toBe(201);
  });

  it('status: "@… status" in Gemeente Heerlen says the channel is linked to gemeente Heerlen', async ({ onTestFailed }) => {
    onTestFailed(() => reportFailure(page, 'front-door-status-failed'));
    await openChannel(page, Demo.gemeenteChannel);
    const sent = await postWithMention(page, Demo.botName, 'status');
    await waitForReply(sent, ['gemeente Heerlen']);
  });

  it('advies: Lotte asks in her own playground (--as lotte); the ticket arrives in General, where Sanne claims it', async ({ onTestFailed }) => {
    let lottePage: Page | undefined;
    onTestFailed(() => reportFailure(lottePage ?? page, 'front-door-advice-failed'));
    const second = start(readmeCommand(asCommand), { ...env, PLAYGROUND_PORT: String(await freePort()) });
    started.push(second);
    const url = (await second.waitFor(/Second Agents Playground: (http:\S+)/, 60_000))[1]!;
    lottePage = await newPage(browser, url);
    await lottePage.setViewportSize(JOURNEY_VIEWPORT);

    const pane = await openPersonalChat(lottePage);
    const before = await cardCount(pane);
    await sendInChat(lottePage, 'advies vragen');
    const form = await waitForCard(pane, 'Advies vragen aan Veilig Thuis', { after: before });
    await form.getByRole('textbox', { name: /Je vraag/ }).fill('Een leerling komt de laatste weken vaker met blauwe plekken op school. Wat is verstandig als volgende stap?');
    await chooseOption(form, /Jouw sector/, 'Onderwijs');
    await chooseOption(form, /Gemeente waar het om gaat/, 'Heerlen');
    await form.getByRole('radio', { name: 'Vandaag' }).check();
    await form.getByRole('radio', { name: 'In deze chat' }).check();
    const ack = await pressAndWait(form, 'Versturen', /adviesvraag #\d+ is verstuurd/);
    const number = /adviesvraag #(\d+)/.exec(ack)![1]!;

    const channel = await openChannel(page, Demo.generalChannel);
    const post = channel.getByRole('group').filter({ hasText: `Adviesvraag #${number}` }).first();
    const ticket = await waitForCard(post, `Adviesvraag #${number}`);
    expect(await ticket.innerText()).toContain('Lotte Janssen');
    await pressAndWait(ticket, 'Oppakken', /Opgepakt door\s*Sanne Hendriks/);
  });

  function reportFailure(p: Page, name: string): Promise<void> {
    return screenshot(p, name)
      .catch(() => 'none')
      .then((file) => console.error(`screenshot: ${file}\n--- npm run playground output ---\n${started.map((s) => s.output.slice(-80).join('\n')).join('\n---\n')}`));
  }
});

/** Starts `command` in the project folder, as a newcomer's shell would, in its own process group. */
function start(command: string[], env: Record<string, string>): Started {
  // As on a newcomer's machine: CI's DATABASE_URL (for the PostgreSQL suites) is not part of the README's steps.
  const { DATABASE_URL: _ciDatabase, ...machine } = process.env;
  const child = spawn(command[0]!, command.slice(1), { cwd: projectRoot, env: { ...machine, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const output: string[] = [];
  const waiters: { pattern: RegExp; resolve: (m: RegExpExecArray) => void }[] = [];
  const take = (line: string) => {
    output.push(line);
    if (process.env.E2E_VERBOSE === '1') process.stdout.write(`${line}\n`);
    for (const w of [...waiters]) {
      const m = w.pattern.exec(line);
      if (m) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  };
  for (const stream of [child.stdout, child.stderr]) createInterface({ input: stream! }).on('line', take);
  return {
    child,
    output,
    waitFor: (pattern, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        const seen = output.map((l) => pattern.exec(l)).find(Boolean);
        if (seen) return resolve(seen);
        const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms:\n${output.slice(-40).join('\n')}`)), timeoutMs);
        waiters.push({ pattern, resolve: (m) => (clearTimeout(timer), resolve(m)) });
        void exited(child).then(({ code }) => reject(new Error(`${command.join(' ')} exited (code ${code}) before ${pattern}:\n${output.slice(-40).join('\n')}`)));
      }),
  };
}

/** Ctrl+C for the whole process group (npm and the script; the script stops the bot and the playground). */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = exited(child);
  process.kill(-child.pid!, 'SIGINT');
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 20_000);
  await done;
  clearTimeout(timer);
}
