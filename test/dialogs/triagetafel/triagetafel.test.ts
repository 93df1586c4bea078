import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Verbs } from '../../../src/cards/verbs.js';
import { channelMessage, executeAction, threadWhere, Users, type TestUser } from '../../helpers/activities.js';
import type { LoopbackConnector } from '../../helpers/loopbackConnector.js';
import { startTableBot, tableStores, type TableBot } from '../../helpers/tableBot.js';
import { textsTo, type TestBot } from '../../helpers/testBot.js';
import { cardOf, cardText, channelOf, GEMEENTEN, intake, link, postCase, responseCard, runningClock, settle, threadsIn, TOKEN, VT } from '../routeertafel/helpers.js';

const BRUNSSUM = channelOf('Brunssum'); // a triagetafel in the test region, as in Zuid-Limburg
const HEERLEN = channelOf('Heerlen'); // a routeertafel

/** A melding as Veilig Thuis's registration system sends it: no route, no veiligheidsbeoordeling yet. */
function melding(reference: string, overrides: Record<string, unknown> = {}) {
  const { route: _r, beoordeeldOn: _b, veiligheidsplan: _v, betrokkenenGeinformeerd: _i, ...rest } = intake({ reference, gemeente: 'Brunssum', meldingOn: '2026-12-01' });
  return { ...rest, stage: 'melding', ...overrides };
}

const gemeenteUser = (k: number): TestUser => ({ id: `29:brunssum-${k}`, aadObjectId: `aad-brunssum-${k}`, name: `Consulent Brunssum ${k}` });

