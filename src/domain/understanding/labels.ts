import type { AcuteSignal } from '../acuteDanger.js';
import { PhoneNumbers, type Sector } from '../constants.js';
import type { VeiligThuisFirstForm } from '../facts.js';
import type { Asker } from './askerSector.js';
import { isYoung, type HomeSign, type Involved, type NextStep, type WorryReading, type WorrySignal } from './worry.js';

/** General words for what a message describes: never a name, place or other identifying detail. */
export const WorrySignalLabels: Record<WorrySignal, string> = {
  financial: 'geld of bezit dat iemand mogelijk wordt afgenomen (financiële uitbuiting)',
  injury: 'letsel of een verwonding (met een verklaring die je niet vertrouwt)',
  behaviour: 'veranderd of opvallend gedrag',
  neglect: 'signalen van verwaarlozing',
  sexual: 'signalen op seksueel gebied',
  domestic: 'iets in de thuissituatie (zoals ruzie, een scheiding, een nieuwe partner, drank of controle)',
  disclosure: 'iets wat iemand jou zelf vertelde',
  emotional: 'kleineren, dreigen of (lichamelijk) straffen',
  'special-route': 'mogelijk eergerelateerd geweld, huwelijksdwang, achterlating, meisjesbesnijdenis of uitbuiting',
  colleague: 'een vermoeden over iemand die in de organisatie werkt',
  'parent-problems': 'zorgen over de draagkracht van een ouder of verzorger',
};

/** What a story tells of the home, in place of the general "iets in de thuissituatie". */
const HomeSignLabels: Record<HomeSign, string> = {
  violence: 'lichamelijk geweld',
  quarrels: 'ruzie of geschreeuw thuis',
  separation: 'een scheiding',
  'new-partner': 'een nieuwe partner in het gezin',
  police: 'politie die thuis kwam',
  substances: 'drank- of drugsgebruik',
  control: 'controle of afsluiten van anderen',
  stalking: 'stalking of lastigvallen',
};
const stalkingLabel = 'stalking door een partner of ex-partner';
const plainInjuryLabel = 'letsel of een verwonding';
/** A parent's own problems, in a story without children: the strain is the person's own. */
const ownStrainLabel = 'zorgen over wat iemand zelf nog kan dragen (zoals schulden, ziekte of verslaving)';

/** "Ruzie of geschreeuw thuis en drank- of drugsgebruik": the home as the story tells it, or the general words when it names nothing specific. */
function homeLabels(reading: Pick<WorryReading, 'homeSigns' | 'stalkedByPartner'>): string[] {
  const signs = reading.homeSigns ?? [];
  if (signs.length === 0) return [WorrySignalLabels.domestic];
  return signs.map((sign) => (sign === 'stalking' && reading.stalkedByPartner ? stalkingLabel : HomeSignLabels[sign]));
}

/** The kind of signal named for a story whose route is known: only that form, not the whole list. */
const SpecialRouteSignalLabels: Record<VeiligThuisFirstForm, string> = {
  'eergerelateerd-geweld': 'signalen van eergerelateerd geweld',
  huwelijksdwang: 'signalen van huwelijksdwang',
  achterlating: 'signalen van achterlating in het buitenland',
  vgv: 'signalen van meisjesbesnijdenis',
  mensenhandel: 'signalen van uitbuiting (loverboy- of mensenhandelproblematiek)',
};

export const InvolvedLabels: Record<Involved, string> = {
  child: 'een kind',
  'young-child': 'een jong kind',
  youth: 'een jongere',
  parent: 'een ouder of verzorger',
  partner: 'een (ex-)partner',
  'older-adult': 'een oudere',
  client: 'een cliënt',
  colleague: 'een collega of medewerker',
};

export const AcuteSignalLabels: Record<AcuteSignal, string> = {
  'violence-now': 'geweld of een situatie die onveilig kan zijn',
  'afraid-to-go-home': 'iemand die bang is om naar huis te gaan',
  suicide: 'gedachten aan zelfdoding of zelfbeschadiging',
  weapon: 'een wapen',
  'sexual-abuse-now': 'signalen van seksueel misbruik',
  disclosure: 'iemand die jou over geweld vertelde',
  fleeing: 'iemand die op de vlucht is of geen veilige plek heeft',
  threat: 'een dreiging of bedreiging',
  strangulation: 'wurging of een hand om de keel',
  'injured-perpetrator': 'letsel, terwijl de mogelijke dader in de buurt is',
  'perpetrator-near': 'iemand die gevaar kan brengen en in de buurt is of eraan komt',
  infant: 'een baby of jong kind met letsel of andere zorgwekkende signalen',
  departure: 'een dreigend vertrek naar het buitenland (besnijdenis, huwelijk of achterlating)',
  'locked-deprived': 'signalen van opsluiting, of van eten, medicijnen of zorg die iemand niet krijgt',
  tonight: 'een moment waarop het gevaar groter kan zijn',
  'danger-described': 'een situatie die onveilig kan zijn',
};

/** Whom an asker outside the meldcode sectors talks to: there is no aandachtsfunctionaris there. */
const OWN_ORGANISATION = 'je leidinggevende of coördinator (bij een club of vereniging: de vertrouwenspersoon of het bestuur), niet met iemand die zelf bij de zorg of bij het gezin betrokken is';
/** Whom to consult (meldcode stap 2): at school also the intern begeleider; elsewhere a colleague who knows the meldcode. */
const consultWith = (sector: Sector | undefined, asker: Asker): string =>
  asker !== 'professional' ? OWN_ORGANISATION : sector === 'onderwijs' ? 'je aandachtsfunctionaris of intern begeleider' : 'je aandachtsfunctionaris of een deskundige collega';

