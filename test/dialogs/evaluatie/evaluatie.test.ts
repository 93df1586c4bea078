import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Verbs } from '../../../src/cards/verbs.js';
import type { HandoverCase } from '../../../src/domain/cases/case.js';
import { channelMessage, executeAction, personalMessage, threadWhere, Users, type TestUser } from '../../helpers/activities.js';
import type { LoopbackConnector } from '../../helpers/loopbackConnector.js';
import { startTableBot, tableStores, type TableBot } from '../../helpers/tableBot.js';
import { startTestBot, TEST_REGION_FILE, textsTo, type TestBot } from '../../helpers/testBot.js';
import { aCase } from '../../domain/cases/fixtures.js';
import { cardOf, cardText, channelOf, link, responseCard, runningClock, settle, threadsIn, VT } from '../routeertafel/helpers.js';

const KERKRADE = channelOf('Kerkrade');
const VAALS = channelOf('Vaals');

/** Kerkrade's cases of the third quarter of 2026: one returned, one that climbed the ladder, one that waited long. */
function quarterCases(): HandoverCase[] {
  const at = (day: string) => `2026-08-${day}T09:00:00.000Z`;
  return [
    aCase({ reference: 'VT-Q3-RET', gemeente: 'Kerkrade', receivedAt: at('03'), status: 'returned', returned: { byAadId: 'a', byName: 'B', reason: 'Andere route', at: at('05') } }),
    aCase({ reference: 'VT-Q3-ESC', gemeente: 'Kerkrade', receivedAt: at('03'), escalations: [{ level: 'leidinggevende', at: at('10') }, { level: 'coordinator', at: at('14') }] }),
    aCase({ reference: 'VT-Q3-WAIT', gemeente: 'Kerkrade', meldingOn: '2026-07-01', receivedAt: at('20'), stage: 'overdracht', stages: [{ stage: 'overdracht', at: at('20') }] }),
    aCase({ reference: 'VT-Q4-NEW', gemeente: 'Kerkrade', receivedAt: '2026-11-20T09:00:00.000Z', status: 'returned', returned: { byAadId: 'a', byName: 'B', reason: 'Andere route', at: '2026-11-21T09:00:00.000Z' } }),
  ];
}

const lesson = {
  theme: 'informatiedeling',
  wentWell: 'De casus stond snel op de agenda.',
  toImprove: 'De terugkoppeling na het terugleggen kwam pas na twee weken.',
  agreement: 'Bij terugleggen belt Veilig Thuis binnen vijf werkdagen terug.',
  owner: 'veilig-thuis',
  due: '2026-12-15',
};

