import type { ArticleInput } from '../article.js';
import { lines } from './lines.js';
import { Sources } from './sources.js';

/** Also the short answer to "geldt de meldcode ook voor ons?" in a story. */
export const WhoTheMeldcodeIsFor =
  'De Wet verplichte meldcode geldt voor organisaties en hun beroepskrachten in de gezondheidszorg, het onderwijs (ook leerplichtambtenaren en RMC-medewerkers), de kinderopvang, de maatschappelijke ondersteuning, de jeugdhulp en justitie; bronnen noemen ook ouderenzorg, gehandicaptenzorg en asielzoekerscentra. Geldt hij niet voor jou, bijvoorbeeld als vrijwilliger, dan kun je zonder meldcode altijd Veilig Thuis bellen voor advies of een melding (0800-2000, gratis, 24/7).';
/** Also the short answer to "mag ik zelf VT bellen of eerst de aandachtsfunctionaris?" in a story. */
export const AskAdviceYourself =
  'Ja. Je mag bij elke stap van de meldcode en bij elke twijfel zelf Veilig Thuis om advies vragen (0800-2000, gratis, 24/7), ook voordat je met je aandachtsfunctionaris hebt overlegd en zonder namen te noemen.';

/** Also the short answer to "wat zijn de stappen van de meldcode?" in a story. */
export const MeldcodeInFiveSteps =
  'De meldcode is een stappenplan voor professionals die huiselijk geweld of kindermishandeling vermoeden: 1 signalen in kaart brengen, 2 collegiale consultatie en zo nodig Veilig Thuis raadplegen, 3 gesprek met de betrokkene(n), 4 wegen, 5 beslissen over hulp en/of melden. Sinds 1 juli 2013 moeten organisaties in onder meer onderwijs, kinderopvang, zorg, jeugdhulp en maatschappelijke ondersteuning een meldcode hebben en gebruiken.';

