import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Verbs } from '../../../src/cards/verbs.js';
import { channelMessage, executeAction, personalMessage, threadWhere, Users, type TestUser } from '../../helpers/activities.js';
import type { LoopbackConnector } from '../../helpers/loopbackConnector.js';
import { startTableBot, tableStores, type TableBot } from '../../helpers/tableBot.js';
import { startTestBot, TEST_REGION_FILE, textsTo, type TestBot } from '../../helpers/testBot.js';
import { cardOf, cardText, channelOf, intake, link, postCase, responseCard, runningClock, settle, threadsIn, TOKEN, VT } from '../routeertafel/helpers.js';

const KERKRADE = channelOf('Kerkrade');

/** A case Veilig Thuis still works on: in its werkvoorraad, no handover fields yet. */
function inWerkvoorraad(reference: string) {
  const { route: _r, beoordeeldOn: _b, veiligheidsplan: _v, betrokkenenGeinformeerd: _i, ...rest } = intake({ reference, gemeente: 'Kerkrade', meldingOn: '2026-11-10' });
  return { ...rest, stage: 'werkvoorraad', vtStep: 'onderzoek' };
}

const gemeenteUser = (k: number): TestUser => ({ id: `29:kerkrade-${k}`, aadObjectId: `aad-kerkrade-${k}`, name: `Consulent Kerkrade ${k}` });

describe.each(tableStores)('werkvoorraad sessions on %s', (_name, openStore) => {
  const clock = runningClock('2026-12-02T13:00:00Z');
  let bot: TableBot | undefined;
  let connector: LoopbackConnector;
  let t: TestBot;

  beforeAll(async () => {
    if (!openStore) return;
    bot = await startTableBot(openStore, clock, { INTAKE_API_TOKEN: TOKEN });
    ({ t, connector } = bot);
    await link(t, Users.coordinator, ['Kerkrade']);
    clock.set('2026-11-20T09:00:00Z');
    expect((await postCase(t, inWerkvoorraad('VT-W-1'))).status).toBe(201);
    clock.set('2026-12-01T09:00:00Z');
    expect((await postCase(t, inWerkvoorraad('VT-W-2'))).status).toBe(201);
    expect((await postCase(t, intake({ reference: 'VT-O-1', gemeente: 'Kerkrade' }))).status).toBe(201); // handed over already
    clock.set('2026-12-02T13:00:00Z');
  });
  afterAll(async () => bot?.stop());

  const repliesIn = (channelId: string) => connector.calls.filter((c) => c.kind === 'reply' && c.conversationId.startsWith(channelId));
  const session = async (user: TestUser = Users.casusregisseur) => {
    await t.send(channelMessage(connector.url, user, KERKRADE, 'werkvoorraad', '700'));
    return repliesIn(KERKRADE.channelId).at(-1)!;
  };
  const click = (user: TestUser, cardId: string, verb: string, data: Record<string, unknown>) =>
    t.send(executeAction(connector.url, user, threadWhere(KERKRADE, cardId), verb, { refs: 'VT-W-1,VT-W-2', ...data }));

  it.skipIf(!openStore)('lists the gemeente’s werkvoorraad, longest waiting first, in its channel and for Veilig Thuis by name', async () => {
    const text = cardText(cardOf(await session()));
    expect(text).toContain('Werksessie werkvoorraad Kerkrade');
    expect(text.indexOf('VT-W-1')).toBeLessThan(text.indexOf('VT-W-2'));
    expect(text).toContain('Veilig Thuis doet onderzoek · 12 dagen in de werkvoorraad');
    expect(text).not.toContain('VT-O-1');
    expect(text).toContain('Hulp versneld starten');

    await t.send(channelMessage(connector.url, Users.advisor1, VT, 'werkvoorraad Kerkrade'));
    expect(cardText(cardOf(repliesIn(VT.channelId).at(-1)!))).toContain('VT-W-1');
    await t.send(personalMessage(connector.url, Users.teacher, 'werkvoorraad'));
    expect(textsTo(connector, `a:personal-${Users.teacher.aadObjectId}`).at(-1)).toContain('in het kanaal van een gemeente');
  });

  it.skipIf(!openStore)('records the gemeente’s offer to start help earlier, updates the card for everyone and tells Veilig Thuis', async () => {
    const card = await session();
    const empty = await click(Users.casusregisseur, card.createdId!, Verbs.werkvoorraadOffer, { reference: 'VT-W-1', slot: 1, who_1: '', what_1: '' });
    expect(cardText(responseCard(empty))).toContain('Niet opgeslagen');
    const res = await click(Users.casusregisseur, card.createdId!, Verbs.werkvoorraadOffer, { reference: 'VT-W-1', slot: 1, who_1: 'Wijkteam Kerkrade-West', what_1: 'gezinscoaching, start volgende week' });
    expect(cardText(responseCard(res))).toContain('Aangeboden door Casusregisseur Heerlen: Wijkteam Kerkrade-West start gezinscoaching');
    await settle(t);
    const update = connector.calls.filter((c) => c.kind === 'update' && c.activityId === card.createdId).at(-1)!;
    expect(cardText(cardOf(update))).toContain('Wacht op Veilig Thuis');
    expect(threadsIn(t, VT, 'Gemeente Kerkrade wil hulp versneld starten voor VT-W-1')).toHaveLength(1);
    const vtOffers = await click(Users.advisor1, card.createdId!, Verbs.werkvoorraadOffer, { reference: 'VT-W-2', slot: 2, who_2: 'Veilig Thuis', what_2: 'iets' });
    expect(cardText(responseCard(vtOffers))).toContain('Hulp versneld starten bied je aan als gemeente');
  });

  it.skipIf(!openStore)('lets only Veilig Thuis answer, and decides once when 10 people click at once', async () => {
    const card = await session();
    const byGemeente = await click(gemeenteUser(1), card.createdId!, Verbs.werkvoorraadAnswer, { reference: 'VT-W-1', slot: 1, accepted: 'true' });
    expect(cardText(responseCard(byGemeente))).toContain('Alleen Veilig Thuis accepteert of wijst een aanbod af');

    const vtSide = [Users.advisor1, Users.advisor2, Users.coordinator];
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, k) => click(vtSide[k % 3]!, card.createdId!, Verbs.werkvoorraadAnswer, { reference: 'VT-W-1', slot: 1, accepted: 'true' })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    expect(answers.filter((a) => cardText(responseCard(a)).includes('Aanbod voor VT-W-1 geaccepteerd'))).toHaveLength(1);
    expect(await t.store.audit.list({ action: 'werkvoorraad.answer', recordId: 'VT-W-1' })).toHaveLength(1);
    expect(cardText(cardOf(await session()))).toContain('1 aangeboden, 1 geaccepteerd, 0 afgewezen, 0 wacht op Veilig Thuis');
  });
});

