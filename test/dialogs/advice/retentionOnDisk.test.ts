import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../../helpers/testBot.js';
import { channelMessage, executeAction, personalMessage, personalWhere, teamChannel, threadWhere, Users } from '../../helpers/activities.js';
import { Verbs } from '../../../src/cards/verbs.js';

const vt = teamChannel('Veilig Thuis');
const QUESTION = 'Een peuter komt steeds met natte kleren op de opvang, markeerwoord zeldzaamheid.';
const ANSWER = 'Bespreek het met de aandachtsfunctionaris, markeerwoord terugkoppeling.';
const PII_QUESTION = 'Het gaat om BSN 111222333, een kind met markeerwoord geheimhouding in groep drie.';

/** Everything the embedded store has on disk: snapshots and journals. */
async function filesOnDisk(dataDir: string): Promise<string> {
  const names = await readdir(dataDir);
  const texts = await Promise.all(names.map((n) => readFile(path.join(dataDir, n), 'utf8').catch(() => '')));
  return texts.join('\n');
}

const form = (question: string) => ({ draftId: 'd1', question, sector: 'kinderopvang', gemeente: 'Heerlen', urgency: 'deze-week', answerMode: 'chat', callbackPhone: '' });

describe('retention reaches the disk at once', () => {
  let t: TestBot;
  afterEach(async () => t?.stop());

  it('clears an answered ticket nobody closed after the retention term, leaving no trace in the files', async () => {
    t = await startTestBot();
    t.clock.set('2026-11-24T09:00:00Z');
    await t.send(channelMessage(t.connector.url, Users.coordinator, vt, 'koppel veilig thuis'));
    await t.send(executeAction(t.connector.url, Users.teacher, personalWhere(Users.teacher), Verbs.adviceSubmit, form(QUESTION)));
    const [post] = await t.connector.waitFor((c) => c.kind === 'create');
    await t.bot.outbox.idle();
    const id = (await t.store.tickets.list())[0]!.id;
    await t.send(executeAction(t.connector.url, Users.advisor1, threadWhere(vt, post!.createdId!), Verbs.ticketAnswer, { ticketId: id, answer: ANSWER }));
    expect(await filesOnDisk(t.dataDir)).toContain('markeerwoord terugkoppeling');

    t.clock.set('2026-12-25T10:00:00Z');
    await t.bot.deps.scheduler.tick();
    const kept = (await t.store.tickets.get(id))!;
    expect(kept).toMatchObject({ question: null, status: 'answered', gemeente: 'Heerlen' });
    const disk = await filesOnDisk(t.dataDir);
    expect(disk).not.toContain('markeerwoord');
    expect(disk).toContain(id);
  });

  it('drops an advice draft abandoned after the privacy warning a day later, from the files too', async () => {
    t = await startTestBot();
    await t.send(executeAction(t.connector.url, Users.teacher, personalWhere(Users.teacher), Verbs.adviceSubmit, form(PII_QUESTION)));
    expect(await filesOnDisk(t.dataDir)).toContain('markeerwoord geheimhouding');

    t.clock.advance(23 * 60 * 60_000);
    await t.bot.deps.scheduler.tick();
    expect(await filesOnDisk(t.dataDir)).toContain('markeerwoord geheimhouding');

    t.clock.advance(2 * 60 * 60_000);
    await t.bot.deps.scheduler.tick();
    expect(await filesOnDisk(t.dataDir)).not.toContain('markeerwoord');
    const confirm = await t.send(executeAction(t.connector.url, Users.teacher, personalWhere(Users.teacher), Verbs.adviceConfirmPii, { draftId: 'd1' }));
    expect(JSON.stringify(confirm.body)).toContain('al verstuurd of geannuleerd');
    expect(await t.store.tickets.count()).toBe(0);
  });

  it('removes what "vergeet mijn gegevens" forgets from the files before the reply', async () => {
    t = await startTestBot();
    await t.send(executeAction(t.connector.url, Users.teacher, personalWhere(Users.teacher), Verbs.adviceSubmit, form(PII_QUESTION)));
    expect(await filesOnDisk(t.dataDir)).toContain('markeerwoord geheimhouding');
    await t.send(personalMessage(t.connector.url, Users.teacher, 'vergeet mijn gegevens'));
    expect(await filesOnDisk(t.dataDir)).not.toContain('markeerwoord');
  });
});
