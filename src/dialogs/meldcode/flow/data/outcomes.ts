import { PhoneNumbers } from '../../../../domain/constants.js';
import type { FlowOutcome } from '../types.js';
import { dossierName, emergencyLine, vtPhone } from '../texts.js';
import { routeOutcomes } from './routeOutcomes.js';

/**
 * Where a walk ends. Wording rules: meldrecht, never "meldplicht"; melden and hulp can go together;
 * the professional keeps responsibility for their own help; tell the client first unless safety prevents it.
 */

const callVt = `Bel ${vtPhone}.`;
const tellFirst =
  'Vertel de betrokkene(n) vooraf dat je gaat melden, tenzij dat de veiligheid van het kind, de cliënt, jezelf of anderen in gevaar brengt.';
const keepRole = 'Na een melding blijf je verantwoordelijk voor de hulp die je zelf biedt: melden en hulp sluiten elkaar niet uit.';

export const acuteOutcome: FlowOutcome = {
  id: 'ACUTE',
  title: 'Acuut gevaar: eerst veiligheid',
  text:
    `Iemand is nu in acuut gevaar. Bel eerst ${PhoneNumbers.emergency}. ` +
    `Neem daarna meteen contact op met Veilig Thuis via ${PhoneNumbers.veiligThuis} (gratis, dag en nacht bereikbaar). ` +
    'De stappen van de meldcode komen later: veiligheid gaat voor.',
  actions: [
    `Bel ${PhoneNumbers.emergency} en volg de aanwijzingen van de hulpdiensten.`,
    `Bel daarna Veilig Thuis: ${PhoneNumbers.veiligThuis}.`,
    'Laat je aandachtsfunctionaris of leidinggevende weten wat er is gebeurd.',
    'Schrijf zo snel mogelijk feitelijk op wat je zag en hoorde, met het tijdstip.',
    'Doorloop daarna alsnog de stappen van de meldcode en leg ze vast in het dossier.',
  ],
  decision: `Advies van de assistent: bel ${PhoneNumbers.emergency} en daarna Veilig Thuis; de meldcode komt later.`,
  melden: true,
  acute: true,
};

export const disclosureOutcome: FlowOutcome = {
  id: 'DISCLOSURE',
  title: 'Iemand vertelt zelf over geweld: melden',
  text:
    'Als een kind of volwassene uit zichzelf vertelt over geweld of misbruik en om hulp vraagt, heet dat een disclosure. ' +
    'Het afwegingskader ziet dit als acute onveiligheid. Je meldt daarom bij Veilig Thuis ' +
    `via ${PhoneNumbers.veiligThuis} (gratis, dag en nacht bereikbaar). ${emergencyLine}`,
  actions: [
    'Beloof geen geheimhouding. Zeg dat je samen gaat zoeken naar hulp.',
    `Meld bij Veilig Thuis: ${PhoneNumbers.veiligThuis}. Je hebt daarvoor een meldrecht, ook zonder toestemming.`,
    tellFirst,
    'Schrijf zo snel mogelijk feitelijk op wat er is verteld en wanneer.',
    keepRole,
  ],
  decision: 'Advies van de assistent: melden bij Veilig Thuis (een disclosure is acute onveiligheid).',
  melden: true,
  acute: true,
};

const closeText = (where: string): string =>
  'Je hebt na de eerdere stappen geen vermoeden van huiselijk geweld of kindermishandeling. ' +
  `Je sluit de meldcode af en legt dat vast in ${where}.`;