/** A neighbour, relative or volunteer with a worry: write it down and talk it over with Veilig Thuis, never confront. */
const BYSTANDER_STEP = `Schrijf op wat je zag en hoorde, met datum en tijd, zonder er zelf conclusies aan te verbinden, en bel Veilig Thuis om je zorg te bespreken (${PhoneNumbers.veiligThuis}, gratis, 24/7): samen kijk je of een melding nodig is. Ga niet zelf onderzoeken en spreek niemand aan die je verdenkt.`;

/** The step that fits now, in the words of the asker's sector when it is known. */
export function nextStepText(step: NextStep, sector?: Sector, asker: Asker = 'professional'): string {
  // A neighbour or relative has no one to consult at work: what the article for bystanders says to do.
  if (asker === 'bystander' && (step === 'record' || step === 'consult' || step === 'advice')) return BYSTANDER_STEP;
  switch (step) {
    case 'record':
      return `Schrijf op wat je zag en hoorde, met datum, in feiten en zonder je eigen uitleg. Bespreek het daarna met ${consultWith(sector, asker)} (collegiale consultatie).`;
    case 'consult':
      return `Leg vast wat je zag en hoorde, in feiten, en bespreek het deze week met ${consultWith(sector, asker)} (collegiale consultatie). Twijfel je? Vraag advies aan Veilig Thuis.`;
    case 'advice':
      return `Vraag vandaag nog advies aan Veilig Thuis (${PhoneNumbers.veiligThuis}, gratis, 24/7) en leg vast wat je zag en wat er werd gezegd, letterlijk en met datum. Bespreek het ook met ${asker !== 'professional' ? OWN_ORGANISATION : 'je aandachtsfunctionaris'}.`;
    case 'kindcheck':
      return `Doe de Kindcheck: ga na of je cliënt zorgt voor minderjarige kinderen en of die veilig zijn. Leg vast wat je ziet en bespreek het met ${consultWith(sector, asker)}. Twijfel je over de veiligheid van de kinderen? Vraag advies aan Veilig Thuis (${PhoneNumbers.veiligThuis}).`;
    case 'weigh-sexual-behaviour':
      return `Weeg het gedrag met het Vlaggensysteem: past het bij de leeftijd of gaat het over een grens? Leg vast wat je zag en hoorde, letterlijk en met datum, en bespreek het met ${consultWith(sector, asker)}. Wijst het op misbruik thuis? Vraag dan eerst advies aan Veilig Thuis (${PhoneNumbers.veiligThuis}), voordat je het met de ouders bespreekt.`;
    case 'veilig-thuis-first':
      return `Neem eerst contact op met Veilig Thuis (${PhoneNumbers.veiligThuis}) voordat je iets met de familie bespreekt: een gesprek kan het gevaar juist vergroten. Confronteer niemand die je verdenkt. Leg vast wat je zag en hoorde.`;
    case 'organisation-route':
      return 'Gaat je zorg over iemand die in je organisatie werkt? Dan volg je niet de gewone meldcode-stappen: meld het meteen bij je leidinggevende of het bestuur (in onderwijs en kinderopvang raadplegen zij de vertrouwensinspecteur). Bespreek het niet eerst met de collega zelf.';
  }
}

const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`);

/** "Je beschrijft veranderd gedrag en letsel. Het gaat om een kind en een ouder of verzorger." */
export function describeReading(reading: Pick<WorryReading, 'signals' | 'involved' | 'homeSigns' | 'stalkedByPartner' | 'injuryUnexplained'>, form?: VeiligThuisFirstForm, danger: readonly AcuteSignal[] = []): string {
  const parts: string[] = [];
  const aboutAChild = reading.involved.some(isYoung);
  const label = (s: WorrySignal): string[] => {
    if (s === 'domestic') return homeLabels(reading);
    if (s === 'injury' && reading.injuryUnexplained) return [plainInjuryLabel];
    if (s === 'special-route' && form) return [SpecialRouteSignalLabels[form]];
    if (s === 'parent-problems' && !aboutAChild) return [ownStrainLabel];
    return [WorrySignalLabels[s]];
  };
  const labels = [...danger.map((s) => AcuteSignalLabels[s]), ...reading.signals.flatMap(label)];
  if (labels.length > 0) parts.push(`Je beschrijft ${list(labels)}.`);
  const people = reading.involved.filter((i) => i !== 'colleague' || reading.signals.includes('colleague'));
  if (people.length > 0) parts.push(`Het gaat om ${list(people.map((i) => InvolvedLabels[i]))}.`);
  return parts.join(' ') || 'Je beschrijft een zorg over de veiligheid van iemand.';
}

export function describeDanger(signals: readonly AcuteSignal[]): string {
  return signals.length > 0 ? `Je beschrijft ${list(signals.map((s) => AcuteSignalLabels[s]))}.` : '';
}

/** Headings for the route block; the route sentences themselves come from the facts module. */
export const SpecialRouteTitles = {
  unknownSector: 'Een vermoeden over iemand die in je organisatie werkt',
  pickSector: (sectors: string) =>
    `Hiervoor geldt een aparte route, niet de gewone meldcode-stappen. Welke route precies, hangt af van je sector (${sectors}). Meld het meteen bij je leidinggevende of het bestuur, en bespreek het niet eerst met de collega zelf.`,
  forSector: (label: string) => `Een vermoeden over een medewerker: de route in ${label}`,
  veiligThuisFirst: 'Veilig Thuis eerst',
  sexualAbuseByCarer: 'Seksueel misbruik door een ouder of verzorger: Veilig Thuis eerst',
  suicide: 'Zelfdoding of zelfbeschadiging',
  noConfrontation: 'Confronteer niemand die je verdenkt. Leg vast wat je zag en hoorde, in feiten en met datum.',
} as const;