/** The Wet verplichte meldcode, its five steps and how to record them. */
export const meldcodeArticles: ArticleInput[] = [
  {
    id: 'meldcode-wat-is-het',
    title: 'Wat is de meldcode huiselijk geweld en kindermishandeling?',
    summary: MeldcodeInFiveSteps,
    body: lines(
      'De Wet verplichte meldcode huiselijk geweld en kindermishandeling geldt sinds 1 juli 2013. Je werkgever stelt een eigen meldcode vast op basis van het basismodel en moet die bekend maken bij medewerkers.',
      'De vijf stappen:',
      '- Stap 1: Signalen in kaart brengen',
      '- Stap 2: Collegiale consultatie en zo nodig Veilig Thuis raadplegen',
      '- Stap 3: Gesprek met de betrokkene(n)',
      '- Stap 4: Wegen van het geweld of de kindermishandeling',
      '- Stap 5: Beslissen: hulp organiseren en/of melden',
      'Je hoeft niet alle stappen te hebben gezet voordat je Veilig Thuis belt: advies vragen kan bij elke stap, ook bij een eerste twijfel.',
      'De meldcode gaat over zorgen over de thuissituatie. Gaat je vermoeden over iemand die in je eigen organisatie werkt, dan geldt de route van je sector: zie "Vermoeden tegen een collega".',
      'Sinds 1 januari 2019 geldt de verbeterde meldcode. De stappen bleven gelijk, maar bij het wegen en beslissen is het afwegingskader verplicht. Elke sector heeft een eigen afwegingskader; voor scholen is dat het Afwegingskader Meldcode Onderwijs en leerplicht.',
    ),
    sectors: [],
    keywords: ['meldcode', 'stappenplan', 'protocol', 'vijf stappen', '5 stappen', 'wet verplichte meldcode', 'verbeterde meldcode', 'basismodel'],
    source: Sources.basismodel,
    checked: '2026-12-02',
  },
  {
    id: 'meldcode-stap-1-signalen',
    title: 'Stap 1: Signalen in kaart brengen',
    summary:
      'In stap 1 leg je vast welke signalen wijzen op huiselijk geweld of kindermishandeling, en welke dat juist tegenspreken. Zo feitelijk mogelijk en zonder te oordelen, in het dossier.',
    body: lines(
      'Wat doe je in Stap 1: Signalen in kaart brengen?',
      '- Beschrijf wat je ziet, hoort en merkt. Noteer datum en situatie.',
      '- Noteer ook signalen die je vermoeden ontkrachten.',
      '- Vermeld bij informatie van anderen wie de bron is.',
      '- Zet interpretaties apart en noem ze zo.',
      'Werk je met volwassen cliënten? Dan hoort de Kindcheck bij deze stap: ga na of er kinderen zijn die afhankelijk zijn van je cliënt.',
      'Leg alles vast in het leerling-, cliënt- of patiëntdossier of in het registratiesysteem van je organisatie.',
    ),
    sectors: [],
    keywords: ['stap 1', 'eerste stap', 'signalen vastleggen', 'in kaart brengen', 'observeren', 'noteren'],
    source: Sources.basismodel,
    checked: '2026-12-02',
  },
  {
    id: 'meldcode-stap-2-collegiale-consultatie',
    title: 'Stap 2: Collegiale consultatie en zo nodig Veilig Thuis raadplegen',
    summary:
      'In stap 2 bespreek je de signalen met een deskundige collega, meestal de aandachtsfunctionaris. Zo nodig vraag je advies aan Veilig Thuis; dat kan anoniem.',
    body: lines(
      'In Stap 2: Collegiale consultatie en zo nodig Veilig Thuis raadplegen toets je je zorgen bij iemand anders.',
      '- Overleg met de aandachtsfunctionaris, of op school met de intern begeleider of zorgcoördinator.',
      '- Vraag zo nodig advies aan Veilig Thuis via 0800-2000. Je kunt de situatie anoniem voorleggen, zonder namen.',
      '- Zie je letsel waarvan de oorzaak onduidelijk is? Dan kun je ook een deskundige op het gebied van letselduiding raadplegen (zie "Letselduiding").',
      '- Leg vast met wie je overlegde, wat er besproken is en wanneer.',
      'Advies vragen kan bij elke stap van de meldcode, ook als je alleen twijfelt.',
    ),
    sectors: [],
    keywords: ['stap 2', 'tweede stap', 'overleg', 'overleggen', 'collega', 'sparren', 'consultatie', 'advies vragen'],
    source: Sources.basismodel,
    checked: '2026-12-02',
  },
  {
    id: 'meldcode-stap-3-gesprek',
    title: 'Stap 3: Gesprek met de betrokkene(n)',
    summary:
      'In stap 3 bespreek je je zorgen open met de betrokkene: de ouders, het kind of de cliënt. Je mag het gesprek alleen overslaan als het de veiligheid van iemand in gevaar brengt of als je het contact dreigt te verliezen.',
    body: lines(
      'Een goed gesprek in Stap 3: Gesprek met de betrokkene(n):',
      '- leg uit waarom je het gesprek voert;',
      '- vertel wat je hebt gezien of gehoord (de feiten);',
      '- nodig de ander uit om te reageren;',
      '- pas daarna kom je met je eigen interpretatie.',
      'Wanneer mag je dit gesprek overslaan? Alleen om veiligheidsredenen: de veiligheid van het kind of de cliënt, van jezelf of van anderen, of als je reële kans hebt dat de betrokkene het contact verbreekt. Bespreek zo’n keuze met Veilig Thuis (0800-2000) en leg de reden vast.',
      'Vermoed je seksueel misbruik door een ouder of verzorger, eergerelateerd geweld, huwelijksdwang, achterlating, vrouwelijke genitale verminking of mensenhandel? Vraag dan eerst Veilig Thuis of en hoe een gesprek veilig kan, en bespreek het niet eerst met de familie. Spreek een vermoedelijke dader nooit zelf aan.',
      'Leg het gesprek en de reactie vast in het dossier.',
    ),
    sectors: [],
    keywords: ['stap 3', 'derde stap', 'gesprek ouders', 'ouders aanspreken', 'bespreken', 'confronteren', 'gesprek kind'],
    source: Sources.basismodel,
    moreSources: [Sources.signalenkaart, Sources.augeoVeiligThuis],
    checked: '2026-12-02',
  },
  {
    id: 'meldcode-stap-4-wegen',
    title: 'Stap 4: Wegen van het geweld of de kindermishandeling',
    summary:
      'In stap 4 schat je het risico, de aard en de ernst in met het afwegingskader. Bij twijfel raadpleeg je altijd Veilig Thuis.',
    body: lines(
      'In Stap 4: Wegen van het geweld of de kindermishandeling beantwoord je de eerste afwegingsvragen:',
      '- Afweging 1: Vermoeden. Heb ik, op basis van de vorige stappen, een vermoeden van (dreiging van) huiselijk geweld of kindermishandeling?',
      '- Afweging 2: Acute of structurele onveiligheid. Is daar sprake van?',
      'Is er acute of structurele onveiligheid, dan meld je bij Veilig Thuis (0800-2000). Bij direct gevaar bel je eerst 112.',
      'Let op: niet elke sectorversie verdeelt de afwegingen op dezelfde manier over stap 4 en 5. Volg de meldcode van je eigen organisatie.',
    ),
    sectors: [],
    keywords: ['stap 4', 'vierde stap', 'wegen', 'afwegen', 'inschatten', 'risico', 'ernst', 'risicotaxatie'],
    source: Sources.njiAfwegingskader,
    checked: '2026-12-02',
  },
  {
    id: 'meldcode-stap-5-beslissen',
    title: 'Stap 5: Beslissen: hulp organiseren en/of melden',
    summary:
      'In stap 5 neem je twee beslissingen: is melden bij Veilig Thuis nodig, en kan ik (ook) zelf hulp bieden of organiseren? Melden en hulp verlenen sluiten elkaar niet uit.',
    body: lines(
      'In Stap 5: Beslissen: hulp organiseren en/of melden gebruik je de afwegingen 3 tot en met 5 van het afwegingskader:',
      '- Afweging 3: Zelf hulp bieden of organiseren. Lukt het mij om passende hulp te bieden of te regelen?',
      '- Afweging 4: Aanvaarden van hulp. Werken de betrokkenen mee aan die hulp?',
      '- Afweging 5: Gewenst resultaat. Leidt de hulp tot veiligheid en herstel?',
      'Is het antwoord ergens nee, dan meld je bij Veilig Thuis (0800-2000). Ook na een melding blijf je verantwoordelijk voor je eigen hulp en begeleiding.',
      'Bespreek een melding vooraf met de betrokkene, tenzij de veiligheid dat in de weg staat. Leg je besluit en de redenen vast.',
      'Wie beslist? Dat staat in de meldcode van je organisatie; meestal neem je het besluit samen met de aandachtsfunctionaris. Het meldrecht geldt voor elke beroepskracht zelf.',
    ),
    sectors: [],
    keywords: ['stap 5', 'vijfde stap', 'laatste stap', 'beslissen', 'beslist', 'besluit', 'beslissing', 'wie beslist', 'melden of hulp', 'hulp organiseren'],
    source: Sources.basismodel,
    checked: '2026-12-02',
  },
  {
    id: 'dossiervorming',
    title: 'Dossiervorming: hoe leg je de meldcode vast?',
    summary:
      'Elke stap van de meldcode leg je vast in het leerling-, cliënt- of patiëntdossier: feitelijk, met de bron erbij, en met interpretaties apart benoemd.',
    body: lines(
      'Wie de stappen van de meldcode zet, is ook verantwoordelijk voor het vastleggen ervan. Een school gebruikt het leerlingdossier, een wijkteam zijn eigen registratiesysteem.',
      'Tips voor goede verslaglegging:',
      '- schrijf feitelijk en neutraal op wat je zag, hoorde of merkte;',
      '- vermeld de bron als informatie van iemand anders komt;',
      '- noem interpretaties en hypotheses ook zo;',
      '- leg vast met wie je overlegde (collega, aandachtsfunctionaris, Veilig Thuis), wat het advies was en wanneer;',
      '- wees open: wat in het dossier staat bespreek je in principe met de ouders, tenzij er vastgelegde redenen zijn om dat niet te doen.',
      'Besluit je na afweging 1 dat er geen vermoeden is, dan sluit je de meldcode af en noteer je dat ook in het dossier.',
    ),
    sectors: [],
    keywords: ['dossier', 'verslaglegging', 'vastleggen', 'opschrijven', 'noteren', 'registreren', 'documenteren', 'leerlingdossier', 'verslag'],
    source: Sources.movisieDossier,
    checked: '2026-12-02',
  },
  {
    id: 'vastleggen-besluit-tot-melden',
    title: 'Wat leg je vast als je besluit te melden?',
    summary:
      'Na een besluit om te melden leg je vast: je afweging en de gronden, de acties die je nam, wie je informeerde en hoe die reageerde, pogingen om betrokkenen te bereiken en de afspraken met Veilig Thuis.',
    body: lines(
      'Noteer bij een melding in het dossier:',
      '- de afweging die je maakte en waarom;',
      '- welke acties je ondernam;',
      '- wie je hebt geïnformeerd en hoe die reageerde;',
      '- eventuele pogingen om de betrokkene(n) te bereiken;',
      '- de vervolgafspraken met Veilig Thuis.',
      'Zo kun je later uitleggen hoe je tot je besluit kwam.',
    ),
    sectors: [],
    keywords: ['melding vastleggen', 'verslag melding', 'verantwoorden', 'verantwoording', 'dossier melding'],
    source: Sources.knmgStap5,
    checked: '2026-12-02',
  },
  {
    id: 'meldcode-voor-wie',
    title: 'Voor wie geldt de meldcode? Sectoren, beroepskrachten en vrijwilligers',
    summary: WhoTheMeldcodeIsFor,
    body: lines(
      'De wet noemt sectoren, geen beroepen. Je werkgever stelt een eigen meldcode vast en moet die bekendmaken bij medewerkers.',
      'Twijfel je of jouw organisatie eronder valt, bijvoorbeeld bij schuldhulpverlening, een woningcorporatie of een voedselbank? Vraag je leidinggevende of coördinator of er een meldcode is, en wie de aandachtsfunctionaris is.',
      'Ben je vrijwilliger? Vraag je coördinator of het bestuur welke afspraken er zijn over zorgen om iemand. Heb je die niet, dan geldt voor jou wat voor iedereen geldt: schrijf op wat je zag of hoorde, ga niet zelf onderzoeken en bel Veilig Thuis.',
      'De wet verplicht organisaties om een meldcode te hebben en te gebruiken. Wanneer je hoort te melden, staat in het afwegingskader: bij acute en structurele onveiligheid meld je altijd.',
      'Is iemand in direct gevaar? Bel 112. Voor advies of een melding: Veilig Thuis, 0800-2000.',
    ),
    sectors: [],
    keywords: [
      'voor wie geldt', 'geldt de meldcode', 'geld de meldcode', 'geldt het', 'valt onder de meldcode', 'vallen onder de meldcode', 'vallen wij onder', 'valt mijn werk', 'welke sectoren', 'welke organisaties', 'welke beroepen',
      'verplicht voor', 'meldcode volgen', 'de meldcode volgen', 'alleen voor de huisarts', 'alleen voor de arts', 'geldt dat ook', 'geldt dat alleen', 'geld dat alleen', 'ook voor mij', 'ook voor ons', 'ook voor vrijwilligers', 'vrijwilligers', 'vrijwilliger', 'betaald', 'schuldhulp', 'schuldhulpverlening', 'schuldhulpverleners', 'voedselbank', 'woningcorporatie', 'gastouder', 'sportclub', 'taalcafe',
    ],
    source: Sources.basismodel,
    moreSources: [Sources.sduWet],
    checked: '2026-12-06',
  },
  {
    id: 'zelf-advies-vragen',
    title: 'Mag ik zelf Veilig Thuis om advies vragen?',
    summary: AskAdviceYourself,
    body: lines(
      'Advies vragen is geen melding, en het afwegingskader hoeft dan nog niet ingevuld te zijn: dat hoort bij het wegen en beslissen (stap 4 en 5).',
      'Overleg met een deskundige collega of de aandachtsfunctionaris blijft stap 2 van de meldcode. Bespreek het dus ook met je aandachtsfunctionaris, of vertel achteraf dat je advies vroeg.',
      'Leg vast dat je advies vroeg: met wie, wat het advies was en wanneer. Na een adviesgesprek blijf jij verantwoordelijk voor de zorg.',
      'Wie in jouw organisatie welke stap zet, staat in de meldcode van je organisatie.',
      'Veilig Thuis: 0800-2000. Is iemand in direct gevaar? Bel 112.',
    ),
    sectors: [],
    keywords: [
      'zelf bellen', 'zelf advies', 'zelf advies vragen', 'zelf veilig thuis', 'zelf vt', 'zelf gewoon', 'mag ik zelf', 'mag ik dat zelf', 'eerst overleggen', 'eerst met de aandachtsfunctionaris', 'eerst de aandachtsfunctionaris',
      'zonder aandachtsfunctionaris', 'buiten de aandachtsfunctionaris', 'buiten de ib', 'niet bereikbaar', 'afwegingskader ingevuld', 'ingevuld zijn', 'toestemming van de directie',
    ],
    source: Sources.basismodel,
    moreSources: [Sources.knmgAnoniem],
    checked: '2026-12-06',
  },
];