export const closeNoSuspicionOutcome: FlowOutcome = {
  id: 'CLOSE_NO_SUSPICION',
  title: 'Geen vermoeden: meldcode afsluiten',
  text: closeText(dossierName.anders),
  actions: [
    'Leg vast dat je de meldcode afsluit en waarom.',
    'Blijf alert. Komen er nieuwe signalen, begin dan opnieuw bij stap 1.',
    `Twijfel je toch? Vraag Veilig Thuis om advies: ${PhoneNumbers.veiligThuis}.`,
  ],
  decision: 'Uitkomst van je afweging 1: geen vermoeden; de meldcode afsluiten.',
  melden: false,
  acute: false,
  variants: {
    onderwijs: { text: closeText(dossierName.onderwijs) },
    wijkteam: { text: closeText(dossierName.wijkteam) },
    zorg: { text: closeText(dossierName.zorg) },
    kinderopvang: { text: closeText(dossierName.kinderopvang) },
  },
};

export const meldenOutcome: FlowOutcome = {
  id: 'MELDEN',
  title: 'Melden bij Veilig Thuis',
  text:
    `Op grond van je afwegingen meld je bij Veilig Thuis: ${PhoneNumbers.veiligThuis} (gratis, dag en nacht bereikbaar). ` +
    'Je hebt een meldrecht: je mag Veilig Thuis de gegevens geven die nodig zijn, ook zonder toestemming van de betrokkenen. ' +
    'Als professional meld je met je eigen naam en contactgegevens. ' +
    'Bij acute of structurele onveiligheid loop je de afwegingen 3 tot en met 5 samen met Veilig Thuis door. ' +
    keepRole,
  actions: [
    tellFirst,
    `${callVt} Deel alleen wat nodig is.`,
    emergencyLine,
    'Maak met Veilig Thuis afspraken over wie wat doet.',
    'Leg in het dossier vast: je afweging en waarop die berust, wat je hebt gedaan, wie je hebt ingelicht en hoe die reageerde, en de afspraken met Veilig Thuis.',
    'Heb je al eerder gemeld en stopt de onveiligheid niet? Meld dan opnieuw.',
  ],
  decision: 'Uitkomst van je afwegingen: melden bij Veilig Thuis.',
  melden: true,
  acute: false,
};

export const helpClosedOutcome: FlowOutcome = {
  id: 'HELP_CLOSED',
  title: 'De hulp werkt: afsluiten met afspraken',
  text:
    'De hulp heeft geleid tot wat nodig was voor veiligheid en welzijn. ' +
    'Je sluit af en maakt met de betrokkenen en andere hulpverleners afspraken over hoe de veiligheid in beeld blijft.',
  actions: [
    'Spreek af wie de veiligheid blijft volgen, hoe en tot wanneer.',
    'Leg het resultaat van de hulp en de afspraken vast in het dossier.',
    `Komt de onveiligheid terug? Meld dan alsnog bij Veilig Thuis: ${PhoneNumbers.veiligThuis}.`,
  ],
  decision: 'Uitkomst van je afwegingen: de hulp heeft het gewenste resultaat; afsluiten met afspraken over zicht op veiligheid.',
  melden: false,
  acute: false,
};

export const helpOrganiseOutcome: FlowOutcome = {
  id: 'HELP_ORGANISE',
  title: 'Hulp bieden of organiseren',
  text:
    'Je biedt of organiseert de hulp. Of die tot het gewenste resultaat leidt, is nu nog niet te zeggen. ' +
    'Beoordeel dat later opnieuw met afweging 5.',
  actions: [
    'Leg vast welke hulp er is, wat het doel is en wanneer je het resultaat bekijkt.',
    'Plan een moment om afweging 5 opnieuw te doorlopen.',
    `Stopt de onveiligheid niet, of komt die terug? Meld dan bij Veilig Thuis: ${PhoneNumbers.veiligThuis}.`,
    `Je kunt Veilig Thuis altijd om advies vragen. ${emergencyLine}`,
  ],
  decision: 'Uitkomst van je afwegingen: hulp bieden of organiseren; afweging 5 later opnieuw doorlopen.',
  melden: false,
  acute: false,
};

export const outcomes: FlowOutcome[] = [
  acuteOutcome,
  disclosureOutcome,
  ...routeOutcomes,
  closeNoSuspicionOutcome,
  meldenOutcome,
  helpClosedOutcome,
  helpOrganiseOutcome,
];
