import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cardButton,
  cardCount,
  chooseOption,
  conversationPane,
  Demo,
  launchBrowser,
  newPage,
  openChannel,
  openPersonalChat,
  postWithMention,
  pressAndWait,
  screenshot,
  screenshotArea,
  sendInChat,
  startPlaygroundStack,
  waitForCard,
  waitForReply,
  JOURNEY_VIEWPORT,
  type PlaygroundStack,
} from './support/index.js';

/**
 * The user journeys of the meldcode and advice features in the Microsoft 365 Agents Playground, a
 * Teams-like client, driven in headless Chromium: typing in the chat, clicking card buttons, filling
 * card inputs, and watching cards update in place. One bot, one playground and one page for both
 * journeys (the playground keeps a conversation's history only as long as its page lives).
 *
 * Who is who: the playground has one current user, Sanne Hendriks, who is coordinator and advisor in
 * config/region.demo.json. She plays every part here: the teacher in the personal chat, the professional
 * who asks advice, and the Veilig Thuis advisor who claims and answers the question in the team channel.
 * The bot does not need them to be different people; the HTTP tests (test/dialogs/**) cover the
 * differences between people (refusals, two advisors at once).
 *
 * Screenshots of the key cards go to test-output/e2e/journey-*.png; E2E_UPDATE_DOCS=1 also copies
 * the ones the README shows into docs/images/.
 */
