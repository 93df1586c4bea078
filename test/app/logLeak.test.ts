import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/core/log.js';
import { Verbs } from '../../src/cards/verbs.js';
import { main as importCases } from '../../scripts/import-cases.js';
import { startTestBot, TEST_REGION_FILE, type TestBot } from '../helpers/testBot.js';
import { fakeClock } from '../helpers/fakeClock.js';
import {
  channelMessage,
  executeAction,
  personalMessage,
  personalWhere,
  submitAction,
  teamChannel,
  threadWhere,
  Users,
  type TestUser,
  type Where,
} from '../helpers/activities.js';

/** Text a person could type; it must never show up in anything the process writes. */
const MARKER = 'QZXMARKERQZX';
const typed = (words = '') => `${words} ${MARKER}`.trim();
const TOKEN = 'intake-token-for-the-log-leak-test-0123';

const vt = teamChannel('Veilig Thuis');
const heerlen = teamChannel('Heerlen');

/** Every input id the card templates use and every field name a payload schema reads. */
async function fieldNames(): Promise<string[]> {
  const dir = path.resolve(import.meta.dirname, '../../src/cards/templates');
  const ids = new Set<string>(['draftId', 'ticketId', 'formId', 'reference', 'week', 'slot', 'page', 'dueAt', 'articleId', 'choiceId', 'context', 'reason', 'followUp', 'text', 'step', 'sector', 'gemeente']);
  for (const file of await readdir(dir)) {
    for (const m of (await readFile(path.join(dir, file), 'utf8')).matchAll(/"id"\s*:\s*"([A-Za-z]+)(_\$\{slot\})?"/g)) {
      ids.add(m[1]!);
      if (m[2]) ids.add(`${m[1]}_1`);
    }
  }
  return [...ids];
}

