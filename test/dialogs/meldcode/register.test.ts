import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../../helpers/testBot.js';
import { executeAction, installPersonal, personalMessage, personalWhere, Users } from '../../helpers/activities.js';
import { answer, button, buttons, cardOf, options, texts, type Button, type Card } from '../../helpers/cards.js';

const teacher = Users.teacher;
const chat = `a:personal-${teacher.aadObjectId}`;

async function say(t: TestBot, text: string): Promise<Card[]> {
  const before = t.connector.calls.length;
  const res = await t.send(personalMessage(t.connector.url, teacher, text));
  expect(res.status).toBe(200);
  return t.connector.calls.slice(before).filter((c) => c.conversationId === chat).map((c) => c.body as Card);
}

async function press(t: TestBot, b: Button): Promise<Card> {
  const res = await t.send(executeAction(t.connector.url, teacher, personalWhere(teacher), b.verb!, b.data));
  expect(res.status).toBe(200);
  return cardOf(res.body);
}


describe('the meldcode walk-through in personal chat', () => {
  let t: TestBot;
  afterEach(async () => t?.stop());

  it('welcomes a new user with what the bot does and the three buttons', async () => {
    t = await startTestBot();
    await t.send(installPersonal(t.connector.url, teacher));
    const welcome = cardOf(t.connector.calls.at(-1)!.body);
    expect(texts(welcome)).toContain('Welkom bij de Veilig Thuis assistent');
    expect(buttons(welcome).map((b) => b.title)).toEqual(expect.arrayContaining(['Ik zie een signaal', 'Advies vragen aan Veilig Thuis', 'Vraag stellen']));
  });

  it('takes a teacher from "wat doe ik bij een signaal?" through the steps to an outcome and a verslag', async () => {
    t = await startTestBot();
    const [sectorCard] = await say(t, 'Wat doe ik bij een signaal?');
    let card = await press(t, button(cardOf(sectorCard), 'Onderwijs'));
    expect(texts(card)).toContain('Eerst: veiligheid');
    expect(buttons(card).map((b) => b.title)).toContain('Acuut gevaar?');

    card = await press(t, answer(card, 'Nee'));
    expect(texts(card)).toContain('Stap 1 van 5');
    card = await press(t, answer(card, 'Nee, het gaat om de thuissituatie'));
    const seen: string[] = [];
    for (let i = 0; i < 20 && options(card).length > 0; i++) {
      seen.push(texts(card).split('\n')[0]!);
      const next = options(card).find((o) => !/nog niet|later|twijfel/i.test(o.title)) ?? options(card)[0]!;
      card = await press(t, answer(card, next.title));
    }
    expect(seen.some((s) => s.includes('Stap 2 van 5'))).toBe(true);
    expect(texts(card)).toMatch(/Uitkomst|Acuut/);
    expect(JSON.stringify(card)).toContain('0800-2000');

    const verslag = await press(t, button(card, 'Verslag voor het dossier'));
    expect(texts(verslag)).toContain('Onderwijs');
    const download = button(verslag, 'Download');
    const file = await fetch(download.url!.replace(/^http:\/\/localhost:\d+/, t.url));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain('meldcode-verslag-');
    expect(await file.text()).toContain('Acuut gevaar: nee.');
  });

  it('answers acute danger first when the user types it, in the middle of a walk', async () => {
    t = await startTestBot();
    const [sectorCard] = await say(t, 'signaal');
    await press(t, button(cardOf(sectorCard), 'Wijkteam'));
    const [reply] = await say(t, 'hij slaat haar nu');
    const txt = texts(cardOf(reply));
    expect(txt.indexOf('112')).toBeGreaterThanOrEqual(0);
    expect(txt).toContain('0800-2000');
    expect(buttons(cardOf(reply)).map((b) => b.title)).toContain('Verder met de meldcode');
  });

  it('resumes at the same step after the bot restarts', async () => {
    t = await startTestBot();
    const [sectorCard] = await say(t, 'signaal');
    let card = await press(t, button(cardOf(sectorCard), 'Onderwijs'));
    card = await press(t, answer(card, 'Nee'));
    const step = texts(card).split('\n').slice(0, 3).join('\n');
    await t.restart();
    const [resumed] = await say(t, 'signaal');
    expect(texts(cardOf(resumed))).toContain('Je was hier gebleven');
    expect(texts(cardOf(resumed))).toContain(step.split('\n')[2]!);
  });

  it('answers an old button, an unknown choice, an empty and a 10 000-character message briefly and shows the current step', async () => {
    t = await startTestBot();
    const [sectorCard] = await say(t, 'signaal');
    const first = await press(t, button(cardOf(sectorCard), 'Onderwijs'));
    const second = await press(t, answer(first, 'Nee'));
    const stale = await press(t, answer(first, 'Nee'));
    expect(texts(stale)).toContain('eerdere stap');
    expect(texts(stale)).toContain(texts(second).split('\n')[2]!);

    const unknown = await press(t, { ...button(second, 'Verder'), data: { ...button(second, 'Verder').data, choiceId: 'bestaat-niet' } });
    expect(texts(unknown)).toContain('Die keuze ken ik niet');
    const none = await press(t, button(second, 'Verder'));
    expect(texts(none)).toContain('Die keuze ken ik niet');

    const [empty] = await say(t, '   ');
    expect(String(empty!.text)).toContain('leeg bericht');
    expect(texts(cardOf(empty))).toContain('Stap 1 van 5');

    const [long] = await say(t, 'a'.repeat(10_000));
    expect(String(long!.text)).toContain('te lang');
  });

  it('answers a knowledge question with an article, its source and alternatives', async () => {
    t = await startTestBot();
    const [answer] = await say(t, 'Wat zijn signalen van verwaarlozing?');
    const txt = texts(cardOf(answer));
    expect(txt).toMatch(/verwaarlozing/i);
    expect(txt).toContain('Bron:');
    const [none] = await say(t, 'hoe laat begint de voetbalwedstrijd morgen');
    expect(texts(cardOf(none))).toContain('geen goed antwoord');
  });

  it('forgets the walk and the sector with "vergeet mijn gegevens"', async () => {
    t = await startTestBot();
    const [sectorCard] = await say(t, 'signaal');
    await press(t, button(cardOf(sectorCard), 'Onderwijs'));
    const [reply] = await say(t, 'vergeet mijn gegevens');
    expect(String(reply!.text)).toContain('gewist');
    const [again] = await say(t, 'signaal');
    expect(texts(cardOf(again))).toContain('Voor welke sector');
  });
});