describe.each(tableStores)('the triagetafel on %s', (_name, openStore) => {
  const clock = runningClock('2026-12-02T13:00:00Z'); // a Wednesday afternoon
  let bot: TableBot | undefined;
  let connector: LoopbackConnector;
  let t: TestBot;

  beforeAll(async () => {
    if (!openStore) return;
    bot = await startTableBot(openStore, clock, { INTAKE_API_TOKEN: TOKEN });
    ({ t, connector } = bot);
    await link(t, Users.coordinator, GEMEENTEN.filter((g) => g !== 'Brunssum'));
  });
  afterAll(async () => bot?.stop());

  const click = (user: TestUser, rootId: string, verb: string, data: Record<string, unknown>) => t.send(executeAction(connector.url, user, threadWhere(BRUNSSUM, rootId), verb, data));
  const itemCard = (reference: string) => threadsIn(t, BRUNSSUM, `melding ${reference}`);

  it.skipIf(!openStore)('takes a melding in through the API and puts it on the table once the gemeente’s channel is linked', async () => {
    const created = await postCase(t, melding('VT-T-1'));
    expect(created).toMatchObject({ status: 201, body: { case: { reference: 'VT-T-1', status: 'none' } } });
    await settle(t);
    expect(itemCard('VT-T-1')).toHaveLength(0); // no channel yet

    await t.send(channelMessage(connector.url, Users.coordinator, BRUNSSUM, 'koppel Brunssum'));
    await settle(t);
    const [posted] = itemCard('VT-T-1');
    expect(cardText(cardOf(posted!))).toContain('Nog geen voorstel');
    expect(cardText(cardOf(posted!))).toContain('spanningen tussen ouders'); // the pseudonymous summary, to decide on

    await postCase(t, melding('VT-T-2'));
    await settle(t);
    expect(itemCard('VT-T-2')).toHaveLength(1); // linked now: at once
    expect(itemCard('VT-T-1')).toHaveLength(1); // and the first only once
  });

  it.skipIf(!openStore)('records the decision only when both sides agree, updating the card in place for everyone', async () => {
    const rootId = itemCard('VT-T-1')[0]!.createdId!;
    const proposed = await click(Users.advisor1, rootId, Verbs.triagePropose, { reference: 'VT-T-1', option: 'vt-onderzoek', reason: '' });
    expect(proposed.status).toBe(200);
    expect(cardText(responseCard(proposed))).toContain('Voorstel van Veilig Thuis (Adviseur Een): Veilig Thuis voert het onderzoek uit.');
    expect(connector.calls.filter((c) => c.kind === 'update' && c.activityId === rootId)).toHaveLength(1);
    const proposedAt = (await t.store.cases.get('VT-T-1'))!.triage!.proposal!.at;

    const sameSide = await click(Users.advisor2, rootId, Verbs.triageAgree, { reference: 'VT-T-1', option: 'vt-onderzoek', proposedAt });
    expect(cardText(responseCard(sameSide))).toContain('Iemand van de gemeente moet ermee instemmen');
    expect((await t.store.cases.get('VT-T-1'))!.stage).toBe('melding');

    const agreed = await click(Users.casusregisseur, rootId, Verbs.triageAgree, { reference: 'VT-T-1', option: 'vt-onderzoek', proposedAt });
    expect(cardText(responseCard(agreed))).toContain('Besluit: Veilig Thuis voert het onderzoek uit.');
    expect(cardText(responseCard(agreed))).not.toContain(Verbs.triagePropose); // no more buttons
    expect(connector.calls.filter((c) => c.kind === 'update' && c.activityId === rootId)).toHaveLength(2);
    expect(await t.store.cases.get('VT-T-1')).toMatchObject({ stage: 'werkvoorraad', vtStep: 'onderzoek', status: 'none' });
    await settle(t);
    expect(threadsIn(t, VT, 'Triagebesluit VT-T-1 (Brunssum)')).toHaveLength(1);
    expect((await t.store.audit.list({ action: 'triage.decide', recordId: 'VT-T-1' })).map((e) => e.detail)).toEqual([expect.objectContaining({ from: 'melding', to: 'werkvoorraad' })]);
  });

  it.skipIf(!openStore)('decides once when 20 people of both sides click "eens" at once: every click answered 200, one decision, one audit entry', async () => {
    const rootId = itemCard('VT-T-2')[0]!.createdId!;
    await click(gemeenteUser(0), rootId, Verbs.triagePropose, { reference: 'VT-T-2', option: 'directe-overdracht', reason: '' });
    const proposedAt = (await t.store.cases.get('VT-T-2'))!.triage!.proposal!.at;
    const vtSide = [Users.advisor1, Users.advisor2, Users.coordinator];
    const clickers = Array.from({ length: 20 }, (_, k) => (k % 2 === 0 ? vtSide[k % 3]! : gemeenteUser(k)));
    const answers = await Promise.all(clickers.map((u) => click(u, rootId, Verbs.triageAgree, { reference: 'VT-T-2', option: 'directe-overdracht', proposedAt })));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(answers.filter((a) => cardText(responseCard(a)).includes('Het besluit is vastgelegd'))).toHaveLength(1);
    expect(await t.store.audit.list({ action: 'triage.decide', recordId: 'VT-T-2' })).toHaveLength(1);
    expect(await t.store.cases.get('VT-T-2')).toMatchObject({ stage: 'overdracht', status: 'open', route: 'directe-overdracht', tableWeek: '2026-W50' });
  });

  it.skipIf(!openStore)('answers "triage" in a triagetafel channel with what waits, and points a routeertafel channel to its agenda', async () => {
    await postCase(t, melding('VT-T-3', { urgent: true }));
    await t.send(channelMessage(connector.url, Users.casusregisseur, BRUNSSUM, 'triage'));
    expect(cardText(cardOf(connector.calls.filter((c) => c.conversationId.startsWith(BRUNSSUM.channelId) && c.kind === 'reply').at(-1)!))).toContain('VT-T-3 (spoed): nog geen voorstel');
    await t.send(channelMessage(connector.url, Users.casusregisseur, HEERLEN, 'triage'));
    expect(textsTo(connector, HEERLEN.channelId).at(-1)).toContain('werkt met een routeertafel');
  });

  it.skipIf(!openStore)('posts a spoed case to the gemeente channel and Veilig Thuis within 5 seconds, on a Sunday night', async () => {
    clock.set('2026-12-06T02:30:00Z'); // Sunday 03:30 in Zuid-Limburg
    const start = Date.now();
    expect((await postCase(t, intake({ reference: 'VT-S-1', urgent: true }))).status).toBe(201);
    const isSpoed = (channelId: string) => (c: { kind: string; conversationId: string; body: unknown }) =>
      c.kind === 'create' && c.conversationId === channelId && cardText(cardOf(c)).includes('Spoed: VT-S-1 (Heerlen)');
    await connector.waitFor(isSpoed(HEERLEN.channelId), 1, 5_000);
    await connector.waitFor(isSpoed(VT.channelId), 1, 5_000);
    expect(Date.now() - start).toBeLessThan(5_000);
    expect(cardText(cardOf(threadsIn(t, HEERLEN, 'Spoed: VT-S-1')[0]!))).toContain('0800-2000');
  });

  it.skipIf(!openStore)('sends a melding the sides still disagree on after the table up the escalation ladder, once', async () => {
    const rootId = itemCard('VT-T-3')[0]!.createdId!;
    await click(Users.advisor1, rootId, Verbs.triagePropose, { reference: 'VT-T-3', option: 'vt-onderzoek', reason: '' });
    await click(gemeenteUser(1), rootId, Verbs.triagePropose, { reference: 'VT-T-3', option: 'geen-vervolg', reason: '' });
    const isEscalation = (c: { kind: string; conversationId: string; body: unknown }) => c.kind === 'create' && c.conversationId === VT.channelId && cardText(cardOf(c)).includes('Opschaling: nog geen triagebesluit over melding VT-T-3 (Brunssum)');

    clock.set('2026-12-11T08:30:00Z'); // Friday 09:30: the table of week 50 met on Tuesday; the rung is due at 10:00
    await t.bot.deps.scheduler.tick();
    await settle(t);
    expect(connector.calls.filter(isEscalation)).toHaveLength(0);

    clock.set('2026-12-11T09:00:00Z'); // 3 working days after the table, at the table's time
    await t.bot.deps.scheduler.tick();
    await settle(t);
    const [escalation] = connector.calls.filter(isEscalation);
    expect(cardText(cardOf(escalation!))).toContain('verschillende besluiten');
    expect((await t.store.cases.get('VT-T-3'))!.escalations.map((e) => e.level)).toEqual(['triage-leidinggevende']);

    clock.set('2026-12-11T11:00:00Z');
    await t.bot.deps.scheduler.tick();
    await settle(t);
    expect(connector.calls.filter(isEscalation)).toHaveLength(1);
  });
});
