import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/testBot.js';
import { channelMessage, teamChannel, Users } from '../helpers/activities.js';

describe('housekeeping', () => {
  let t: TestBot;
  afterEach(async () => t?.stop());

  it('removes delivered outbox items and finished job runs after two weeks, and keeps newer ones', async () => {
    t = await startTestBot();
    t.clock.set('2026-11-02T12:00:00Z');
    const vt = teamChannel('VT');
    await t.send(channelMessage(t.connector.url, Users.coordinator, vt, 'koppel veilig thuis'));
    await t.bot.deps.notifier.veiligThuisChannels('old-notice', { type: 'message', text: 'oud' });
    await t.bot.outbox.idle();
    await t.bot.deps.scheduler.tick();
    t.clock.set('2026-11-20T12:00:00Z');
    await t.bot.deps.notifier.veiligThuisChannels('new-notice', { type: 'message', text: 'nieuw' });
    await t.bot.outbox.idle();
    await t.bot.deps.scheduler.tick();
    expect((await t.store.outbox.list()).map((i) => i.id)).toEqual([`new-notice:channel:${vt.channelId}`]);
    expect((await t.store.jobs.list()).every((j) => j.startedAt >= '2026-11-06')).toBe(true);
  });
});
