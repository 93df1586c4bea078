import { PhoneNumbers } from '../../../../domain/constants.js';
import { ColleagueRoutes, SuicideRoute, VeiligThuisFirstAdvice } from '../../../../domain/facts.js';
import type { FlowOutcome } from '../types.js';
import { emergencyLine, suicideLine, vtPhone } from '../texts.js';

/**
 * Outcomes of the special routes (brief §7). Wording rules: never tell anyone to confront a suspected
 * abuser; where Veilig Thuis comes first, no conversation with the family before that.
 */

const writeFacts = 'Schrijf feitelijk op wat je zag of hoorde, met datum en bron. Noem geen namen in deze chat.';
const noConfront = 'Spreek de persoon die je verdenkt niet zelf aan.';
const notFamilyFirst = 'Bespreek je zorg niet met de ouders of de familie voordat Veilig Thuis je heeft geadviseerd.';
const vtFirstPhones = `Eerst Veilig Thuis: ${PhoneNumbers.veiligThuis} (gratis, 24/7). Direct gevaar: ${PhoneNumbers.emergency}.`;

export const schoolEmployeeOutcome: FlowOutcome = {
  id: 'SCHOOL_EMPLOYEE',
  title: 'Vermoeden over iemand die op school werkt: de route via het schoolbestuur',
  label: 'Aparte route',
  text:
    'Gaat je vermoeden over iemand die op school werkt, dan volg je niet de meldcode maar de route via het schoolbestuur. ' +
    'Bij een vermoeden van een zedendelict tegen een minderjarige leerling, zoals seksueel misbruik, gelden vaste regels ' +
    'in het primair en voortgezet onderwijs en het mbo. Gaat het om een andere vorm van geweld, bespreek het dan ook meteen met het bestuur en volg het protocol van je school.',
  actions: [...ColleagueRoutes.onderwijs.steps, writeFacts, emergencyLine],
  decision: 'Advies van de assistent: de route via het bevoegd gezag en de vertrouwensinspecteur, niet de meldcode.',
  melden: false,
  acute: false,
};

export const higherEducationOutcome: FlowOutcome = {
  id: 'COLLEAGUE_HIGHER_ED',
  title: 'Vermoeden over iemand in het hoger onderwijs',
  label: 'Aparte route',
  text:
    'De meld- en aangifteplicht via het schoolbestuur en de vertrouwensinspecteur geldt voor het primair en voortgezet onderwijs en het mbo, ' +
    'niet voor het hoger onderwijs. Volg de meldregeling van je instelling.',
  actions: [
    'Meld het direct bij je leidinggevende of het bestuur van je instelling, volgens de meldregeling van de instelling.',
    'De vertrouwenspersoon van je instelling kan met je meedenken.',
    'Bij een vermoeden van een strafbaar feit kan aangifte worden gedaan bij de politie.',
    noConfront,
    writeFacts,
    emergencyLine,
  ],
  decision: 'Advies van de assistent: de meldregeling van de instelling voor hoger onderwijs volgen.',
  melden: false,
  acute: false,
};

export const kinderopvangColleagueOutcome: FlowOutcome = {
  id: 'COLLEAGUE_KINDEROPVANG',
  title: 'Vermoeden over iemand die in de opvang werkt: melden bij de houder',
  label: 'Aparte route',
  text:
    'Gaat je vermoeden over iemand die in de kinderopvang werkt, dan geldt de meld-, overleg- en aangifteplicht van de Wet kinderopvang, ' +
    'niet de meldcode. Die plicht geldt bij een vermoeden van een zedendelict en ook bij mishandeling van een kind in de opvang.',
  actions: [...ColleagueRoutes.kinderopvang.steps, writeFacts, emergencyLine],
  decision: 'Advies van de assistent: melden bij de houder, die overlegt met de vertrouwensinspecteur (Wet kinderopvang).',
  melden: false,
  acute: false,
};

export const kinderopvangHouderOutcome: FlowOutcome = {
  id: 'COLLEAGUE_KO_HOUDER',
  title: 'Vermoeden over de houder zelf: naar de politie of de vertrouwensinspecteur',
  label: 'Aparte route',
  text:
    'Is de houder van de opvang zelf degene die je verdenkt, dan meld je het niet bij de houder. ' +
    'Je gaat zelf naar de politie of neemt contact op met de vertrouwensinspecteur.',
  actions: [
    'Doe aangifte bij de politie, of neem contact op met de vertrouwensinspecteur.',
    noConfront,
    writeFacts,
    emergencyLine,
  ],
  decision: 'Advies van de assistent: naar de politie of de vertrouwensinspecteur, omdat het vermoeden over de houder gaat.',
  melden: false,
  acute: false,
};

