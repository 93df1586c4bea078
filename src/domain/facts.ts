import { PhoneNumbers } from './constants.js';

/**
 * The facts that articles, the meldcode walk and the cards state, in one place (issue 11).
 * Every fact names where it comes from and when it was last checked; docs/claims.md lists them.
 * Names exported here stay stable: add new ones, do not rename.
 */
export { PhoneNumbers };

export interface SourceRef {
  title: string;
  url?: string;
}

/** The date (ISO) the facts below were last checked against their sources. */
export const FactsCheckedOn = '2026-12-02';

/** Official sources for the facts in this module. */
export const FactSources = {
  jeugdwet: { title: 'Jeugdwet, artikel 1.1 (wetten.overheid.nl)', url: 'https://wetten.overheid.nl/BWBR0034925' },
  wmo2015: { title: 'Wet maatschappelijke ondersteuning 2015 (wetten.overheid.nl)', url: 'https://wetten.overheid.nl/BWBR0035362' },
  wkkgz: { title: 'Wet kwaliteit, klachten en geschillen zorg (wetten.overheid.nl)', url: 'https://wetten.overheid.nl/BWBR0037173' },
  wetKinderopvang: { title: 'Wet kinderopvang (wetten.overheid.nl)', url: 'https://wetten.overheid.nl/BWBR0017017' },
  besluitMeldcode: {
    title: 'Besluit verplichte meldcode huiselijk geweld en kindermishandeling (Stb. 2013, 324)',
    url: 'https://zoek.officielebekendmakingen.nl/stb-2013-324.html',
  },
  basismodel: {
    title: 'Rijksoverheid – Basismodel meldcode huiselijk geweld en kindermishandeling',
    url: 'https://www.rijksoverheid.nl/documenten/rapporten/2017/01/09/basismodel-meldcode-huiselijk-geweld-en-kindermishandeling',
  },
  njiDefinitie: { title: 'NJi – Kindermishandeling: definitie', url: 'https://www.nji.nl/kindermishandeling' },
  augeoVeiligThuis: { title: 'Augeo – Veilig Thuis', url: 'https://www.augeo.nl/nl-nl/themas/meldcode/veilig-thuis/' },
  veiligThuisZuidLimburg: {
    title: 'Veilig Thuis Zuid-Limburg – Over Veilig Thuis Zuid-Limburg',
    url: 'https://veiligthuiszl.nl/over-veilig-thuis-zuid-limburg/',
  },
  kindertelefoon: { title: 'De Kindertelefoon', url: 'https://www.kindertelefoon.nl/' },
  zelfmoordpreventie: { title: '113 Zelfmoordpreventie', url: 'https://www.113.nl/' },
  inspectieOnderwijsZeden: {
    title: 'Inspectie van het Onderwijs – Vertrouwensinspecteurs: zedenmisdrijven',
    url: 'https://www.onderwijsinspectie.nl/onderwerpen/vertrouwensinspecteurs/zedenmisdrijven',
  },
  rijksoverheidSchoolMisbruik: {
    title: 'Rijksoverheid – Moet de school seksueel misbruik melden en aangeven?',
    url: 'https://www.rijksoverheid.nl/onderwerpen/voortgezet-onderwijs/vraag-en-antwoord/moet-de-school-seksueel-misbruik-melden-en-aangeven',
  },
  igjGeweldZorgrelatie: { title: 'IGJ – Geweld in de zorgrelatie', url: 'https://www.igj.nl/onderwerpen/geweld-in-de-zorgrelatie' },
  handelingsprotocol: {
    title: 'KNMG-meldcode – Bijlage 4 Taken en functie van Veilig Thuis (volgt het Handelingsprotocol Veilig Thuis 2019)',
    url: 'https://knmg-meldcode.maglr.com/meldcode-kindermishandeling-en-huiselijk-geweld/bijlage-4-taken-en-functie-van-veilig-thuis',
  },
  meldcodeTriage: { title: 'meldcode.nu – Triage', url: 'https://www.meldcode.nu/triage/' },
  veiligThuisMiddenBrabantDiensten: {
    title: 'Veilig Thuis Midden-Brabant – Diensten Veilig Thuis',
    url: 'https://veiligthuismiddenbrabant.nl/nieuws/diensten-veilig-thuis/',
  },
} as const satisfies Record<string, SourceRef>;

