import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Verbs } from '../../../src/cards/verbs.js';
import { main as importCases } from '../../../scripts/import-cases.js';
import { startLoopbackConnector, type LoopbackConnector } from '../../helpers/loopbackConnector.js';
import { startTestBot, TEST_REGION_FILE, textsTo, type TestBot } from '../../helpers/testBot.js';
import { channelMessage, executeAction, teamChannel, Users } from '../../helpers/activities.js';
import {
  cardOf, cardText, channelOf, clickOnAgenda, GEMEENTEN, intake, link, openPersonalChat, postCase, responseCard, runningClock,
  settle, slotOf, threadsIn, TOKEN, VT,
} from './helpers.js';

/**
 * The routeertafel end to end, through HTTP as Teams and the VT registration system talk to the
 * bot: 16 gemeente channels, intake by card, API and CSV, the weekly agenda job, confirmations.
 * The tests run in order and share one bot (each builds on the state the previous one left).
 */
describe('the routeertafel from intake to confirmed handover', () => {
  const clock = runningClock('2026-11-25T09:00:00Z'); // Wednesday: cases go to the table of week 49
  const env = { INTAKE_API_TOKEN: TOKEN };
  let connector: LoopbackConnector;
  let t: TestBot;
  let url: string;

  beforeAll(async () => {
    connector = await startLoopbackConnector();
    t = await startTestBot({ env, clock, connector });
    url = connector.url;
    await link(t, Users.coordinator, GEMEENTEN);
    await openPersonalChat(t, Users.coordinator);
  });
  afterAll(async () => {
    await t?.stop();
    await connector?.close();
  });

  it('takes a handover from the intake card in the Veilig Thuis channel, showing every problem in the card first', async () => {
    await t.send(channelMessage(url, Users.advisor1, VT, 'nieuwe overdracht', '500'));
    const form = connector.calls.filter((c) => c.kind === 'reply' && c.conversationId === `${VT.channelId};messageid=500`).at(-1)!;
    expect(cardText(cardOf(form))).toContain('Nieuwe overdracht naar een gemeente');
    const formId = cardOf(form).actions[0].data.formId as string;
    const where = { ...threadWhereOf(VT, '500'), replyToId: form.createdId };

    const bad = await t.send(executeAction(url, Users.advisor1, where, Verbs.intakeSubmit, {
      formId, ...intake({ reference: 'VT-CARD-1', summary: 'Moeder Fatima de Vries, 06-12345678, maakt zich zorgen.', meldingOn: '2026-12-01' }),
    }));
    const problems = cardText(responseCard(bad));
    expect(problems).toContain('identificerende gegevens');
    expect(problems).toContain('Datum melding ligt in de toekomst');
    expect(await t.store.cases.get('VT-CARD-1')).toBeUndefined();

    const good = await t.send(executeAction(url, Users.advisor1, where, Verbs.intakeSubmit, { formId, ...intake({ reference: 'VT-CARD-1', urgent: 'true' }) }));
    expect(cardText(responseCard(good))).toContain('Overdracht VT-CARD-1 vastgelegd');
    expect(connector.calls.filter((c) => c.kind === 'update' && c.activityId === form.createdId)).toHaveLength(1);
    expect(await t.store.cases.get('VT-CARD-1')).toMatchObject({ source: 'card', gemeente: 'Heerlen', urgent: true, tableWeek: '2026-W49' });

    await t.send(channelMessage(url, Users.outsider, VT, 'nieuwe overdracht'));
    expect(textsTo(connector, VT.channelId).at(-1)).toContain('Alleen adviseurs en coördinatoren');
  });

  it('takes handovers through POST /api/cases: 201, the same again 200, another body 409, every problem 400, a wrong token 401', async () => {
    expect((await postCase(t, intake(), null)).status).toBe(401);
    expect((await postCase(t, intake(), 'wrong-token-wrong-token-wrong')).status).toBe(401);

    const created = await postCase(t, intake({ reference: 'VT-API-1', urgent: true }));
    expect(created).toMatchObject({ status: 201, body: { case: { reference: 'VT-API-1', gemeente: 'Heerlen', tableWeek: '2026-W49', status: 'open' } } });
    expect(JSON.stringify(created.body)).not.toContain('spanningen'); // the summary is not echoed
    expect((await postCase(t, intake({ reference: 'VT-API-1', urgent: true }))).status).toBe(200);
    expect((await postCase(t, intake({ reference: 'VT-API-1', gemeente: 'Vaals' }))).status).toBe(409);

    const bad = await postCase(t, { reference: 'VT-API-X', gemeente: 'Venlo', route: 'bellen', summary: 'BSN 111222333 van het kind' });
    expect(bad.status).toBe(400);
    const fields = (bad.body.problems as { field: string }[]).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['gemeente', 'route', 'urgent', 'meldingOn', 'beoordeeldOn', 'summary', 'veiligheidsplan', 'vtContact']));

    for (const [reference, gemeente] of [['VT-API-2', 'Heerlen'], ['VT-K-1', 'Kerkrade']]) expect((await postCase(t, intake({ reference, gemeente }))).status).toBe(201);
    for (let k = 1; k <= 12; k++) expect((await postCase(t, intake({ reference: `VT-M-${String(k).padStart(2, '0')}`, gemeente: 'Maastricht' }))).status).toBe(201);
    expect((await t.store.audit.list({ action: 'case.created', actorAadId: 'api' })).length).toBe(15);
  });

  it('imports a CSV while the bot is stopped: bad rows by line number and nothing stored, then skips an existing reference', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vt-csv-'));
    const header = 'reference;gemeente;route;urgent;meldingOn;beoordeeldOn;summary;veiligheidsplan;betrokkenenGeinformeerd;vtContact';
    const row = (ref: string, g: string, summary = 'Spanningen thuis, hulp via wijkteam.') => `${ref};${g};na-onderzoek;nee;20-11-2026;2026-11-21;${summary};ja;nee;Team onderzoek`;
    const badFile = path.join(dir, 'bad.csv');
    await writeFile(badFile, [header, row('VT-CSV-1', 'Vaals'), row('VT-CSV-2', 'Nuth'), row('VT-CSV-3', 'Stein', 'Vader Jan Jansen belt 0612345678')].join('\n'));
    const goodFile = path.join(dir, 'good.csv');
    await writeFile(goodFile, [header, row('VT-CSV-1', 'Vaals'), row('VT-CSV-2', 'Stein'), row('VT-API-1', 'Heerlen')].join('\n'));

    await t.stop();
    const io = { out: [] as string[], err: [] as string[] };
    const cli = (args: string[]) => importCases(args, { DATA_DIR: t.dataDir, REGION_FILE: TEST_REGION_FILE }, { out: (l) => io.out.push(l), err: (l) => io.err.push(l) }, clock);

    expect(await cli([badFile, '--dry-run'])).toBe(1);
    expect(io.err.join('\n')).toMatch(/regel 3 \(gemeente\)/);
    expect(io.err.join('\n')).toMatch(/regel 4 \(summary\)/);
    expect(await cli([badFile])).toBe(1);
    expect(await cli([goodFile])).toBe(0);
    expect(io.out.join('\n')).toContain('2 overdrachten geïmporteerd; 1 overgeslagen');
    expect(io.out.join('\n')).toContain('regel 4: VT-API-1 bestaat al, met andere gegevens');

    t = await startTestBot({ env, clock, connector, dataDir: t.dataDir });
    expect(await t.store.cases.get('VT-CSV-1')).toMatchObject({ source: 'csv', gemeente: 'Vaals', tableWeek: '2026-W49' });
    expect((await t.store.cases.list()).length).toBe(18);
  });

  it('posts each gemeente exactly its own agenda on Monday 08:30, "geen casussen" where there is nothing, and one delivery report', async () => {
    clock.set('2026-11-30T07:30:00Z'); // Monday 30 November, 08:30 in Amsterdam
    await t.bot.deps.scheduler.tick();
    await settle(t);

    const ownCases: Record<string, string[]> = {
      Heerlen: ['VT-CARD-1', 'VT-API-1', 'VT-API-2'],
      Kerkrade: ['VT-K-1'],
      Vaals: ['VT-CSV-1'],
      Stein: ['VT-CSV-2'],
      Maastricht: Array.from({ length: 12 }, (_, k) => `VT-M-${String(k + 1).padStart(2, '0')}`),
    };
    // The spoed cases were announced at intake already, each in a thread of its own.
    expect(threadsIn(t, channelOf('Heerlen'), 'Spoed: ').map((c) => cardText(cardOf(c)).match(/Spoed: (VT-[A-Z]+-1)/)?.[1]).sort()).toEqual(['VT-API-1', 'VT-CARD-1']);
    for (const g of GEMEENTEN) {
      const cards = threadsIn(t, channelOf(g), 'Routeertafel').map((c) => cardText(cardOf(c)));
      expect(cards.length, g).toBe(g === 'Maastricht' ? 2 : 1);
      expect(cards.every((c) => c.includes(`Routeertafel ${g}`) && c.includes('week 49, 2026'))).toBe(true);
      const mine = ownCases[g] ?? [];
      if (mine.length === 0) expect(cards[0], g).toContain('Geen casussen deze week');
      for (const ref of mine) expect(cards.some((c) => c.includes(ref)), `${g} ${ref}`).toBe(true);
      const others = Object.entries(ownCases).filter(([other]) => other !== g).flatMap(([, refs]) => refs);
      for (const ref of others) expect(cards.some((c) => c.includes(`**${ref}**`)), `${g} has ${ref}`).toBe(false);
    }
    const reports = threadsIn(t, VT, 'Verzendrapport routeertafel week 49, 2026');
    expect(reports).toHaveLength(1);
    expect(cardText(cardOf(reports[0]!))).toContain('Verstuurd naar 16 gemeenten; mislukt: 0');
    expect(connector.calls.filter((c) => c.kind === 'send' && c.conversationId === `a:personal-${Users.coordinator.aadObjectId}` && cardText(cardOf(c)).includes('Verzendrapport'))).toHaveLength(1);

    const before = connector.calls.length;
    await t.bot.deps.scheduler.tick();
    await t.send(channelMessage(url, Users.coordinator, VT, 'agenda versturen'));
    await settle(t);
    expect(textsTo(connector, VT.channelId).at(-1)).toContain('is al verstuurd');
    expect(connector.calls.slice(before).filter((c) => c.kind === 'create')).toHaveLength(0);
  });

  it('confirms a handover once under ten concurrent clicks by two people, updates the card in place and tells Veilig Thuis', async () => {
    const heerlen = channelOf('Heerlen');
    const agenda = threadsIn(t, heerlen, 'Routeertafel Heerlen')[0]!;
    const slot = slotOf(cardOf(agenda), 'VT-API-2');
    const inputs = { reference: 'VT-API-2', week: '2026-W49', slot, [`casusregisseur_${slot}`]: '', [`team_${slot}`]: 'Wijkteam Noord', [`warmHandoverOn_${slot}`]: '2026-12-02', [`betrokkenenGeinformeerd_${slot}`]: 'true', [`handoverForm_${slot}`]: 'driegesprek' };

    const clicks = await Promise.all(
      Array.from({ length: 10 }, (_, k) => clickOnAgenda(t, k % 2 ? Users.outsider : Users.casusregisseur, heerlen, agenda.createdId!, Verbs.handoverConfirm, inputs)),
    );
    await settle(t);
    const answers = clicks.map((r) => cardText(responseCard(r)));
    expect(clicks.every((r) => r.status === 200)).toBe(true);
    expect(answers.filter((a) => a.includes('Overdracht VT-API-2 is bevestigd'))).toHaveLength(1);
    const refused = answers.filter((a) => a.includes('is al bevestigd door'));
    expect(refused).toHaveLength(9);
    const stored = (await t.store.cases.get('VT-API-2'))!;
    expect(stored).toMatchObject({ status: 'confirmed', version: 2, confirmation: { team: 'Wijkteam Noord', warmHandoverOn: '2026-12-02', betrokkenenGeinformeerd: true, handoverForm: 'driegesprek' } });
    expect(stored.confirmation!.casusregisseur).toBe(stored.confirmation!.byName); // defaults to the clicker
    expect(refused.every((a) => a.includes(`al bevestigd door ${stored.confirmation!.byName} op maandag 30 november 2026`))).toBe(true);
    expect(await t.store.audit.list({ action: 'handover.confirm' })).toHaveLength(1);

    const updates = connector.calls.filter((c) => c.kind === 'update' && c.activityId === agenda.createdId);
    expect(updates).toHaveLength(1);
    expect(cardText(cardOf(updates[0]!))).toContain(`Bevestigd door ${stored.confirmation!.byName}`);
    expect(slotOf(cardOf(updates[0]!), 'VT-API-2')).toBe(slot); // the card keeps its cases and order
    expect(threadsIn(t, VT, 'Overdracht VT-API-2 bevestigd door gemeente Heerlen')).toHaveLength(1);
  });

  it('refuses a click from a channel that is not linked to the case’s gemeente and changes nothing', async () => {
    const heerlen = channelOf('Heerlen');
    const agenda = threadsIn(t, heerlen, 'Routeertafel Heerlen')[0]!;
    const slot = slotOf(cardOf(agenda), 'VT-API-1');
    const data = { reference: 'VT-API-1', week: '2026-W49', slot };
    for (const elsewhere of [teamChannel('Overig'), channelOf('Maastricht')]) {
      const res = await clickOnAgenda(t, Users.outsider, elsewhere, agenda.createdId!, Verbs.handoverConfirm, data);
      expect(cardText(responseCard(res))).toContain('Alleen in het kanaal van gemeente Heerlen');
    }
    expect((await t.store.cases.get('VT-API-1'))?.status).toBe('open');
  });

  it('hands a case back to Veilig Thuis only with a reason', async () => {
    const heerlen = channelOf('Heerlen');
    const agenda = threadsIn(t, heerlen, 'Routeertafel Heerlen')[0]!;
    const slot = slotOf(cardOf(agenda), 'VT-API-1');
    const base = { reference: 'VT-API-1', week: '2026-W49', slot };
    const empty = await clickOnAgenda(t, Users.casusregisseur, heerlen, agenda.createdId!, Verbs.handoverReturn, { ...base, [`reason_${slot}`]: '' });
    expect(cardText(responseCard(empty))).toContain('Geef een reden op');
    expect((await t.store.cases.get('VT-API-1'))?.status).toBe('open');

    const reason = 'Er is al langdurige hulp vanuit een specialistische instelling; afstemming nodig.';
    const res = await clickOnAgenda(t, Users.casusregisseur, heerlen, agenda.createdId!, Verbs.handoverReturn, { ...base, [`reason_${slot}`]: reason });
    expect(cardText(responseCard(res))).toContain('gaat terug naar Veilig Thuis');
    expect(await t.store.cases.get('VT-API-1')).toMatchObject({ status: 'returned', returned: { reason } });
    await settle(t);
    expect(threadsIn(t, VT, 'Overdracht VT-API-1 terug naar Veilig Thuis')).toHaveLength(1);
  });

  it('shows the figures of the gemeenten with handovers and of the region in the Veilig Thuis channel, not in a gemeente channel', async () => {
    await t.send(channelMessage(url, Users.advisor1, VT, 'cijfers'));
    const figures = connector.calls.filter((c) => c.kind === 'reply' && c.conversationId.startsWith(VT.channelId)).at(-1)!;
    const text = cardText(cardOf(figures));
    expect(text).toContain('Cijfers overdrachten');
    expect(text).toContain('Maastricht');
    expect(text).toContain('Hele regio');
    expect(text).not.toContain('Simpelveld'); // no handovers: left out, and counted
    expect(text).toContain('11 gemeenten zonder overdrachten niet getoond.');
    expect(text).toContain('Warme overdracht (driegesprek): 1 van 1');
    await t.send(channelMessage(url, Users.advisor1, channelOf('Heerlen'), 'cijfers'));
    expect(textsTo(connector, channelOf('Heerlen').channelId).at(-1)).toContain('alleen in het Veilig Thuis-kanaal');
  });

  it('previews this channel’s agenda on "agenda" as a reply', async () => {
    const heerlen = channelOf('Heerlen');
    await t.send(channelMessage(url, Users.casusregisseur, heerlen, 'agenda', '900'));
    const replies = connector.calls.filter((c) => c.kind === 'reply' && c.conversationId === `${heerlen.channelId};messageid=900`);
    const preview = cardText(cardOf(replies[0]!));
    expect(preview).toContain('Deze agenda staat al in dit kanaal; hier zie je hem zoals hij nu is');
    expect(preview).toContain('Routeertafel Heerlen');
    expect(preview).toContain('Bevestigd door');
    expect(preview).toContain('Terug naar Veilig Thuis door');
  });
});

function threadWhereOf(channel: { channelId: string; teamId: string; teamName: string; channelName: string }, threadId: string) {
  return {
    conversation: { id: `${channel.channelId};messageid=${threadId}`, conversationType: 'channel', isGroup: true, tenantId: 'tenant-zl' },
    channelData: { tenant: { id: 'tenant-zl' }, team: { id: channel.teamId, name: channel.teamName }, channel: { id: channel.channelId, name: channel.channelName } },
  };
}
