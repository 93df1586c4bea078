import type { ArticleInput } from '../article.js';
import { lines } from './lines.js';
import { Sources } from './sources.js';

/** Who does what around the meldcode: the aandachtsfunctionaris, the school's meldcode roles and the Kindcheck. */
export const roleArticles: ArticleInput[] = [
  {
    id: 'aandachtsfunctionaris',
    title: 'De aandachtsfunctionaris',
    summary:
      'De aandachtsfunctionaris is de interne deskundige op het gebied van huiselijk geweld en kindermishandeling. Bij deze collega kun je terecht voor overleg (stap 2) en bij het wegen van je zorgen (stap 4).',
    body: lines(
      'Taken van de aandachtsfunctionaris:',
      '- collega’s ondersteunen, adviseren, coachen en informeren;',
      '- de meldcode actueel houden en collega’s erover informeren en trainen;',
      '- beleid maken voor het zorgvuldig vastleggen van de meldcodestappen.',
      'In de meldcode is de aandachtsfunctionaris de gebruikelijke gesprekspartner bij Stap 2: Collegiale consultatie en zo nodig Veilig Thuis raadplegen.',
      'Op school heeft deze rol vaak een andere naam, zoals intern begeleider of zorgcoördinator.',
      'Is een aandachtsfunctionaris verplicht? De wet verplicht organisaties tot een meldcode. Een aandachtsfunctionaris voor iedereen die met de meldcode werkt, is in de vernieuwde landelijke aanpak voorgesteld en wordt aanbevolen; of het inmiddels wettelijk verplicht is, konden we niet bevestigen.',
      'Weet je niet wie het in jouw organisatie is? Je werkgever moet de meldcode bekendmaken bij medewerkers: vraag je leidinggevende, de directie of de houder wie de aandachtsfunctionaris is en waar de meldcode staat. Je kunt ook altijd zelf advies vragen aan Veilig Thuis (0800-2000, ook ’s avonds en in het weekend), ook voordat je de aandachtsfunctionaris hebt gesproken.',
    ),
    sectors: [],
    keywords: ['aandachtsfunctionaris', 'aandachtfunctionaris', 'aandachts functionaris', 'meldcodefunctionaris', 'deskundige', 'aanspreekpunt', 'wie is het', 'erachter komen', 'niet bereikbaar'],
    source: Sources.afwegingskaderOnderwijs,
    moreSources: [Sources.basismodel],
    checked: '2026-12-02',
  },
  {
    id: 'rollen-in-het-onderwijs',
    title: 'Wie is op school het aanspreekpunt bij zorgen?',
    summary:
      'Op school bespreek je zorgen met de spilfiguur van de meldcode: de intern begeleider in het primair onderwijs, de zorgcoördinator in het voortgezet onderwijs, de studieloopbaanbegeleider in het mbo en de decaan of psycholoog in het hoger onderwijs.',
    body: lines(
      'Het Afwegingskader Meldcode Onderwijs en leerplicht noemt per schooltype een spilfiguur:',
      '- primair onderwijs: de intern begeleider (IB’er);',
      '- voortgezet onderwijs: de zorgcoördinator;',
      '- mbo: de studieloopbaanbegeleider;',
      '- hoger onderwijs: de decaan of psycholoog.',
      'Voor leerplichtambtenaren en RMC-medewerkers wordt een aandachtsfunctionaris in het sociaal domein aanbevolen.',
      'Heb je als leerkracht of mentor zorgen? Leg vast wat je ziet en bespreek het met deze collega of met de schoolleiding. Samen zet je de volgende stappen van de meldcode.',
      'Wie beslist over een melding? Dat regelt de meldcode van je school: vaak neemt de spilfiguur of de schoolleiding het besluit samen met jou. Het meldrecht geldt voor elke beroepskracht, dus ook voor jou. Leg vast wie wat besloot en waarom.',
    ),
    sectors: ['onderwijs'],
    keywords: ['intern begeleider', 'ib', 'ib’er', 'iber', 'zorgcoördinator', 'zoco', 'studieloopbaanbegeleider', 'slb', 'decaan', 'mentor', 'leerplicht', 'rmc', 'schoolleiding', 'spilfiguur', 'terecht', 'bij wie', 'zorgen over een leerling', 'wie beslist', 'wie meldt', 'beslissen over melden'],
    source: Sources.afwegingskaderOnderwijs,
    checked: '2026-12-02',
  },
  {
    id: 'kindcheck',
    title: 'Wat is de Kindcheck?',
    summary:
      'Met de Kindcheck ga je na of een volwassen cliënt zorgt voor minderjarige kinderen, en of die kinderen veilig zijn, als de situatie van je cliënt hen ernstig kan schaden. De Kindcheck hoort bij stap 1 van de meldcode.',
    body: lines(
      'Wanneer doe je de Kindcheck? Als je cliënt (volwassene of jongere) in een situatie zit die kinderen ernstig kan schaden, bijvoorbeeld bij ernstige psychiatrische problemen, een alcohol- of drugsverslaving, een gewelddadige partner of huiselijk geweld, een licht verstandelijke beperking, dreigende huisuitzetting of wapenbezit.',
      'Wat vraag je na?',
      '- Wonen er minderjarige kinderen bij de cliënt of zijn ze van hem of haar afhankelijk? Ook kinderen van een partner en kinderen die regelmatig over de vloer komen.',
      '- Is de cliënt zwanger?',
      '- Bij jongeren: wonen er jongere broers of zussen thuis?',
      '- Wie zorgt er nog meer voor de kinderen?',
      '- Lukt het de cliënt om de kinderen genoeg zorg en veiligheid te bieden?',
      'Zijn er zorgen, volg dan de meldcode. Is er al een andere hulpverlener bij het gezin betrokken, dan kan die de zorgen overnemen. Geen zorgen? Sluit af en leg vast hoeveel kinderen er zijn, hun leeftijden en wie de zorg deelt. Herhaal de check bij intake, evaluaties en nieuwe zorgen.',
      'Je kunt Veilig Thuis (0800-2000) raadplegen bij de Kindcheck.',
    ),
    sectors: ['wijkteam', 'zorg'],
    keywords: ['kindcheck', 'kind check', 'kinderen van cliënt', 'volwassen cliënt', 'oudersignalen', 'ggz', 'verslaving', 'zwanger'],
    source: Sources.augeoKindcheck,
    moreSources: [Sources.meldcodeKindcheck],
    checked: '2026-12-02',
  },
];