/** Fixed time limits Veilig Thuis works to (Handelingsprotocol 2019; Uitvoeringsbesluit Wmo 2015). */
export const Timescales = {
  /** Without acute onveiligheid the veiligheidsbeoordeling is finished within this many werkdagen. */
  veiligheidsbeoordelingWorkingDays: 5,
  /** Voorwaarden & Vervolg and Onderzoek take at most this many weeks after the veiligheidsbeoordeling. */
  followUpMaxWeeks: 10,
} as const;

/** Where each phone number and time limit is stated. */
export const PhoneNumberSources: Record<keyof typeof PhoneNumbers, readonly SourceRef[]> = {
  emergency: [FactSources.veiligThuisZuidLimburg],
  veiligThuis: [FactSources.augeoVeiligThuis, FactSources.veiligThuisZuidLimburg],
  kindertelefoon: [FactSources.kindertelefoon],
  suicidePrevention: [FactSources.zelfmoordpreventie],
  suicidePreventionFree: [FactSources.zelfmoordpreventie],
};

export const TimescaleSources: Record<keyof typeof Timescales, readonly SourceRef[]> = {
  veiligheidsbeoordelingWorkingDays: [FactSources.meldcodeTriage, FactSources.handelingsprotocol],
  followUpMaxWeeks: [FactSources.veiligThuisMiddenBrabantDiensten, FactSources.handelingsprotocol],
};

/** Dates as Dutch text, so every place writes them the same way. */
export const KeyDates = {
  meldcodeLaw: '1 juli 2013',
  improvedMeldcode: '1 januari 2019',
  voorwaardenEnVervolg: '1 januari 2019',
  kinderopvangReportingDuty: '1 juli 2013',
} as const;

export const KeyDateSources: Record<keyof typeof KeyDates, readonly SourceRef[]> = {
  meldcodeLaw: [FactSources.besluitMeldcode, FactSources.basismodel],
  improvedMeldcode: [FactSources.basismodel],
  voorwaardenEnVervolg: [FactSources.veiligThuisMiddenBrabantDiensten],
  kinderopvangReportingDuty: [FactSources.wetKinderopvang],
};

/** Legal definitions, quoted from the law (not paraphrased). */
export const Definitions = {
  kindermishandeling: {
    law: 'Jeugdwet, artikel 1.1',
    text:
      'elke vorm van voor een minderjarige bedreigende of gewelddadige interactie van fysieke, psychische of seksuele aard, ' +
      'die de ouders of andere personen ten opzichte van wie de minderjarige in een relatie van afhankelijkheid of van onvrijheid staat, ' +
      'actief of passief opdringen, waardoor ernstige schade wordt berokkend of dreigt te worden berokkend aan de minderjarige ' +
      'in de vorm van fysiek of psychisch letsel',
    source: FactSources.jeugdwet,
  },
  huiselijkGeweld: {
    law: 'Wet maatschappelijke ondersteuning 2015, artikel 1.1.1',
    text: 'lichamelijk, geestelijk of seksueel geweld of bedreiging daarmee door iemand uit de huiselijke kring',
    source: FactSources.wmo2015,
  },
} as const;

/** How each phone line is described wherever it is shown. */
export const PhoneLines = {
  emergency: `${PhoneNumbers.emergency} bij direct gevaar voor lijf of leven`,
  veiligThuis: `Veilig Thuis: ${PhoneNumbers.veiligThuis} (gratis, dag en nacht bereikbaar)`,
  kindertelefoon: `De Kindertelefoon: ${PhoneNumbers.kindertelefoon} (gratis en anoniem, voor kinderen en jongeren)`,
  suicidePrevention:
    `113 Zelfmoordpreventie: bel ${PhoneNumbers.suicidePrevention} of ${PhoneNumbers.suicidePreventionFree} ` +
    '(gratis en anoniem, dag en nacht), of chat via 113.nl',
} as const;

