import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Verbs } from '../../src/cards/verbs.js';
import { AppTexts } from '../../src/app/texts.js';
import { startTestBot, type TestBot } from '../helpers/testBot.js';
import { channelMessage, executeAction, personalMessage, personalWhere, submitAction, teamChannel, threadWhere, Users, type Where } from '../helpers/activities.js';

/** mulberry32: a small seeded generator, so a failing case can be replayed with the same seed. */
function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const CASES = Number(process.env.FUZZ_CASES ?? 1000);

const weirdStrings = [
  '',
  ' ',
  '\u0000',
  '\u202e gnirts desrever',
  'zero\u200bwidth\u200djoiner',
  '\ud800',
  '\udfff lone surrogate',
  '👨‍👩‍👧‍👦🏳️‍🌈',
  'Z̷̧̛a̴͜l̸g̶o̵',
  '<at>Veilig Thuis assistent</at>',
  '${verb}',
  '{{x}}',
  '"; DROP TABLE cases; --',
  '../../etc/passwd',
  'help',
  'koppel Heerlen',
  'vergeet mijn gegevens',
  'BSN 123456782',
  '2026-W48',
  '9999-99-99',
  '-1',
  'NaN',
  '1e309',
  '__proto__',
  'constructor',
];

const hostileKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

function value(r: ReturnType<typeof seeded>, depth = 0): unknown {
  switch (r.int(depth > 2 ? 7 : 10)) {
    case 0: return r.pick(weirdStrings);
    case 1: return 'x'.repeat(r.next() < 0.05 ? 600_000 : r.pick([1_000, 20_000]));
    case 2: return r.pick([0, -1, 1.5, 2 ** 53, Number.MAX_SAFE_INTEGER, -0]);
    case 3: return r.pick([true, false, null]);
    case 4: return r.pick(weirdStrings) + r.pick(weirdStrings);
    case 5: return String(r.int(1000));
    case 6: return r.pick(Object.values(Verbs));
    case 7: return Array.from({ length: r.int(4) }, () => value(r, depth + 1));
    case 8: return { [r.pick(hostileKeys)]: { polluted: true, prototype: { polluted: true } }, nested: value(r, depth + 1) };
    default: return Object.fromEntries(Array.from({ length: r.int(5) }, () => [r.pick([...hostileKeys, 'ticketId', 'draftId', 'reference', 'week', 'slot', 'question', 'answer', 'text']), value(r, depth + 1)]));
  }
}

/** Card data for a verb: fields the cards use, filled with hostile values, sometimes with the keys that matter left out. */
function cardData(r: ReturnType<typeof seeded>): Record<string, unknown> {
  const fields = ['ticketId', 'draftId', 'reference', 'week', 'slot', 'page', 'gemeente', 'formId', 'question', 'answer', 'followUp', 'reason_1', 'team_1', 'procesregisseur_1', 'sector', 'urgency', 'answerMode', 'choiceId', 'articleId', 'context', 'dueAt', 'step'];
  const data: Record<string, unknown> = {};
  for (const f of fields) if (r.next() < 0.5) data[f] = value(r);
  if (r.next() < 0.2) data[r.pick(hostileKeys)] = { polluted: true };
  return data;
}

type Kind = 'execute' | 'submit' | 'message' | 'malformed' | 'invoke-other';

function activityBreakers(r: ReturnType<typeof seeded>, a: Record<string, unknown>): Record<string, unknown> {
  const broken = { ...a };
  const field = r.pick(['type', 'serviceUrl', 'conversation', 'from', 'recipient', 'channelId', 'text', 'value', 'channelData', 'entities', 'attachments', 'name', 'id', 'replyToId', 'timestamp']);
  switch (r.int(4)) {
    case 0: delete broken[field]; break;
    case 1: broken[field] = value(r); break;
    case 2: broken[field] = { id: value(r) }; break;
    default: broken[r.pick(hostileKeys)] = { polluted: true };
  }
  return broken;
}

const DUTCH = /\b(de|het|een|je|niet|is|dit|deze|kaart|knop|typ|alleen|bel|gesprek|vraag)\b/i;

