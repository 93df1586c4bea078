import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeIntake } from '../../../src/dialogs/routeertafel/intake.js';
import type { CaseIntake } from '../../../src/domain/cases/intake.js';
import { Users } from '../../helpers/activities.js';
import { startTestBot, type TestBot } from '../../helpers/testBot.js';
import { cardOf, cardText, channelOf, intake, link, runningClock, settle, threadsIn, VT } from './helpers.js';

describe('a spoed case the intake could not announce', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ clock: runningClock('2026-12-05T21:00:00Z') }); // Saturday evening
    await link(t, Users.coordinator, ['Kerkrade']);
  });
  afterAll(async () => t?.stop());

  it('is alerted by the sweep within minutes, once, in the gemeente channel and at Veilig Thuis', async () => {
    // As `npm run import-cases` stores it: from another process, without the running bot's listeners.
    const at = t.clock.now();
    await storeIntake({ ...t.bot.deps, region: t.config.region }, intake({ reference: 'VT-CSV-SPOED', gemeente: 'Kerkrade', urgent: true, meldingOn: '2026-12-04', beoordeeldOn: '2026-12-05' }) as unknown as CaseIntake, 'csv', 'csv-import', at);
    await settle(t);
    expect(threadsIn(t, channelOf('Kerkrade'), 'Spoed: VT-CSV-SPOED')).toHaveLength(0);

    t.clock.advance(5 * 60_000);
    await t.bot.deps.scheduler.tick();
    await settle(t);
    expect(threadsIn(t, channelOf('Kerkrade'), 'Spoed: VT-CSV-SPOED')).toHaveLength(1);
    expect(cardText(cardOf(threadsIn(t, VT, 'Spoed: VT-CSV-SPOED')[0]!))).toContain('Bij acuut gevaar: bel 112');
    expect((await t.store.cases.get('VT-CSV-SPOED'))!.spoedAlertedAt).toBeDefined();

    t.clock.advance(5 * 60_000);
    await t.bot.deps.scheduler.tick();
    await settle(t);
    expect(threadsIn(t, channelOf('Kerkrade'), 'Spoed: VT-CSV-SPOED')).toHaveLength(1);
  });
});