describe.each(tableStores)('the joint evaluation of casuïstiek on %s', (_name, openStore) => {
  const clock = runningClock('2026-12-02T13:00:00Z');
  let bot: TableBot | undefined;
  let connector: LoopbackConnector;
  let t: TestBot;

  beforeAll(async () => {
    if (!openStore) return;
    bot = await startTableBot(openStore, clock, {});
    ({ t, connector } = bot);
    await link(t, Users.coordinator, ['Kerkrade', 'Vaals']);
    for (const c of quarterCases()) await t.store.cases.put(c.reference, c);
  });
  afterAll(async () => bot?.stop());

  const repliesIn = (channelId: string) => connector.calls.filter((c) => c.kind === 'reply' && c.conversationId.startsWith(channelId));
  const evaluationCard = async () => {
    await t.send(channelMessage(connector.url, Users.casusregisseur, KERKRADE, 'evaluatie'));
    return repliesIn(KERKRADE.channelId).at(-1)!;
  };
  const click = (user: TestUser, channel = KERKRADE, cardId: string, verb: string, data: Record<string, unknown>) =>
    t.send(executeAction(connector.url, user, threadWhere(channel, cardId), verb, { evaluation: 'Kerkrade:2026-07', ...data }));

  it.skipIf(!openStore)('proposes the last quarter’s returned, escalated and long-waiting cases in the gemeente’s channel, and to Veilig Thuis by name', async () => {
    const text = cardText(cardOf(await evaluationCard()));
    expect(text).toContain('Evaluatie casuïstiek Kerkrade');
    expect(text).toContain('Periode: juli t/m september 2026');
    expect(text).toContain('**VT-Q3-RET** · teruggelegd bij Veilig Thuis');
    expect(text).toContain('**VT-Q3-ESC** · opgeschaald voorbij de eerste stap');
    expect(text).toContain('**VT-Q3-WAIT** · lang gewacht op overdracht · 50 dagen van melding tot overdracht');
    expect(text).not.toContain('VT-Q4-NEW');
    expect(text).toContain('Nog geen lessen vastgelegd.');

    await t.send(channelMessage(connector.url, Users.advisor1, VT, 'evaluatie Kerkrade'));
    expect(cardText(cardOf(repliesIn(VT.channelId).at(-1)!))).toContain('VT-Q3-RET');
    await t.send(personalMessage(connector.url, Users.teacher, 'evaluatie'));
    expect(textsTo(connector, `a:personal-${Users.teacher.aadObjectId}`).at(-1)).toContain('in het kanaal van een gemeente');
  });

  it.skipIf(!openStore)('records a lesson with an agreement and shows it to everyone on the card', async () => {
    const card = await evaluationCard();
    const res = await click(Users.casusregisseur, KERKRADE, card.createdId!, Verbs.evaluationLesson, lesson);
    const answer = cardText(responseCard(res));
    expect(answer).toContain('Les 1 is opgeslagen.');
    expect(answer).toContain('**1. Informatiedeling**');
    expect(answer).toContain('Kan beter: De terugkoppeling na het terugleggen kwam pas na twee weken.');
    expect(answer).toContain('Afspraak: Bij terugleggen belt Veilig Thuis binnen vijf werkdagen terug. · Veilig Thuis · uiterlijk dinsdag 15 december 2026 · open');
    await settle(t);
    const update = connector.calls.filter((c) => c.kind === 'update' && c.activityId === card.createdId).at(-1)!;
    expect(cardText(cardOf(update))).toContain('Lessen (1)');
    expect(await t.store.audit.list({ action: 'evaluation.lesson', recordId: 'Kerkrade:2026-07' })).toHaveLength(1);

    const lessons = async (gemeente: string) => {
      const res = await fetch(`${t.url}/api/dashboard/figures?gemeente=${gemeente}`, { headers: { 'X-Dev-User': Users.casusregisseur.aadObjectId } });
      return (await res.json()).tables.find((x: { id: string }) => x.id === 'lessons').rows as string[][];
    };
    expect(await lessons('kerkrade')).toEqual([
      ['Informatiedeling', 'Kerkrade', 'juli t/m september 2026', lesson.wentWell, lesson.toImprove, lesson.agreement, 'Veilig Thuis', 'dinsdag 15 december 2026', 'open'],
    ]);
    expect(await lessons('vaals')).toEqual([]);
  });

  it.skipIf(!openStore)('saves nothing with a name, a phone number or an empty form, says why, and keeps what was typed in the form', async () => {
    const card = await evaluationCard();
    const named = await click(Users.casusregisseur, KERKRADE, card.createdId!, Verbs.evaluationLesson, { theme: 'samenwerking', toImprove: 'Moeder Fatima Yilmaz werd niet teruggebeld op 06-12345678.' });
    const text = cardText(responseCard(named));
    expect(text).toContain('Niet opgeslagen.');
    expect(text).toContain('Wat kan beter lijkt identificerende gegevens te bevatten');
    expect(text).toContain('"value":"Moeder Fatima Yilmaz werd niet teruggebeld op 06-12345678."');
    const empty = await click(Users.casusregisseur, KERKRADE, card.createdId!, Verbs.evaluationLesson, { theme: 'samenwerking' });
    expect(cardText(responseCard(empty))).toContain('Vul in wat goed ging of wat beter kan.');
    const noDate = await click(Users.casusregisseur, KERKRADE, card.createdId!, Verbs.evaluationLesson, { theme: 'samenwerking', wentWell: 'Goed overleg.', agreement: 'Samen een casus per kwartaal.', owner: 'samen' });
    expect(cardText(responseCard(noDate))).toContain('Geef de datum waarop de afspraak klaar is.');
    const stored = await t.store.evaluations.get('Kerkrade:2026-07');
    expect(stored!.lessons).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain('Yilmaz');
  });

  it.skipIf(!openStore)('takes lessons only in the gemeente’s own channel or at Veilig Thuis', async () => {
    const res = await click(Users.casusregisseur, VAALS, 'x', Verbs.evaluationLesson, lesson);
    expect(cardText(responseCard(res))).toContain('Leg lessen vast in het kanaal van deze gemeente');
  });

  it.skipIf(!openStore)('reminds the gemeente on the agreement’s date, tells the coordinators five working days later, and stops once it is done', async () => {
    clock.set('2026-12-15T10:00:00Z');
    await t.bot.deps.scheduler.tick();
    await settle(t);
    expect(threadsIn(t, KERKRADE, 'Afspraak uit de evaluatie van Kerkrade staat nog open')).toHaveLength(1);

    clock.set('2026-12-22T10:00:00Z');
    await t.bot.deps.scheduler.tick();
    await settle(t);
    const overdue = connector.calls.filter((c) => c.kind === 'create' && c.conversationId === VT.channelId && cardText(cardOf(c)).includes('is over de datum'));
    expect(overdue).toHaveLength(1);
    expect(threadsIn(t, KERKRADE, 'Afspraak uit de evaluatie van Kerkrade staat nog open')).toHaveLength(1);

    const card = await evaluationCard();
    const done = await Promise.all(Array.from({ length: 10 }, () => click(Users.advisor1, KERKRADE, card.createdId!, Verbs.evaluationAgreementDone, { lesson: 1 })));
    expect(done.filter((r) => cardText(responseCard(r)).includes('De afspraak bij les 1 staat op nagekomen.'))).toHaveLength(1);
    expect(done.filter((r) => cardText(responseCard(r)).includes('Deze afspraak stond al op nagekomen.'))).toHaveLength(9);
    expect(cardText(cardOf(await evaluationCard()))).toContain('nagekomen (bevestigd door Adviseur Een)');
  });
});

