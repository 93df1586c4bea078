import type { Sector } from '../../../../domain/constants.js';
import type { FlowChoice, FlowNode } from '../types.js';
import { youSaid } from '../texts.js';

/** Step 0 (acute danger), who the worry is about (which route), step 1 (signalen, Kindcheck). */

export const acuteNode: FlowNode = {
  id: 'acute',
  step: 0,
  title: 'Eerst: is er acuut gevaar?',
  question: 'Is er nu iemand in acuut gevaar?',
  explanation:
    'Denk aan iemand die ernstig gewond is, die met een wapen wordt bedreigd, of die vandaag niet veilig naar huis kan. ' +
    'Veiligheid gaat dan voor alle stappen van de meldcode.',
  choices: [
    {
      id: 'yes',
      label: 'Ja, er is nu iemand in gevaar',
      next: 'ACUTE',
      recordAs: youSaid('dat er acuut gevaar was; advies: bel 112 en daarna Veilig Thuis.'),
    },
    { id: 'no', label: 'Nee', next: 'who', recordAs: youSaid('dat er geen acuut gevaar was.') },
  ],
  variants: {
    kinderopvang: {
      explanation:
        'Denk aan een kind dat ernstig gewond is, een ouder die dreigt of geweld gebruikt bij het brengen of halen, ' +
        'of een kind dat vandaag niet veilig naar huis kan. Veiligheid gaat dan voor alle stappen van de meldcode.',
    },
  },
};

const colleagueLabels: Record<Sector, string> = {
  onderwijs: 'Iemand die op school werkt: een leraar, onderwijsassistent, conciërge, stagiair of vrijwilliger',
  kinderopvang:
    'Iemand die in de opvang werkt: een pedagogisch medewerker, invalkracht, stagiair, vrijwilliger, gastouder of een huisgenoot van de gastouder',
  zorg: 'Iemand die in onze organisatie werkt: een zorgverlener, collega, vrijwilliger of stagiair',
  wijkteam: 'Iemand die in onze organisatie werkt: een collega, vrijwilliger of stagiair',
  anders: 'Iemand die in een organisatie met het kind of de cliënt werkt: een medewerker, vrijwilliger, stagiair of chauffeur',
};

/** Where "a colleague" leads: each sector has its own legal route (brief §7). */
const colleagueNext: Record<Sector, string> = {
  onderwijs: 'school-level',
  kinderopvang: 'houder-suspect',
  zorg: 'care-kind',
  wijkteam: 'COLLEAGUE_OTHER',
  anders: 'colleague-org',
};

const homeNext: Record<Sector, string> = {
  onderwijs: 'signals',
  kinderopvang: 'signals',
  anders: 'signals',
  wijkteam: 'kindcheck',
  zorg: 'kindcheck',
};

function whoChoices(sector: Sector): FlowChoice[] {
  return [
    {
      id: 'home',
      label: 'Een kind of volwassene: zorgen over de thuissituatie',
      next: homeNext[sector],
      recordAs: youSaid('dat je zorg gaat over de thuissituatie van een kind of volwassene.'),
    },
    {
      id: 'colleague',
      label: colleagueLabels[sector],
      next: colleagueNext[sector],
      recordAs: youSaid('dat je vermoeden gaat over iemand die in de organisatie werkt.'),
    },
    {
      id: 'harmful',
      label:
        'Eergerelateerd geweld, huwelijksdwang, achterlating in het buitenland, meisjesbesnijdenis (VGV) of mensenhandel en loverboys',
      next: 'departure',
      recordAs: youSaid(
        'dat het gaat om eergerelateerd geweld, huwelijksdwang, achterlating, meisjesbesnijdenis (VGV) of mensenhandel.',
      ),
    },
    {
      id: 'suicide',
      label: 'Iemand praat over zelfdoding of beschadigt zichzelf (route via 113)',
      next: 'suicide-home',
      recordAs: youSaid('dat iemand praat over zelfdoding of zichzelf beschadigt (route via 113).'),
    },
  ];
}

export const whoNode: FlowNode = {
  id: 'who',
  step: 1,
  title: 'Om wie gaat je zorg?',
  question: 'Om wie gaat je zorg, en wat voor situatie is het?',
  explanation:
    'De meldcode is bedoeld voor zorgen over de thuissituatie. Voor een vermoeden over iemand die in de organisatie werkt, ' +
    'en voor de andere situaties hieronder, geldt een andere route.',
  choices: whoChoices('anders'),
  variants: {
    onderwijs: { choices: whoChoices('onderwijs') },
    kinderopvang: { choices: whoChoices('kinderopvang') },
    zorg: { choices: whoChoices('zorg') },
    wijkteam: { choices: whoChoices('wijkteam') },
  },
};