export const zorgColleagueOutcome: FlowOutcome = {
  id: 'COLLEAGUE_ZORG',
  title: 'Geweld in de zorgrelatie: de zorgaanbieder meldt bij de IGJ',
  label: 'Aparte route',
  text:
    'Gebruikt een zorgverlener geweld tegen een cliënt (lichamelijk of psychisch geweld, seksueel misbruik, seksueel grensoverschrijdend gedrag of dwang), ' +
    'dan is dat geweld in de zorgrelatie. De zorgaanbieder moet dat melden bij de Inspectie Gezondheidszorg en Jeugd (IGJ).',
  actions: [...ColleagueRoutes.zorg.steps, writeFacts, emergencyLine],
  decision: 'Advies van de assistent: melden binnen de organisatie; de zorgaanbieder meldt geweld in de zorgrelatie bij de IGJ.',
  melden: false,
  acute: false,
};

export const jeugdhulpColleagueOutcome: FlowOutcome = {
  id: 'COLLEAGUE_JEUGDHULP',
  title: 'Geweld in de hulpverleningsrelatie: de jeugdhulpaanbieder meldt bij de IGJ',
  label: 'Aparte route',
  text:
    'Gebruikt iemand die in de jeugdhulp werkt geweld tegen een jeugdige, dan meldt de jeugdhulpaanbieder dat ' +
    'bij de Inspectie Gezondheidszorg en Jeugd (IGJ).',
  actions: [...ColleagueRoutes.jeugdhulp.steps, writeFacts, emergencyLine],
  decision: 'Advies van de assistent: melden binnen de organisatie; de jeugdhulpaanbieder meldt bij de IGJ.',
  melden: false,
  acute: false,
};

/** Default for the wijkteam and other organisations: no law is named (brief §7 [UNVERIFIED]); a region may replace the actions. */
export const otherColleagueOutcome: FlowOutcome = {
  id: 'COLLEAGUE_OTHER',
  title: 'Vermoeden over iemand die in de organisatie werkt',
  label: 'Aparte route',
  text:
    'De meldcode is bedoeld voor zorgen over de thuissituatie. Gaat je vermoeden over iemand die in de organisatie werkt, ' +
    'overleg dan direct met je leidinggevende en de toezichthouder.',
  actions: [
    'Overleg direct met je leidinggevende en de toezichthouder.',
    'Volg de meldregeling van je organisatie.',
    noConfront,
    writeFacts,
    emergencyLine,
  ],
  decision: 'Advies van de assistent: overleg met de leidinggevende en de toezichthouder.',
  melden: false,
  acute: false,
  // Wijkteam: the steps of the facts module (configurable there); a region file may replace them.
  variants: { wijkteam: { actions: [...ColleagueRoutes.wijkteam.steps, writeFacts, emergencyLine] } },
};

export const harmfulPracticeOutcome: FlowOutcome = {
  id: 'HARMFUL_PRACTICE',
  title: 'Eerst Veilig Thuis, niet eerst het gezin',
  label: 'Eerst Veilig Thuis',
  veiligThuisFirst: true,
  phones: vtFirstPhones,
  text:
    'Bij eergerelateerd geweld, huwelijksdwang, achterlating, meisjesbesnijdenis (VGV) en mensenhandel neem je eerst contact op met Veilig Thuis. ' +
    'Een gesprek met de ouders of de familie kan het gevaar groter maken, of ertoe leiden dat iemand naar het buitenland wordt gebracht. ' +
    'Veilig Thuis helpt je bepalen wat veilig is.',
  actions: [
    VeiligThuisFirstAdvice.contactFirst,
    notFamilyFirst,
    noConfront,
    VeiligThuisFirstAdvice.imminentDeparture,
    'Bespreek het met je aandachtsfunctionaris.',
    writeFacts,
  ],
  decision: 'Advies van de assistent: eerst contact met Veilig Thuis, geen gesprek met het gezin daarvoor.',
  melden: false,
  acute: false,
};

export const harmfulDepartureOutcome: FlowOutcome = {
  id: 'HARMFUL_DEPARTURE',
  title: 'Een vertrek naar het buitenland op komst: bel nu Veilig Thuis',
  label: 'Acuut: eerst Veilig Thuis',
  veiligThuisFirst: true,
  phones: vtFirstPhones,
  text:
    'Een vertrek dat op komst is, zoals een vakantie of een geboekte reis, maakt de situatie acuut. ' +
    `Bel nu Veilig Thuis. Komt het vertrek binnen enkele uren, bel dan ${PhoneNumbers.emergency} voor de politie.`,
  actions: [VeiligThuisFirstAdvice.imminentDeparture, notFamilyFirst, noConfront, writeFacts],
  decision: 'Advies van de assistent: acuut, nu Veilig Thuis bellen; geen gesprek met het gezin daarvoor.',
  melden: true,
  acute: false,
};

export const harmfulDepartureNowOutcome: FlowOutcome = {
  id: 'HARMFUL_DEPARTURE_NOW',
  title: `Vertrek binnen enkele uren: bel nu ${PhoneNumbers.emergency}`,
  text:
    `Komt een vertrek naar het buitenland binnen enkele uren, bel dan nu ${PhoneNumbers.emergency} voor de politie ` +
    'en daarna Veilig Thuis. Bespreek niets met het gezin of de familie.',
  actions: [
    `Bel nu ${PhoneNumbers.emergency} en vertel dat iemand mogelijk tegen zijn of haar wil naar het buitenland wordt gebracht.`,
    `Bel daarna ${vtPhone}.`,
    notFamilyFirst,
    noConfront,
    writeFacts,
  ],
  decision: `Advies van de assistent: acuut, nu ${PhoneNumbers.emergency} en daarna Veilig Thuis bellen.`,
  melden: true,
  acute: true,
};