describe('evaluations on the region’s rhythm', () => {
  const clock = runningClock('2027-01-04T07:00:00Z');
  let t: TestBot;

  beforeAll(async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vt-evaluatie-'));
    const regionFile = path.join(dir, 'region.json');
    const region = JSON.parse(await readFile(TEST_REGION_FILE, 'utf8'));
    await writeFile(regionFile, JSON.stringify({ ...region, evaluatie: {} }));
    t = await startTestBot({ env: { REGION_FILE: regionFile }, clock });
    await link(t, Users.coordinator, ['Kerkrade', 'Vaals']);
    for (const c of quarterCases()) await t.store.cases.put(c.reference, { ...c, receivedAt: '2026-11-02T09:00:00.000Z', stages: [{ stage: 'overdracht', at: '2026-11-02T09:00:00.000Z' }] });
  });
  afterAll(async () => t?.stop());

  it('puts the evaluation on the first agenda of the quarter', async () => {
    await t.send(channelMessage(t.connector.url, Users.casusregisseur, KERKRADE, 'agenda'));
    const agenda = t.connector.calls.filter((c) => c.kind === 'reply' && c.conversationId.startsWith(KERKRADE.channelId)).at(-1)!;
    expect(cardText(cardOf(agenda))).toContain('Samen terugkijken op casussen uit oktober t/m december 2026');
  });

  it('posts the evaluation cards and the yearly evaluation with the first agenda of January, once, and tells the coordinators', async () => {
    clock.set('2027-01-04T07:35:00Z'); // Monday 4 January 08:35
    await t.bot.deps.scheduler.tick();
    await settle(t);
    await t.bot.deps.scheduler.tick();
    await settle(t);
    expect(threadsIn(t, KERKRADE, 'Evaluatie casuïstiek Kerkrade')).toHaveLength(1);
    expect(cardText(cardOf(threadsIn(t, KERKRADE, 'Evaluatie casuïstiek Kerkrade')[0]!))).toContain('oktober t/m december 2026');
    expect(threadsIn(t, VAALS, 'Evaluatie casuïstiek Vaals')).toHaveLength(1);
    const year = threadsIn(t, KERKRADE, 'Jaarevaluatie samenwerking Kerkrade (2026)');
    expect(year).toHaveLength(1);
    expect(cardText(cardOf(year[0]!))).toContain('"title":"Teruggelegd","value":"< 5"');
    const reports = t.connector.calls.filter((c) => c.kind === 'create' && c.conversationId === VT.channelId && String(c.body.text ?? '').startsWith('Evaluatie casuïstiek over oktober t/m december 2026'));
    expect(reports).toHaveLength(1);
  });

  it('shows the yearly evaluation on request, with the open agreements', async () => {
    await t.send(channelMessage(t.connector.url, Users.coordinator, VT, 'jaarevaluatie Vaals'));
    const reply = t.connector.calls.filter((c) => c.kind === 'reply' && c.conversationId.startsWith(VT.channelId)).at(-1)!;
    expect(cardText(cardOf(reply))).toContain('Jaarevaluatie samenwerking Vaals (2026)');
    expect(cardText(cardOf(reply))).toContain('Er staan geen afspraken open.');
  });
});