describe('fuzzing the front door (seeded, bounded)', () => {
  let t: TestBot;
  const vt = teamChannel('Veilig Thuis');
  const heerlen = teamChannel('Heerlen');
  beforeAll(async () => {
    t = await startTestBot();
    await t.send(channelMessage(t.connector.url, Users.coordinator, vt, 'koppel veilig thuis'));
    await t.send(channelMessage(t.connector.url, Users.coordinator, heerlen, 'koppel Heerlen'));
  });
  afterAll(async () => t?.stop());

  it(`answers ${CASES} hostile activities and card payloads without a crash, a 5xx or a person left without a Dutch sentence`, async () => {
    const r = seeded(SEED);
    const verbs = [...Object.values(Verbs), 'no.such.verb', '', 'constructor'];
    const users = [Users.teacher, Users.advisor1, Users.casusregisseur, Users.coordinator, Users.outsider];
    const places = (u: typeof Users.teacher): Where[] => [personalWhere(u), threadWhere(vt, String(r.int(5))), threadWhere(heerlen, String(r.int(5)))];
    const counts: Record<string, number> = {};
    const statuses: Record<string, number> = {};
    const failures: string[] = [];
    /** Answers checked for a Dutch sentence: invoke responses and replies in the personal chat. */
    const heard = { invoke: 0, chat: 0 };

    const build = (): { kind: Kind; verb: string; activity: Record<string, unknown> } => {
      const user = r.pick(users);
      const where = r.pick(places(user));
      const verb = r.pick(verbs);
      const kind: Kind = r.pick(['execute', 'execute', 'submit', 'message', 'malformed', 'invoke-other'] as const);
      let activity: Record<string, unknown>;
      if (kind === 'execute') activity = executeAction(t.connector.url, user, where, verb, cardData(r));
      else if (kind === 'submit') activity = submitAction(t.connector.url, user, where, verb, cardData(r));
      else if (kind === 'message') activity = personalMessage(t.connector.url, user, String(r.pick(weirdStrings)) + (r.next() < 0.02 ? 'y'.repeat(600_000) : ''));
      else if (kind === 'invoke-other') activity = { ...executeAction(t.connector.url, user, where, verb, cardData(r)), name: r.pick(['composeExtension/query', 'task/fetch', 'signin/verifyState', 'adaptiveCard/actio', '', 'x'.repeat(300)]) };
      else activity = activityBreakers(r, r.next() < 0.5 ? executeAction(t.connector.url, user, where, verb, cardData(r)) : personalMessage(t.connector.url, user, 'help'));
      const v = activity.value as Record<string, unknown> | undefined;
      if (v && kind !== 'malformed' && r.next() < 0.05) v.action = value(r);
      return { kind, verb, activity };
    };

    // A few at a time, as Teams delivers them; the cases themselves come from the seed in order.
    for (let i = 0; i < CASES; i += 4) {
      const batch = Array.from({ length: Math.min(4, CASES - i) }, build);
      const results = await Promise.all(batch.map((b) => t.send(b.activity).catch((err: Error) => ({ status: 0, body: err.message }))));
      results.forEach((res, k) => {
        const { kind, verb, activity } = batch[k]!;
        counts[kind] = (counts[kind] ?? 0) + 1;
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        const unknownInvokeName = activity.type === 'invoke' && activity.name !== 'adaptiveCard/action';
        // 501 Not Implemented is what Teams expects for an invoke name the bot has no feature for.
        if (res.status === 0 || (res.status >= 500 && !(unknownInvokeName && res.status === 501))) failures.push(`#${i + k} ${kind} ${verb}: ${res.status}`);
        if (res.status !== 200) return;
        const personal = (activity.conversation as { conversationType?: string } | undefined)?.conversationType === 'personal';
        if ((kind === 'message' || kind === 'submit') && personal) {
          heard.chat += 1;
          const replies = t.connector.calls.filter((c) => c.kind === 'reply' && c.activityId === activity.id).map((c) => JSON.stringify(c.body));
          if (!replies.some((reply) => DUTCH.test(reply))) failures.push(`#${i + k} ${kind} ${verb}: no Dutch reply in the chat`);
          if (replies.some((reply) => reply.includes(AppTexts.somethingWentWrong))) failures.push(`#${i + k} ${kind} ${verb}: the generic sorry`);
        }
        if (kind !== 'execute') return;
        heard.invoke += 1;
        const body = res.body as { value?: unknown };
        const said = typeof body?.value === 'string' ? body.value : JSON.stringify(body?.value ?? '');
        if (!DUTCH.test(said)) failures.push(`#${i + k} ${verb}: no Dutch sentence`);
        if (said.includes(AppTexts.somethingWentWrong)) failures.push(`#${i + k} ${verb}: the generic sorry instead of "werkt niet (meer)"`);
      });
    }

    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    console.info(`fuzz seed ${SEED}: ${CASES} cases`, JSON.stringify(counts), 'statuses', JSON.stringify(statuses), `checked for Dutch: ${heard.invoke} invoke answers, ${heard.chat} chat replies; failures ${failures.length}`);
    expect(heard.invoke + heard.chat).toBeGreaterThan(CASES / 3);
    expect(failures).toEqual([]);
  }, 120_000);
});
