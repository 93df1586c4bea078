/**
 * Named sample data for every Adaptive Card the bot sends: the card gallery's content.
 *
 * Each sample calls a card's typed builder (src/cards/*.ts) with realistic Dutch data, the way a
 * feature would. The gallery test (test/cards/gallery.test.ts) checks each card against Teams' limits
 * and fails when a template in src/cards/templates/ has no sample here; `scripts/cards.ts` renders
 * them all into one HTML page for designers; test/e2e/cardGallery.test.ts renders that page in Chromium.
 *
 * No real people: case references look like VT-2026-0123, staff names are the playground's demo users.
 * A new card: add its template's samples here (at least one; also its longest realistic content).
 */
import type { Card } from '../../src/cards/card.js';
import { acuteCard } from '../../src/cards/acuteCard.js';
import { adviceAnswerCard, adviceFormCard, piiWarningCard, ticketCard } from '../../src/cards/adviceCards.js';
import { knowledgeCard } from '../../src/cards/knowledgeCard.js';
import { meldcodeOutcomeCard, meldcodeStepCard, verslagCard } from '../../src/cards/meldcodeCards.js';
import { messageCard } from '../../src/cards/messageCard.js';
import { agendaCard, agendaEmptyCard, type AgendaCardItem } from '../../src/cards/routeertafelAgendaCard.js';
import { intakeDoneCard, intakeFormCard, type IntakeFormValues } from '../../src/cards/routeertafelIntakeCards.js';
import { emptyIntakeValues } from '../../src/dialogs/routeertafel/views.js';
import { monitoringCard } from '../../src/cards/routeertafelMonitoringCard.js';
import { handoverNoticeCard } from '../../src/cards/routeertafelNoticeCard.js';
import { deliveryReportCard, figuresCard, type FiguresRow } from '../../src/cards/routeertafelReportCards.js';
import { Verbs } from '../../src/cards/verbs.js';
import { triageItemCard } from '../../src/dialogs/triagetafel/views.js';
import { werksessiePageCard } from '../../src/dialogs/werkvoorraad/views.js';
import { evaluationView, yearView } from '../../src/dialogs/evaluatie/views.js';
import type { Evaluation } from '../../src/domain/evaluation/evaluation.js';
import type { HandoverCase } from '../../src/domain/cases/case.js';
import { welcomeCard } from '../../src/cards/welcomeCard.js';
import { SectorLabels, Sectors, type Sector } from '../../src/domain/constants.js';
import type { Ticket } from '../../src/domain/advice/ticket.js';
import { AdviceTexts } from '../../src/dialogs/advice/texts.js';
import { DOWNLOAD_MINUTES } from '../../src/dialogs/meldcode/downloads.js';
import { MeldcodeTexts } from '../../src/dialogs/meldcode/texts.js';
import { WelcomeTexts } from '../../src/dialogs/welcome/texts.js';
import {
  buildVerslag,
  getMeldcodeFlow,
  startWalk,
  step,
  summariseForAdvice,
  viewOf,
  type WalkState,
} from '../../src/dialogs/meldcode/flow/index.js';

export interface CardSample {
  /** Unique and readable, e.g. "ticket: opgepakt en beantwoord". */
  name: string;
  /** The template the card is built from: the file name in src/cards/templates without ".json". */
  template: string;
  /** When the bot sends this card, for the people reading the gallery. */
  description: string;
  build: () => Card;
}

/** The card JSON a sample's builder produces (what Teams receives as the attachment content). */
export function sampleCard(sample: CardSample): Record<string, unknown> {
  return sample.build();
}