/** When to call 112 and when Veilig Thuis: 112 is for direct danger to life; acute danger without it goes to Veilig Thuis (brief §2, §7). */
export const AcuteAdvice = {
  lifeInDanger: `Direct levensgevaar of geweld dat nu plaatsvindt: bel ${PhoneNumbers.emergency}.`,
  acuteWithoutLifeDanger: `Acute onveiligheid zonder direct levensgevaar, of twijfel: bel Veilig Thuis via ${PhoneNumbers.veiligThuis}. Dat kan dag en nacht en is gratis.`,
} as const;

/** Sectors with their own legal route when the suspect works in the organisation (brief §7). */
export const ColleagueRouteSectors = ['onderwijs', 'kinderopvang', 'zorg', 'jeugdhulp', 'wijkteam', 'vereniging'] as const;
export type ColleagueRouteSector = (typeof ColleagueRouteSectors)[number];

export interface ColleagueRoute {
  sector: ColleagueRouteSector;
  label: string;
  /** Which suspicions and which settings the route covers. */
  covers: string;
  /** What the professional and the organisation do, in order. */
  steps: readonly string[];
  /** True when no law was verified: a region may replace the steps with its own agreements. */
  configurable: boolean;
  source: SourceRef;
}

const neverConfront = 'Ga niet zelf onderzoeken en spreek de collega er niet op aan.';
const acuteFirst = `Is een kind of cliënt nu in direct gevaar? Bel eerst ${PhoneNumbers.emergency}.`;

/** The route for a suspicion against someone who works in the organisation, per sector. */
export const ColleagueRoutes: Record<ColleagueRouteSector, ColleagueRoute> = {
  onderwijs: {
    sector: 'onderwijs',
    label: 'Onderwijs (po, vo en mbo)',
    covers:
      'Een mogelijk zedenmisdrijf (seksueel misbruik, ontucht, grooming) door iemand die op school werkt tegen een minderjarige leerling of student, ' +
      'in het primair en voortgezet onderwijs en het mbo. Voor het hoger onderwijs geldt deze wettelijke route niet.',
    steps: [
      'Meld het direct bij het schoolbestuur (bevoegd gezag). Het is niet genoeg om het alleen aan een schoolleider of andere tussenpersoon te vertellen; niemand kan zich op geheimhouding beroepen, ook een interne vertrouwenspersoon niet.',
      'Het bestuur overlegt meteen met de vertrouwensinspecteur van de Inspectie van het Onderwijs.',
      'Blijkt uit dat overleg een redelijk vermoeden van een strafbaar feit, dan doet het bestuur aangifte bij de politie.',
      'Voordat het aangifte doet, informeert het bestuur de aangeklaagde medewerker en de ouders van de leerling.',
      neverConfront,
    ],
    configurable: false,
    source: FactSources.inspectieOnderwijsZeden,
  },
  kinderopvang: {
    sector: 'kinderopvang',
    label: 'Kinderopvang (kinderdagverblijf, bso, peuteropvang, gastouderopvang)',
    covers:
      'Een mogelijk zedendelict of mishandeling (ook lichamelijk geweld) door iemand die in de opvang werkt of er taken heeft, ' +
      'zoals een medewerker, stagiair, vrijwilliger, gastouder of huisgenoot van de gastouder, tegen een kind in de opvang.',
    steps: [
      'Meld het direct bij de houder van de kinderopvang.',
      'De houder overlegt meteen met de vertrouwensinspecteur van de Inspectie van het Onderwijs.',
      'Ontstaat daarbij een redelijk vermoeden van een strafbaar feit, dan doet de houder aangifte bij de politie.',
      'Is de houder zelf de vermoedelijke dader? Neem dan zelf contact op met de vertrouwensinspecteur of de politie.',
      neverConfront,
    ],
    configurable: false,
    source: FactSources.wetKinderopvang,
  },
  zorg: {
    sector: 'zorg',
    label: 'Zorg (ggz, gehandicaptenzorg, ouderenzorg, ziekenhuis)',
    covers:
      'Geweld in de zorgrelatie: lichamelijk of geestelijk geweld, seksueel grensoverschrijdend gedrag, seksueel misbruik, ontucht of dwang ' +
      'door een zorgverlener tegen een cliënt.',
    steps: [
      'Meld het direct bij je leidinggevende of de bestuurder van je organisatie (de zorgaanbieder).',
      'De zorgaanbieder meldt geweld in de zorgrelatie bij de Inspectie Gezondheidszorg en Jeugd (IGJ); dat staat in de Wkkgz.',
      'Werk je als zorgverlener zelfstandig, dan meld je zelf bij de IGJ.',
      neverConfront,
    ],
    configurable: false,
    source: FactSources.igjGeweldZorgrelatie,
  },
  jeugdhulp: {
    sector: 'jeugdhulp',
    label: 'Jeugdhulp',
    covers: 'Geweld door iemand die jeugdhulp verleent tegen een jeugdige in de hulpverleningsrelatie.',
    steps: [
      'Meld het direct bij je leidinggevende of de bestuurder van je organisatie (de jeugdhulpaanbieder).',
      'De jeugdhulpaanbieder meldt geweld bij de verlening van jeugdhulp bij de Inspectie Gezondheidszorg en Jeugd (IGJ).',
      neverConfront,
    ],
    configurable: false,
    source: FactSources.igjGeweldZorgrelatie,
  },
  wijkteam: {
    sector: 'wijkteam',
    label: 'Wijkteam / sociaal domein',
    covers: 'Een vermoeden van geweld of misbruik door een collega van het wijkteam of van een organisatie die Wmo-ondersteuning geeft.',
    steps: [
      'Bespreek het direct met je leidinggevende; is die betrokken, dan met de directie of bestuurder.',
      'Je organisatie bepaalt volgens de afspraken in de regio of en waar het wordt gemeld, bijvoorbeeld bij de toezichthouder Wmo van de gemeente.',
      neverConfront,
    ],
    configurable: true,
    source: { title: 'Nog niet geverifieerd: regionale afspraken (brief §7)' },
  },
  // No sector law was verified for clubs; the steps claim none. The Jeugdwet's definition names anyone a child depends on.
  vereniging: {
    sector: 'vereniging',
    label: 'Sportclub, scouting of andere vereniging',
    covers: 'Een vermoeden van geweld, misbruik of grooming door een trainer, begeleider of vrijwilliger van een club of vereniging.',
    steps: [
      'Meld het direct bij het bestuur van de club of vereniging, of bij de vertrouwenspersoon als de club die heeft. Houd je aan de afspraken van de club. Is iemand van het bestuur betrokken of bevriend met de persoon? Vraag dan eerst Veilig Thuis hoe je het veilig aankaart.',
      `Vraag advies aan Veilig Thuis (${PhoneNumbers.veiligThuis}, gratis, 24/7): kindermishandeling is volgens de Jeugdwet ook geweld door iemand van wie een kind afhankelijk is, zoals een trainer of begeleider.`,
      'Ga niet zelf onderzoeken en spreek de trainer of vrijwilliger er niet op aan.',
    ],
    configurable: false,
    source: FactSources.jeugdwet,
  },
};

