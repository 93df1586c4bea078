import type { ArticleInput } from '../article.js';
import { lines } from './lines.js';
import { Sources } from './sources.js';

/** Who does what around the meldcode, including the separate route for school employees. */
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
      'Op school heeft deze rol vaak een andere naam, zoals intern begeleider of zorgcoördinator. Vraag na wie bij jouw organisatie de aandachtsfunctionaris is.',
    ),
    sectors: [],
    keywords: ['aandachtsfunctionaris', 'aandachtfunctionaris', 'aandachts functionaris', 'meldcodefunctionaris', 'deskundige', 'aanspreekpunt'],
    source: Sources.aandachtsfunctionaris,
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
    ),
    sectors: ['onderwijs'],
    keywords: ['intern begeleider', 'ib', 'ib’er', 'iber', 'zorgcoördinator', 'zoco', 'studieloopbaanbegeleider', 'slb', 'decaan', 'mentor', 'leerplicht', 'rmc', 'schoolleiding', 'spilfiguur', 'terecht', 'bij wie', 'zorgen over een leerling'],
    source: Sources.afwegingskaderOnderwijs,
  },
  {
    id: 'vermoeden-tegen-medewerker-school',
    title: 'Vermoeden van seksueel misbruik door een medewerker van school',
    summary:
      'Gaat een vermoeden van een zedendelict tegen een minderjarige leerling over een medewerker van school, dan geldt niet de meldcode maar een aparte route: informeer direct het bevoegd gezag (het schoolbestuur).',
    body: lines(
      'Bij een vermoeden tegen iemand die op school werkt, gelden andere regels dan bij zorgen over de thuissituatie:',
      '- Elk personeelslid moet het bevoegd gezag (schoolbestuur) direct informeren. Het is niet genoeg om het alleen bij een tussenpersoon, zoals de schoolleider, neer te leggen.',
      '- Niemand kan zich hierbij op geheimhouding beroepen, ook een interne vertrouwenspersoon niet.',
      '- Het bestuur overlegt meteen met de vertrouwensinspecteur van de Inspectie van het Onderwijs.',
      '- Is er een redelijk vermoeden van een strafbaar feit, dan doet het bestuur aangifte bij de politie.',
      'De vertrouwensinspecteur zelf heeft geen aangifteplicht.',
      'Is een leerling in direct gevaar, bel dan 112. Acute zorgen over de thuissituatie meld je bij Veilig Thuis (0800-2000).',
    ),
    sectors: ['onderwijs'],
    keywords: ['collega', 'leraar', 'docent misbruik', 'medewerker', 'personeelslid', 'bevoegd gezag', 'schoolbestuur', 'vertrouwensinspecteur', 'inspectie', 'aangifte', 'aangifteplicht', 'zedendelict', 'grensoverschrijdend gedrag collega'],
    source: Sources.rijksoverheidSchoolMisbruik,
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
    source: Sources.meldcodeKindcheck,
  },
];