describe('no typed text in the logs', () => {
  let t: TestBot;
  const written: string[] = [];

  beforeAll(async () => {
    const capture = (stream: NodeJS.WriteStream) => {
      const original = stream.write.bind(stream);
      vi.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
        written.push(String(chunk));
        return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof stream.write);
    };
    capture(process.stdout);
    capture(process.stderr);
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) vi.spyOn(console, level).mockImplementation((...args) => void written.push(args.map(String).join(' ')));
    t = await startTestBot({ env: { INTAKE_API_TOKEN: TOKEN }, log: createLogger('debug', (line) => written.push(line)) });
    await t.send(channelMessage(t.connector.url, Users.coordinator, vt, 'koppel veilig thuis'));
    await t.send(channelMessage(t.connector.url, Users.coordinator, heerlen, 'koppel Heerlen'));
  });
  afterAll(async () => {
    await t?.stop();
    vi.restoreAllMocks();
  });

  const click = (user: TestUser, where: Where, verb: string, data: Record<string, unknown>) => t.send(executeAction(t.connector.url, user, where, verb, data));
  const submit = (user: TestUser, where: Where, verb: string, data: Record<string, unknown>) => t.send(submitAction(t.connector.url, user, where, verb, data));

  it('sends the marker through every input path, and nothing the process wrote contains it', async () => {
    const me = personalWhere(Users.teacher);
    // Messages, in the personal chat and in channels.
    for (const text of ['', 'help', 'signaal', 'wat doe ik bij een signaal?', 'advies vragen', 'mijn vragen', 'verslag', 'vergeet mijn gegevens', 'stop']) {
      await t.send(personalMessage(t.connector.url, Users.teacher, typed(text)));
    }
    for (const text of ['koppel', 'status', 'agenda', 'agenda versturen', 'nieuwe overdracht', 'cijfers', 'ontkoppel']) {
      await t.send(channelMessage(t.connector.url, Users.coordinator, heerlen, typed(text)));
      await t.send(channelMessage(t.connector.url, Users.advisor1, vt, typed(text)));
    }
    await t.send(channelMessage(t.connector.url, Users.coordinator, heerlen, 'koppel Heerlen'));

    // An advice question, the privacy confirmation, the answer and a follow-up.
    const form = { draftId: 'draft-leak', sector: 'onderwijs', gemeente: 'Heerlen', urgency: 'vandaag', answerMode: 'chat', callbackPhone: typed() };
    await click(Users.teacher, me, Verbs.adviceSubmit, { ...form, question: typed('Een leerling heeft steeds blauwe plekken, wat nu?') });
    await click(Users.teacher, me, Verbs.adviceSubmit, { ...form, draftId: 'draft-pii', question: typed('Jantje de Vries, BSN 123456782, 12-03-2015, Dorpsstraat 5') });
    await click(Users.teacher, me, Verbs.adviceConfirmPii, { ...form, draftId: 'draft-pii', question: typed('Jantje de Vries, BSN 123456782, 12-03-2015, Dorpsstraat 5') });
    await t.bot.outbox.idle();
    const [ticket] = await t.store.tickets.list();
    expect(ticket).toBeDefined();
    const thread = threadWhere(vt, 'leak-thread');
    await click(Users.advisor1, thread, Verbs.ticketClaim, { ticketId: ticket!.id });
    await click(Users.advisor1, thread, Verbs.ticketAnswer, { ticketId: ticket!.id, answer: typed('Bel ons gerust') });
    await click(Users.teacher, me, Verbs.adviceFollowUp, { ticketId: ticket!.id, followUp: typed('En als het weer gebeurt?') });
    await click(Users.teacher, me, Verbs.adviceFollowUp, { ticketId: ticket!.id, followUp: typed('Zijn vader heet Piet Jansen, BSN 123456782') });
    await t.bot.outbox.idle();

    // The intake API: a valid case with typed text in its free fields, and invalid ones (bad enums, wrong types).
    const intake = (body: unknown) =>
      fetch(`${t.url}/api/cases`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` }, body: JSON.stringify(body) });
    const aCase = { reference: 'VT-LEAK-1', gemeente: 'Heerlen', route: 'directe-overdracht', urgent: false, meldingOn: '2026-11-16', beoordeeldOn: '2026-11-19', summary: typed('Spanningen thuis'), veiligheidsplan: true, betrokkenenGeinformeerd: true, vtContact: typed('Frontoffice') };
    const created = (await (await intake(aCase)).json()) as { case?: { tableWeek?: string } };
    await intake({ ...aCase, reference: typed(), gemeente: typed(), route: typed(), urgent: typed(), meldingOn: typed() });
    await intake({ [MARKER]: MARKER, summary: { [MARKER]: [MARKER] } });
    await fetch(`${t.url}/api/cases`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${MARKER}` }, body: '{}' });

    // A handover confirmed and returned with typed text in the form fields.
    const week = created.case?.tableWeek ?? '2026-W48';
    const where = threadWhere(heerlen, 'agenda');
    const inputs = { casusregisseur_1: typed(), procesregisseur_1: typed('Piet Jansen'), team_1: typed('BSN 123456782'), warmHandoverOn_1: typed(), betrokkenenGeinformeerd_1: typed() };
    await click(Users.casusregisseur, where, Verbs.handoverConfirm, { reference: 'VT-LEAK-1', week, slot: 1, ...inputs });
    await click(Users.casusregisseur, where, Verbs.handoverReturn, { reference: 'VT-LEAK-1', week, slot: 1, reason_1: typed('Niet onze gemeente') });
    await click(Users.advisor1, thread, Verbs.intakeSubmit, { formId: typed(), ...Object.fromEntries(Object.keys(aCase).map((k) => [k, typed()])) });

    // Every registered verb, clicked (Action.Execute) and submitted (Action.Submit), with typed text in every field
    // and with wrong types, in the personal chat and in both channels.
    const names = await fieldNames();
    const variants: Record<string, unknown>[] = [
      Object.fromEntries(names.map((n) => [n, typed()])),
      Object.fromEntries(names.map((n) => [n, { [MARKER]: typed() }])),
      Object.fromEntries(names.map((n) => [n, [typed()]])),
      { ticketId: ticket!.id, reference: 'VT-LEAK-1', week, slot: 1, ...Object.fromEntries(names.filter((n) => !['ticketId', 'reference', 'week', 'slot'].includes(n)).map((n) => [n, typed()])) },
    ];
    for (const verb of Object.values(Verbs)) {
      for (const data of variants) {
        for (const [user, place] of [[Users.teacher, me], [Users.advisor1, thread], [Users.casusregisseur, where]] as const) {
          const a = await click(user, place, verb, data);
          const b = await submit(user, place, verb, data);
          expect([a.status, b.status]).toEqual([200, 200]);
        }
      }
    }
    await t.bot.outbox.idle();

    // The CSV import, with typed text in good and bad rows.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vt-leak-'));
    const csv = path.join(dir, 'cases.csv');
    const header = 'reference,gemeente,route,urgent,meldingOn,beoordeeldOn,summary,veiligheidsplan,betrokkenenGeinformeerd,vtContact';
    const io = { out: (l: string) => void written.push(l), err: (l: string) => void written.push(l) };
    await writeFile(csv, [header, `VT-CSV-1,Heerlen,directe-overdracht,nee,2026-11-16,2026-11-18,"${typed()}",ja,ja,${typed()}`].join('\r\n'));
    await importCases([csv], { DATA_DIR: path.join(dir, 'data'), REGION_FILE: TEST_REGION_FILE }, io, fakeClock('2026-11-25T09:00:00Z'));
    // A wrong gemeente name is quoted back to the operator in the report on their own file (not a log); the
    // free-text columns never are.
    await writeFile(csv, [header, `${typed()},Venlo,${typed()},${typed()},${typed()},2026-11-18,"${typed()}",${typed()},ja,${typed()}`].join('\r\n'));
    await importCases([csv], { DATA_DIR: path.join(dir, 'data'), REGION_FILE: TEST_REGION_FILE }, io, fakeClock('2026-11-25T09:00:00Z'));

    expect(t.connector.calls.length).toBeGreaterThan(100);
    expect(written.length).toBeGreaterThan(100);
    const leaks = written.filter((line) => line.includes(MARKER));
    expect(leaks).toEqual([]);
  }, 240_000);
});