export const kindcheckNode: FlowNode = {
  id: 'kindcheck',
  step: 1,
  sectors: ['wijkteam', 'zorg'],
  title: 'Kindcheck',
  question:
    'Wonen er minderjarige kinderen bij je cliënt, of zijn er kinderen die van je cliënt afhankelijk zijn? ' +
    'Tel ook kinderen van een partner mee en een zwangerschap.',
  explanation:
    'De Kindcheck hoort bij stap 1 als je met volwassen cliënten werkt. Hij is vooral belangrijk als de situatie van je cliënt ' +
    'kinderen ernstig kan schaden, bijvoorbeeld bij verslaving, ernstige psychische problemen of geweld in huis. ' +
    'Zijn er geen zorgen om de kinderen, leg dan vast hoeveel kinderen er zijn, hoe oud ze zijn en wie voor hen zorgt.',
  choices: [
    {
      id: 'yes',
      label: 'Ja',
      next: 'signals',
      recordAs: 'Kindcheck, je gaf aan: er zijn kinderen in huis of afhankelijk van de cliënt (of een zwangerschap).',
    },
    {
      id: 'no',
      label: 'Nee',
      next: 'signals',
      recordAs: 'Kindcheck, je gaf aan: geen minderjarige kinderen in huis of afhankelijk van de cliënt.',
    },
    {
      id: 'client-is-minor',
      label: 'Mijn cliënt is zelf een jongere',
      next: 'signals',
      recordAs: 'Kindcheck, je gaf aan: de cliënt is zelf een jongere; na te gaan of er jongere broers of zussen thuis wonen.',
    },
    {
      id: 'unknown',
      label: 'Weet ik nog niet',
      next: 'signals',
      recordAs: 'Kindcheck, je gaf aan: nog niet bekend; na te vragen bij de cliënt.',
    },
  ],
};

const signal = (id: string, label: string, what: string, next = 'consult'): FlowChoice => ({
  id,
  label,
  next,
  recordAs: `Je gaf als signaal aan: ${what}.`,
});

/** Listed by route priority: a disclosure, then sexual abuse, decide the route over the others. */
const signalChoices = (disclosureLabel: string, extra: FlowChoice[] = []): FlowChoice[] => [
  signal('disclosure', disclosureLabel, 'iemand vertelt zelf over geweld of misbruik (disclosure)', 'DISCLOSURE'),
  signal('sexual', 'Seksueel getint gedrag of een vermoeden van seksueel misbruik', 'seksueel getint gedrag of een vermoeden van seksueel misbruik', 'sexual-who'),
  signal('injury', 'Lichamelijk letsel, zoals blauwe plekken of brandwonden', 'lichamelijk letsel'),
  signal('behaviour', 'Gedrag of een verandering daarin, zoals teruggetrokken, angstig of agressief', 'gedrag of gedragsverandering'),
  signal('neglect', 'Verwaarlozing, zoals te weinig eten, verzorging, kleding of medische zorg', 'verwaarlozing'),
  signal('domestic', 'Huiselijk geweld in het gezin, ook als een kind het alleen ziet of hoort', 'huiselijk geweld in het gezin'),
  ...extra,
];

const parentConcern = signal(
  'parent-situation',
  'Zorgen over de situatie van een ouder, zoals verslaving of psychische problemen',
  'de situatie van een ouder kan de kinderen schaden',
);

const clientDisclosure = 'Het kind of de cliënt vertelt zelf over geweld of misbruik (disclosure)';
const signalsExplanation =
  'Kies alles wat past. Eén signaal bewijst nog niets. Schrijf in de notitie wat je zelf zag of hoorde, met de datum, ' +
  'en van wie informatie van anderen komt; noteer wat je ervan denkt apart als interpretatie. Geen namen.';

export const signalsNode: FlowNode = {
  id: 'signals',
  step: 1,
  multiple: true,
  title: 'Signalen in kaart brengen',
  question: 'Welke signalen zie je?',
  explanation: signalsExplanation,
  choices: signalChoices(clientDisclosure),
  variants: {
    onderwijs: {
      question: 'Welke signalen zie je bij de leerling?',
      explanation: `${signalsExplanation} Let ook op verzuim, te laat komen of dalende resultaten.`,
      choices: signalChoices('De leerling vertelt zelf over geweld of misbruik (disclosure)'),
    },
    kinderopvang: {
      question: 'Welke signalen zie je bij het kind?',
      explanation: `${signalsExplanation} Let ook op hoe het kind reageert bij het brengen en halen.`,
      choices: signalChoices('Het kind vertelt zelf over geweld of misbruik (disclosure)'),
    },
    wijkteam: { choices: signalChoices(clientDisclosure, [parentConcern]) },
    zorg: { choices: signalChoices(clientDisclosure, [parentConcern]) },
  },
};

export const sexualWhoNode: FlowNode = {
  id: 'sexual-who',
  step: 1,
  title: 'Seksueel misbruik: van wie gaat het uit?',
  question: 'Van wie gaat het seksueel getinte gedrag of het misbruik uit, denk je?',
  explanation:
    'Bij een vermoeden van misbruik door een ouder of verzorger vraag je eerst Veilig Thuis om advies, ' +
    'voordat je iets met het gezin bespreekt. Spreek nooit zelf iemand aan die je verdenkt.',
  choices: [
    {
      id: 'parent',
      label: 'Een ouder, verzorger of iemand anders uit het gezin',
      next: 'SEXUAL_ABUSE_HOME',
      recordAs: youSaid('dat het vermoeden gaat over een ouder, verzorger of iemand anders uit het gezin.'),
    },
    {
      id: 'child',
      label: 'Het gaat om gedrag van het kind zelf of tussen kinderen',
      next: 'consult',
      recordAs: youSaid('dat het gaat om seksueel getint gedrag van het kind zelf of tussen kinderen.'),
    },
    {
      id: 'unknown',
      label: 'Weet ik niet',
      next: 'SEXUAL_ABUSE_HOME',
      recordAs: youSaid('dat niet bekend is van wie het misbruik uitgaat.'),
    },
  ],
};