describe('werksessies on the region’s rhythm', () => {
  const clock = runningClock('2026-12-01T09:00:00Z');
  let t: TestBot;

  beforeAll(async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vt-werksessie-'));
    const regionFile = path.join(dir, 'region.json');
    const region = JSON.parse(await readFile(TEST_REGION_FILE, 'utf8'));
    await writeFile(regionFile, JSON.stringify({ ...region, werksessie: { weekday: 3, time: '09:00', everyWeeks: 2 } }));
    t = await startTestBot({ env: { INTAKE_API_TOKEN: TOKEN, REGION_FILE: regionFile }, clock });
    await link(t, Users.coordinator, ['Kerkrade', 'Vaals']);
    expect((await postCase(t, inWerkvoorraad('VT-R-1'))).status).toBe(201);
  });
  afterAll(async () => t?.stop());

  it('posts the werksessie cards in week 50 to each gemeente with a werkvoorraad, once, and tells the coordinators', async () => {
    clock.set('2026-12-09T08:05:00Z'); // Wednesday 9 December 09:05, an even week
    await t.bot.deps.scheduler.tick();
    await settle(t);
    expect(threadsIn(t, KERKRADE, 'Werksessie werkvoorraad Kerkrade')).toHaveLength(1);
    expect(threadsIn(t, channelOf('Vaals'))).toHaveLength(0);
    const report = 'Werksessie week 50, 2026: de werkvoorraadkaarten staan in de kanalen van Kerkrade.';
    const reports = t.connector.calls.filter((c) => c.kind === 'create' && c.conversationId === VT.channelId && String(c.body.text ?? '').includes(report));
    expect(reports).toHaveLength(1);

    await t.bot.deps.scheduler.tick();
    await settle(t);
    expect(threadsIn(t, KERKRADE, 'Werksessie werkvoorraad Kerkrade')).toHaveLength(1);
  });
});
