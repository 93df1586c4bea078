import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRegion } from '../../src/config.js';
import { demoRegionFile, playgroundConfigFile, projectRoot } from '../../scripts/lib/playgroundStack.mjs';
import { DEMO_INTAKE_TOKEN, DEMO_MARKER, receivedForUpcomingAgenda, seedDemo } from '../../scripts/lib/demoData.js';
import { fakeClock } from '../helpers/fakeClock.js';
import { startTestBot, type TestBot } from '../helpers/testBot.js';
import { playground, playgroundChannel, playgroundMessage } from '../helpers/playgroundActivities.js';

const region = loadRegion(path.join(projectRoot, demoRegionFile));
/** Wednesday 25 November 2026, 10:00 in Amsterdam: the next agenda goes out on Monday 30 November. */
const WEDNESDAY = '2026-11-25T09:00:00Z';

describe('the playground demo data', () => {
  const folders: string[] = [];
  let bot: TestBot | undefined;
  const newFolder = async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vt-demo-'));
    folders.push(dir);
    return dir;
  };
  const envFor = (dataDir: string) => ({ REGION_FILE: demoRegionFile, DATA_DIR: dataDir, INTAKE_API_TOKEN: DEMO_INTAKE_TOKEN });

  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
    for (const dir of folders.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it('links General as the Veilig Thuis channel and "Gemeente Heerlen" to Heerlen, and puts three demo handovers on the agenda', async () => {
    const dataDir = await newFolder();
    const report = await seedDemo(envFor(dataDir), playgroundConfigFile, 'http://localhost:56150/_connector', fakeClock(WEDNESDAY));

    expect(report.skipped).toBeUndefined();
    expect(report.links).toEqual([
      { channelName: 'General', label: 'Veilig Thuis', outcome: 'linked' },
      { channelName: 'Gemeente Heerlen', label: 'gemeente Heerlen', outcome: 'linked' },
    ]);
    expect(report.cases.map((c) => c.outcome)).toEqual(['created', 'created', 'created']);
    expect(await readdir(dataDir)).toContain(DEMO_MARKER);
  });

  it('is ready for the bot: "agenda" in the Heerlen channel shows the demo handovers with the confirm button', async () => {
    const dataDir = await newFolder();
    const clock = fakeClock(WEDNESDAY);
    bot = await startTestBot({ env: envFor(dataDir), clock, dataDir: await seedFirst(dataDir, clock) });
    const heerlen = playground.team.channels[0]!;
    await bot.send(playgroundMessage(bot.connector.url, playground.currentUser, playgroundChannel(heerlen.name), 'agenda'));

    const sent = bot.connector.calls.filter((c) => c.conversationId.startsWith(heerlen.id));
    const cards = JSON.stringify(sent.map((c) => c.body.attachments ?? []));
    expect(cards).toContain('VT-DEMO-0001');
    expect(cards).toContain('VT-DEMO-0003');
    expect(cards).toContain('Overdracht bevestigen');
    expect(cards).toContain('Voorbeeld: deze agenda gaat op maandag');
  });

  it('changes nothing the second time', async () => {
    const dataDir = await newFolder();
    await seedDemo(envFor(dataDir), playgroundConfigFile, 'http://localhost:56150/_connector', fakeClock(WEDNESDAY));
    const again = await seedDemo(envFor(dataDir), playgroundConfigFile, 'http://localhost:56150/_connector', fakeClock('2026-11-26T09:00:00Z'));
    expect(again.links.map((l) => l.outcome)).toEqual(['already', 'already']);
    expect(again.cases.map((c) => c.outcome)).not.toContain('created');
  });

  it('writes nothing into a folder that holds other data without the demo marker', async () => {
    const dataDir = await newFolder();
    await writeFile(path.join(dataDir, 'cases.json'), '{}');
    const report = await seedDemo(envFor(dataDir), playgroundConfigFile, 'http://localhost:56150/_connector', fakeClock(WEDNESDAY));
    expect(report).toEqual({ skipped: 'not-demo', links: [], cases: [] });
    expect(await readdir(dataDir)).toEqual(['cases.json']);
  });

  it('writes nothing when the bot uses PostgreSQL', async () => {
    const dataDir = await newFolder();
    const report = await seedDemo({ ...envFor(dataDir), DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }, playgroundConfigFile, 'http://x', fakeClock(WEDNESDAY));
    expect(report.skipped).toBe('database');
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('dates the handovers just before the agenda went out when it is already out, so they are on the agenda people see', () => {
    // Monday 30 November 2026, 09:00 in Amsterdam: the agenda of week 49 went out at 08:30.
    expect(receivedForUpcomingAgenda(region, new Date('2026-11-30T08:00:00Z')).toISOString()).toBe('2026-11-30T06:30:00.000Z');
    expect(receivedForUpcomingAgenda(region, new Date(WEDNESDAY)).toISOString()).toBe('2026-11-25T09:00:00.000Z');
  });

  async function seedFirst(dataDir: string, clock: ReturnType<typeof fakeClock>): Promise<string> {
    await seedDemo(envFor(dataDir), playgroundConfigFile, 'http://localhost:56150/_connector', clock);
    return dataDir;
  }
});
