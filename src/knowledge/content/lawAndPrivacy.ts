import type { ArticleInput } from '../article.js';
import { lines } from './lines.js';
import { Sources } from './sources.js';

/** Meldrecht, consent, beroepsgeheim and privacy rules around a melding. */
export const lawAndPrivacyArticles: ArticleInput[] = [
  {
    id: 'meldrecht-en-meldplicht',
    title: 'Meldrecht of meldplicht?',
    summary:
      'De wet geeft professionals een meldrecht: je mag informatie delen met Veilig Thuis, ook zonder toestemming. De plicht ligt bij het gebruiken van de meldcode; het melden zelf volgt uit de professionele normen van het afwegingskader.',
    body: lines(
      'Het meldrecht staat in de Wet maatschappelijke ondersteuning 2015 (artikel 5.2.6). Heb je via je werk informatie die nodig kan zijn om huiselijk geweld of kindermishandeling te stoppen of te onderzoeken, dan mag je die aan Veilig Thuis geven:',
      '- op verzoek van Veilig Thuis of op eigen initiatief;',
      '- zonder toestemming van de betrokkene;',
      '- zo nodig ondanks een geheimhoudingsplicht.',
      'Je weegt zelf af of en wat je deelt, aan de hand van de stappen van de meldcode. Gebruik je het meldrecht niet terwijl dat voor de hand lag, dan moet je dat kunnen uitleggen.',
      'Veel mensen spreken van een "meldplicht". Preciezer: de wet verplicht organisaties om een meldcode te hebben en te gebruiken, en het afwegingskader geeft normen voor wanneer je hoort te melden.',
    ),
    sectors: [],
    keywords: ['meldrecht', 'meldplicht', 'verplicht melden', 'mag ik melden', 'moet ik melden', 'wet', 'wmo', 'wettelijk'],
    source: Sources.wmo2015,
    moreSources: [Sources.besluitMeldcode, Sources.knmgStap5],
    checked: '2026-12-02',
  },
  {
    id: 'melden-zonder-toestemming',
    title: 'Mag ik melden zonder toestemming van ouders of cliënt?',
    summary:
      'Ja, voor een melding bij Veilig Thuis heb je geen toestemming nodig, en ook niet als Veilig Thuis jou tijdens een onderzoek om informatie vraagt. Maar zonder toestemming betekent niet zonder medeweten: je vertelt de betrokkene in principe wel wat je deelt.',
    body: lines(
      'Het meldrecht maakt het mogelijk om zonder toestemming te melden. Toch verwacht de meldcode dat je:',
      '- je best doet om toestemming te krijgen;',
      '- de betrokkene vooraf informeert over de melding;',
      '- alleen van informeren afziet als de veiligheid van het kind, de cliënt, jezelf of anderen dat in de weg staat.',
      'Leg vast of je toestemming vroeg, wat de reactie was, en waarom je eventueel niet informeerde.',
    ),
    sectors: [],
    keywords: ['toestemming', 'zonder toestemming', 'ouders willen niet', 'weigeren', 'medeweten', 'instemming', 'akkoord ouders'],
    source: Sources.wmo2015,
    moreSources: [Sources.augeoVeiligThuis, Sources.meldcodeMelden],
    checked: '2026-12-02',
  },
  {
    id: 'ouders-informeren-over-melding',
    title: 'Moet ik de ouders vertellen dat ik ga melden?',
    summary:
      'In principe wel: je bespreekt met de ouders of de cliënt dat je van plan bent te melden. Alleen als dat de veiligheid van het kind, de cliënt, jezelf of anderen in gevaar brengt, doe je dat niet.',
    body: lines(
      'Professionals bespreken een voorgenomen melding vooraf met de betrokkene. Leg uit wat je zorgen zijn, waarom je meldt en wat Veilig Thuis gaat doen. Luister naar de reactie en neem die mee in je melding.',
      'Je ziet daarvan af als het gesprek de veiligheid van het kind, van de cliënt, van jezelf of van anderen bedreigt, of als je reëel verwacht dat het gezin het contact verbreekt. Overleg in dat geval met Veilig Thuis (0800-2000) en leg de reden vast.',
      'Je kunt tegenover het gezin soms anoniem blijven als melder; zie "Anonimiteit van de melder".',
      'Vroeg je alleen advies? Bespreek met de adviseur of en hoe je dat het gezin vertelt. Bij een vermoeden van seksueel misbruik door een ouder, eergerelateerd geweld, huwelijksdwang, achterlating, meisjesbesnijdenis of mensenhandel vertel je het gezin niets zonder die afspraak.',
    ),
    sectors: [],
    keywords: ['ouders vertellen', 'ouders inlichten', 'ouders informeren', 'aankondigen', 'gesprek ouders melding', 'ouders op de hoogte', 'advies heb gevraagd', 'advies gevraagd heb'],
    source: Sources.augeoVeiligThuis,
    moreSources: [Sources.wmo2015],
    checked: '2026-12-02',
  },
  {
    id: 'beroepsgeheim',
    title: 'Beroepsgeheim en melden bij Veilig Thuis',
    summary:
      'Een beroepsgeheim houdt je niet tegen: het meldrecht geeft je de ruimte om informatie met Veilig Thuis te delen als dat nodig is om geweld of mishandeling te stoppen of te onderzoeken.',
    body: lines(
      'Het meldrecht gaat zo nodig boven een wettelijke of beroepsmatige geheimhoudingsplicht. Het geldt voor alle beroepskrachten, zowel bij het doen van een melding als bij vragen van Veilig Thuis tijdens een onderzoek.',
      'Deel alleen wat nodig en relevant is. Je weegt af volgens de stappen van de meldcode, en legt je afweging vast.',
      'Scholen hebben geen beroepsgeheim zoals artsen dat hebben, maar voor gezondheidsgegevens van leerlingen geldt wel geheimhouding.',
    ),
    sectors: [],
    keywords: ['beroepsgeheim', 'geheimhoudingsplicht', 'zwijgplicht', 'vertrouwelijkheid', 'geheimhouding', 'arts', 'huisarts', 'patient', 'hulpverlener', 'in strijd met'],
    source: Sources.wmo2015,
    moreSources: [Sources.lumenSchoolPrivacy],
    checked: '2026-12-02',
  },
  {
    id: 'privacy-school-gegevens-delen',
    title: 'Privacy: mag een school gegevens delen met Veilig Thuis?',
    summary:
      'Een school heeft geen beroepsgeheim, maar gezondheidsgegevens zijn vertrouwelijk. Zonder toestemming delen mag bij een melding na het volgen van de meldcode, of als Veilig Thuis gericht gegevens opvraagt voor een onderzoek.',
    body: lines(
      'Gezondheidsgegevens zijn bijzondere persoonsgegevens. Die deel je in principe alleen met uitdrukkelijke toestemming. Toestemming is niet nodig als:',
      '- de school meldt bij ernstige zorgen, na het volgen van de meldcode;',
      '- Veilig Thuis voor een onderzoek gericht om gegevens vraagt.',
      'Zonder toestemming is niet zonder medeweten: in principe vertelt de school de ouders vooraf dat ze gaat melden. Dat laat je alleen achterwege als het de veiligheid van het kind, van jou of van anderen in gevaar brengt; leg die reden vast.',
      'Regels uit de AVG die altijd gelden:',
      '- doelbinding: gebruik gegevens alleen voor dit doel;',
      '- dataminimalisatie: deel alleen wat nodig en relevant is;',
      '- overweeg pseudonimiseren waar dat kan, bijvoorbeeld bij intern overleg.',
    ),
    sectors: ['onderwijs'],
    keywords: ['avg', 'privacy', 'gegevens delen', 'persoonsgegevens', 'gezondheidsgegevens', 'leerlinggegevens', 'dataminimalisatie', 'doelbinding'],
    source: Sources.wmo2015,
    moreSources: [Sources.lumenSchoolPrivacy, Sources.autoriteitPersoonsgegevens],
    checked: '2026-12-02',
  },
  {
    id: 'gegevens-delen-met-anderen',
    title: 'Mag ik informatie delen met het wijkteam of een andere organisatie?',
    summary:
      'Het meldrecht geldt voor informatie die je aan Veilig Thuis geeft. Wil je iets delen met het wijkteam, de huisarts of een andere organisatie, dan vraag je daar in principe eerst toestemming voor.',
    body: lines(
      'Het meldrecht (Wmo 2015, artikel 5.2.6) laat je informatie aan Veilig Thuis geven zonder toestemming. Voor delen met anderen, zoals het wijkteam, geeft het meldrecht die ruimte niet.',
      'Wat je kunt doen:',
      '- vraag de ouders of de cliënt om toestemming om het wijkteam in te schakelen, en leg hun antwoord vast;',
      '- overleg zonder namen: een casus bespreken zonder herleidbare gegevens kan altijd;',
      '- vraag advies aan Veilig Thuis (0800-2000, ook anoniem) en bespreek het met je aandachtsfunctionaris of privacyfunctionaris.',
      'Deel ook met toestemming alleen wat nodig en relevant is, voor dit doel.',
    ),
    sectors: [],
    keywords: ['delen met het wijkteam', 'doorgeven aan het wijkteam', 'wijkteam inlichten', 'andere organisatie', 'andere instantie', 'informatie uitwisselen', 'info uitwisselen', 'zomaar delen', 'mogen wij dat delen', 'mogen we dat delen', 'delen met de woningcorporatie', 'wil van ons weten', 'iets speelt', 'informatie over een huurder', 'privacy delen'],
    source: Sources.wmo2015,
    moreSources: [Sources.lumenSchoolPrivacy, Sources.autoriteitPersoonsgegevens],
    checked: '2026-12-05',
  },
  {
    id: 'avg-zorgvuldig-omgaan-met-gegevens',
    title: 'AVG: zorgvuldig omgaan met gegevens over een casus',
    summary:
      'Gegevens over huiselijk geweld of kindermishandeling zijn bijna altijd gevoelig. Deel en bewaar zo weinig mogelijk: geen namen, BSN of adressen in chats, Teams-berichten of agenda’s.',
    body: lines(
      'De AVG vraagt dat je persoonsgegevens rechtmatig en transparant verwerkt, alleen voor een duidelijk doel, niet meer dan nodig, juist, niet langer dan nodig en goed beveiligd.',
      'Praktisch:',
      '- Bespreek casussen in Teams alleen met een gepseudonimiseerde verwijzing, zonder namen, BSN of adres.',
      '- Het dossier hoort in het eigen systeem van school, wijkteam of Veilig Thuis, niet in een chat.',
      '- Beschrijvingen van een situatie bevatten al snel bijzondere persoonsgegevens (zoals gezondheid). Wees daar extra zuinig mee.',
    ),
    sectors: [],
    keywords: ['avg', 'privacy', 'gegevens', 'bsn', 'naam', 'teams', 'chat', 'bewaren', 'pseudonimiseren', 'beveiliging', 'gevoelige gegevens'],
    source: Sources.autoriteitPersoonsgegevens,
    moreSources: [Sources.ingradoAvg],
    checked: '2026-12-02',
  },
];
