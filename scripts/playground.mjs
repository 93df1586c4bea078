#!/usr/bin/env node
// npm run playground: try the bot in a Teams-like client on your own machine, with no Azure and no tenant.
//
// Builds the bot, prepares the demo in the playground's own data folder (scripts/lib/demoData.ts: General
// linked as the Veilig Thuis channel, "Gemeente Heerlen" linked to Heerlen, three fictional handovers on
// Heerlen's next agenda, the folder marked DEMO-DATA.txt), starts the bot in local mode with the demo
// region (config/region.demo.json) and a demo intake token, then the Microsoft 365 Agents Playground
// pointing at it, and prints what is ready and what to type first.
//
//   npm run playground                  the bot and a playground in which you are Sanne Hendriks
//   npm run playground -- --as lotte    a second playground on the same bot, as Lotte (start the first one before)
//   npm run playground -- --eens VT-2026-0131 [--as ruud]   Ruud agrees with the proposal on a triage card
//
// Who is who (.m365agentsplayground.yml; region roles in config/region.demo.json):
//   Sanne Hendriks   current user: VT coördinator and VT adviseur
//   Maud Vossen      second VT adviseur
//   Ingrid Pluijmen  leidinggevende gemeente Heerlen
//   Lotte Janssen    leerkracht basisschool;  Ruud Bemelmans casusregisseur Heerlen;  Bas Keulen wijkteam
// Team "Veilig Thuis Zuid-Limburg": General (the Veilig Thuis channel in the demo) and "Gemeente Heerlen".
//
// Environment: PORT (bot, default 3978), DATA_DIR (default ./.playground), PLAYGROUND_PORT (default 56150,
// 56151 with --as), INTAKE_API_TOKEN (default: the demo token), M365_AGENTS_PLAYGROUND_LOGFILE (default
// <DATA_DIR>/agentsplayground.log). SCHEDULER, LOG_LEVEL and DATABASE_URL pass to the bot as usual (with
// DATABASE_URL no demo data is written); MicrosoftAppId is emptied: the playground talks to the bot
// without authentication. Ctrl+C stops both; when one of them stops, the other is stopped too.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { buildBot, demoRegionFile, exited, isPortFree, playgroundConfigFile, projectRoot, startBot, startPlayground, stopChild } from './lib/playgroundStack.mjs';

const botPort = Number(process.env.PORT || 3978);
const dataDir = process.env.DATA_DIR || './.playground';
const dataPath = path.resolve(projectRoot, dataDir);

/** name → the latest process of that name (a playground that exited at once is replaced by its retry). */
const children = new Map();
let stopping = false;

async function main() {
  const { values } = parseArgs({ options: { as: { type: 'string' }, eens: { type: 'string' } } });
  if (values.eens) return agree(values.as ?? 'ruud', values.eens);
  if (values.as) return second(values.as);

  const playgroundPort = Number(process.env.PLAYGROUND_PORT || 56150);
  if (!(await isPortFree(playgroundPort))) {
    throw new Error(`port ${playgroundPort} is taken (is another playground running?). Stop it, or set PLAYGROUND_PORT.`);
  }
  console.log('Building (tsc) …');
  const build = await buildBot();
  if (!build.ok) console.warn(`tsc reported errors (exit ${build.code}); starting the emitted build anyway.`);

  const { seedDemo, DEMO_INTAKE_TOKEN } = await importBuilt('scripts/lib/demoData.js');
  const intakeToken = process.env.INTAKE_API_TOKEN || DEMO_INTAKE_TOKEN;
  const botEnv = { REGION_FILE: demoRegionFile, DATA_DIR: dataDir, INTAKE_API_TOKEN: intakeToken };
  const demo = await seedDemo({ ...process.env, ...botEnv, PORT: String(botPort) }, playgroundConfigFile, `http://localhost:${playgroundPort}/_connector`);

  const bot = await startBot({ port: botPort, env: botEnv, detached: true, onSpawn: track('bot') });
  const logFile = process.env.M365_AGENTS_PLAYGROUND_LOGFILE || path.join(dataPath, 'agentsplayground.log');
  const playground = await startPlayground({ endpoint: bot.endpoint, port: playgroundPort, logFile, openBrowser: true, detached: true, onSpawn: track('playground') });
  if (playground.port !== playgroundPort) console.warn(`The playground took port ${playground.port}: the demo channels point at ${playgroundPort}. Post once in each channel to move them.`);

  const config = readPlaygroundConfig();
  const { bannerLines } = await importBuilt('scripts/lib/playgroundBanner.js');
  const lines = bannerLines({
    playgroundUrl: playground.url,
    botUrl: bot.url,
    dataDir,
    you: await describe(config, config.currentUser),
    botName: config.bot.name,
    intakeToken: { value: intakeToken, demo: intakeToken === DEMO_INTAKE_TOKEN },
    demo,
    others: config.users.map((u) => u.givenName.toLowerCase()),
  });
  console.log(lines.join('\n'));
  await untilOneStops();
}

