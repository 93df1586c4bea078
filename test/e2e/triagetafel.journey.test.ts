import { describe, expect, it } from 'vitest';
import { agreeAs } from '../../scripts/lib/playgroundAgree.js';
import {
  cardButton,
  chooseOption,
  conversationPane,
  Demo,
  openChannel,
  postWithMention,
  pressAndWait,
  readPlaygroundConfig,
  screenshotArea,
  waitForCard,
  waitForReply,
  playgroundJourney,
} from './support/index.js';

const TOKEN = 'e2e-intake-token-0123456789abcdef';
const REFERENCE = 'VT-2026-0131';

/**
 * The triagetafel in the Agents Playground: Heerlen works with a triagetafel in the demo region, as in
 * Zuid-Limburg. A melding comes in through the intake API and gets its own card in the Heerlen channel;
 * Sanne Hendriks (Veilig Thuis) proposes a decision on the card; Ruud Bemelmans (gemeente Heerlen) agrees.
 *
 * Two people: a card lives in one playground, and the playground has no user switcher, so Ruud's click
 * goes through the playground's "Mock an Activity → Custom activity" endpoint with Ruud in `from`, as
 * `npm run playground -- --eens VT-2026-0131 --as ruud` does (README). The card updates in Sanne's view.
 */
describe('the triagetafel in the Agents Playground (headless Chromium)', () => {
  const journey = playgroundJourney({ botEnv: { INTAKE_API_TOKEN: TOKEN } });
  const reportFailure = (name: string) => journey.reportFailure(name);

  it('a melding taken in through the API gets its own card in the Heerlen channel', async ({ onTestFailed }) => {
    onTestFailed(() => reportFailure('journey-triagetafel-melding-failed'));
    await openChannel(journey.page, Demo.gemeenteChannel);
    await waitForReply(await postWithMention(journey.page, Demo.botName, 'koppel Heerlen'), ['gekoppeld aan gemeente Heerlen']);
    await openChannel(journey.page, Demo.generalChannel);
    await waitForReply(await postWithMention(journey.page, Demo.botName, 'koppel veilig thuis'), ['Dit kanaal is nu het kanaal van Veilig Thuis']);

    const res = await fetch(`${journey.stack.botUrl}/api/cases`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({
        reference: REFERENCE,
        gemeente: 'Heerlen',
        stage: 'melding',
        urgent: false,
        meldingOn: '2026-12-01',
        summary: 'Melding van school: een leerling vertelt over harde ruzies thuis en slaapt slecht. Geen letsel gezien.',
        vtContact: 'Maud Vossen, triagist',
      }),
    });
    expect(res.status).toBe(201);

    const channel = await openChannel(journey.page, Demo.gemeenteChannel);
    const card = await waitForCard(channel, `melding ${REFERENCE}`);
    expect(await card.innerText()).toContain('Nog geen voorstel');
  });

  it('Sanne (Veilig Thuis) proposes a decision on the card; it updates in place and waits for the gemeente', async ({ onTestFailed }) => {
    onTestFailed(() => reportFailure('journey-triagetafel-voorstel-failed'));
    const channel = await openChannel(journey.page, Demo.gemeenteChannel);
    const post = channel.getByRole('group').filter({ hasText: `melding ${REFERENCE}` }).first();
    const card = await waitForCard(post, `melding ${REFERENCE}`);
    await chooseOption(card, /Triagebesluit/, 'Gezamenlijke aanpak Veilig Thuis en lokaal team');
    const updated = await pressAndWait(card, 'Voorstel doen', /Voorstel van Veilig Thuis \(Sanne Hendriks\)/);
    expect(updated).toContain('Wacht op de gemeente');
    await expect(cardButton(card, 'Eens met dit voorstel').isVisible()).resolves.toBe(true);
    await screenshotArea(channel, 'journey-triagetafel-voorstel', { top: post, docsName: 'triagetafel-voorstel' });
  });

  it('Ruud (gemeente Heerlen) agrees: the decision is recorded and the card shows it, without buttons', async ({ onTestFailed }) => {
    onTestFailed(() => reportFailure('journey-triagetafel-besluit-failed'));
    const config = readPlaygroundConfig();
    const ruud = config.users.find((u) => u.givenName === 'Ruud')!;
    await agreeAs({ playgroundUrl: journey.stack.playgroundUrl, dataDir: journey.stack.dataDir, config, user: ruud, reference: REFERENCE });

    const channel = await openChannel(journey.page, Demo.gemeenteChannel);
    const post = channel.getByRole('group').filter({ hasText: `melding ${REFERENCE}` }).first();
    const card = await waitForCard(post, /Besluit: Gezamenlijke aanpak/);
    expect(await card.innerText()).toContain('ingestemd door Ruud Bemelmans');
    await expect(cardButton(card, 'Voorstel doen').count(), 'no buttons once decided').resolves.toBe(0);
    await screenshotArea(channel, 'journey-triagetafel-besluit', { top: post, docsName: 'triagetafel-besluit' });
  });

  it('tells Veilig Thuis in its channel what was decided', async ({ onTestFailed }) => {
    onTestFailed(() => reportFailure('journey-triagetafel-notice-failed'));
    const channel = await openChannel(journey.page, Demo.generalChannel);
    const notice = await waitForCard(channel, `Triagebesluit ${REFERENCE} (Heerlen)`);
    expect(await notice.innerText()).toContain('Voorgesteld door Sanne Hendriks, ingestemd door Ruud Bemelmans');
    await screenshotArea(conversationPane(journey.page), 'journey-triagetafel-melding-vt', { focus: notice });
  });
});
