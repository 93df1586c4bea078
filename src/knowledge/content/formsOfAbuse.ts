import type { ArticleInput } from '../article.js';
import { Definitions, PhoneNumbers, VeiligThuisFirstAdvice } from '../../domain/facts.js';
import { lines } from './lines.js';
import { Sources } from './sources.js';

/** Also the short answer to "is dit al financiële uitbuiting?" about an older person, in a story (after "Dit kunnen signalen zijn van financieel misbruik."). */
export const FinancialAbuseOfOlderPeople =
  'Financieel misbruik is het zonder recht gebruiken van geld of bezit van een oudere door iemand uit de huiselijke kring; het is een vorm van ouderenmishandeling, en de vorm die ouderen het vaakst melden. Bewijs is niet nodig: leg vast wat je ziet, zoals geldgebrek, onverklaarbare opnames en wie de pinpas heeft, en vraag Veilig Thuis om advies.';

/** What kindermishandeling, huiselijk geweld and related forms of violence are. */
export const formsOfAbuseArticles: ArticleInput[] = [
  {
    id: 'kindermishandeling-wat-is-het',
    title: 'Wat is kindermishandeling?',
    summary:
      'Kindermishandeling is geweld, bedreiging of verwaarlozing waardoor een kind ernstig wordt geschaad of kan worden geschaad, door de ouders of door anderen van wie het kind afhankelijk is of bij wie het niet vrij is, zoals een leerkracht, trainer of verzorger. Het gaat om doen én om nalaten.',
    body: lines(
      `De ${Definitions.kindermishandeling.law} omschrijft kindermishandeling als "${Definitions.kindermishandeling.text}".`,
      'Het gaat dus niet alleen om ouders: ook iemand in de opvang, op school, bij de sportclub of in de zorg kan een kind mishandelen.',
      'Onder kindermishandeling valt meer dan slaan. Meestal worden deze vormen onderscheiden:',
      '- lichamelijke mishandeling;',
      '- psychische of emotionele mishandeling (ook: getuige zijn van huiselijk geweld);',
      '- lichamelijke verwaarlozing;',
      '- emotionele verwaarlozing;',
      '- seksueel misbruik.',
      'Ook het onthouden van noodzakelijke zorg, medische hulp of onderwijs hoort erbij. Verwaarlozing komt het vaakst voor.',
      `Heb je een vermoeden over de thuissituatie? Volg de meldcode van je organisatie en vraag gerust advies aan Veilig Thuis (${PhoneNumbers.veiligThuis}, gratis en dag en nacht bereikbaar). Gaat het om iemand die in je organisatie werkt, dan geldt een aparte route: zie "Vermoeden tegen een collega".`,
    ),
    sectors: [],
    keywords: ['definitie', 'vormen', 'soorten', 'kindermishandeling', 'betekenis', 'uitleg', 'jeugdwet', 'wettelijke definitie'],
    source: Sources.jeugdwet,
    moreSources: [Sources.njiDefinitie, Sources.kinderbeschermingKindermishandeling],
    checked: '2026-12-02',
  },
  {
    id: 'lichamelijke-mishandeling',
    title: 'Lichamelijke mishandeling van een kind',
    summary:
      'Lichamelijke mishandeling is een kind pijn doen of verwonden, bijvoorbeeld door slaan, knijpen, aan de haren trekken of branden.',
    body: lines(
      'Voorbeelden van lichamelijke mishandeling:',
      '- slaan, schoppen of knijpen;',
      '- aan de haren trekken;',
      '- een baby of kind door elkaar schudden: bij een baby is dat levensgevaarlijk;',
      '- brandwonden toebrengen.',
      'Signalen kunnen zijn: blauwe plekken of ander letsel, vaak lichamelijke klachten, angst voor volwassenen. Eén signaal bewijst niets; leg vast wat je ziet en overleg.',
      'Is een kind in direct gevaar of ernstig gewond? Bel 112. Voor advies bel je Veilig Thuis: 0800-2000 (gratis, 24/7). Ernstig toegebracht letsel geldt als acute onveiligheid.',
    ),
    sectors: [],
    keywords: ['slaan', 'slaat', 'geslagen', 'klappen', 'letsel', 'blauwe plekken', 'blauwe plek', 'verwonding', 'fysiek geweld', 'brandwonden', 'knijpen', 'lichamelijk', 'schudden', 'baby geschud', 'door elkaar geschud', 'shaken baby', 'shaken baby syndroom', 'shakenbaby'],
    source: Sources.njiDefinitie,
    moreSources: [Sources.leraar24Signalen, Sources.jgzRegistratie, Sources.knmgAcuut],
    checked: '2026-12-02',
  },
  {
    id: 'psychische-mishandeling',
    title: 'Psychische of emotionele mishandeling',
    summary:
      'Psychische mishandeling is een kind steeds vijandig bejegenen, afwijzen, kleineren, bedreigen of opsluiten. Ook getuige zijn van huiselijk geweld valt hieronder.',
    body: lines(
      'Bij psychische (emotionele) mishandeling is er geen zichtbaar letsel, maar wel schade. Denk aan:',
      '- regelmatig uitschelden, kleineren of belachelijk maken;',
      '- een kind afwijzen of vijandig behandelen;',
      '- dreigen, bang maken of opsluiten;',
      '- een kind laten opgroeien met geweld tussen de ouders of tegen broertjes en zusjes.',
      'Let op veranderd gedrag: een kind wordt stil en teruggetrokken, angstig of juist agressief.',
    ),
    sectors: [],
    keywords: ['emotionele mishandeling', 'kleineren', 'uitschelden', 'bedreigen', 'opsluiten', 'vernederen', 'afwijzen', 'geestelijke mishandeling'],
    source: Sources.njiDefinitie,
    moreSources: [Sources.leraar24Herkennen],
    checked: '2026-12-02',
  },
  {
    id: 'lichamelijke-verwaarlozing',
    title: 'Lichamelijke verwaarlozing',
    summary:
      'Bij lichamelijke verwaarlozing krijgt een kind langdurig niet wat het lichamelijk nodig heeft: voeding, kleding, onderdak, bescherming of (medische) zorg. Verwaarlozing is de meest voorkomende vorm van kindermishandeling.',
    body: lines(
      'Signalen van lichamelijke verwaarlozing kunnen zijn:',
      '- een kind heeft vaak honger of neemt geen eten mee;',
      '- kleding past niet bij het weer of is vaak vies;',
      '- slechte hygiëne of onverzorgd uiterlijk;',
      '- medische of tandheelkundige zorg blijft uit;',
      '- vaak ziek, moe of lusteloos.',
      'Ook een achterstand in spraak en taal kan met verwaarlozing samenhangen.',
      'Ontbreekt de meest basale zorg (eten, drinken, kleding, onderdak) voor een afhankelijk kind, dan is dat acute onveiligheid: bel bij direct gevaar 112 en neem contact op met Veilig Thuis via 0800-2000.',
    ),
    sectors: [],
    keywords: ['verwaarloosd', 'verwaarlozen', 'honger', 'vies', 'hygiëne', 'onverzorgd', 'kleding', 'eten', 'basiszorg', 'signalen verwaarlozing'],
    source: Sources.njiDefinitie,
    moreSources: [Sources.knmgAcuut, Sources.leraar24Signalen],
    checked: '2026-12-02',
  },
  {
    id: 'emotionele-verwaarlozing',
    title: 'Emotionele verwaarlozing',
    summary:
      'Bij emotionele verwaarlozing krijgt een kind langdurig te weinig warmte, aandacht, steun, structuur en grenzen van zijn opvoeders.',
    body: lines(
      'Emotionele verwaarlozing is moeilijk te zien, omdat het gaat om wat er ontbreekt. Mogelijke signalen:',
      '- een kind zoekt opvallend veel (negatieve) aandacht, of trekt zich juist terug;',
      '- het kind lijkt ongelukkig of somber;',
      '- contactproblemen met andere kinderen;',
      '- ouders tonen weinig belangstelling voor het kind of voor school.',
      'Ook hier geldt: één signaal zegt weinig. Leg je observaties feitelijk vast en bespreek ze met de aandachtsfunctionaris of intern begeleider.',
    ),
    sectors: [],
    keywords: ['verwaarlozing', 'aandacht', 'warmte', 'liefde', 'structuur', 'emotioneel verwaarloosd', 'affectieve verwaarlozing'],
    source: Sources.njiDefinitie,
    moreSources: [Sources.leraar24Signalen],
    checked: '2026-12-02',
  },
  {
    id: 'seksueel-misbruik',
    title: 'Seksueel misbruik van een kind',
    summary:
      'Seksueel misbruik is elke seksuele handeling met of tegenover een kind en is altijd een vorm van kindermishandeling. Welke route je volgt, hangt af van wie de vermoedelijke dader is: iemand uit de thuissituatie of iemand die in je organisatie werkt.',
    body: lines(
      'Signalen waar professionals op letten, zijn onder meer seksueel of grensoverschrijdend gedrag dat niet bij de leeftijd past, angst, terugtrekken en plotselinge gedragsverandering. Het Vlaggensysteem helpt om gezond seksueel gedrag te onderscheiden van grensoverschrijdend gedrag.',
      'Vermoed je misbruik door een ouder, verzorger of iemand anders uit de thuissituatie? Dan volg je de meldcode, maar voer je het gesprek met de ouders niet zomaar.',
      `- ${VeiligThuisFirstAdvice.sexualAbuseByCarer}`,
      '- Een gesprek mag je overslaan als het de veiligheid van het kind, van jou of van anderen in gevaar brengt.',
      `Seksueel misbruik waarbij herhaling een reëel risico is, geldt als acute onveiligheid. Bel bij direct gevaar ${PhoneNumbers.emergency} en neem contact op met Veilig Thuis via ${PhoneNumbers.veiligThuis}.`,
      'Gaat het vermoeden over iemand die op school, in de kinderopvang, in de zorg of in de jeugdhulp werkt? Dan geldt niet de meldcode maar de wettelijke route van je sector: zie "Vermoeden tegen een collega".',
    ),
    sectors: [],
    keywords: ['misbruik', 'seksueel', 'aanranding', 'ontucht', 'grensoverschrijdend', 'zedendelict', 'seksueel geweld', 'misbruikt', 'incest', 'stiefvader', 'vader misbruikt'],
    source: Sources.basismodel,
    moreSources: [Sources.augeoVeiligThuis, Sources.leraar24Herkennen, Sources.vlaggensysteem],
    checked: '2026-12-02',
  },
  {
    id: 'getuige-van-huiselijk-geweld',
    title: 'Kind als getuige van huiselijk geweld',
    summary:
      'Een kind dat geweld tussen ouders of tegen broers en zussen meemaakt, is slachtoffer van psychische mishandeling, ook als het zelf niet wordt geslagen.',
    body: lines(
      'Kinderen die thuis geweld zien of horen, lopen schade op. Daarom wordt getuige zijn van huiselijk geweld gezien als een vorm van kindermishandeling.',
      'Een kind dat stelselmatig getuige is van huiselijk geweld, leeft in structurele onveiligheid. Volgens de professionele normen meld je dat bij Veilig Thuis (0800-2000).',
      'Signalen zijn vaak dezelfde als bij andere vormen: angst, onrust, concentratieproblemen, stil of juist agressief gedrag.',
    ),
    sectors: [],
    keywords: ['ruzie thuis', 'ouders vechten', 'geweld tussen ouders', 'vader slaat moeder', 'getuige', 'meemaken', 'huiselijk geweld'],
    source: Sources.knmgStructureel,
    moreSources: [Sources.njiDefinitie],
    checked: '2026-12-02',
  },
  {
    id: 'huiselijk-geweld',
    title: 'Wat is huiselijk geweld?',
    summary:
      'Huiselijk geweld is lichamelijk, geestelijk of seksueel geweld, of de bedreiging daarmee, door iemand uit de huiselijke kring, zoals een (ex-)partner, ouder, kind, familielid of huisgenoot. Er hoeft dus niet geslagen te worden: ook stelselmatig kleineren, bedreigen of opsluiten telt mee.',
    body: lines(
      `De ${Definitions.huiselijkGeweld.law} omschrijft huiselijk geweld als "${Definitions.huiselijkGeweld.text}".`,
      'Het kan dus lichamelijk, psychisch of seksueel zijn, en kan bestaan uit bedreiging, stalking of verwaarlozing. Een groot deel van de meldingen bij Veilig Thuis gaat over geweld tussen (ex-)partners.',
      'Veilig Thuis is het advies- en meldpunt voor geweld in afhankelijkheidsrelaties.',
      'Er hoeft dus niet geslagen te worden. Ook een partner die de ander stelselmatig controleert, kleineert of afsluit van anderen (telefoon nakijken, geld afnemen, bepalen wie iemand mag zien) kan psychisch geweld plegen. Twijfel je of het zover is? Vraag advies aan Veilig Thuis.',
      'Langdurige stalking binnen een relatie die steeds erger wordt, is een voorbeeld van structurele onveiligheid.',
      'Ben je bezorgd? Je kunt burger of professional zijn: Veilig Thuis is gratis en 24/7 bereikbaar via 0800-2000. Bij acuut gevaar bel je 112.',
    ),
    sectors: [],
    keywords: ['partnergeweld', 'relatiegeweld', 'geweld thuis', 'ex-partner', 'stalking', 'afhankelijkheidsrelatie', 'gia', 'definitie', 'betekenis', 'controle', 'dwingende controle', 'controlerend', 'isoleren', 'psychisch geweld'],
    source: Sources.wmo2015,
    moreSources: [Sources.veiligThuisZuidLimburg],
    checked: '2026-12-02',
  },
  {
    id: 'ouderenmishandeling',
    title: 'Ouderenmishandeling',
    summary:
      'Ook ouderen kunnen slachtoffer worden van geweld of verwaarlozing door iemand van wie ze afhankelijk zijn. Veilig Thuis geeft hierover advies en neemt meldingen aan.',
    body: lines(
      'Ouderenmishandeling is een vorm van geweld in een afhankelijkheidsrelatie, bijvoorbeeld door een mantelzorger, familielid of partner.',
      'De meldcode geldt ook in de ouderenzorg. De stappen zijn dezelfde: signalen vastleggen, overleggen met een collega of Veilig Thuis, in gesprek gaan, wegen en beslissen.',
      FinancialAbuseOfOlderPeople,
      'Twijfel je? Bel Veilig Thuis voor advies: 0800-2000 (gratis, 24/7). Bij acuut gevaar: 112.',
    ),
    sectors: ['zorg', 'wijkteam'],
    keywords: ['ouderen', 'oudere', 'bejaarde', 'opa', 'oma', 'mantelzorg', 'ontspoorde zorg', 'ouderenzorg'],
    source: Sources.veiligThuisZuidLimburg,
    moreSources: [Sources.financieelMisbruik, Sources.kamervraagFinancieleOuderenmishandeling],
    checked: '2026-12-02',
  },
  {
    id: 'eergerelateerd-geweld',
    title: 'Eergerelateerd geweld',
    summary:
      'Bij eergerelateerd geweld wordt geweld gebruikt om de eer van de familie te herstellen of te beschermen. Neem bij een vermoeden eerst contact op met Veilig Thuis, voordat je iets met de familie bespreekt.',
    body: lines(
      'Eergerelateerd geweld valt onder huiselijk geweld en dus ook onder de meldcode. De situatie kan snel escaleren, en vaak is de hele familie betrokken.',
      `- ${VeiligThuisFirstAdvice.contactFirst}`,
      `- ${VeiligThuisFirstAdvice.noFamilyConversation}`,
      `- ${VeiligThuisFirstAdvice.imminentDeparture}`,
      'Verwante vormen met dezelfde aanpak: huwelijksdwang en achterlating, vrouwelijke genitale verminking (VGV) en mensenhandel.',
      `Is er acuut gevaar? Bel ${PhoneNumbers.emergency}. Voor advies: Veilig Thuis, ${PhoneNumbers.veiligThuis} (gratis, dag en nacht).`,
    ),
    sectors: [],
    keywords: ['eer', 'eerwraak', 'familie-eer', 'eergerelateerd', 'eer van de familie', 'familie bedreigt'],
    source: Sources.augeoVeiligThuis,
    moreSources: [Sources.veiligThuisGmEergerelateerd, Sources.basismodel],
    checked: '2026-12-02',
  },
  {
    id: 'kind-in-een-vechtscheiding',
    title: 'Een kind in een vechtscheiding',
    summary:
      'Deskundigen zien het als een vorm van kindermishandeling als ouders hun kind in hun strijd betrekken: als boodschapper of machtsmiddel, of door de andere ouder zwart te maken waar het kind bij is. Bij zorgen volg je de meldcode; bij twijfel vraag je advies aan Veilig Thuis.',
    body: lines(
      'Een scheiding is voor elk kind moeilijk. Blijven de ouders vechten, dan raakt het kind klem en kan het psychische schade oplopen, net als bij andere psychische mishandeling.',
      'Signalen bij het kind:',
      '- een loyaliteitsconflict: het kind durft niets over de andere ouder te zeggen of kiest steeds partij;',
      '- het kind zorgt voor een ouder in plaats van andersom (parentificatie);',
      '- stil en teruggetrokken of juist boos gedrag, of een kind dat een ouder niet meer wil zien.',
      'Was er geweld tussen de ouders, vóór of na de scheiding? Ook een kind dat dat alleen meemaakt, kan ernstig worden geschaad.',
      'Wat doe je?',
      '- Leg feitelijk vast wat het kind laat zien en wat de ouders zeggen of van je vragen.',
      '- Bespreek het met je aandachtsfunctionaris en doorloop de meldcode. Twijfel je? Vraag advies aan Veilig Thuis (0800-2000).',
      '- Kies geen partij in de strijd van de ouders.',
      'Informatie aan gescheiden ouders: na een scheiding houden beide ouders meestal het gezag, en dan hebben ze allebei recht op informatie over hun kind. Een ouder zonder gezag krijgt op zijn verzoek belangrijke informatie van bijvoorbeeld school of hulpverlener, tenzij het belang van het kind zich daartegen verzet (artikel 1:377c Burgerlijk Wetboek).',
    ),
    sectors: [],
    keywords: [
      'vechtscheiding', 'scheiding', 'gescheiden ouders', 'echtscheiding', 'ex', 'omgang', 'omgangsregeling', 'ouderschapsplan', 'co-ouderschap',
      'loyaliteitsconflict', 'partij kiezen', 'boodschapper', 'zwartmaken', 'gezag', 'ouderlijk gezag', 'informatie aan ouders', 'informatieplicht', 'recht op informatie', 'andere ouder', 'verklaring', 'parentificatie',
    ],
    source: Sources.kinderombudsmanVechtscheiding,
    moreSources: [Sources.richtlijnScheiding, Sources.lkcGescheidenOuders],
    checked: '2026-12-05',
  },
];
