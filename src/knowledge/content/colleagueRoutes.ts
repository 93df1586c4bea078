import type { ArticleInput } from '../article.js';
import {
  ColleagueRouteNotes,
  ColleagueRoutes,
  KeyDates,
  PhoneNumbers,
  type ColleagueRoute,
  type ColleagueRouteSector,
} from '../../domain/facts.js';
import { lines } from './lines.js';
import { Sources } from './sources.js';

/** An article body that states a sector's route exactly as the facts module does. */
function routeBody(route: ColleagueRoute, ...extra: string[]): string {
  return lines(
    `Wanneer geldt deze route? ${route.covers}`,
    'Wat doe je?',
    ...route.steps.map((step) => `- ${step}`),
    ...extra,
    ColleagueRouteNotes.acuteFirst,
    ColleagueRouteNotes.homeSituation,
  );
}

const routeLine = (sector: ColleagueRouteSector, text: string) => `- ${ColleagueRoutes[sector].label}: ${text}`;

/** Suspicions against someone who works in the organisation: the meldcode does not apply, sector law does. */
export const colleagueRouteArticles: ArticleInput[] = [
  {
    id: 'vermoeden-tegen-een-collega',
    title: 'Vermoeden tegen een collega: welke route geldt?',
    summary:
      'Gaat je vermoeden over iemand die in je eigen organisatie werkt, dan volg je niet de meldcode (die gaat over de thuissituatie) maar de route van je sector. Meld het direct intern, bij het bestuur, de houder of je leidinggevende; ga niet zelf onderzoeken en spreek de collega er niet op aan.',
    body: lines(
      'De route per sector:',
      routeLine('onderwijs', 'meld een mogelijk zedenmisdrijf direct bij het schoolbestuur; het bestuur overlegt met de vertrouwensinspecteur en doet zo nodig aangifte.'),
      routeLine('kinderopvang', 'meld een mogelijk zedendelict of mishandeling direct bij de houder; de houder overlegt met de vertrouwensinspecteur en doet zo nodig aangifte.'),
      routeLine('zorg', 'de zorgaanbieder meldt geweld in de zorgrelatie bij de Inspectie Gezondheidszorg en Jeugd (IGJ).'),
      routeLine('jeugdhulp', 'de jeugdhulpaanbieder meldt geweld bij de IGJ.'),
      routeLine('wijkteam', 'bespreek het direct met je leidinggevende; de route hangt af van de afspraken in je regio.'),
      routeLine('vereniging', 'meld het direct bij het bestuur of de vertrouwenspersoon van de club en vraag advies aan Veilig Thuis.'),
      'Met "iemand die in je organisatie werkt" wordt ook een stagiair, vrijwilliger, chauffeur of gastouder bedoeld.',
      ColleagueRouteNotes.acuteFirst,
      ColleagueRouteNotes.homeSituation,
    ),
    sectors: [],
    keywords: ['collega', 'medewerker', 'personeelslid', 'werknemer', 'leidinggevende', 'stagiair', 'vrijwilliger', 'vermoeden collega', 'collega mishandelt', 'collega misbruik', 'grensoverschrijdend gedrag collega', 'eigen organisatie'],
    source: Sources.inspectieOnderwijsZeden,
    moreSources: [Sources.wetKinderopvang, Sources.igjGeweldZorgrelatie],
    checked: '2026-12-02',
  },
  {
    id: 'vermoeden-tegen-medewerker-school',
    title: 'Vermoeden van seksueel misbruik door een medewerker van school',
    summary:
      'Gaat een vermoeden van een zedendelict tegen een minderjarige leerling over iemand die op school werkt, dan geldt niet de meldcode maar een aparte route: meld het direct bij het schoolbestuur (bevoegd gezag). Het bestuur overlegt met de vertrouwensinspecteur en doet bij een redelijk vermoeden aangifte.',
    body: routeBody(
      ColleagueRoutes.onderwijs,
      'De vertrouwensinspecteur zelf heeft geen aangifteplicht.',
      'Gaat het om ander geweld door een medewerker, zoals lichamelijk of psychisch geweld? Meld het ook direct bij het bestuur; ook dan kan de vertrouwensinspecteur worden geraadpleegd. De wettelijke aangifteplicht geldt alleen bij zedenmisdrijven.',
    ),
    sectors: ['onderwijs'],
    keywords: ['collega', 'leraar', 'docent misbruik', 'medewerker', 'personeelslid', 'bevoegd gezag', 'schoolbestuur', 'vertrouwensinspecteur', 'inspectie', 'aangifte', 'aangifteplicht', 'zedendelict', 'zedenmisdrijf', 'grensoverschrijdend gedrag collega', 'conciërge', 'onderwijsassistent', 'grooming'],
    source: Sources.inspectieOnderwijsZeden,
    moreSources: [Sources.rijksoverheidSchoolMisbruik],
    checked: '2026-12-02',
  },
  {
    id: 'vermoeden-tegen-medewerker-kinderopvang',
    title: 'Vermoeden van misbruik of mishandeling door een medewerker in de kinderopvang',
    summary:
      'In de kinderopvang geldt een meld-, overleg- en aangifteplicht bij een vermoeden van een zedendelict of mishandeling door een medewerker, stagiair, vrijwilliger of gastouder: meld het direct bij de houder. De houder overlegt met de vertrouwensinspecteur en doet bij een redelijk vermoeden aangifte bij de politie.',
    body: routeBody(
      ColleagueRoutes.kinderopvang,
      `Deze plichten staan sinds ${KeyDates.kinderopvangReportingDuty} in de Wet kinderopvang en gelden ook voor lichamelijk geweld, niet alleen voor seksueel misbruik.`,
    ),
    sectors: ['kinderopvang'],
    keywords: ['kinderopvang', 'kinderdagverblijf', 'kdv', 'bso', 'buitenschoolse opvang', 'peuteropvang', 'gastouder', 'pedagogisch medewerker', 'pm', 'leidster', 'houder', 'vertrouwensinspecteur', 'aangifteplicht', 'meldplicht', 'collega', 'medewerker'],
    source: Sources.wetKinderopvang,
    moreSources: [Sources.kinderopvangVertrouwensinspecteurs],
    checked: '2026-12-02',
  },
  {
    id: 'geweld-in-de-zorgrelatie',
    title: 'Geweld in de zorgrelatie door een zorgverlener',
    summary:
      'Een zorgaanbieder moet geweld in de zorgrelatie melden bij de Inspectie Gezondheidszorg en Jeugd (IGJ); dat staat in de Wkkgz. Vermoed je dat een collega een cliënt mishandelt of misbruikt, meld het dan direct bij je leidinggevende of bestuurder.',
    body: routeBody(
      ColleagueRoutes.zorg,
      'Dit geldt in onder meer de ggz, de gehandicaptenzorg, de ouderenzorg en ziekenhuizen.',
    ),
    sectors: ['zorg'],
    keywords: ['zorgrelatie', 'geweld in de zorgrelatie', 'zorgverlener', 'verzorgende', 'verpleegkundige', 'begeleider', 'igj', 'inspectie', 'wkkgz', 'ggz', 'gehandicaptenzorg', 'verpleeghuis', 'bewoner', 'collega', 'medewerker', 'sgog'],
    source: Sources.igjGeweldZorgrelatie,
    moreSources: [Sources.wkkgz, Sources.huiselijkGeweldSgog],
    checked: '2026-12-02',
  },
  {
    id: 'geweld-in-de-jeugdhulp',
    title: 'Geweld door een medewerker in de jeugdhulp',
    summary:
      'Een jeugdhulpaanbieder meldt geweld bij de verlening van jeugdhulp bij de Inspectie Gezondheidszorg en Jeugd (IGJ). Vermoed je dat een collega een jeugdige mishandelt of misbruikt, meld het dan direct bij je leidinggevende of bestuurder.',
    body: routeBody(ColleagueRoutes.jeugdhulp),
    sectors: [],
    keywords: ['jeugdhulp', 'jeugdzorg', 'jeugdhulpaanbieder', 'pleegzorg', 'residentieel', 'groepsleider', 'jeugdige', 'igj', 'inspectie', 'collega', 'medewerker'],
    source: Sources.igjGeweldZorgrelatie,
    checked: '2026-12-02',
  },
  {
    id: 'vermoeden-tegen-collega-wijkteam',
    title: 'Vermoeden tegen een collega in het wijkteam of sociaal domein',
    summary:
      'Voor het wijkteam staat in deze bot geen wettelijke meldroute vast: bespreek een vermoeden tegen een collega direct met je leidinggevende. Je organisatie bepaalt volgens de regionale afspraken of en waar het wordt gemeld.',
    body: routeBody(
      ColleagueRoutes.wijkteam,
      `Twijfel je hoe je verder moet? Veilig Thuis (${PhoneNumbers.veiligThuis}) kan meedenken.`,
    ),
    sectors: ['wijkteam'],
    keywords: ['wijkteam', 'sociaal team', 'sociaal domein', 'wmo', 'consulent', 'collega', 'medewerker', 'toezichthouder wmo', 'leidinggevende'],
    source: Sources.vngVeiligThuis,
    checked: '2026-12-02',
  },
  {
    id: 'vermoeden-tegen-trainer-of-vrijwilliger',
    title: 'Vermoeden tegen een trainer of vrijwilliger van een club of vereniging',
    summary:
      'Voor sportclubs, scouting en andere verenigingen staat in deze bot geen wettelijke meldroute vast zoals in school of kinderopvang. Meld een vermoeden tegen een trainer, begeleider of vrijwilliger direct bij het bestuur of de vertrouwenspersoon van de club, spreek de persoon er niet zelf op aan en vraag advies aan Veilig Thuis.',
    body: routeBody(
      ColleagueRoutes.vereniging,
      'Schrijf op wat je zag en hoorde, met datum en in feiten, zonder je eigen uitleg. Dat helpt het bestuur en Veilig Thuis, ook als het onschuldig blijkt.',
    ),
    sectors: [],
    keywords: ['sportclub', 'vereniging', 'club', 'trainer', 'coach', 'jeugdtrainer', 'vrijwilliger', 'scouting', 'bestuur', 'vertrouwenspersoon', 'grooming', 'voetbal', 'judo', 'hockey'],
    source: Sources.jeugdwet,
    checked: '2026-12-05',
  },
];