/** A region's own agreements for a route that no verified law fixes (today only the wijkteam route). */
export interface RegionalColleagueRoute {
  steps: readonly string[];
  source: SourceRef;
}

/** The route for a sector; a region's agreements replace the steps only where the route is configurable. */
export function colleagueRouteFor(sector: ColleagueRouteSector, regional?: RegionalColleagueRoute): ColleagueRoute {
  const route = ColleagueRoutes[sector];
  if (!route.configurable || !regional) return route;
  return { ...route, steps: [...regional.steps, neverConfront], source: regional.source };
}

/** What always goes with a colleague route. */
export const ColleagueRouteNotes = {
  acuteFirst,
  homeSituation: `Gaat je zorg over de thuissituatie, dan volg je de meldcode en kun je Veilig Thuis om advies vragen: ${PhoneNumbers.veiligThuis}.`,
} as const;

/** Forms of violence where Veilig Thuis comes before any conversation with the family (brief §7). */
export const VeiligThuisFirstForms = ['eergerelateerd-geweld', 'huwelijksdwang', 'achterlating', 'vgv', 'mensenhandel'] as const;
export type VeiligThuisFirstForm = (typeof VeiligThuisFirstForms)[number];

export const VeiligThuisFirstLabels: Record<VeiligThuisFirstForm, string> = {
  'eergerelateerd-geweld': 'Eergerelateerd geweld',
  huwelijksdwang: 'Huwelijksdwang',
  achterlating: 'Achterlating (een kind wordt in het buitenland achtergelaten)',
  vgv: 'Vrouwelijke genitale verminking (VGV, meisjesbesnijdenis)',
  mensenhandel: 'Mensenhandel, loverboy- of pooierboyproblematiek',
};