/** A file-name-safe form of a sample's name, for screenshots. */
export function sampleSlug(sample: CardSample): string {
  return sample.name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const NOW = new Date('2026-11-24T09:15:00Z'); // a Tuesday, 10:15 in Zuid-Limburg
const minutesBefore = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();

const GEMEENTEN = [
  'Beek', 'Beekdaelen', 'Brunssum', 'Eijsden-Margraten', 'Gulpen-Wittem', 'Heerlen', 'Kerkrade', 'Landgraaf',
  'Maastricht', 'Meerssen', 'Simpelveld', 'Sittard-Geleen', 'Stein', 'Vaals', 'Valkenburg aan de Geul', 'Voerendaal',
];

// ---------------------------------------------------------------- meldcode walk (the real flow)

/**
 * Walks the shipped meldcode flow the way the dialog test does: sector, "Nee" to acute danger, then
 * the first choice that does not postpone ("nog niet", "later", "twijfel"). Every step's state is kept.
 */
function walkStates(sector: Sector, firstChoices: string[] = ['no']): WalkState[] {
  const flow = getMeldcodeFlow();
  const at = NOW.toISOString();
  let state = startWalk(flow, sector, minutesBefore(12));
  const states = [state];
  for (let i = 0; i < 30 && state.outcomeId === undefined; i++) {
    const view = viewOf(flow, state);
    if (view.kind !== 'question') break;
    const choice =
      view.choices.find((c) => c.id === firstChoices[i]) ??
      view.choices.find((c) => !/nog niet|later|twijfel/i.test(c.label)) ??
      view.choices[0]!;
    const result = step(flow, state, { kind: 'choose', nodeId: view.nodeId, choiceId: choice.id }, at);
    if (!result.ok) throw new Error(`meldcode sample walk stopped: ${result.error}`);
    state = result.state;
    states.push(state);
  }
  return states;
}

function meldcodeCardFor(state: WalkState, notice?: string): Card {
  const flow = getMeldcodeFlow();
  const view = viewOf(flow, state);
  const adviceContext = summariseForAdvice(flow, state);
  return view.kind === 'outcome' ? meldcodeOutcomeCard({ ...view, adviceContext }) : meldcodeStepCard({ ...view, adviceContext, notice });
}

/** The question of the walk with the most text: the one most likely to suffer on a narrow screen. */
function longestQuestion(states: WalkState[]): WalkState {
  const flow = getMeldcodeFlow();
  const size = (s: WalkState) => {
    const v = viewOf(flow, s);
    return v.kind === 'question' ? JSON.stringify(v).length : 0;
  };
  return states.reduce((a, b) => (size(b) > size(a) ? b : a));
}

/** Acute? Nee · about the home situation · signal: letsel · then onwards. */
const teacherWalk = walkStates('onderwijs', ['no', 'home', 'injury']);
const wijkteamWalk = walkStates('wijkteam', ['no', 'home', 'yes', 'injury']);
/** A special route: eergerelateerd geweld and the like, no departure known. */
const harmfulWalk = walkStates('kinderopvang', ['no', 'harmful', 'no']);

function verslagFor(state: WalkState, downloadUrl: string): Card {
  const v = buildVerslag(getMeldcodeFlow(), state, NOW.toISOString());
  return verslagCard({
    title: v.title,
    sections: v.sections,
    plainText: v.text,
    pdfUrl: downloadUrl,
    textUrl: downloadUrl ? `${downloadUrl}/tekst` : '',
    downloadNote: downloadUrl ? MeldcodeTexts.verslagDownloadNote(DOWNLOAD_MINUTES) : MeldcodeTexts.verslagNoDownload,
  });
}

// ---------------------------------------------------------------- advice

function ticket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: 'tkt-2026-11-24-0007',
    number: 7,
    status: 'new',
    asker: { aadId: '00000000-0000-0000-0000-0000000000d1', name: 'Lotte Janssen' },
    sector: 'onderwijs',
    gemeente: 'Heerlen',
    urgency: 'vandaag',
    answerMode: 'chat',
    callbackPhone: null,
    question:
      'Een leerling uit groep 6 komt de laatste weken vaker met blauwe plekken op de armen op school en wil na schooltijd niet naar huis. ' +
      'Ouders reageren kortaf als ik ernaar vraag. Wat is verstandig als volgende stap, en moet ik nu al melden?',
    context: ['Sector: Onderwijs', 'Stap: Stap 2 van 5 (Collegiale consultatie en zo nodig Veilig Thuis raadplegen)', 'Acuut gevaar: nee.'],
    confirmedPii: [],
    adviceTeam: 'veilig-thuis',
    channelId: '19:playground-team-vt-zuid-limburg@thread.tacv2',
    thread: null,
    holder: null,
    claimedAt: null,
    messages: [],
    callbackPlannedAt: null,
    createdAt: minutesBefore(14),
    postedAt: minutesBefore(14),
    firstAnsweredAt: null,
    closedAt: null,
    closedBy: null,
    reminders: [],
    textRemovedAt: null,
    version: 1,
    ...overrides,
  };
}

const advisor = { aadId: '00000000-0000-0000-0000-0000000000a2', name: 'Maud Vossen' };
const answerText =
  'Dank voor je vraag. Bespreek dit vandaag met je aandachtsfunctionaris en leg je observaties feitelijk vast (wat je zag, wanneer, wat de leerling zei). ' +
  'Een gesprek met de ouders is de volgende stap, tenzij dat de veiligheid van de leerling in gevaar brengt. Bel ons gerust als je twijfelt of als het gesprek anders loopt.';

// ---------------------------------------------------------------- routeertafel

const handoverForms = [
  { title: 'Driegesprek met de inwoner (warm)', value: 'driegesprek' },
  { title: 'Telefonisch', value: 'telefonisch' },
  { title: 'Schriftelijk', value: 'schriftelijk' },
];

function agendaItem(slot: number, overrides: Partial<AgendaCardItem> = {}): AgendaCardItem {
  return {
    slot,
    reference: `VT-2026-${String(120 + slot).padStart(4, '0')}`,
    badges: '',
    details: `Directe overdracht na veiligheidsbeoordeling · wacht ${6 + slot} dagen sinds de melding`,
    summary: 'Zorgen over de thuissituatie van een gezin met twee jonge kinderen; veiligheidsplan afgesproken, hulp bij opvoeding nodig.',
    contact: 'Contactpersoon Veilig Thuis: Maud Vossen',
    flags: '',
    statusLine: '',
    open: true,
    informed: true,
    ...overrides,
  };
}

const standing = [
  { title: 'Rolverdeling', value: 'Wie heeft de casusregie en wie de procesregie (1Gezin1Plan1Regisseur)? Spreek het per overdracht af.' },
  { title: 'Werkdruk', value: '4 op deze agenda; 6 nog niet bevestigd; 31 overdrachten in totaal.' },
  {
    title: 'Wachttijden',
    value:
      'Wachttijd op deze agenda: mediaan 9 dagen, langste 23 dagen. Van melding tot overdracht: mediaan 8 dagen; tot bevestiging: mediaan 13 dagen. Binnen een week na de tafel bevestigd: 71%.',
  },
];

/** A melding on the triagetafel of Heerlen, in the shape the store holds it. */
function melding(overrides: Partial<HandoverCase> = {}): HandoverCase {
  return {
    reference: 'VT-2026-0131',
    gemeente: 'Heerlen',
    urgent: false,
    meldingOn: '2026-11-23',
    summary:
      'Melding van school: een leerling van 9 vertelt over harde ruzies thuis en slaapt slecht. Geen letsel gezien. Ouders zijn bekend bij het wijkteam; er is nog geen hulp in het gezin. Een tweede kind zit op de kinderopvang.',
    vtContact: 'Maud Vossen, triagist',
    receivedAt: '2026-11-23T10:00:00.000Z',
    source: 'api',
    tableWeek: '2026-W49',
    status: 'none',
    escalations: [],
    stage: 'melding',
    stages: [{ stage: 'melding', at: '2026-11-23T10:00:00.000Z' }],
    version: 1,
    ...overrides,
  };
}
const proposalByVt = { option: 'gezamenlijke-aanpak' as const, side: 'veilig-thuis' as const, byAadId: advisor.aadId, byName: advisor.name, at: '2026-11-24T09:05:00.000Z' };

