import type { ArticleInput } from '../article.js';
import { PhoneLines, PhoneNumbers } from '../../domain/facts.js';
import { lines } from './lines.js';
import { Sources } from './sources.js';

/** Signals of abuse as professionals in school and childcare see them. */
export const signalArticles: ArticleInput[] = [
  {
    id: 'signalen-voor-leerkrachten',
    title: 'Signalen van kindermishandeling op school',
    summary:
      'Op school zie je signalen vaak in verzuim, schoolresultaten en gedrag. Eén signaal bewijst niets, maar een patroon is reden om het vast te leggen en te overleggen met de intern begeleider of zorgcoördinator.',
    body: lines(
      'Signalen die leerkrachten kunnen opvallen:',
      '- school en aanwezigheid: verzuim, vaak te laat, spijbelen, dalende resultaten, faalangst;',
      '- gedrag: stiller en teruggetrokken worden, of juist agressiever; angstig; moeite met contact; negatieve aandacht zoeken;',
      '- emotie: ongelukkig of somber overkomen;',
      '- lichaam: blauwe plekken, buikpijn, moe of lusteloos, vaak ziek;',
      '- ontwikkeling: leer- en concentratieproblemen, een spraak-taalachterstand.',
      'Wat doe je ermee? Noteer feitelijk wat je ziet en hoort (Stap 1: Signalen in kaart brengen) en bespreek het met de intern begeleider, zorgcoördinator of schoolleiding.',
    ),
    sectors: ['onderwijs', 'kinderopvang'],
    keywords: ['signalen', 'leerkracht', 'juf', 'meester', 'docent', 'klas', 'leerling', 'herkennen', 'wat valt op', 'school'],
    source: Sources.njiSignalen,
    moreSources: [Sources.leraar24Herkennen],
    checked: '2026-12-02',
  },
  {
    id: 'signalen-gedrag-kind',
    title: 'Gedragssignalen bij een kind',
    summary:
      'Een plotselinge gedragsverandering kan een signaal zijn: een kind wordt stil en teruggetrokken of juist agressief, is bang voor volwassenen of laat seksueel grensoverschrijdend gedrag zien.',
    body: lines(
      'Gedrag dat kan wijzen op een onveilige thuissituatie:',
      '- stiller worden, zich terugtrekken, weinig zeggen;',
      '- meer agressie of driftbuien;',
      '- angst voor volwassenen;',
      '- moeite met contact met andere kinderen;',
      '- negatieve aandacht zoeken;',
      '- seksueel of grensoverschrijdend gedrag dat niet bij de leeftijd past.',
      'Gedrag kan veel oorzaken hebben. Beschrijf wat je ziet zo concreet mogelijk (wanneer, wat precies) en bespreek het met een collega of de aandachtsfunctionaris.',
    ),
    sectors: ['onderwijs', 'kinderopvang'],
    keywords: ['gedrag', 'gedragsverandering', 'teruggetrokken', 'stil', 'agressief', 'angstig', 'bang', 'druk', 'veranderd kind'],
    source: Sources.njiSignalen,
    moreSources: [Sources.leraar24Signalen],
    checked: '2026-12-02',
  },
  {
    id: 'signalen-lichamelijk-en-ontwikkeling',
    title: 'Lichamelijke signalen en ontwikkelingssignalen',
    summary:
      'Lichamelijke signalen zijn onder meer blauwe plekken, vaak buikpijn, moeheid of lusteloosheid en vaak ziek zijn. In de ontwikkeling kun je leer- en concentratieproblemen of een spraak-taalachterstand zien.',
    body: lines(
      'Lichamelijk:',
      '- blauwe plekken of ander letsel, zeker als het vaker voorkomt;',
      '- lichamelijke klachten zoals buikpijn, moeheid, lusteloosheid;',
      '- vaak ziek;',
      '- bij jongeren: eetproblemen zoals overgewicht of anorexia.',
      'Ontwikkeling:',
      '- leer- en concentratieproblemen;',
      '- bij verwaarlozing: een achterstand in spraak en taal.',
      'Bij ernstig letsel of direct gevaar: bel 112. Twijfel je of je je zorgen terecht maakt? Vraag advies bij Veilig Thuis via 0800-2000; dat kan anoniem. Acuut is het ook als de veiligheid in de komende uren of dagen niet gegarandeerd is.',
    ),
    sectors: ['onderwijs', 'kinderopvang'],
    keywords: ['blauwe plekken', 'blauwe plek', 'letsel', 'buikpijn', 'moe', 'ziek', 'concentratie', 'spraak', 'taalachterstand', 'lichaam'],
    source: Sources.njiSignalen,
    moreSources: [Sources.leraar24Signalen],
    checked: '2026-12-02',
  },
  {
    id: 'signalen-bij-jongeren',
    title: 'Signalen bij jongeren in het voortgezet onderwijs',
    summary:
      'Bij jongeren kunnen drugs- of alcoholgebruik, eetproblemen, somberheid en suïcidale uitingen signalen zijn van een onveilige thuissituatie, naast verzuim en dalende resultaten.',
    body: lines(
      'In het voortgezet onderwijs en mbo zien docenten en mentoren vaak:',
      '- verzuim en spijbelen, dalende cijfers;',
      '- drugs- en/of alcoholgebruik;',
      '- eetproblemen;',
      '- somberheid, of uitspraken of gedrag die op suïcidaliteit wijzen.',
      `Neem suïcidale uitingen altijd serieus. Is iemands leven nu in gevaar, bel dan ${PhoneNumbers.emergency}. Anders: ${PhoneLines.suicidePrevention}. Voor advies over een onveilige thuissituatie: Veilig Thuis, ${PhoneNumbers.veiligThuis}.`,
      'Bespreek je zorgen met de zorgcoördinator (vo) of studieloopbaanbegeleider (mbo). Jongeren zelf kunnen terecht bij De Kindertelefoon: 0800-0432.',
    ),
    sectors: ['onderwijs'],
    keywords: ['puber', 'tiener', 'jongere', 'vo', 'mbo', 'drugs', 'alcohol', 'eetstoornis', 'adolescent'],
    source: Sources.njiSignalen,
    moreSources: [Sources.leraar24Signalen],
    checked: '2026-12-02',
  },
  {
    id: 'een-signaal-is-geen-bewijs',
    title: 'Eén signaal is geen bewijs',
    summary:
      'Een enkel signaal bewijst geen mishandeling. Het gaat om het totaalbeeld: leg signalen vast, ook signalen die een vermoeden juist ontkrachten, en overleg voordat je conclusies trekt.',
    body: lines(
      'Blauwe plekken, verzuim of stil gedrag kunnen veel verklaringen hebben. Daarom vraagt de meldcode je eerst om signalen te verzamelen en te beschrijven, zonder direct te oordelen.',
      '- Noteer feiten: wat zag of hoorde je, wanneer, en wie was erbij?',
      '- Noteer ook wat tegen je vermoeden pleit.',
      '- Schrijf interpretaties apart op en benoem ze als interpretatie.',
      'Twijfel is een goede reden om advies te vragen. Dat kan bij de aandachtsfunctionaris of bij Veilig Thuis (0800-2000), ook anoniem.',
    ),
    sectors: [],
    keywords: ['twijfel', 'niet zeker', 'genoeg', 'één signaal', 'bewijzen', 'onderbuikgevoel', 'misschien', 'overdrijven', 'terecht zorgen', 'bewijs'],
    source: Sources.njiSignalen,
    moreSources: [Sources.leraar24Herkennen],
    checked: '2026-12-02',
  },
  {
    id: 'vlaggensysteem',
    title: 'Het Vlaggensysteem',
    summary:
      'Het Vlaggensysteem is een hulpmiddel om seksueel gedrag van kinderen en jongeren te beoordelen: past het bij een gezonde ontwikkeling of is het grensoverschrijdend?',
    body: lines(
      'Seksueel gedrag hoort bij de ontwikkeling van kinderen, maar niet al het gedrag is gezond. Het Vlaggensysteem geeft je criteria en woorden om gedrag te beoordelen, zodat je niet hoeft te varen op je eerste gevoel.',
      'Het helpt ook om gedrag bespreekbaar te maken in het team en met ouders.',
      'Zie je grensoverschrijdend gedrag dat op misbruik kan wijzen? Volg de meldcode en vraag advies bij Veilig Thuis (0800-2000).',
    ),
    sectors: ['onderwijs', 'kinderopvang'],
    keywords: ['vlaggen', 'seksueel gedrag', 'grensoverschrijdend gedrag', 'doktertje', 'seksualiteit', 'seksuele ontwikkeling', 'seksuele spelletjes'],
    source: Sources.vlaggensysteemMovisie,
    moreSources: [Sources.vlaggensysteem],
    checked: '2026-12-02',
  },
];