const noFamilyTalk = 'Bespreek je zorg niet eerst met de ouders of de familie: dat kan het gevaar vergroten';

/** The advice for the Veilig Thuis-first forms and for sexual abuse by a parent or carer. */
export const VeiligThuisFirstAdvice = {
  contactFirst: `Neem eerst contact op met Veilig Thuis (${PhoneNumbers.veiligThuis}), voordat je iets met de ouders of de familie bespreekt.`,
  noFamilyConversation: `${noFamilyTalk} of ertoe leiden dat het kind naar het buitenland wordt gebracht.`,
  contactFirstAboutAnAdult: `Neem eerst contact op met Veilig Thuis (${PhoneNumbers.veiligThuis}): dat kan ook als het om een volwassene gaat, en ook als die zelf zegt dat er niets aan de hand is. Is iemand nu in gevaar? Bel ${PhoneNumbers.emergency}.`,
  /** For exploitation with no trip in view (a loverboy): the danger without the journey abroad. */
  noFamilyConversationAtHome: `${noFamilyTalk}.`,
  imminentDeparture:
    `Staat een vertrek naar het buitenland voor de deur (een vakantie, "deze zomer", een geboekte reis)? Dan is het acuut: bel meteen Veilig Thuis (${PhoneNumbers.veiligThuis}). ` +
    `Gaat het vertrek binnen enkele uren, bel dan ${PhoneNumbers.emergency}.`,
  sexualAbuseByCarer:
    `Vermoed je seksueel misbruik door een ouder of verzorger? Vraag Veilig Thuis (${PhoneNumbers.veiligThuis}) eerst of en hoe een gesprek veilig kan. ` +
    'Spreek een vermoedelijke dader nooit zelf aan.',
} as const;

/** Suicide and self-harm: not a Veilig Thuis route unless the home is unsafe (brief §7). */
export const SuicideRoute = {
  lifeInDanger: `Is iemands leven nu in gevaar? Bel ${PhoneNumbers.emergency}.`,
  talkTo113: `Anders: ${PhoneLines.suicidePrevention}.`,
  ownCare: 'Betrek de huisarts, en in je eigen organisatie wie de zorg coördineert: je aandachtsfunctionaris of leidinggevende, op school de zorgstructuur (intern begeleider, zorgcoördinator of mentor).',
  /** Below another route (a forced marriage, cutting): the self-harm the story also tells of. */
  alsoSelfHarm: `Ook zelfbeschadiging? ${PhoneLines.suicidePrevention}.`,
  veiligThuisOnlyIfUnsafeHome: `Veilig Thuis (${PhoneNumbers.veiligThuis}) is er als de thuissituatie onveilig is.`,
  /** The person told the asker of violence at home themselves (brief §2: a disclosure, which the afwegingskader expects to be reported). */
  harmToldByThePerson: `Vertelde de persoon je zelf over geweld thuis? Bel vandaag nog Veilig Thuis (${PhoneNumbers.veiligThuis}, gratis, 24/7): vertelt iemand het uit zichzelf en vraagt die om hulp, dan verwacht het afwegingskader een melding, ook zonder toestemming (meldrecht). Bespreek met de persoon wat je gaat doen en of naar huis gaan vandaag veilig is. Beloof geen geheimhouding; zeg eerlijk wie je erbij haalt.`,
  /** The story itself tells of danger at home (a father who hits, a mother who drinks): then Veilig Thuis is part of the route. */
  unsafeHomeTold: `Je beschrijft ook onveiligheid thuis: vraag vandaag nog advies aan Veilig Thuis (${PhoneNumbers.veiligThuis}, gratis, 24/7), leg vast wat je zag en hoorde, en bespreek met de persoon zelf of naar huis gaan vandaag veilig is. Beloof geen geheimhouding; zeg eerlijk wie je erbij haalt.`,
} as const;
