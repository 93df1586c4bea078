import type { ArticleInput } from '../article.js';
import { lines } from './lines.js';
import { Sources } from './sources.js';

/** Asking Veilig Thuis for advice needs no one told first; a melding is discussed first (brief §3). Also a story's short answer. */
export const AdviceWithoutTellingFirst =
  'Advies vragen aan Veilig Thuis kan zonder toestemming en zonder dat je het de cliënt of het gezin eerst vertelt, want je legt de situatie anoniem voor, zonder namen, en Veilig Thuis legt dan geen gegevens van de betrokkenen vast. Alleen een melding bespreek je in principe eerst met de persoon, tenzij de veiligheid dat niet toelaat.';

/** Veilig Thuis: how to reach it, advice versus a melding, and anonymity. */
export const veiligThuisArticles: ArticleInput[] = [
  {
    id: 'veilig-thuis-wat-doet-het',
    title: 'Wat doet Veilig Thuis?',
    summary:
      'Veilig Thuis is het advies- en meldpunt voor huiselijk geweld en kindermishandeling. Het geeft advies, neemt meldingen aan, onderzoekt en zorgt dat er passende hulp komt, maar biedt zelf geen behandeling.',
    body: lines(
      'De wettelijke taken van Veilig Thuis:',
      '- advies en ondersteuning geven, aan burgers en professionals;',
      '- meldingen aannemen;',
      '- onderzoeken of er sprake is van geweld of mishandeling;',
      '- beslissen over vervolgstappen;',
      '- een passende hulporganisatie inschakelen;',
      '- zo nodig de politie of de Raad voor de Kinderbescherming inschakelen;',
      '- de melder terugkoppelen welke stappen zijn gezet.',
      'Veilig Thuis Zuid-Limburg is onderdeel van GGD Zuid-Limburg. Je bereikt Veilig Thuis gratis en 24/7 via 0800-2000.',
    ),
    sectors: [],
    keywords: ['veilig thuis', 'vt', 'meldpunt', 'adviespunt', 'taken', 'ggd', 'amk', 'wat doet', 'wat is veilig thuis', 'wat is vt', 'uitleggen wat veilig thuis'],
    source: Sources.veiligThuisZuidLimburg,
    checked: '2026-12-02',
  },
  {
    id: 'veilig-thuis-bereiken',
    title: 'Hoe bereik ik Veilig Thuis?',
    summary: 'Bel Veilig Thuis gratis via 0800-2000, 24 uur per dag en 7 dagen per week. Bij acuut, levensbedreigend gevaar bel je 112.',
    body: lines(
      '- Veilig Thuis: 0800-2000. Gratis, dag en nacht, ook in het weekend. Het landelijke nummer verbindt je door met een regionale Veilig Thuis-organisatie.',
      '- Acuut gevaar: 112.',
      '- Kinderen en jongeren: De Kindertelefoon, 0800-0432.',
      '- Gedachten aan zelfdoding: 113 Zelfmoordpreventie, 113 of 0800-0113 (gratis, dag en nacht).',
      'Je kunt bellen voor advies of om een melding te doen. Er is ook een anonieme chat van Veilig Thuis; via de chat kun je geen formele melding doen.',
    ),
    sectors: [],
    keywords: ['telefoonnummer', 'nummer', 'bellen', 'contact', 'bereikbaar', 'bereikbaarheid', 'openingstijden', '0800-2000', 'chat', 'hoe bereik'],
    source: Sources.augeoVeiligThuis,
    moreSources: [Sources.weekTegenKindermishandeling, Sources.kindertelefoon, Sources.zelfmoordpreventie],
    checked: '2026-12-02',
  },
  {
    id: 'kindertelefoon',
    title: 'De Kindertelefoon',
    summary: 'Kinderen en jongeren kunnen gratis en anoniem bellen of chatten met De Kindertelefoon: 0800-0432.',
    body: lines(
      'De Kindertelefoon is er voor kinderen en jongeren tot 18 jaar die ergens over willen praten, ook over geweld of problemen thuis. Bellen of chatten is gratis en anoniem.',
      'Je kunt een leerling op dit nummer wijzen: 0800-0432. Kijk voor de actuele openingstijden op de website van De Kindertelefoon.',
      'Let op: De Kindertelefoon vervangt jouw stappen in de meldcode niet. Heb je zorgen over een kind, volg dan de meldcode en vraag zo nodig advies aan Veilig Thuis (0800-2000).',
    ),
    sectors: ['onderwijs', 'kinderopvang'],
    keywords: ['kindertelefoon', 'kinder telefoon', 'kind zelf bellen', 'praten', 'anoniem kind', 'chat kinderen', 'jongeren'],
    source: Sources.kindertelefoon,
    checked: '2026-12-02',
  },
  {
    id: 'advies-of-melding',
    title: 'Advies vragen of melden: wat is het verschil?',
    summary:
      'Bij een advies denkt Veilig Thuis met je mee en blijf jij verantwoordelijk voor de situatie. Bij een melding legt Veilig Thuis de gegevens van het gezin vast en neemt het de verantwoordelijkheid voor het zicht op veiligheid van je over.',
    body: lines(
      'Advies:',
      '- kan bij elke stap van de meldcode, ook bij een eerste twijfel;',
      '- kan anoniem: Veilig Thuis legt geen gegevens van de betrokkenen vast;',
      '- jij blijft verantwoordelijk voor de casus.',
      'Melding:',
      '- Veilig Thuis legt de gegevens van de betrokkenen vast;',
      '- de verantwoordelijkheid voor het zicht op veiligheid gaat over naar Veilig Thuis;',
      '- je geeft als melder je eigen naam en contactgegevens door aan Veilig Thuis;',
      '- je eigen hulp of begeleiding loopt gewoon door.',
      'Beide via 0800-2000.',
    ),
    sectors: [],
    keywords: ['advies', 'adviesvraag', 'melding', 'verschil', 'advies of melden', 'consult', 'verantwoordelijkheid'],
    source: Sources.cbsMelding,
    checked: '2026-12-02',
  },
  {
    id: 'anoniem-advies-vragen',
    title: 'Kan ik anoniem advies vragen bij Veilig Thuis?',
    summary:
      'Ja. Als professional kun je een situatie anoniem voorleggen: je noemt geen namen van het gezin en Veilig Thuis legt geen gegevens van de betrokkenen vast.',
    body: lines(
      'Een anonieme adviesvraag is handig als je twijfelt of je zorgen terecht zijn, of als je wilt weten wat je volgende stap is. Bel 0800-2000 en vertel dat je advies wilt over een situatie, zonder namen te noemen.',
      'Na een adviesgesprek blijf jij verantwoordelijk voor de situatie. Leg vast dat je advies hebt gevraagd, wat het advies was en wanneer.',
    ),
    sectors: [],
    keywords: ['anoniem', 'zonder naam', 'zonder namen', 'anoniem advies', 'casus voorleggen', 'anoniem bellen'],
    source: Sources.augeoVeiligThuis,
    moreSources: [Sources.weekTegenKindermishandeling],
    checked: '2026-12-02',
  },
  {
    id: 'advies-vragen-zonder-het-gezin-in-te-lichten',
    title: 'Moet ik het gezin vertellen dat ik Veilig Thuis om advies vraag?',
    summary: AdviceWithoutTellingFirst,
    body: lines(
      'Advies vragen kan bij elke stap van de meldcode, ook bij een eerste twijfel. Het is geen melding: na het advies blijf jij verantwoordelijk voor de zorg.',
      'Bij een melding is dat anders. Dan geef je de gegevens van de betrokkenen door, en Veilig Thuis neemt de verantwoordelijkheid voor het zicht op veiligheid over. Een voorgenomen melding bespreek je in principe eerst met de cliënt of de ouders.',
    ),
    sectors: [],
    keywords: ['vooraf vertellen', 'eerst vertellen', 'van tevoren vertellen', 'advies vragen zonder', 'toestemming advies'],
    source: Sources.augeoVeiligThuis,
    checked: '2026-12-05',
  },
  {
    id: 'anonimiteit-melder',
    title: 'Anonimiteit van de melder: blijf ik anoniem als ik meld?',
    summary:
      'Tegenover Veilig Thuis kun je als professional niet anoniem melden. Tegenover het gezin kan Veilig Thuis je naam bij uitzondering geheimhouden, als bekendmaking jou, collega’s of de betrokkenen in gevaar brengt of de vertrouwensrelatie schaadt.',
    body: lines(
      'Een professionele melder geeft altijd zijn eigen naam en contactgegevens aan Veilig Thuis.',
      'Volgens de Wmo 2015 maakt Veilig Thuis de identiteit van een professionele melder bekend aan het gezin, tenzij dat:',
      '- een bedreiging vormt voor de betrokkenen, de melder of collega’s van de melder;',
      '- de vertrouwensrelatie met de betrokkene verstoort.',
      'Voor een burger (geen professional) geldt: de naam wordt alleen gedeeld met uitdrukkelijke toestemming.',
      'Anonimiteit maakt het werk van Veilig Thuis lastiger; sommige informatie kan dan niet worden gebruikt. Bespreek je situatie met Veilig Thuis als je twijfelt.',
    ),
    sectors: [],
    keywords: ['anoniem melden', 'anonimiteit', 'melder', 'naam melder', 'identiteit', 'ouders weten wie', 'wie heeft gemeld', 'bang voor ouders', 'onbekend blijven', 'krijgt de familie', 'familie te horen', 'familie te zien', 'van mij komt', 'dat het van mij', 'dat ik het ben', 'dat ik gemeld', 'weten dat ik', 'anoniem voor de ouders', 'te horen dat ik', 'dat ik gebeld heb', 'dat ik gebelt heb', 'horen ouders', 'krijgen ouders', 'krijgen de ouders'],
    source: Sources.knmgAnoniem,
    moreSources: [Sources.meldcodeMelden],
    checked: '2026-12-02',
  },
  {
    id: 'zorgen-als-burger-of-vrijwilliger',
    title: 'Zorgen als buur, familielid of vrijwilliger',
    summary:
      'Ook als je geen beroepskracht bent, kun je Veilig Thuis altijd bellen voor advies of een melding: gratis en 24/7 via 0800-2000. Je naam wordt alleen met jouw uitdrukkelijke toestemming aan het gezin bekendgemaakt.',
    body: lines(
      'De wettelijke meldcode is er voor organisaties en hun beroepskrachten, zoals scholen, kinderopvang, zorg en wijkteams. Buren, familieleden, vrienden en vrijwilligers kunnen zonder meldcode bij Veilig Thuis terecht.',
      'Wat kun je doen?',
      '- Schrijf op wat je zag of hoorde, met datum en tijd, zonder er zelf conclusies aan te verbinden.',
      '- Bel Veilig Thuis (0800-2000) om je zorg te bespreken. Samen kijk je of een melding nodig is.',
      '- Ben je vrijwilliger bij een club of vereniging? Vraag het bestuur of de club een eigen meldcode of vertrouwenspersoon heeft.',
      '- Ga niet zelf onderzoeken en spreek de vermoedelijke pleger er niet op aan: dat kan het gevaar groter maken.',
      'Voor een melder die geen beroepskracht is, geldt: Veilig Thuis deelt je naam alleen met het gezin als jij daar uitdrukkelijk toestemming voor geeft.',
      'Is iemand nu in gevaar? Bel 112.',
    ),
    sectors: [],
    keywords: ['buren', 'buurman', 'buurvrouw', 'bovenburen', 'onderburen', 'familielid', 'familie', 'opa', 'oma', 'tante', 'oom', 'vriendin', 'vrijwilliger', 'vrijwilligers', 'trainer', 'coach', 'sportclub', 'vereniging', 'club', 'scouting', 'oppas', 'burger', 'omstander', 'geen professional', 'geen beroepskracht', 'privepersoon'],
    source: Sources.veiligThuisZuidLimburg,
    moreSources: [Sources.knmgAnoniem],
    checked: '2026-12-04',
  },
  {
    id: 'hoe-doe-ik-een-melding',
    title: 'Hoe doe ik een melding bij Veilig Thuis?',
    summary:
      'Bel Veilig Thuis via 0800-2000 en zeg dat je een melding wilt doen. Geef je eigen naam en contactgegevens, beschrijf feitelijk wat je hebt gezien en wat je al hebt gedaan.',
    body: lines(
      'Voorbereiding:',
      '- Loop na welke stappen van de meldcode je hebt gezet en wat je hebt vastgelegd.',
      '- Bespreek de melding vooraf met de betrokkene, tenzij de veiligheid dat in de weg staat.',
      '- Houd je dossier bij de hand: feiten, data, met wie je overlegde.',
      'Tijdens het gesprek vertel je wat je zag en hoorde, welke hulp er al is, en hoe de betrokkenen reageerden. Maak afspraken over je eigen rol na de melding en leg die vast.',
      'Je bereikt Veilig Thuis via 0800-2000. Bij acuut gevaar bel je eerst 112.',
    ),
    sectors: [],
    keywords: ['melden', 'melding doen', 'hoe melden', 'aanmelden', 'melding maken', 'doorgeven', 'voorbereiden melding'],
    source: Sources.augeoVeiligThuis,
    checked: '2026-12-02',
  },
];
