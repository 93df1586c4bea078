import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Verbs } from '../../../src/cards/verbs.js';
import { textsTo, type TestBot } from '../../helpers/testBot.js';
import { startTableBot, tableStores, type TableBot } from '../../helpers/tableBot.js';
import { executeAction, personalMessage, threadWhere, Users } from '../../helpers/activities.js';
import { cardOf, cardText, channelOf, clickOnAgenda, intake, link, postCase, responseCard, runningClock, settle, slotOf, threadsIn, TOKEN } from './helpers.js';

describe.each(tableStores)('sending the agenda early, and handovers that come in after it went out, on %s', (_name, openStore) => {
  // Week 49's agenda goes out by itself on Monday 30 November 08:30; its table meets on Tuesday 1 December 10:00.
  const clock = runningClock('2026-11-20T09:00:00Z');
  const heerlen = channelOf('Heerlen');
  let bot: TableBot | undefined;
  let t: TestBot;
  const say = async (text: string, user = Users.coordinator) => {
    await t.send(personalMessage(t.connector.url, user, text));
    return textsTo(t.connector, `a:personal-${user.aadObjectId}`).at(-1)!;
  };
  const agendaCards = () => threadsIn(t, heerlen, 'Routeertafel Heerlen');
  const threadTexts = (rootId: string) => textsTo(t.connector, `${heerlen.channelId};messageid=${rootId}`);
  const lastUpdateOf = (activityId: string) => t.connector.calls.filter((c) => c.kind === 'update' && c.activityId === activityId).at(-1);

  beforeAll(async () => {
    if (!openStore) return;
    bot = await startTableBot(openStore, clock, { INTAKE_API_TOKEN: TOKEN });
    t = bot.t;
    await link(t, Users.coordinator, ['Heerlen', 'Vaals']);
    expect((await postCase(t, intake({ reference: 'VT-OLD-1' }))).status).toBe(201); // week 48, still open: carried over
    clock.set('2026-11-25T09:00:00Z'); // Wednesday
    expect((await postCase(t, intake({ reference: 'VT-EARLY-1' }))).status).toBe(201);
  });
  afterAll(async () => bot?.stop());

  it.skipIf(!openStore)('asks for a confirmation before the posting moment, and sends at once after "agenda nu versturen"', async () => {
    expect(await say('agenda versturen')).toContain('Wil je hem nu al versturen? Typ dan "agenda nu versturen".');
    await settle(t);
    expect(agendaCards()).toHaveLength(0);
    expect(await say('agenda nu versturen', Users.advisor1)).toBe('Alleen een coördinator van Veilig Thuis kan de agenda versturen.');

    expect(await say('agenda nu versturen')).toContain('gaat nu, eerder dan gepland, naar 2 gemeentekanalen');
    await settle(t);
    expect(agendaCards()).toHaveLength(1);
    const card = cardText(cardOf(agendaCards()[0]!));
    expect(card).toContain('**VT-EARLY-1**');
    expect(card).toContain('**VT-OLD-1**');
  });

  it.skipIf(!openStore)('adds a handover that comes in later to the posted card, in place, and says so in the card’s thread', async () => {
    clock.set('2026-11-26T10:00:00Z'); // Thursday
    expect((await postCase(t, intake({ reference: 'VT-LATE-1', urgent: true }))).status).toBe(201);
    await settle(t);
    const posted = agendaCards()[0]!;
    expect(cardText(cardOf(lastUpdateOf(posted.createdId!)!))).toContain('**VT-LATE-1**');
    expect(threadTexts(posted.createdId!)).toContain('Nieuw op deze agenda: VT-LATE-1 (spoed). De agenda hierboven is bijgewerkt.');
    expect(threadsIn(t, channelOf('Vaals'), 'VT-LATE-1')).toHaveLength(0);
  });

  it.skipIf(!openStore)('keeps a carried-over case that is confirmed after the early send on the card, as confirmed', async () => {
    const posted = agendaCards()[0]!;
    const slot = slotOf(cardOf(posted), 'VT-OLD-1');
    const res = await clickOnAgenda(t, Users.casusregisseur, heerlen, posted.createdId!, Verbs.handoverConfirm, { reference: 'VT-OLD-1', week: '2026-W49', slot, [`betrokkenenGeinformeerd_${slot}`]: 'true' });
    expect(cardText(responseCard(res))).toContain('Overdracht VT-OLD-1 is bevestigd');
    const fresh = await t.send(executeAction(t.connector.url, Users.casusregisseur, threadWhere(heerlen, posted.createdId!), Verbs.agendaRefresh, { gemeente: 'Heerlen', week: '2026-W49', page: 1 }));
    expect(cardText(responseCard(fresh))).toContain('**VT-OLD-1**');
  });

  it.skipIf(!openStore)('posts a second card when later handovers no longer fit on the first, and Monday’s run then posts nothing twice', async () => {
    for (let k = 2; k <= 8; k++) expect((await postCase(t, intake({ reference: `VT-LATE-${k}` }))).status).toBe(201);
    await settle(t);
    expect(agendaCards()).toHaveLength(2);
    expect(cardText(cardOf(agendaCards()[1]!))).toContain('Kaart 2 van 2');

    clock.set('2026-11-30T07:45:00Z'); // the job of 08:30 runs
    await t.bot.deps.scheduler.tick();
    await settle(t);
    expect(agendaCards()).toHaveLength(2);
    expect(threadsIn(t, channelOf('Vaals'), 'Routeertafel Vaals')).toHaveLength(1);
  });

  it.skipIf(!openStore)('puts a handover that comes in after the posting moment on the next week’s table, not on this posted agenda', async () => {
    clock.set('2026-11-30T09:00:00Z');
    expect((await postCase(t, intake({ reference: 'VT-NEXT-1' }))).status).toBe(201);
    await settle(t);
    expect(await t.store.cases.get('VT-NEXT-1')).toMatchObject({ tableWeek: '2026-W50' });
    expect(threadTexts(agendaCards()[0]!.createdId!).join(' ')).not.toContain('VT-NEXT-1');
  });
});
