/**
 * The demo that `npm run playground` prepares, so a newcomer can try every journey at once: the team's
 * General channel linked as the Veilig Thuis channel, "Gemeente Heerlen" linked to Heerlen, and a few
 * fictional handovers (references only) on Heerlen's next agenda. Written through the product's own
 * code: the link decision of the channels feature and the intake of the routeertafel feature, into
 * the store the bot opens next. Only in a folder that is new or already marked as demo data.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { audit } from '../../src/app/audit.js';
import { systemClock, type Clock } from '../../src/core/clock.js';
import { silentLogger } from '../../src/core/log.js';
import { loadConfig } from '../../src/config.js';
import { zonedDate, addDays } from '../../src/domain/calendar.js';
import type { CaseIntake } from '../../src/domain/cases/intake.js';
import type { Region } from '../../src/domain/region.js';
import { agendaInstantOf } from '../../src/domain/routeertafel/schedule.js';
import { decideLink, parseLinkCommand } from '../../src/dialogs/channels/commands.js';
import { intakeCase } from '../../src/dialogs/routeertafel/intake.js';
import { upcomingTableWeek } from '../../src/dialogs/routeertafel/schedule.js';
import type { ChannelRecord, ConversationRef } from '../../src/store/records.js';
import { openStore } from '../../src/store/openStore.js';
import type { Store } from '../../src/store/store.js';

/** The file that marks a data folder as demo data; the demo is only written where it is (or the folder is new). */
export const DEMO_MARKER = 'DEMO-DATA.txt';

/** The intake API token of the playground (local only; at least 24 characters, as the bot requires). */
export const DEMO_INTAKE_TOKEN = 'playground-demo-intake-token-not-secret';

/** Who acts in the demo: recorded in the audit log as the actor of the links and the intake. */
const DEMO_ACTOR = 'playground-demo';

/** The parts of .m365agentsplayground.yml the demo needs. */
export interface PlaygroundTeam {
  tenantId: string;
  bot: { id: string; name: string };
  team: { id: string; name: string; channels: { id: string; name: string }[] };
}

/** A channel of the playground's team and what a coordinator would type there to link it. */
export interface DemoLink {
  channelId: string;
  channelName: string;
  /** The words after "koppel", as a coordinator types them. */
  target: string;
}

/** General becomes the Veilig Thuis channel; each extra channel named "Gemeente X" is linked to X. */
export function demoLinks(playground: PlaygroundTeam): DemoLink[] {
  const general: DemoLink = { channelId: playground.team.id, channelName: 'General', target: 'veilig thuis' };
  const gemeenten = playground.team.channels.flatMap((c) => {
    const m = /^gemeente\s+(.+)$/i.exec(c.name.trim());
    return m ? [{ channelId: c.id, channelName: c.name, target: m[1]! }] : [];
  });
  return [general, ...gemeenten];
}

/** Fictional handovers: pseudonymous summaries, the reference is all that points at a case. */
export function demoCases(gemeente: string, today: string): CaseIntake[] {
  const daysAgo = (n: number) => addDays(today, -n);
  const common = { gemeente, vtContact: 'Frontoffice Veilig Thuis (demo)' };
  return [
    {
      ...common,
      reference: 'VT-DEMO-0001',
      route: 'directe-overdracht',
      urgent: false,
      meldingOn: daysAgo(12),
      beoordeeldOn: daysAgo(9),
      summary: 'Demo: spanningen tussen ouders; veiligheidsvoorwaarden afgesproken, hulp via het wijkteam gewenst.',
      veiligheidsplan: true,
      betrokkenenGeinformeerd: true,
    },
    {
      ...common,
      reference: 'VT-DEMO-0002',
      route: 'na-voorwaarden-en-vervolg',
      urgent: true,
      meldingOn: daysAgo(20),
      beoordeeldOn: daysAgo(15),
      summary: 'Demo: zorgen over de opvoedsituatie; voorwaarden gesteld, vervolg in het voorliggend veld nodig.',
      veiligheidsplan: true,
      betrokkenenGeinformeerd: false,
    },
    {
      ...common,
      reference: 'VT-DEMO-0003',
      route: 'na-onderzoek',
      urgent: false,
      meldingOn: daysAgo(40),
      beoordeeldOn: daysAgo(30),
      summary: 'Demo: onderzoek afgerond; langdurige ondersteuning van het gezin nodig, regie bij de gemeente.',
      veiligheidsplan: false,
      betrokkenenGeinformeerd: true,
    },
  ];
}

export type FolderState = 'new' | 'demo' | 'not-demo';

/** A folder that does not exist or is empty is new; one with the marker is demo data; anything else is not ours. */
export async function folderState(dataDir: string): Promise<FolderState> {
  if (!existsSync(dataDir)) return 'new';
  if (existsSync(path.join(dataDir, DEMO_MARKER))) return 'demo';
  return (await readdir(dataDir)).length === 0 ? 'new' : 'not-demo';
}

export async function markAsDemo(dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const note = [
    'Demo data of `npm run playground`: fictional channel links and handovers (references only, no client data).',
    'Delete this folder to start the demo afresh. Never point a real bot at it.',
    '',
  ].join('\n');
  await writeFile(path.join(dataDir, DEMO_MARKER), note);
}

export interface LinkResult {
  channelName: string;
  label: string;
  /** 'linked' now, 'already' linked before, or why it was not. */
  outcome: 'linked' | 'already' | 'refused';
}

/**
 * Links the demo channels as a coordinator would with "koppel …", through the channels feature's own
 * decision. The stored reference points at the playground's connector, where the bot posts agendas.
 */