const emptyIntake: IntakeFormValues = emptyIntakeValues('Sanne Hendriks');

const routes = [
  { title: 'Directe overdracht na veiligheidsbeoordeling', value: 'directe-overdracht' },
  { title: 'Na voorwaarden en vervolg', value: 'na-voorwaarden-en-vervolg' },
  { title: 'Na onderzoek', value: 'na-onderzoek' },
];

function figuresRow(gemeente: string, i: number): FiguresRow {
  return {
    gemeente,
    handovers: String(3 + ((i * 7) % 19)),
    toHandover: `${6 + (i % 5)} d`,
    toConfirmation: `${11 + ((i * 3) % 9)},5 d`,
    onTime: `${55 + ((i * 11) % 45)}%`,
    open: String(i % 4),
    warm: `${i % 3} van ${2 + (i % 3)}`,
    bold: false,
  };
}

// ---------------------------------------------------------------- the samples

export const cardSamples: CardSample[] = [
  // welcome
  {
    name: 'welkom: nieuwe gebruiker',
    template: 'welcome',
    description: 'Na installatie en bij "help": wat de bot doet, de sectorkeuze en drie knoppen.',
    build: () => welcomeCard({ region: 'Veilig Thuis Zuid-Limburg' }),
  },
  {
    name: 'welkom: sector opgeslagen',
    template: 'welcome',
    description: 'Na "Sector opslaan": de kaart wordt bijgewerkt met een bevestiging.',
    build: () => welcomeCard({ region: 'Veilig Thuis Zuid-Limburg', sector: 'onderwijs', sectorSaved: WelcomeTexts.sectorSaved('onderwijs') }),
  },

  // meldcode
  {
    name: 'bericht: sector kiezen voor de meldcode',
    template: 'message',
    description: 'Na "wat doe ik bij een signaal?" zonder bekende sector: een knop per sector.',
    build: () =>
      messageCard({
        title: 'Ik zie een signaal',
        text: MeldcodeTexts.chooseSector,
        actions: Sectors.map((s) => ({ title: SectorLabels[s], verb: Verbs.meldcodeStart, data: { sector: s } })),
      }),
  },
  {
    name: 'meldcode: eerst veiligheid (onderwijs)',
    template: 'meldcodeStep',
    description: 'De eerste vraag van de meldcode: is er nu acuut gevaar?',
    build: () => meldcodeCardFor(teacherWalk[0]!),
  },
  {
    name: 'meldcode: stap 2 (onderwijs)',
    template: 'meldcodeStep',
    description: 'Een vraag halverwege de meldcode, met "Vorige".',
    build: () => {
      const flow = getMeldcodeFlow();
      const step2 = teacherWalk.find((s) => s.outcomeId === undefined && viewOf(flow, s).kind === 'question' && /Stap 2/.test(JSON.stringify(viewOf(flow, s))));
      return meldcodeCardFor(step2 ?? teacherWalk[2]!);
    },
  },
  {
    name: 'meldcode: langste vraag (wijkteam), met melding',
    template: 'meldcodeStep',
    description: 'De vraag met de meeste tekst, met de waarschuwing die een oude knop geeft.',
    build: () => meldcodeCardFor(longestQuestion(wijkteamWalk), MeldcodeTexts.staleNode),
  },
  {
    name: 'meldcode: uitkomst (onderwijs)',
    template: 'meldcodeOutcome',
    description: 'Het einde van de meldcode-stappen: de uitkomst, wat je nu doet, en het verslag.',
    build: () => meldcodeCardFor(teacherWalk.at(-1)!),
  },
  {
    name: 'meldcode: uitkomst eerst Veilig Thuis (bijzondere route)',
    template: 'meldcodeOutcome',
    description: 'Eergerelateerd geweld, huwelijksdwang, achterlating, VGV of mensenhandel: eerst Veilig Thuis, niet eerst het gezin.',
    build: () => meldcodeCardFor(harmfulWalk.at(-1)!),
  },
  {
    name: 'meldcode: signalen, meerdere tegelijk, met melding over de notitie',
    template: 'meldcodeStep',
    description: 'De signalenvraag met aanvinkvakjes; de melding na een notitie met een naam.',
    build: () => meldcodeCardFor(teacherWalk[2]!, MeldcodeTexts.noteMasked('een naam')),
  },
  {
    name: 'meldcode: uitkomst acuut gevaar',
    template: 'meldcodeOutcome',
    description: 'Wie bij de eerste vraag "Ja, er is nu iemand in gevaar" kiest.',
    build: () => meldcodeCardFor(walkStates('kinderopvang', ['yes']).at(-1)!),
  },
  {
    name: 'meldcode: verslag voor het dossier',
    template: 'verslag',
    description: 'Na "Verslag voor het dossier": de antwoorden per stap, met een downloadlink.',
    build: () => verslagFor(teacherWalk.at(-1)!, 'https://vt-assistent.example/verslag/4f7c2a9e1b'),
  },
  {
    name: 'meldcode: verslag halverwege, zonder download',
    template: 'verslag',
    description: 'Het verslag van een onafgemaakte meldcode, als er geen publiek adres voor downloads is.',
    build: () => verslagFor(wijkteamWalk[3]!, ''),
  },
  {
    name: 'bericht: meldcode stoppen?',
    template: 'message',
    description: 'Na "Stoppen" of "annuleren": eerst bevestigen, of eerst het verslag.',
    build: () =>
      messageCard({
        title: 'Doorloop stoppen?',
        text: MeldcodeTexts.confirmStop,
        actions: [
          { title: 'Ja, stoppen', verb: Verbs.meldcodeStopConfirm },
          { title: 'Eerst verslag', verb: Verbs.meldcodeVerslag },
          { title: 'Nee, verder', verb: Verbs.meldcodeResume },
        ],
      }),
  },

  // safety and knowledge
  {
    name: 'acuut gevaar: tijdens de meldcode',
    template: 'acute',
    description: 'Wie "hij slaat haar nu" typt: 112 en Veilig Thuis eerst, daarna terug naar de stappen.',
    build: () => acuteCard({ canResume: true }),
  },
  {
    name: 'acuut gevaar: buiten de meldcode, met extra regel',
    template: 'acute',
    description: 'Zonder meldcode in gang (geen knop), met de optionele extra regel van de kaart.',
    build: () => acuteCard({ canResume: false, extra: 'Twijfel je of het acuut is? Bel dan toch: Veilig Thuis denkt met je mee.' }),
  },
  {
    name: 'acuut gevaar: suïcide, met wat ik lees en een kort antwoord',
    template: 'acute',
    description: 'Een bericht over zelfdoding met een vraag erbij: 112 en 113 bovenaan, daaronder wat de bot las en het korte antwoord.',
    build: () =>
      acuteCard({
        canResume: false,
        suicide: true,
        reading: 'Je beschrijft gedachten aan zelfdoding of zelfbeschadiging.',
        answer: { title: 'Wat doe ik bij acuut gevaar?', text: 'Bel 112 bij direct gevaar en blijf bij de persoon.', articleId: 'acuut-gevaar-wat-doe-ik' },
        offerAdvice: true,
      }),
  },
  {
    name: 'acuut gevaar: Veilig Thuis eerst, met de route',
    template: 'acute',
    description: 'Een dreigend vertrek voor een huwelijk: de route van Veilig Thuis eerst, en wat je wie vertelt, bespreek je eerst met Veilig Thuis.',
    build: () =>
      acuteCard({
        canResume: false,
        possible: true,
        reading: 'Je beschrijft signalen van huwelijksdwang.',
        route: { title: 'Huwelijksdwang', lines: ['Neem eerst contact op met Veilig Thuis (0800-2000), voordat je iets met de ouders of de familie bespreekt.'] },
        veiligThuisFirst: true,
        offerAdvice: true,
      }),
  },
  {
    name: 'kennis: antwoord met bron',
    template: 'knowledgeAnswer',
    description: 'Een vraag uit de kennisbank, met de bron en andere artikelen die passen.',
    build: () =>
      knowledgeCard({
        title: 'De Kindcheck',
        summary: 'Zie je als hulpverlener van een volwassene signalen van geweld of een crisis? Ga dan na of er kinderen zijn en of die veilig zijn.',
        body:
          'De Kindcheck hoort bij stap 1 van de meldcode. Vraag je cliënt of er kinderen in het gezin zijn of bij hem of haar wonen, en of zij afhankelijk zijn van zijn of haar zorg. ' +
          'Is dat zo en maak je je zorgen over hun veiligheid, volg dan ook voor de kinderen de stappen van de meldcode. Dat geldt ook als je cliënt een ouder is met psychische problemen, een verslaving of een ernstige ziekte.',
        source: 'Rijksoverheid, Basismodel meldcode huiselijk geweld en kindermishandeling (https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/meldcode)',
        alternatives: [
          { id: 'stap-1-signalen', title: 'Stap 1: signalen in kaart brengen' },
          { id: 'afwegingskader', title: 'Het afwegingskader in stap 4 en 5' },
        ],
        canResume: false,
      }),
  },
  {
    name: 'kennis: antwoord tijdens de meldcode',
    template: 'knowledgeAnswer',
    description: 'Dezelfde soort kaart zonder alternatieven, met "Verder met de meldcode".',
    build: () =>
      knowledgeCard({
        title: 'Signalen van verwaarlozing',
        summary: 'Verwaarlozing zie je vaak aan wat er ontbreekt: eten, verzorging, toezicht, medische zorg of aandacht.',
        body: 'Let op een kind dat vaak honger heeft, kleding draagt die niet past bij het weer, vaak te laat of niet komt, of dat medische zorg mist. Noteer wat je ziet en wanneer.',
        source: 'Veilig Thuis, Signalenlijst kindermishandeling',
        alternatives: [],
        canResume: true,
      }),
  },

  // advice
  {
    name: 'adviesvraag: formulier vanuit de meldcode',
    template: 'adviceForm',
    description: 'Na "Advies vragen aan Veilig Thuis" in de meldcode-stappen: wat al bekend is staat erboven.',
    build: () =>
      adviceFormCard({
        draftId: 'draft-5b1e0c',
        gemeenten: GEMEENTEN,
        context: summariseForAdvice(getMeldcodeFlow(), teacherWalk[3]!),
        sector: 'onderwijs',
      }),
  },
  {
    name: 'adviesvraag: formulier met fout en terugbellen',
    template: 'adviceForm',
    description: 'Na versturen zonder telefoonnummer bij "Terugbellen": de invoer blijft staan.',
    build: () =>
      adviceFormCard({
        draftId: 'draft-9a44f2',
        gemeenten: GEMEENTEN,
        context: [],
        question: 'Een moeder vertelt bij het ophalen dat haar partner soms "door het lint gaat". Hoe bespreek ik dit met haar zonder haar onveilig te maken?',
        sector: 'kinderopvang',
        gemeente: 'Sittard-Geleen',
        urgency: 'deze-week',
        answerMode: 'terugbellen',
        error: 'Vul je eigen telefoonnummer in als je teruggebeld wilt worden.',
      }),
  },
  {
    name: 'adviesvraag: controleer persoonsgegevens',
    template: 'piiWarning',
    description: 'De vraag noemt een BSN en een telefoonnummer: niets is verstuurd tot de vrager kiest.',
    build: () =>
      piiWarningCard({
        draftId: 'draft-5b1e0c',
        findings: [
          { label: 'BSN', masked: '1••••••33' },
          { label: 'Telefoonnummer', masked: '06-••••••78' },
        ],
      }),
  },
  {
    name: 'bericht: adviesvraag verstuurd',
    template: 'message',
    description: 'De bevestiging in de persoonlijke chat na "Versturen".',
    build: () =>
      messageCard({
        title: 'Adviesvraag #7',
        text: AdviceTexts.acked(7),
      }),
  },
  {
    name: 'bericht: eerst acuut gevaar bij een adviesvraag',
    template: 'message',
    description: 'Een adviesvraag die gevaar noemt: 112 en 0800-2000 eerst, niets is verstuurd.',
    build: () =>
      messageCard({
        title: 'Eerst: is er acuut gevaar?',
        text: AdviceTexts.acuteFirst,
        note: AdviceTexts.acuteContinue,
        style: 'attention',
        actions: [
          { title: 'Toch versturen', verb: Verbs.adviceSubmit, data: { draftId: 'draft-5b1e0c' } },
          { title: 'Annuleren', verb: Verbs.adviceCancel, data: { draftId: 'draft-5b1e0c' } },
        ],
      }),
  },
  {
    name: 'bericht: regels en voetnoot',
    template: 'message',
    description: 'Een bericht met losse regels en een voetnoot (bijvoorbeeld een overzicht van open vragen).',
    build: () =>
      messageCard({
        title: 'Mijn adviesvragen',
        text: 'Dit zijn je open adviesvragen aan Veilig Thuis:',
        lines: ['#7: opgepakt door een adviseur, 9 minuten geleden', '#8: wacht op een adviseur', '#9: terugbellen gepland'],
        note: 'Een vraag sluit je met "Dank, opgelost" onder het antwoord.',
        style: 'emphasis',
      }),
  },
  {
    name: 'ticket: nieuw in het Veilig Thuis-kanaal',
    template: 'ticket',
    description: 'De adviesvraag zoals adviseurs hem zien, met "Oppakken".',
    build: () => ticketCard({ ticket: ticket(), now: NOW }),
  },
  {
    name: 'ticket: opgepakt en beantwoord, met vervolgvraag',
    template: 'ticket',
    description: 'Na "Oppakken" en "Beantwoorden": de kaart wordt bijgewerkt; vervolgvragen komen erbij.',
    build: () =>
      ticketCard({
        ticket: ticket({
          status: 'claimed',
          holder: advisor,
          claimedAt: minutesBefore(9),
          answerMode: 'terugbellen',
          callbackPhone: '045-5551234',
          confirmedPii: ['leeftijd', 'school'],
          messages: [
            { from: 'advisor', byAadId: advisor.aadId, at: minutesBefore(5), text: answerText },
            { from: 'asker', byAadId: '00000000-0000-0000-0000-0000000000d1', at: minutesBefore(2), text: 'Dank! En als de ouders niet op school willen komen voor een gesprek?' },
          ],
          firstAnsweredAt: minutesBefore(5),
        }),
        now: NOW,
        notice: 'Vervolgvraag van de professional: zie onderaan.',
      }),
  },
  {
    name: 'ticket: al opgepakt door een ander',
    template: 'ticket',
    description: 'Wie te laat op "Oppakken" klikt, krijgt de kaart terug met een weigering.',
    build: () =>
      ticketCard({
        ticket: ticket({ status: 'claimed', holder: advisor, claimedAt: minutesBefore(1) }),
        now: NOW,
        refusal: 'Deze vraag is al opgepakt door Maud Vossen.',
      }),
  },
  {
    name: 'ticket: gesloten, tekst verwijderd',
    template: 'ticket',
    description: 'Na de bewaartermijn: de cijfers blijven, de teksten zijn weg.',
    build: () =>
      ticketCard({
        ticket: ticket({
          status: 'closed',
          asker: { aadId: '', name: '' },
          question: null,
          context: [],
          holder: advisor,
          claimedAt: '2026-10-20T09:02:00Z',
          messages: [{ from: 'advisor', byAadId: advisor.aadId, at: '2026-10-20T09:30:00Z', text: null }],
          createdAt: '2026-10-20T08:55:00Z',
          closedAt: '2026-10-21T14:00:00Z',
          textRemovedAt: '2026-11-20T14:00:00Z',
        }),
        now: NOW,
      }),
  },
  {
    name: 'antwoord op een adviesvraag',
    template: 'adviceAnswer',
    description: 'Het antwoord van de adviseur in de persoonlijke chat van de vrager.',
    build: () => adviceAnswerCard({ ticketId: 'tkt-2026-11-24-0007', number: 7, answer: answerText, open: true }),
  },
  {
    name: 'antwoord op een adviesvraag, gesloten',
    template: 'adviceAnswer',
    description: 'Een antwoord op een gesloten vraag, met de naam van de adviseur (als de regio dat toestaat).',
    build: () =>
      adviceAnswerCard({
        ticketId: 'tkt-2026-11-24-0007',
        number: 7,
        answer: 'Dat kan: nodig ze dan uit met de intern begeleider erbij. Lukt het niet, bel ons dan opnieuw.',
        advisorName: 'Maud Vossen',
        open: false,
        closingNote: 'Deze vraag is gesloten. Nieuwe vraag? Typ "advies vragen".',
      }),
  },

  // routeertafel
  {
    name: 'routeertafel: nieuwe overdracht (formulier)',
    template: 'intakeForm',
    description: 'Na "@Veilig Thuis assistent nieuwe overdracht" in het Veilig Thuis-kanaal.',
    build: () =>
      intakeFormCard({
        formId: 'form-2c81',
        gemeenten: GEMEENTEN,
        routes,
        privacyLine:
          'Pseudoniem: geen namen, adressen, geboortedata, telefoonnummers, e-mailadressen of BSN. Het VT-registratienummer is de enige verwijzing naar de casus.',
        values: emptyIntake,
        problemsHeader: 'De overdracht is nog niet opgeslagen. Verbeter dit:',
        problems: [],
      }),
  },
  {
    name: 'routeertafel: nieuwe overdracht met fouten',
    template: 'intakeForm',
    description: 'Het formulier terug met wat er nog niet klopt; de invoer blijft staan.',
    build: () =>
      intakeFormCard({
        formId: 'form-2c81',
        gemeenten: GEMEENTEN,
        routes,
        privacyLine:
          'Pseudoniem: geen namen, adressen, geboortedata, telefoonnummers, e-mailadressen of BSN. Het VT-registratienummer is de enige verwijzing naar de casus.',
        values: {
          ...emptyIntake,
          reference: 'VT-2026-0123',
          gemeente: 'Heerlen',
          urgent: 'true',
          meldingOn: '2026-11-30',
          beoordeeldOn: '2026-11-18',
          summary: 'Spanningen tussen ouders, politie twee keer ter plaatse; veiligheidsvoorwaarden afgesproken.',
          veiligheidsplan: 'true',
        },
        problemsHeader: 'De overdracht is nog niet opgeslagen. Verbeter dit:',
        problems: ['Datum melding ligt na de datum van de veiligheidsbeoordeling.', 'Datum melding ligt in de toekomst.'],
      }),
  },
  {
    name: 'routeertafel: overdracht vastgelegd',
    template: 'intakeDone',
    description: 'Vervangt het formulier zodra de overdracht is opgeslagen.',
    build: () =>
      intakeDoneCard({
        title: 'Overdracht VT-2026-0123 vastgelegd',
        text: 'De overdracht staat op de agenda van de routeertafel van gemeente Heerlen: week 49, 2026, dinsdag 1 december 2026.',
        gemeente: 'Heerlen',
        route: 'Directe overdracht na veiligheidsbeoordeling',
        urgent: 'ja',
        table: 'week 49, 2026, dinsdag 1 december 2026',
        source: 'kaart in Teams',
      }),
  },
  {
    name: 'routeertafel: agenda',
    template: 'agenda',
    description: 'De agenda in het gemeentekanaal: per overdracht "Overdracht bevestigen" en "Terug naar Veilig Thuis".',
    build: () =>
      agendaCard({
        gemeente: 'Heerlen',
        week: '2026-W49',
        page: 1,
        title: 'Routeertafel Heerlen',
        subtitle: 'week 49, 2026 · dinsdag 1 december 2026 om 10:00 uur',
        pageLabel: '',
        intro: '4 overdrachten om te bespreken, waarvan 1 uit eerdere weken.',
        notice: '',
        noticeStyle: 'good',
        contacts: 'Vaste contactpersoon Veilig Thuis: Maud Vossen (vaste contactpersoon) · Bruggenbouwer gemeente: Bas Keulen (bruggenbouwer)',
        handoverForms,
        handoverFormDefault: 'driegesprek',
        handoverFormLabel: 'Vorm van de overdracht',
        items: [
          agendaItem(1, { badges: 'Spoed' }),
          agendaItem(2, {
            badges: 'Uit week 48, 2026',
            details: 'Na voorwaarden en vervolg · wacht 23 dagen sinds de melding',
            flags: 'Geen veiligheidsplan of veiligheidsvoorwaarden · Betrokkenen nog niet geïnformeerd',
            informed: false,
          }),
          agendaItem(3, {
            details: 'Na onderzoek · wachtte 12 dagen sinds de melding',
            statusLine:
              'Bevestigd door Ingrid Pluijmen op dinsdag 1 december 2026 om 10:42 · casusregisseur: Ruud Bemelmans · team: Wijkteam Heerlen-Noord · warme overdracht: donderdag 3 december 2026',
            open: false,
          }),
          agendaItem(4, { statusLine: 'Terug naar Veilig Thuis door Ruud Bemelmans op dinsdag 1 december 2026 om 10:50.', open: false }),
        ],
        standing,
      }),
  },
  {
    name: 'routeertafel: agenda, volle kaart met melding',
    template: 'agenda',
    description: 'Tien overdrachten op één kaart (het maximum per kaart), na een bevestiging: de langste agendakaart.',
    build: () =>
      agendaCard({
        gemeente: 'Maastricht',
        week: '2026-W49',
        page: 1,
        title: 'Routeertafel Maastricht',
        subtitle: 'week 49, 2026 · dinsdag 1 december 2026 om 10:00 uur',
        pageLabel: 'Kaart 1 van 2',
        intro: '14 overdrachten om te bespreken, waarvan 3 uit eerdere weken.',
        notice: 'Overdracht VT-2026-0121 is bevestigd door Ingrid Pluijmen. Veilig Thuis is op de hoogte gebracht.',
        noticeStyle: 'good',
        contacts: 'Vaste contactpersoon Veilig Thuis: nog niet vastgelegd · Bruggenbouwer gemeente: nog niet vastgelegd',
        handoverForms,
        handoverFormDefault: '',
        handoverFormLabel: 'Vorm van de overdracht',
        items: Array.from({ length: 10 }, (_, k) =>
          agendaItem(k + 1, {
            badges: k % 4 === 0 ? 'Spoed · Uit week 48, 2026' : k % 3 === 0 ? 'Spoed' : '',
            flags: k % 5 === 1 ? 'Geen veiligheidsplan of veiligheidsvoorwaarden · Betrokkenen nog niet geïnformeerd' : '',
            statusLine: k === 0 ? 'Bevestigd door Ingrid Pluijmen op dinsdag 1 december 2026 om 10:42 · casusregisseur: Ruud Bemelmans' : '',
            open: k !== 0,
            informed: k % 5 !== 1,
          }),
        ),
        standing,
      }),
  },
  {
    name: 'routeertafel: geen casussen',
    template: 'agendaEmpty',
    description: 'De korte kaart voor een gemeente zonder overdrachten deze week.',
    build: () =>
      agendaEmptyCard({
        title: 'Routeertafel Vaals',
        subtitle: 'week 49, 2026 · dinsdag 1 december 2026 om 10:00 uur',
        text: 'Geen casussen deze week: er zijn geen overdrachten van Veilig Thuis voor de tafel van dinsdag 1 december 2026.',
        openLine: 'Open overdrachten voor deze gemeente: 2.',
      }),
  },
  {
    name: 'routeertafel: bevestigd (bericht aan Veilig Thuis)',
    template: 'handoverNotice',
    description: 'In het Veilig Thuis-kanaal zodra een gemeente een overdracht bevestigt.',
    build: () =>
      handoverNoticeCard({
        title: 'Overdracht VT-2026-0123 bevestigd door gemeente Heerlen',
        text: '',
        style: 'good',
        facts: [
          { title: 'Casusregisseur', value: 'Ruud Bemelmans' },
          { title: 'Team', value: 'Wijkteam Heerlen-Noord' },
          { title: 'Warme overdracht', value: 'donderdag 3 december 2026' },
          { title: 'Betrokkenen geïnformeerd', value: 'ja' },
          { title: 'Bevestigd', value: 'Ingrid Pluijmen, dinsdag 1 december 2026 om 10:42' },
        ],
      }),
  },
  {
    name: 'routeertafel: opschaling',
    template: 'handoverNotice',
    description: 'Een overdracht die te lang niet is bevestigd, naar leidinggevenden en coördinatoren.',
    build: () =>
      handoverNoticeCard({
        title: 'Opschaling: overdracht VT-2026-0119 (Kerkrade) is nog niet bevestigd',
        text:
          '3 werkdagen na de routeertafel van week 48, 2026 heeft gemeente Kerkrade deze overdracht nog niet bevestigd of teruggegeven. Opschalingsniveau: leidinggevende. Neem contact op met het gemeenteteam, zodat de hulp niet blijft liggen.',
        style: 'warning',
        facts: [
          { title: 'Route', value: 'Na voorwaarden en vervolg' },
          { title: 'Spoed', value: 'ja' },
          { title: 'Wacht sinds melding', value: '19 dagen' },
          { title: 'Herinnering gestuurd', value: 'donderdag 26 november 2026' },
        ],
      }),
  },
  {
    name: 'routeertafel: monitoring',
    template: 'monitoring',
    description: 'Zes weken na de overdracht: is de veiligheid geborgd?',
    build: () =>
      monitoringCard({
        reference: 'VT-2026-0123',
        dueAt: '2027-01-12',
        title: 'Monitoring overdracht VT-2026-0123',
        text: '6 weken geleden nam gemeente Heerlen deze overdracht over. Casusregisseur Ruud Bemelmans: wil je deze twee vragen beantwoorden?',
        open: true,
        answeredLine: '',
        notice: '',
        noticeStyle: 'good',
      }),
  },
  {
    name: 'routeertafel: monitoring beantwoord',
    template: 'monitoring',
    description: 'Na het antwoord: de vragen verdwijnen, het antwoord blijft zichtbaar.',
    build: () =>
      monitoringCard({
        reference: 'VT-2026-0123',
        dueAt: '2027-01-12',
        title: 'Monitoring overdracht VT-2026-0123',
        text: '6 weken geleden nam gemeente Heerlen deze overdracht over. Casusregisseur Ruud Bemelmans: wil je deze twee vragen beantwoorden?',
        open: false,
        answeredLine: 'Beantwoord op dinsdag 12 januari 2027 om 09:12: Nieuwe zorgen. Veiligheidsdoelen in het ondersteuningsplan: nee.',
        notice: 'Veilig Thuis is direct op de hoogte gebracht van de nieuwe zorgen.',
        noticeStyle: 'attention',
      }),
  },
  {
    name: 'werkvoorraad: werksessie',
    template: 'werksessie',
    description: 'Na "werkvoorraad" in een gemeentekanaal: de casussen die op Veilig Thuis wachten, met "hulp versneld starten" per casus; één aanbod wacht op Veilig Thuis, één is afgewezen.',
    build: () => {
      const now = new Date('2026-12-02T13:00:00Z');
      const werk = (reference: string, at: string, overrides: Partial<HandoverCase> = {}) =>
        melding({ reference, stage: 'werkvoorraad', vtStep: 'onderzoek', stages: [{ stage: 'werkvoorraad', at, vtStep: 'onderzoek' }], ...overrides });
      const offer = { who: 'Wijkteam Heerlen-Noord', what: 'gezinscoaching, twee keer per week vanaf volgende week', byAadId: 'aad-g', byName: 'Ingrid Pluijmen', at: '2026-12-02T12:00:00.000Z' };
      const cases = [
        werk('VT-2026-0140', '2026-11-02T09:00:00.000Z', { urgent: true }),
        werk('VT-2026-0141', '2026-11-12T09:00:00.000Z', { acceleration: { offer, offers: 1 } }),
        werk('VT-2026-0142', '2026-11-20T09:00:00.000Z', {
          vtStep: 'veiligheidsbeoordeling',
          acceleration: { offer, offers: 1, answer: { accepted: false, reason: 'Eerst de veiligheidsbeoordeling afronden; daarna samen opnieuw bekijken.', byAadId: 'aad-vt', byName: 'Maud Vossen', at: '2026-12-02T12:30:00.000Z' } },
        }),
      ];
      return werksessiePageCard({ gemeente: 'Heerlen', cases, all: cases, now, timeZone: 'Europe/Amsterdam' });
    },
  },
  {
    name: 'evaluatie: casuïstiek met twee lessen',
    template: 'evaluation',
    description: 'Bij de eerste agenda van een kwartaal, of na "evaluatie": de casussen van het vorige kwartaal die opvielen, de lessen tot nu toe en het formulier voor een nieuwe les.',
    build: () => evaluationView(sampleEvaluation, 'Europe/Amsterdam', { text: 'Les 2 is opgeslagen.', style: 'good' }),
  },
  {
    name: 'evaluatie: jaarevaluatie samenwerking',
    template: 'yearEvaluation',
    description: 'Bij de eerste agenda van januari, of na "jaarevaluatie": de cijfers van het afgelopen jaar en de open afspraken, voor het evaluatiegesprek.',
    build: () =>
      yearView({
        gemeente: 'Heerlen',
        year: '2026',
        from: '2026-01-04',
        to: '2027-01-04',
        today: '2027-01-04',
        evaluations: [sampleEvaluation],
        figures: {
          gemeente: 'Heerlen', handovers: 84, returned: 6, medianDaysMeldingToHandover: 23, medianDaysHandoverToConfirmation: 3, confirmedWithin7DaysShare: 0.81, warmShare: 0.64,
          escalatedPastFirstRung: '< 5', escalationsPerRung: [9, '< 5'], monitoringGeborgd: 41, monitoringNieuweZorgen: 7, acceleratedOffers: 12, acceleratedAccepted: 9,
          werkvoorraad: 17, medianWerkvoorraadAgeDays: 19, waitingForConfirmation: '< 5', waitingForTriage: 0,
        },
      }),
  },
  {
    name: 'triagetafel: nieuwe spoedmelding',
    template: 'triage',
    description: 'Een melding op de triagetafel van een gemeente, nog zonder voorstel; spoed bovenaan.',
    build: () => triageItemCard(melding({ urgent: true }), 'Europe/Amsterdam'),
  },
  {
    name: 'triagetafel: voorstel van Veilig Thuis',
    template: 'triage',
    description: 'Veilig Thuis stelde een besluit voor; de gemeente stemt in of stelt iets anders voor.',
    build: () =>
      triageItemCard(melding({ triage: { proposal: { ...proposalByVt, option: 'anders', reason: 'Eerst samen met school en wijkteam in gesprek; Veilig Thuis sluit aan bij het eerste gesprek en blijft betrokken tot er hulp loopt.' }, proposals: 1 } }), 'Europe/Amsterdam', {
        text: 'Je voorstel staat op de kaart. Nu is de andere kant aan zet.',
        style: 'good',
      }),
  },
  {
    name: 'triagetafel: besluit',
    template: 'triage',
    description: 'Beide kanten zijn het eens: het besluit staat vast, de knoppen verdwijnen.',
    build: () =>
      triageItemCard(
        melding({
          stage: 'werkvoorraad',
          vtStep: 'gezamenlijke-aanpak',
          triage: { decision: { ...proposalByVt, agreedByAadId: '00000000-0000-0000-0000-0000000000d2', agreedByName: 'Ruud Bemelmans', agreedAt: '2026-11-24T09:20:00.000Z' }, proposals: 1 },
        }),
        'Europe/Amsterdam',
        { text: 'Het besluit is vastgelegd.', style: 'good' },
      ),
  },
  {
    name: 'routeertafel: verzendrapport',
    template: 'deliveryReport',
    description: 'Voor de coördinatoren na het versturen van de agenda.',
    build: () =>
      deliveryReportCard({
        title: 'Verzendrapport routeertafel week 49, 2026',
        summary: 'Verstuurd naar 13 gemeenten; mislukt: 1; niet gekoppeld: 2; niet bereikbaar: 0.',
        sections: [
          { title: 'Verstuurd (13)', text: 'Beek, Beekdaelen, Brunssum, Eijsden-Margraten, Gulpen-Wittem, Heerlen, Kerkrade, Landgraaf, Maastricht, Meerssen, Sittard-Geleen, Stein, Voerendaal', color: 'Good' },
          { title: 'Mislukt (1)', text: 'Simpelveld (bot verwijderd of geblokkeerd)', color: 'Attention' },
          { title: 'Overgeslagen, geen gekoppeld kanaal (2)', text: 'Vaals, Valkenburg aan de Geul', color: 'Warning' },
          { title: 'Overgeslagen, kanaal niet bereikbaar (0)', text: '–', color: 'Default' },
        ],
      }),
  },
  {
    name: 'routeertafel: cijfers van de regio',
    template: 'figures',
    description: 'Na "cijfers": overdrachten per gemeente en voor de hele regio (16 gemeenten, de langste tabel).',
    build: () =>
      figuresCard({
        title: 'Cijfers overdrachten Veilig Thuis – gemeenten',
        subtitle: 'Veilig Thuis Zuid-Limburg, stand dinsdag 24 november 2026. Dagen zijn kalenderdagen vanaf de melding.',
        rows: [
          ...GEMEENTEN.map(figuresRow),
          { gemeente: 'Hele regio', handovers: '214', toHandover: '8 d', toConfirmation: '13,5 d', onTime: '71%', open: '23', warm: '31 van 52', bold: true },
        ],
        leftOut: '',
      }),
  },
];