/** `--as <name>`: another playground, as another user, on the bot that `npm run playground` started. */
async function second(name) {
  const { configAs, findUser } = await importBuilt('scripts/lib/playgroundUsers.js');
  const config = readPlaygroundConfig();
  const user = findUser(config, name);
  if (!user) throw new Error(`no user "${name}" in .m365agentsplayground.yml; try one of: ${[config.currentUser, ...config.users].map((u) => u.givenName.toLowerCase()).join(', ')}`);
  const botUrl = `http://127.0.0.1:${botPort}`;
  const healthy = await fetch(`${botUrl}/healthz`, { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok).catch(() => false);
  if (!healthy) throw new Error(`no bot answers on ${botUrl}. Start \`npm run playground\` first (in another terminal); --as opens a second playground for that bot.`);

  const given = user.givenName.toLowerCase();
  mkdirSync(dataPath, { recursive: true });
  const configFile = path.join(dataPath, `playground-as-${given}.yml`);
  writeFileSync(configFile, `${JSON.stringify(configAs(config, user), null, 2)}\n`);
  const port = Number(process.env.PLAYGROUND_PORT || 56151);
  const playground = await startPlayground({
    endpoint: `${botUrl}/api/messages`,
    port,
    configFile,
    logFile: path.join(dataPath, `agentsplayground-${given}.log`),
    openBrowser: true,
    detached: true,
    onSpawn: track('playground'),
  });
  console.log(
    [
      '',
      `Second Agents Playground: ${playground.url}`,
      `  You are ${await describe(config, user)}, with your own Personal Chat; the team and its channels are shared.`,
      '  The bot posts a channel\'s new cards to the playground in which someone last wrote in that channel.',
      '  Ctrl+C stops this playground; the bot and the first playground keep running.',
      '',
    ].join('\n'),
  );
  await untilOneStops();
}

/**
 * `--eens <reference> [--as <name>]`: that person (default Ruud, gemeente Heerlen) agrees with the
 * proposal on the melding's triage card, as a custom activity in the first playground, where the card is.
 */
async function agree(name, reference) {
  const { findUser } = await importBuilt('scripts/lib/playgroundUsers.js');
  const { agreeAs } = await importBuilt('scripts/lib/playgroundAgree.js');
  const config = readPlaygroundConfig();
  const user = findUser(config, name);
  if (!user) throw new Error(`no user "${name}" in .m365agentsplayground.yml`);
  const playgroundUrl = `http://localhost:${Number(process.env.PLAYGROUND_PORT || 56150)}`;
  await agreeAs({ playgroundUrl, dataDir: dataPath, config, user, reference });
  console.log(`${user.name} clicked "Eens met dit voorstel" on ${reference}; the card updates in ${playgroundUrl}.`);
}

async function describe(config, user) {
  const { roleLabel } = await importBuilt('scripts/lib/playgroundUsers.js');
  const { loadRegion } = await importBuilt('src/config.js');
  return `${user.name} (${roleLabel(loadRegion(path.join(projectRoot, demoRegionFile)), user)})`;
}

/** A module of the compiled project (dist/), which `npm run playground` builds first. */
async function importBuilt(relative) {
  const file = path.join(projectRoot, 'dist', relative);
  if (!existsSync(file)) throw new Error(`${path.relative(projectRoot, file)} is missing: run \`npm run playground\` (it builds first).`);
  return import(pathToFileURL(file).href);
}

function readPlaygroundConfig() {
  return JSON.parse(readFileSync(playgroundConfigFile, 'utf8'));
}

async function untilOneStops() {
  const first = await Promise.race([...children].map(([name, child]) => exited(child).then((how) => ({ name, ...how }))));
  if (!stopping) {
    console.log(`The ${first.name} stopped (code ${first.code}, signal ${first.signal}); stopping the rest.`);
    await stopAll('SIGTERM');
    process.exit(first.code ?? 1);
  }
}

function track(name) {
  return (child) => children.set(name, child);
}

async function stopAll(signal) {
  stopping = true;
  await Promise.all([...children.values()].map((child) => stopChild(child, { signal, timeoutMs: 15_000 })));
}

// The children run in their own process group (detached), so a Ctrl+C reaches them once: from here.
// The bot then finishes its turns and flushes its store before it exits.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (stopping) return;
    console.log(`\n${signal}: stopping …`);
    void stopAll(signal === 'SIGHUP' ? 'SIGTERM' : signal).then(() => process.exit(0));
  });
}

main().catch(async (err) => {
  console.error(`\nnpm run playground failed: ${err.message}`);
  await stopAll('SIGTERM');
  process.exit(1);
});
