import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_INTAKE_TOKEN, seedDemo } from '../../scripts/lib/demoData.js';
import { demoRegionFile, playgroundConfigFile } from '../../scripts/lib/playgroundStack.mjs';
import { fakeClock } from '../helpers/fakeClock.js';
import { conversationOf, playground, playgroundChannel, playgroundMessage, type PlaygroundPlace } from '../helpers/playgroundActivities.js';
import { startTestBot, type TestBot } from '../helpers/testBot.js';
import type { PlaygroundUser } from '../e2e/support/demo.js';
import { codeBlocks, quoted, tables, typed, type Table } from './readme.js';

/**
 * Every command the README lists, run against the bot with the playground's demo (the demo region and
 * data, its people and channels), on every day of the week: a command the bot does not understand, or
 * a reply without the text the README quotes, fails. Covers the "Using the bot in Teams" table, the
 * "Probeer het zelf" tables and the intake examples.
 */
const MENTION = `@${playground.bot.name} `;
const everyone = [playground.currentUser, ...playground.users];
const sanne = playground.currentUser;
const lotte = everyone.find((u) => u.givenName === 'Lotte')!;

const commandTable = tables().find((t) => t.header.includes('Command'))!;
const tryItTables = tables().filter((t) => t.header.includes('Type or click'));

/** Moments in Amsterdam (CET, UTC+1) in the week of the table of Tuesday 1 December 2026; the agenda goes out Monday 08:30. */
const MOMENTS = [
  { label: 'Monday 08:00, before the agenda goes out', at: '2026-11-30T07:00:00Z', sendsAgenda: false },
  { label: 'Monday 09:00, after it went out', at: '2026-11-30T08:00:00Z', sendsAgenda: true },
  { label: 'Tuesday 09:00, before the table', at: '2026-12-01T08:00:00Z', sendsAgenda: true },
  { label: 'Tuesday 11:00, after the table', at: '2026-12-01T10:00:00Z', sendsAgenda: false },
  { label: 'Wednesday noon', at: '2026-12-02T11:00:00Z', sendsAgenda: false },
  { label: 'Thursday noon', at: '2026-12-03T11:00:00Z', sendsAgenda: false },
  { label: 'Friday noon', at: '2026-12-04T11:00:00Z', sendsAgenda: false },
  { label: 'Saturday noon', at: '2026-12-05T11:00:00Z', sendsAgenda: false },
  { label: 'Sunday noon', at: '2026-12-06T11:00:00Z', sendsAgenda: false },
];

describe('the README', () => {
  it('has the command table and a try-it table for each journey, with commands in them', () => {
    expect(commandTable.rows.flatMap((r) => typed(r.Command)).length).toBeGreaterThanOrEqual(10);
    expect(tryItTables.map((t) => t.title)).toHaveLength(7);
    for (const t of tryItTables) expect(t.rows.some((r) => typed(r['Type or click']).length > 0), t.title).toBe(true);
  });

  describe.each(MOMENTS)('on $label', ({ at, sendsAgenda }) => {
    let bot: TestBot | undefined;
    let dataDir = '';
    afterEach(async () => {
      await bot?.stop();
      await rm(dataDir, { recursive: true, force: true });
    });

    it('every command behaves as the README says, with the demo of npm run playground', async () => {
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'vt-readme-'));
      const clock = fakeClock(at);
      const env = { REGION_FILE: demoRegionFile, DATA_DIR: dataDir, INTAKE_API_TOKEN: DEMO_INTAKE_TOKEN };
      await seedDemo(env, playgroundConfigFile, 'http://localhost:56150/_connector', clock);
      bot = await startTestBot({ env, clock, dataDir });
      const t = bot;
      const notUnderstood = new Map<string, string>();
      const run = async (user: PlaygroundUser, place: PlaygroundPlace, text: string) => {
        const key = place.kind === 'personal' ? 'personal' : 'channel';
        if (!notUnderstood.has(key)) notUnderstood.set(key, await say(t, user, place, 'xyzzy plugh frobnicate'));
        const reply = await say(t, user, place, text);
        expect(reply, `"${text}" got no answer`).not.toBe('');
        expect(reply, `"${text}" is not understood`).not.toBe(notUnderstood.get(key));
        return reply;
      };

      for (const row of commandTable.rows) {
        for (const command of typed(row.Command)) {
          const reply = await run(personFor(row.Who ?? ''), placeFor(row.Where ?? ''), command.replace('<gemeente>', 'Vaals'));
          if (command === 'agenda versturen') expect(reply).toMatch(sendsAgenda ? /gaat nu naar|al verstuurd/ : /Typ dan "agenda nu versturen"/);
        }
      }
      for (const table of tryItTables) await runTryIt(table, run);
    });

    it('the intake examples are accepted with the token the README gives', async () => {
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'vt-readme-'));
      bot = await startTestBot({ env: { REGION_FILE: demoRegionFile, DATA_DIR: dataDir, INTAKE_API_TOKEN: DEMO_INTAKE_TOKEN }, clock: fakeClock(at), dataDir });
      const curls = codeBlocks('sh').filter((b) => b.includes('/api/cases'));
      const token = /Bearer ([^"\s]+)/.exec(curls[0]!)![1]!;
      const bodies = [...curls.map((curl) => /-d '(.+)'/.exec(curl)![1]!), ...codeBlocks('json').filter((b) => b.includes('"reference"'))];
      expect(bodies.length).toBeGreaterThanOrEqual(3);
      for (const body of bodies) {
        const res = await fetch(`${bot.url}/api/cases`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body });
        expect([200, 201], await res.clone().text()).toContain(res.status);
      }
    });
  });
});

async function runTryIt(table: Table, run: (user: PlaygroundUser, place: PlaygroundPlace, text: string) => Promise<string>): Promise<void> {
  for (const row of table.rows) {
    const where = row.Where ?? '';
    if (/terminal/i.test(where)) continue;
    for (const command of typed(row['Type or click'])) {
      const reply = await run(personFor(row.Who ?? ''), placeFor(where), command);
      for (const marker of quoted(row['You see'])) expect(reply, `${table.title}, step ${row.Step}: "${command}"`).toContain(marker);
    }
  }
}

/** Who the README names, or the role it names: a professional for "everyone", Sanne for Veilig Thuis roles. */
function personFor(who: string): PlaygroundUser {
  const named = everyone.find((u) => new RegExp(`\\b${u.givenName}\\b`).test(who));
  if (named) return named;
  return /everyone|anyone/i.test(who) ? lotte : sanne;
}

function placeFor(where: string): PlaygroundPlace {
  if (/personal/i.test(where)) return { kind: 'personal' };
  if (/general|veilig thuis channel/i.test(where)) return playgroundChannel('General');
  if (/heerlen|gemeente channel/i.test(where)) return playgroundChannel(playground.team.channels[0]!.name);
  return playgroundChannel('Testkanaal'); // "Team channel": one that is not linked yet
}

/** Sends what a person types (an @mention in a channel) and returns all the bot sent into that conversation. */
async function say(t: TestBot, user: PlaygroundUser, place: PlaygroundPlace, text: string): Promise<string> {
  const conversation = conversationOf(user, place);
  const before = t.connector.calls.length;
  await t.send(playgroundMessage(t.connector.url, user, place, text.startsWith(MENTION) ? text.slice(MENTION.length) : text));
  return t.connector.calls
    .slice(before)
    .filter((c) => c.conversationId.startsWith(conversation))
    .map((c) => `${c.body.text ?? ''} ${JSON.stringify(c.body.attachments ?? [])}`)
    .join('\n')
    .trim();
}