const sampleEvaluation: Evaluation = {
  id: 'Heerlen:2026-10',
  gemeente: 'Heerlen',
  period: '2026-10',
  from: '2026-10-01',
  to: '2026-12-31',
  proposed: [
    { reference: 'VT-2026-0131', reasons: ['returned', 'escalated'], waitDays: 31 },
    { reference: 'VT-2026-0117', reasons: ['nieuwe-zorgen'] },
    { reference: 'VT-2026-0102', reasons: ['longest-wait'], waitDays: 44 },
  ],
  lessons: [
    {
      number: 1, theme: 'informatiedeling', wentWell: 'Het veiligheidsplan lag al klaar bij de overdracht.', toImprove: 'Het wijkteam hoorde pas na drie weken waarom de casus terugging naar Veilig Thuis.',
      agreement: { text: 'Bij terugleggen belt Veilig Thuis de casusregisseur binnen vijf werkdagen.', owner: 'veilig-thuis', due: '2027-02-01', followUps: [] },
      byAadId: 'aad-vt', byName: 'Maud Vossen', at: '2027-01-05T10:20:00.000Z',
    },
    {
      number: 2, theme: 'wachttijden', wentWell: '', toImprove: 'Casussen met een lange wachttijd kwamen niet eerder op de werksessie.',
      agreement: { text: 'Casussen die langer dan vier weken wachten staan vooraan op de werksessie.', owner: 'samen', due: '2027-01-19', doneAt: '2027-01-19T09:00:00.000Z', doneByName: 'Ingrid Pluijmen', followUps: [] },
      byAadId: 'aad-g', byName: 'Ingrid Pluijmen', at: '2027-01-05T10:31:00.000Z',
    },
  ],
  createdAt: '2027-01-04T07:30:00.000Z',
  version: 3,
};
