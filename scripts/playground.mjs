#!/usr/bin/env node
// npm run playground: try the bot in a Teams-like client on your own machine, with no Azure and no tenant.
//
// Builds the bot, starts it in local mode with the demo region (config/region.demo.json, in which the
// playground's current user is Veilig Thuis coordinator and advisor), waits for /healthz, then starts the
// Microsoft 365 Agents Playground (`agentsplayground`) pointing at it and prints its address.
//
// Who is who (.m365agentsplayground.yml; region roles in config/region.demo.json):
//   Sanne Hendriks   …c1  current user: VT coördinator and VT adviseur
//   Maud Vossen      …a2  second VT adviseur
//   Ingrid Pluijmen  …e1  leidinggevende gemeente Heerlen
//   Lotte Janssen    …d1  leerkracht basisschool;  Ruud Bemelmans …d2 casusregisseur Heerlen;  Bas Keulen …d3 wijkteam
// Team "Veilig Thuis Zuid-Limburg": General (use it as the Veilig Thuis channel) and "Gemeente Heerlen".
// The UI has no user switcher: act as someone else with "Mock an Activity → Custom activity".
//
// Environment: PORT (bot, default 3978), DATA_DIR (default ./data/playground), PLAYGROUND_PORT (default 56150),
// M365_AGENTS_PLAYGROUND_LOGFILE (default <DATA_DIR>/agentsplayground.log). Other variables (SCHEDULER,
// LOG_LEVEL, DATABASE_URL) pass to the bot as usual; MicrosoftAppId is emptied: the playground talks to
// the bot without authentication. Ctrl+C stops both; when one of them stops, the other is stopped too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildBot, demoRegionFile, exited, playgroundConfigFile, projectRoot, startBot, startPlayground, stopChild } from './lib/playgroundStack.mjs';

const botPort = Number(process.env.PORT || 3978);
const playgroundPort = Number(process.env.PLAYGROUND_PORT || 56150);
const dataDir = process.env.DATA_DIR || './data/playground';
const logFile = process.env.M365_AGENTS_PLAYGROUND_LOGFILE || path.join(path.resolve(projectRoot, dataDir), 'agentsplayground.log');

/** name → the latest process of that name (a playground that exited at once is replaced by its retry). */
const children = new Map();
let stopping = false;

async function main() {
  console.log('Building (tsc) …');
  const build = await buildBot();
  if (!build.ok) console.warn(`tsc reported errors (exit ${build.code}); starting the emitted build anyway.`);

  const bot = await startBot({ port: botPort, env: { REGION_FILE: demoRegionFile, DATA_DIR: dataDir }, detached: true, onSpawn: track('bot') });
  const playground = await startPlayground({ endpoint: bot.endpoint, port: playgroundPort, logFile, openBrowser: true, detached: true, onSpawn: track('playground') });

  console.log(
    [
      '',
      `Agents Playground: ${playground.url}`,
      `  bot ${bot.endpoint} (local mode), region ${demoRegionFile}, data ${dataDir}`,
      `  you are ${currentUserLabel()}; the team "${teamName()}" has General (Veilig Thuis) and one more channel`,
      '  in a channel, @mention the bot: type @Veilig and pick "Veilig Thuis assistent" from the list',
      '  Ctrl+C stops the bot and the playground.',
      '',
    ].join('\n'),
  );

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
    console.log(`\n${signal}: stopping the bot and the playground …`);
    void stopAll(signal === 'SIGHUP' ? 'SIGTERM' : signal).then(() => process.exit(0));
  });
}

function playgroundConfig() {
  try {
    return JSON.parse(readFileSync(playgroundConfigFile, 'utf8'));
  } catch {
    return undefined; // the file may have been rewritten as real YAML: only the banner loses its names
  }
}

function currentUserLabel() {
  const user = playgroundConfig()?.currentUser;
  return user ? `${user.name} (${user.aadObjectId})` : 'the current user of .m365agentsplayground.yml';
}

function teamName() {
  return playgroundConfig()?.team?.name ?? 'team';
}

main().catch(async (err) => {
  console.error(`\nnpm run playground failed: ${err.message}`);
  await stopAll('SIGTERM');
  process.exit(1);
});