export async function linkDemoChannels(
  deps: { store: Store; clock: Clock; region: Region },
  playground: PlaygroundTeam,
  serviceUrl: string,
): Promise<LinkResult[]> {
  const coordinator = deps.region.roles.coordinators[0];
  const results: LinkResult[] = [];
  for (const wanted of demoLinks(playground)) {
    const command = parseLinkCommand(`koppel ${wanted.target}`);
    if (command?.kind !== 'link') continue;
    const current = await deps.store.channels.get(wanted.channelId);
    const decision = decideLink({
      command,
      region: deps.region,
      inChannel: true,
      isCoordinator: coordinator !== undefined,
      current,
      others: await deps.store.channels.list({ active: true }),
    });
    if (decision.kind !== 'link') {
      results.push({ channelName: wanted.channelName, label: wanted.target, outcome: 'refused' });
      continue;
    }
    const label = decision.link.kind === 'gemeente' ? `gemeente ${decision.link.gemeente}` : 'Veilig Thuis';
    if (decision.unchanged) {
      results.push({ channelName: wanted.channelName, label, outcome: 'already' });
      continue;
    }
    const now = deps.clock.now().toISOString();
    const record: ChannelRecord = {
      id: wanted.channelId,
      kind: 'channel',
      tenantId: playground.tenantId,
      teamId: playground.team.id,
      teamName: playground.team.name,
      channelName: wanted.channelName,
      reference: channelReference(playground, wanted.channelId, serviceUrl),
      link: decision.link,
      linkedBy: coordinator,
      active: true,
      installedAt: current?.installedAt ?? now,
      updatedAt: now,
    };
    await deps.store.channels.put(wanted.channelId, record);
    await audit(deps, DEMO_ACTOR, 'channel.link', 'channel', wanted.channelId, { demo: true, kind: decision.link.kind });
    results.push({ channelName: wanted.channelName, label, outcome: 'linked' });
  }
  return results;
}

function channelReference(playground: PlaygroundTeam, channelId: string, serviceUrl: string): ConversationRef {
  return {
    serviceUrl,
    channelId: 'msteams',
    bot: { id: playground.bot.id, name: playground.bot.name },
    conversation: { id: channelId, isGroup: true, conversationType: 'channel', tenantId: playground.tenantId },
  };
}

export interface CaseResult {
  reference: string;
  outcome: 'created' | 'existing' | 'conflict' | 'invalid';
}

/**
 * Takes the demo handovers in through the routeertafel intake (validation, privacy check, idempotent
 * insert), received just before the next agenda goes out, so they are on the agenda `agenda` shows.
 */
export async function takeInDemoCases(deps: { store: Store; clock: Clock; region: Region }, gemeente: string): Promise<CaseResult[]> {
  const now = deps.clock.now();
  const receivedAt = receivedForUpcomingAgenda(deps.region, now);
  const at: Clock = { now: () => receivedAt };
  const today = zonedDate(receivedAt, deps.region.timezone);
  const results: CaseResult[] = [];
  for (const intake of demoCases(gemeente, today)) {
    const outcome = await intakeCase({ ...deps, clock: at }, intake, 'api', DEMO_ACTOR);
    results.push({ reference: intake.reference, outcome: outcome.kind });
  }
  return results;
}

/** Now, unless the next agenda is already out (between its posting and the table): then just before it went out. */
export function receivedForUpcomingAgenda(region: Region, now: Date): Date {
  const postingAt = agendaInstantOf(region, upcomingTableWeek(region, now));
  return now.getTime() < postingAt.getTime() ? now : new Date(postingAt.getTime() - 60 * 60 * 1000);
}

export interface DemoReport {
  /** Why nothing was written, when nothing was. */
  skipped?: 'database' | 'not-demo';
  links: LinkResult[];
  cases: CaseResult[];
}

/** Prepares the demo in `store` (already open on a demo folder): links, then handovers for the first linked gemeente. */
export async function prepareDemo(deps: { store: Store; clock: Clock; region: Region }, playground: PlaygroundTeam, serviceUrl: string): Promise<DemoReport> {
  const links = await linkDemoChannels(deps, playground, serviceUrl);
  const gemeente = demoLinks(playground).find((l) => l.target.toLowerCase() !== 'veilig thuis')?.target;
  const cases = gemeente ? await takeInDemoCases(deps, gemeente) : [];
  return { links, cases };
}

/**
 * Prepares the demo in the data folder the bot is about to open (`env` is the bot's environment), unless
 * the bot uses PostgreSQL or the folder holds data that is not marked as demo data. Run it before the
 * bot starts: the embedded store admits one process at a time.
 */
export async function seedDemo(env: NodeJS.ProcessEnv, playgroundConfigFile: string, serviceUrl: string, clock: Clock = systemClock): Promise<DemoReport> {
  const config = loadConfig(env);
  if (config.databaseUrl) return { skipped: 'database', links: [], cases: [] };
  const state = await folderState(config.dataDir);
  if (state === 'not-demo') return { skipped: 'not-demo', links: [], cases: [] };
  if (state === 'new') await markAsDemo(config.dataDir);
  const store = await openStore(config, silentLogger);
  try {
    return await prepareDemo({ store, clock, region: config.region }, await readPlaygroundTeam(playgroundConfigFile), serviceUrl);
  } finally {
    await store.close();
  }
}

/** Reads .m365agentsplayground.yml (written as JSON, which is valid YAML). */
export async function readPlaygroundTeam(file: string): Promise<PlaygroundTeam> {
  return JSON.parse(await readFile(file, 'utf8')) as PlaygroundTeam;
}
