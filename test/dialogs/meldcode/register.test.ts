import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../../helpers/testBot.js';
import { executeAction, installPersonal, personalMessage, personalWhere, Users } from '../../helpers/activities.js';
import { answer, button, buttons, cardOf, options, tap, tappables, texts, type Button, type Card } from '../../helpers/cards.js';

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

  it('takes a teacher from "wat doe ik bij een signaal?" to the verslag in at most 12 interactions, one tap per answer', async () => {
    t = await startTestBot();
    let interactions = 0;
    const click = async (b: Button) => {
      interactions++;
      return press(t, b);
    };
    interactions++;
    const [sectorCard] = await say(t, 'Wat doe ik bij een signaal?');
    let card = await click(button(cardOf(sectorCard), 'Onderwijs'));
    expect(texts(card)).toContain('Eerst: veiligheid');
    expect(buttons(card).map((b) => b.title)).toContain('Acuut gevaar?');
    card = await click(tap(card, 'Nee'));
    expect(texts(card)).toContain('Om wie gaat je zorg');
    card = await click(tap(card, 'thuissituatie'));
    expect(texts(card)).toContain('Stap 1 van 5');
    card = await click(answer(card, 'letsel'));
    card = await click(tap(card, 'Intern begeleider'));
    card = await click(tap(card, 'Ja, ik heb advies gevraagd'));
    card = await click(tap(card, 'Ja, het gesprek is gevoerd'));
    card = await click(tap(card, 'Ja, ik heb een vermoeden'));
    card = await click(tap(card, 'Ja, acute en/of structurele onveiligheid'));
    expect(texts(card)).toContain('Melden bij Veilig Thuis');
    expect(JSON.stringify(card)).toContain('0800-2000');
    const verslag = await click(button(card, 'Verslag voor het dossier'));
    expect(interactions).toBeLessThanOrEqual(12);
    console.info(`meldcode common path: ${interactions} interactions from the first message to the verslag`);

    expect(texts(verslag)).toContain('Onderwijs');
    expect(texts(verslag)).toContain('Je gaf aan dat er geen acuut gevaar was.');
    const pdf = await fetch(button(verslag, 'PDF').url!.replace(/^http:\/\/localhost:\d+/, t.url));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(/meldcode-verslag-.*\.pdf/);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const txt = await fetch(button(verslag, '.txt').url!.replace(/^http:\/\/localhost:\d+/, t.url));
    expect(await txt.text()).toContain('Je gaf aan dat er geen acuut gevaar was.');
    expect(JSON.stringify(verslag)).toContain('Tekst om te kopiëren');
  });

  it('takes the special route for eergerelateerd geweld: Veilig Thuis first, not the family', async () => {
    t = await startTestBot();
    const [sectorCard] = await say(t, 'signaal');
    let card = await press(t, button(cardOf(sectorCard), 'Kinderopvang'));
    card = await press(t, tap(card, 'Nee'));
    card = await press(t, tap(card, 'Eergerelateerd geweld'));
    card = await press(t, tap(card, 'Nee, of dat weet ik niet'));
    expect(texts(card)).toContain('Eerst Veilig Thuis, niet eerst het gezin');
    expect(texts(card)).toContain('niet met de ouders of de familie voordat Veilig Thuis');
  });

  it('masks identifying data in a note and says so, and the verslag keeps the masked note', async () => {
    t = await startTestBot();
    const [sectorCard] = await say(t, 'signaal');
    let card = await press(t, button(cardOf(sectorCard), 'Onderwijs'));
    card = await press(t, tap(card, 'Nee', { note: 'Moeder belde vanaf 06-12345678 over de ruzie.' }));
    expect(texts(card)).toContain('onherkenbaar gemaakt');
    const [verslag] = await say(t, 'verslag');
    const all = texts(cardOf(verslag));
    expect(all).toContain('Je notitie: Moeder belde vanaf');
    expect(all).not.toContain('12345678');
  });

  it('understands typed answers while the walk waits: ja, nee, an option, terug, and stop after a confirmation', async () => {
    t = await startTestBot();
    const [sectorCard] = await say(t, 'signaal');
    await press(t, button(cardOf(sectorCard), 'Wijkteam'));
    let [reply] = await say(t, 'nee');
    expect(texts(cardOf(reply))).toContain('Om wie gaat je zorg');
    [reply] = await say(t, 'Een kind of volwassene: zorgen over de thuissituatie');
    expect(texts(cardOf(reply))).toContain('Kindcheck');
    [reply] = await say(t, 'weet ik niet');
    expect(texts(cardOf(reply))).toContain('Welke signalen');
    [reply] = await say(t, 'terug');
    expect(texts(cardOf(reply))).toContain('Kindcheck');
    [reply] = await say(t, 'stop');
    expect(texts(cardOf(reply))).toContain('Wil je de doorloop stoppen?');
    [reply] = await say(t, 'ja');
    expect(texts(cardOf(reply))).toContain('De doorloop is gestopt');
    const [again] = await say(t, 'signaal');
    expect(texts(cardOf(again))).toContain('Eerst: veiligheid');
  });

  it('gives the acute answer to a typed "ja" on the acute question', async () => {
    t = await startTestBot();
    const [sectorCard] = await say(t, 'signaal');
    await press(t, button(cardOf(sectorCard), 'Zorg'));
    const [reply] = await say(t, 'ja');
    const txt = texts(cardOf(reply));
    expect(txt).toContain('112');
    expect(txt).toContain('0800-2000');
    expect(buttons(cardOf(reply)).map((b) => b.title)).toContain('Verder met de meldcode');
  });

  it('asks before a new walk replaces a finished one', async () => {
    t = await startTestBot();
    const [sectorCard] = await say(t, 'signaal');
    let card = await press(t, button(cardOf(sectorCard), 'Onderwijs'));
    card = await press(t, tap(card, 'Nee'));
    card = await press(t, tap(card, 'zelfdoding'));
    card = await press(t, tap(card, 'Nee'));
    expect(texts(card)).toContain('113');
    const [asked] = await say(t, 'signaal');
    expect(texts(cardOf(asked))).toContain('Je vorige doorloop is afgerond');
    const fresh = await press(t, button(cardOf(asked), 'Nieuwe doorloop'));
    expect(texts(fresh)).toContain('Eerst: veiligheid');
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
    card = await press(t, tap(card, 'Nee'));
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
    const second = await press(t, tap(first, 'Nee'));
    const stale = await press(t, tap(first, 'Nee'));
    expect(texts(stale)).toContain('eerdere stap');
    expect(texts(stale)).toContain(texts(second).split('\n')[2]!);

    const someAnswer = tappables(second)[0]!;
    const unknown = await press(t, { ...someAnswer, data: { ...someAnswer.data, choiceId: 'bestaat-niet' } });
    expect(texts(unknown)).toContain('Die keuze ken ik niet');
    const none = await press(t, { ...someAnswer, data: { nodeId: someAnswer.data.nodeId } });
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