export const sexualAbuseHomeOutcome: FlowOutcome = {
  id: 'SEXUAL_ABUSE_HOME',
  title: 'Vermoeden van seksueel misbruik thuis: eerst advies van Veilig Thuis',
  label: 'Eerst Veilig Thuis',
  veiligThuisFirst: true,
  phones: vtFirstPhones,
  text:
    'Vraag eerst Veilig Thuis om advies, voordat je iets met de ouders of verzorgers bespreekt. ' +
    'Veilig Thuis denkt met je mee of en hoe een gesprek veilig kan, en met wie. Spreek nooit zelf iemand aan die je verdenkt.',
  actions: [
    VeiligThuisFirstAdvice.sexualAbuseByCarer,
    `Bel ${vtPhone} voor advies. Je kunt de situatie zonder namen voorleggen.`,
    notFamilyFirst,
    `${noConfront} Vraag het kind niet uit.`,
    'Vertelt het kind zelf over misbruik? Luister, beloof geen geheimhouding en meld bij Veilig Thuis.',
    'Bespreek de signalen met je aandachtsfunctionaris.',
    writeFacts,
    emergencyLine,
  ],
  decision: 'Advies van de assistent: eerst Veilig Thuis om advies vragen over of en hoe een gesprek kan.',
  melden: false,
  acute: false,
};

export const suicideOutcome: FlowOutcome = {
  id: 'SUICIDE',
  title: 'Zorgen over zelfdoding of zelfbeschadiging: 113',
  label: 'Uitkomst: 113',
  phones: `Levensgevaar: ${PhoneNumbers.emergency}. Anders 113 Zelfmoordpreventie: ${PhoneNumbers.suicidePrevention} of ${PhoneNumbers.suicidePreventionFree} (gratis, 24/7).`,
  text:
    `Is iemands leven nu in gevaar, bel ${PhoneNumbers.emergency}. Anders is de route ${suicideLine}. ` +
    'Veilig Thuis is er voor als het thuis niet veilig is.',
  actions: [
    SuicideRoute.lifeInDanger,
    `Neem contact op met ${suicideLine}. Dat kan de persoon zelf doen, en jij kunt er ook om advies vragen.`,
    SuicideRoute.ownCare,
    SuicideRoute.veiligThuisOnlyIfUnsafeHome,
    `Twijfel je of het thuis veilig is? Vraag Veilig Thuis om advies: ${PhoneNumbers.veiligThuis}.`,
    writeFacts,
  ],
  decision: `Advies van de assistent: ${PhoneNumbers.emergency} bij levensgevaar, anders 113; Veilig Thuis alleen als het thuis onveilig is.`,
  melden: false,
  acute: false,
};

export const suicideUnsafeHomeOutcome: FlowOutcome = {
  id: 'SUICIDE_UNSAFE_HOME',
  title: 'Zelfdoding of zelfbeschadiging, en thuis onveilig: 113 en Veilig Thuis',
  label: 'Uitkomst: 113 en Veilig Thuis',
  phones: `Levensgevaar: ${PhoneNumbers.emergency}. 113: ${PhoneNumbers.suicidePrevention} of ${PhoneNumbers.suicidePreventionFree}. Veilig Thuis: ${PhoneNumbers.veiligThuis}.`,
  text:
    `Is iemands leven nu in gevaar, bel ${PhoneNumbers.emergency}. Voor de zorgen over zelfdoding of zelfbeschadiging is er 113: ${suicideLine}. ` +
    'Omdat het thuis ook niet veilig is, neem je daarnaast contact op met Veilig Thuis.',
  actions: [
    SuicideRoute.lifeInDanger,
    `Neem contact op met ${suicideLine}.`,
    `Bel ${vtPhone} over de onveiligheid thuis, voor advies of een melding.`,
    noConfront,
    writeFacts,
  ],
  decision: 'Advies van de assistent: 113 voor de zorgen over zelfdoding, en Veilig Thuis omdat het thuis onveilig is.',
  melden: true,
  acute: false,
};

export const routeOutcomes: FlowOutcome[] = [
  schoolEmployeeOutcome,
  higherEducationOutcome,
  kinderopvangColleagueOutcome,
  kinderopvangHouderOutcome,
  zorgColleagueOutcome,
  jeugdhulpColleagueOutcome,
  otherColleagueOutcome,
  harmfulPracticeOutcome,
  harmfulDepartureOutcome,
  harmfulDepartureNowOutcome,
  sexualAbuseHomeOutcome,
  suicideOutcome,
  suicideUnsafeHomeOutcome,
];
