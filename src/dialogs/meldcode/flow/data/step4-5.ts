import { Afwegingen, PhoneNumbers } from '../../../../domain/constants.js';
import type { FlowNode } from '../types.js';
import { emergencyLine, vtPhone } from '../texts.js';

/**
 * Step 4 (afwegingen 1–2) and step 5 (afwegingen 3–5). Sources differ on the numbering; the
 * team's choice is 1–2 under stap 4 and 3–5 under stap 5 (brief §1 [CONFLICT]).
 */

const afwegingTitle = (n: 1 | 2 | 3 | 4 | 5): string => `Afweging ${n}: ${Afwegingen[n - 1].name}`;
const record = (n: 1 | 2 | 3 | 4 | 5, answer: string): string => `${afwegingTitle(n)} — je gaf aan: ${answer}`;

export const afweging1Node: FlowNode = {
  id: 'afweging-1',
  step: 4,
  afweging: 1,
  title: afwegingTitle(1),
  question:
    'Heb je op basis van de eerdere stappen een vermoeden van (dreigend) huiselijk geweld of kindermishandeling?',
  explanation: 'Neem alles mee wat je in de eerdere stappen hebt verzameld en besproken. Twijfel je, vraag dan Veilig Thuis om advies.',
  choices: [
    { id: 'yes', label: 'Ja, ik heb een vermoeden', next: 'afweging-2', recordAs: record(1, 'ja, er is een vermoeden.') },
    { id: 'no', label: 'Nee, geen vermoeden', next: 'CLOSE_NO_SUSPICION', recordAs: record(1, 'nee, geen vermoeden.') },
    { id: 'doubt', label: 'Ik twijfel', next: 'afweging-1-doubt', recordAs: record(1, 'twijfel; advies: vraag Veilig Thuis om advies.') },
  ],
};

export const afweging1DoubtNode: FlowNode = {
  id: 'afweging-1-doubt',
  step: 4,
  afweging: 1,
  title: 'Bij twijfel: overleg met Veilig Thuis',
  question: 'Vraag Veilig Thuis om advies. Wat is daarna je conclusie?',
  explanation: `${vtPhone}. Je kunt de situatie zonder namen voorleggen.`,
  choices: [
    {
      id: 'yes',
      label: 'Er is een vermoeden',
      next: 'afweging-2',
      recordAs: record(1, 'na je twijfel: ja, er is een vermoeden.'),
    },
    {
      id: 'no',
      label: 'Er is geen vermoeden',
      next: 'CLOSE_NO_SUSPICION',
      recordAs: record(1, 'na je twijfel: nee, geen vermoeden.'),
    },
  ],
};

export const afweging2Node: FlowNode = {
  id: 'afweging-2',
  step: 4,
  afweging: 2,
  title: afwegingTitle(2),
  question: 'Is er volgens jou sprake van acute en/of structurele onveiligheid?',
  explanation:
    'Acuut: iemand loopt nu lichamelijk gevaar, of zijn veiligheid in de komende uren of dagen is niet zeker. ' +
    'Denk aan ernstig letsel, een poging tot wurging, dreiging met wapens of seksueel misbruik dat zich kan herhalen. ' +
    'Structureel: onveiligheid die steeds terugkomt of blijft bestaan, bijvoorbeeld een kind dat telkens getuige is van geweld thuis. ' +
    emergencyLine,
  choices: [
    {
      id: 'yes',
      label: 'Ja, acute en/of structurele onveiligheid',
      next: 'MELDEN',
      recordAs: record(2, 'ja, acute en/of structurele onveiligheid.'),
    },
    { id: 'no', label: 'Nee', next: 'afweging-3', recordAs: record(2, 'nee.') },
    { id: 'doubt', label: 'Ik twijfel', next: 'afweging-2-doubt', recordAs: record(2, 'twijfel; advies: vraag Veilig Thuis om advies.') },
  ],
};

export const afweging2DoubtNode: FlowNode = {
  id: 'afweging-2-doubt',
  step: 4,
  afweging: 2,
  title: 'Bij twijfel: overleg met Veilig Thuis',
  question: 'Vraag Veilig Thuis om advies. Is er volgens jullie acute en/of structurele onveiligheid?',
  explanation: `Bel ${PhoneNumbers.veiligThuis} (gratis, dag en nacht bereikbaar). ${emergencyLine}`,
  choices: [
    { id: 'yes', label: 'Ja', next: 'MELDEN', recordAs: record(2, 'na je twijfel: ja, acute en/of structurele onveiligheid.') },
    { id: 'no', label: 'Nee', next: 'afweging-3', recordAs: record(2, 'na je twijfel: nee.') },
  ],
};

export const afweging3Node: FlowNode = {
  id: 'afweging-3',
  step: 5,
  afweging: 3,
  title: afwegingTitle(3),
  question:
    'Kun je zelf, eventueel samen met anderen, passende hulp bieden of organiseren om (verder) geweld of mishandeling te voorkomen?',
  explanation: 'Kijk naar wat past bij je rol, je deskundigheid en je grenzen als professional. Melden en hulp sluiten elkaar niet uit.',
  choices: [
    { id: 'yes', label: 'Ja', next: 'afweging-4', recordAs: record(3, 'ja, hulp bieden of organiseren is mogelijk.') },
    { id: 'no', label: 'Nee', next: 'MELDEN', recordAs: record(3, 'nee, voldoende hulp bieden of organiseren lukt niet.') },
  ],
  variants: {
    onderwijs: {
      explanation:
        'Een school biedt de hulp meestal niet zelf, maar kan die wel organiseren, bijvoorbeeld via de eigen zorgstructuur of het wijkteam. ' +
        'Kijk naar wat past bij je rol en je grenzen. Melden en hulp sluiten elkaar niet uit.',
    },
  },
};

export const afweging4Node: FlowNode = {
  id: 'afweging-4',
  step: 5,
  afweging: 4,
  title: afwegingTitle(4),
  question: 'Aanvaarden de betrokkenen deze hulp en werken ze er echt aan mee?',
  explanation:
    'Zo ja: bied of organiseer de hulp en spreek af wat er moet veranderen en wanneer je samen bekijkt of dat lukt.',
  choices: [
    { id: 'yes', label: 'Ja', next: 'afweging-5', recordAs: record(4, 'ja, de betrokkenen aanvaarden de hulp.') },
    { id: 'no', label: 'Nee', next: 'MELDEN', recordAs: record(4, 'nee, de betrokkenen aanvaarden de hulp niet.') },
  ],
};

export const afweging5Node: FlowNode = {
  id: 'afweging-5',
  step: 5,
  afweging: 5,
  title: afwegingTitle(5),
  question: 'Leidt de hulp binnen de afgesproken tijd tot het resultaat dat nodig is voor veiligheid en welzijn?',
  explanation: 'Deze vraag beantwoord je op een later moment, als de hulp een tijd loopt.',
  choices: [
    { id: 'yes', label: 'Ja', next: 'HELP_CLOSED', recordAs: record(5, 'ja, de hulp heeft het gewenste resultaat.') },
    {
      id: 'no',
      label: 'Nee, de onveiligheid stopt niet of komt terug',
      next: 'MELDEN',
      recordAs: record(5, 'nee, de onveiligheid stopt niet of komt terug.'),
    },
    {
      id: 'too-early',
      label: 'Nog niet te zeggen',
      next: 'HELP_ORGANISE',
      recordAs: record(5, 'nog niet te zeggen; later opnieuw beoordelen.'),
    },
  ],
};