describe('journeys in the Agents Playground (headless Chromium)', () => {
  let stack: PlaygroundStack;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    stack = await startPlaygroundStack();
    browser = await launchBrowser();
    page = await newPage(browser, stack.playgroundUrl);
    await page.setViewportSize(JOURNEY_VIEWPORT); // tall enough for a whole form card in one picture
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  describe('a teacher in the personal chat (the current user plays the teacher)', () => {
    it('walks the meldcode with one tap per answer, from "wat doe ik bij een signaal?" to the verslag in at most 12 interactions', async ({ onTestFailed }) => {
      onTestFailed(() => reportFailure('journey-meldcode-failed'));
      const pane = await openPersonalChat(page);
      const before = await cardCount(pane);
      let interactions = 1; // the first message
      await sendInChat(page, 'wat doe ik bij een signaal?');

      const card = await waitForCard(pane, 'Voor welke sector werk je?', { after: before });
      const tapAndWait = async (answer: string | RegExp, expected: string | RegExp) => {
        interactions++;
        return pressAndWait(card, answer, expected);
      };
      await tapAndWait('Onderwijs', 'Eerst: veiligheid');
      await tapAndWait('Nee', 'Om wie gaat je zorg');
      await tapAndWait(/zorgen over de thuissituatie/, 'Welke signalen');
      interactions++;
      await card.getByRole('checkbox', { name: /Lichamelijk letsel/ }).first().check();
      await tapAndWait('Verder', 'Collegiale consultatie');
      await tapAndWait('Intern begeleider (po)', 'Advies van Veilig Thuis');
      await tapAndWait('Ja, ik heb advies gevraagd', 'Gesprek met de betrokkene');
      await tapAndWait('Ja, het gesprek is gevoerd', 'Afweging 1');
      await tapAndWait('Ja, ik heb een vermoeden', 'Afweging 2');
      const outcome = await tapAndWait('Ja, acute en/of structurele onveiligheid', 'Melden bij Veilig Thuis');
      expect(outcome).toContain('0800-2000');
      await screenshotArea(conversationPane(page), 'journey-meldcode-uitkomst', { top: card, docsName: 'meldcode-uitkomst' });

      const verslag = await tapAndWait('Verslag voor het dossier', 'Verslag');
      expect(interactions).toBeLessThanOrEqual(12);
      console.info(`meldcode common path in the playground: ${interactions} interactions from the first message to the verslag`);
      expect(verslag).toContain('Onderwijs');
      expect(verslag).toContain('Je gaf aan dat er geen acuut gevaar was.');
      const pdfLink = card.getByRole('link', { name: /Download als PDF/ });
      await expect(pdfLink.isVisible(), 'Action.OpenUrl is a link').resolves.toBe(true);
      // The bot runs from its bundle here: the PDF, made by pdfkit loaded on first use, must really download.
      const [download] = await Promise.all([page.context().waitForEvent('request', (request) => /\/verslag\/[^/]+$/.test(request.url())), pdfLink.click()]);
      const pdf = await fetch(download.url());
      expect(pdf.status).toBe(200);
      expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
      await screenshotArea(conversationPane(page), 'journey-meldcode-verslag', { top: card, docsName: 'meldcode-verslag' });
    });

    it('takes a special route: eergerelateerd geweld goes to Veilig Thuis first, not to the family', async ({ onTestFailed }) => {
      onTestFailed(() => reportFailure('journey-meldcode-route-failed'));
      const pane = await openPersonalChat(page);
      const before = await cardCount(pane);
      await sendInChat(page, 'signaal');
      const card = await waitForCard(pane, 'Je vorige doorloop is afgerond', { after: before });
      await pressAndWait(card, 'Nieuwe doorloop', 'Eerst: veiligheid');
      await pressAndWait(card, 'Nee', 'Om wie gaat je zorg');
      await pressAndWait(card, /^Eergerelateerd geweld/, 'vertrek naar het buitenland');
      const route = await pressAndWait(card, 'Nee, of dat weet ik niet', 'Eerst Veilig Thuis, niet eerst het gezin');
      expect(route).toContain('niet met de ouders of de familie voordat Veilig Thuis');
      expect(route).toContain('0800-2000');
      await screenshotArea(conversationPane(page), 'journey-meldcode-route', { top: card, docsName: 'meldcode-bijzondere-route' });
    });

    it('answers "hij slaat haar nu" with 112 first, then Veilig Thuis 0800-2000', async ({ onTestFailed }) => {
      onTestFailed(() => reportFailure('journey-acute-failed'));
      const pane = await openPersonalChat(page);
      const before = await cardCount(pane);
      const sent = await sendInChat(page, 'hij slaat haar nu');

      const card = await waitForCard(pane, 'Bel nu 112', { after: before });
      const text = await card.innerText();
      expect(text.indexOf('112')).toBeGreaterThanOrEqual(0);
      expect(text.indexOf('112')).toBeLessThan(text.indexOf('0800-2000'));
      await screenshotArea(pane, 'journey-acuut', { top: sent.anchor, docsName: 'acuut-gevaar' });
    });

    it('answers "Wat is de Kindcheck?" from the knowledge base with its source', async ({ onTestFailed }) => {
      onTestFailed(() => reportFailure('journey-knowledge-failed'));
      const pane = await openPersonalChat(page);
      const before = await cardCount(pane);
      const sent = await sendInChat(page, 'Wat is de Kindcheck?');

      const card = await waitForCard(pane, 'Bron:', { after: before });
      expect(await card.innerText()).toMatch(/Kindcheck/i);
      await screenshotArea(pane, 'journey-kennis', { top: sent.anchor, docsName: 'kennisvraag' });
    });
  });

  describe('an advice question (the current user is both the asking professional and the advisor)', () => {
    // No words of acute danger: those get "Eerst: is er acuut gevaar?" first (a journey of its own, covered in test/dialogs/advice).
    const question = 'Een leerling uit groep 6 komt de laatste weken vaker met blauwe plekken op school. Wat is verstandig als volgende stap?';
    const answer = 'Bespreek dit vandaag met je intern begeleider en leg feitelijk vast wat je ziet. Bel ons gerust als je twijfelt.';
    let number = '';

    it(`links the team's General channel as the Veilig Thuis channel ("@${Demo.botName} koppel veilig thuis")`, async ({ onTestFailed }) => {
      onTestFailed(() => reportFailure('journey-advice-link-failed'));
      await openChannel(page, Demo.generalChannel);
      const sent = await postWithMention(page, Demo.botName, 'koppel veilig thuis');
      await waitForReply(sent, ['Dit kanaal is nu het kanaal van Veilig Thuis']);
    });

    it('asks advice through the form card in the personal chat', async ({ onTestFailed }) => {
      onTestFailed(() => reportFailure('journey-advice-ask-failed'));
      const pane = await openPersonalChat(page);
      const before = await cardCount(pane);
      const sent = await sendInChat(page, 'advies vragen');

      const form = await waitForCard(pane, 'Advies vragen aan Veilig Thuis', { after: before });
      await form.getByRole('textbox', { name: /Je vraag/ }).fill(question);
      await chooseOption(form, /Jouw sector/, 'Onderwijs');
      await chooseOption(form, /Gemeente waar het om gaat/, 'Heerlen');
      await form.getByRole('radio', { name: 'Vandaag' }).check();
      await form.getByRole('radio', { name: 'In deze chat' }).check();
      await screenshotArea(pane, 'journey-advies-formulier', { top: sent.anchor, docsName: 'adviesvraag-formulier' });

      const ack = await pressAndWait(form, 'Versturen', /adviesvraag #\d+ is verstuurd/);
      number = /adviesvraag #(\d+)/.exec(ack)![1]!;
    });

    it('shows the question in the Veilig Thuis channel, where an advisor claims it and answers; the card updates in place', async ({ onTestFailed }) => {
      onTestFailed(() => reportFailure('journey-advice-ticket-failed'));
      expect(number, 'the question was sent').not.toBe('');
      const channel = await openChannel(page, Demo.generalChannel);
      const post = channel.getByRole('group').filter({ hasText: `Adviesvraag #${number}` }).first();
      const ticket = await waitForCard(post, `Adviesvraag #${number}`);
      expect(await ticket.innerText()).toContain(question);

      const claimed = await pressAndWait(ticket, 'Oppakken', /Opgepakt door\s*Sanne Hendriks/);
      expect(claimed).toContain('Opgepakt');
      await expect(cardButton(ticket, 'Oppakken').count()).resolves.toBe(0);
      await screenshotArea(channel, 'journey-advies-opgepakt', { top: post, docsName: 'adviesvraag-opgepakt' });

      await cardButton(ticket, 'Beantwoorden').click();
      await ticket.getByRole('textbox', { name: /Je antwoord aan de professional/ }).fill(answer);
      const answered = await pressAndWait(ticket, 'Antwoord versturen', 'Beantwoord');
      expect(answered).toContain(answer);
    });

    it('brings the answer to the personal chat of the professional who asked', async ({ onTestFailed }) => {
      onTestFailed(() => reportFailure('journey-advice-answer-failed'));
      expect(number, 'the question was answered').not.toBe('');
      const pane = await openPersonalChat(page);
      const card = await waitForCard(pane, `Antwoord op je adviesvraag #${number}`);
      expect(await card.innerText()).toContain(answer);
      await expect(cardButton(card, 'Dank, opgelost').isVisible()).resolves.toBe(true);
      await screenshotArea(pane, 'journey-advies-antwoord', { focus: card, docsName: 'adviesvraag-antwoord' });
    });
  });

  async function reportFailure(name: string): Promise<void> {
    const file = page ? await screenshot(page, name).catch(() => 'none') : 'none';
    console.error(`screenshot: ${file}\n--- bot and playground output ---\n${stack?.logs() ?? ''}`);
  }
});
