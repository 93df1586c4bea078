import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Verbs } from '../../../src/cards/verbs.js';
import { startTestBot, textsTo, type TestBot } from '../../helpers/testBot.js';
import { executeAction, personalMessage, threadWhere, Users } from '../../helpers/activities.js';
import { cardOf, cardText, channelOf, intake, link, postCase, responseCard, runningClock, settle, threadsIn, TOKEN, VT } from './helpers.js';

describe('"agenda versturen" and the card refresh', () => {
  const clock = runningClock('2026-11-25T09:00:00Z');
  let t: TestBot;
  const say = async (text: string, user = Users.coordinator) => {
    await t.send(personalMessage(t.connector.url, user, text));
    return textsTo(t.connector, `a:personal-${user.aadObjectId}`).at(-1)!;
  };

  beforeAll(async () => {
    t = await startTestBot({ env: { INTAKE_API_TOKEN: TOKEN }, clock });
    await link(t, Users.coordinator, ['Heerlen', 'Vaals']);
    expect((await postCase(t, intake({ reference: 'VT-NOW-1' }))).status).toBe(201);
  });
  afterAll(async () => t?.stop());

  it('asks before the posting moment, posts once at it, and the weekly job then adds nothing', async () => {
    expect(await say('agenda versturen', Users.advisor1)).toBe('Alleen een coördinator van Veilig Thuis kan de agenda versturen.');
    clock.set('2026-11-30T07:00:00Z');
    expect(await say('agenda versturen')).toContain('De agenda van week 49, 2026 gaat vanzelf op maandag 30 november 2026 om 08:30 uit');
    clock.set('2026-11-30T07:45:00Z');
    expect(await say('agenda versturen')).toContain('gaat nu naar 2 gemeentekanalen');
    await settle(t);
    await t.bot.deps.scheduler.tick(); // the job of 08:30 runs late, within its catch-up window
    await settle(t);
    expect(threadsIn(t, channelOf('Heerlen'), 'Routeertafel Heerlen')).toHaveLength(1);
    expect(threadsIn(t, channelOf('Vaals'), 'Geen casussen')).toHaveLength(1);
    expect(threadsIn(t, VT, 'Verzendrapport')).toHaveLength(1);
    expect(await say('agenda versturen')).toContain('is al verstuurd');
  });

  it('refreshes the card with the current state for people in the gemeente channel only', async () => {
    const heerlen = channelOf('Heerlen');
    const agenda = threadsIn(t, heerlen, 'Routeertafel Heerlen')[0]!;
    const data = { gemeente: 'Heerlen', week: '2026-W49', page: 1 };
    const fresh = await t.send(executeAction(t.connector.url, Users.casusregisseur, threadWhere(heerlen, agenda.createdId!), Verbs.agendaRefresh, data));
    expect(cardText(responseCard(fresh))).toContain('**VT-NOW-1**');
    const elsewhere = await t.send(executeAction(t.connector.url, Users.casusregisseur, threadWhere(channelOf('Vaals'), '1'), Verbs.agendaRefresh, data));
    expect(cardText(responseCard(elsewhere))).toContain('Alleen in het kanaal van gemeente Heerlen');
    expect(cardText(cardOf(agenda))).toContain('"verb":"agenda.refresh"');
  });
});
