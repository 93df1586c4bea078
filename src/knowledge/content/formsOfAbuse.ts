import type { ArticleInput } from '../article.js';
import { lines } from './lines.js';
import { Sources } from './sources.js';

/** What kindermishandeling, huiselijk geweld and related forms of violence are. */
export const formsOfAbuseArticles: ArticleInput[] = [
  {
    id: 'kindermishandeling-wat-is-het',
    title: 'Wat is kindermishandeling?',
    summary:
      'Kindermishandeling is elke vorm van geweld, bedreiging of verwaarlozing door ouders of andere opvoeders die een kind ernstig schaadt of kan schaden. Het gaat om doen én om nalaten.',
    body: lines(
      'Onder kindermishandeling valt meer dan slaan. Meestal worden deze vormen onderscheiden:',
      '- lichamelijke mishandeling;',
      '- psychische of emotionele mishandeling (ook: getuige zijn van huiselijk geweld);',
      '- lichamelijke verwaarlozing;',
      '- emotionele verwaarlozing;',
      '- seksueel misbruik.',
      'Ook het onthouden van noodzakelijke zorg, medische hulp of onderwijs hoort erbij. Verwaarlozing komt het vaakst voor.',
      'Heb je een vermoeden? Volg de meldcode van je organisatie en vraag gerust advies aan Veilig Thuis (0800-2000, gratis en dag en nacht bereikbaar).',
    ),
    sectors: [],
    keywords: ['definitie', 'vormen', 'soorten', 'kindermishandeling', 'betekenis', 'uitleg'],
    source: Sources.groep12Vormen,
  },
  {
    id: 'lichamelijke-mishandeling',
    title: 'Lichamelijke mishandeling van een kind',
    summary:
      'Lichamelijke mishandeling is een kind pijn doen of verwonden, bijvoorbeeld door slaan, knijpen, aan de haren trekken of branden.',
    body: lines(
      'Voorbeelden van lichamelijke mishandeling:',
      '- slaan, schoppen of knijpen;',
      '- aan de haren trekken of door elkaar schudden;',
      '- brandwonden toebrengen.',
      'Signalen kunnen zijn: blauwe plekken of ander letsel, vaak lichamelijke klachten, angst voor volwassenen. Eén signaal bewijst niets; leg vast wat je ziet en overleg.',
      'Is een kind in direct gevaar of ernstig gewond? Bel 112. Voor advies bel je Veilig Thuis: 0800-2000 (gratis, 24/7). Ernstig toegebracht letsel geldt als acute onveiligheid.',
    ),
    sectors: [],
    keywords: ['slaan', 'slaat', 'geslagen', 'klappen', 'letsel', 'blauwe plekken', 'blauwe plek', 'verwonding', 'fysiek geweld', 'brandwonden', 'knijpen', 'lichamelijk'],
    source: Sources.groep12Vormen,
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
    source: Sources.groep12Vormen,
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
    source: Sources.groep12Vormen,
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
    source: Sources.groep12Vormen,
  },
  {
    id: 'seksueel-misbruik',
    title: 'Seksueel misbruik van een kind',
    summary:
      'Seksueel misbruik is elke seksuele handeling met of tegenover een kind. Het is altijd een vorm van kindermishandeling en valt onder de meldcode.',
    body: lines(
      'Signalen waar professionals op letten, zijn onder meer seksueel of grensoverschrijdend gedrag dat niet bij de leeftijd past, angst, terugtrekken en plotselinge gedragsverandering. Het Vlaggensysteem helpt om gezond seksueel gedrag te onderscheiden van grensoverschrijdend gedrag.',
      'Seksueel misbruik waarbij herhaling een reëel risico is, geldt als acute onveiligheid. Bel bij direct gevaar 112 en neem contact op met Veilig Thuis via 0800-2000.',
      'Gaat het vermoeden over een medewerker van school? Dan geldt niet de meldcode maar een aparte route via het bevoegd gezag.',
    ),
    sectors: [],
    keywords: ['misbruik', 'seksueel', 'aanranding', 'ontucht', 'grensoverschrijdend', 'zedendelict', 'seksueel geweld', 'misbruikt'],
    source: Sources.leraar24Herkennen,
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
    source: Sources.adocProtocol,
  },
  {
    id: 'huiselijk-geweld',
    title: 'Wat is huiselijk geweld?',
    summary:
      'Huiselijk geweld is geweld door iemand uit de huiselijke kring: een (ex-)partner, ouder, kind, ander familielid of huisgenoot. Veilig Thuis is het advies- en meldpunt voor geweld in afhankelijkheidsrelaties.',
    body: lines(
      'Huiselijk geweld kan lichamelijk, psychisch of seksueel zijn, en kan bestaan uit bedreiging, stalking of verwaarlozing. Het gebeurt tussen mensen die van elkaar afhankelijk zijn. Een groot deel van de meldingen bij Veilig Thuis gaat over geweld tussen (ex-)partners.',
      'Langdurige stalking binnen een relatie die steeds erger wordt, is een voorbeeld van structurele onveiligheid.',
      'Ben je bezorgd? Je kunt burger of professional zijn: Veilig Thuis is gratis en 24/7 bereikbaar via 0800-2000. Bij acuut gevaar bel je 112.',
    ),
    sectors: [],
    keywords: ['partnergeweld', 'relatiegeweld', 'geweld thuis', 'ex-partner', 'stalking', 'afhankelijkheidsrelatie', 'gia', 'definitie', 'betekenis'],
    source: Sources.veiligThuisZuidLimburg,
  },
  {
    id: 'ouderenmishandeling',
    title: 'Ouderenmishandeling',
    summary:
      'Ook ouderen kunnen slachtoffer worden van geweld of verwaarlozing door iemand van wie ze afhankelijk zijn. Veilig Thuis geeft hierover advies en neemt meldingen aan.',
    body: lines(
      'Ouderenmishandeling is een vorm van geweld in een afhankelijkheidsrelatie, bijvoorbeeld door een mantelzorger, familielid of partner.',
      'De meldcode geldt ook in de ouderenzorg. De stappen zijn dezelfde: signalen vastleggen, overleggen met een collega of Veilig Thuis, in gesprek gaan, wegen en beslissen.',
      'Twijfel je? Bel Veilig Thuis voor advies: 0800-2000 (gratis, 24/7). Bij acuut gevaar: 112.',
    ),
    sectors: ['zorg', 'wijkteam'],
    keywords: ['ouderen', 'oudere', 'bejaarde', 'opa', 'oma', 'mantelzorg', 'ontspoorde zorg', 'ouderenzorg'],
    source: Sources.veiligThuisZuidLimburg,
  },
  {
    id: 'eergerelateerd-geweld',
    title: 'Eergerelateerd geweld',
    summary:
      'Bij eergerelateerd geweld wordt geweld gebruikt om de eer van de familie te herstellen of te beschermen. Overleg bij een vermoeden altijd met Veilig Thuis voordat je iets met de familie bespreekt.',
    body: lines(
      'Eergerelateerd geweld valt onder huiselijk geweld en dus ook onder de meldcode. De situatie kan snel escaleren.',
      'Een gesprek met betrokkenen (stap 3) mag je overslaan als dat de veiligheid van het slachtoffer, van jou of van anderen in gevaar brengt. Bij eergerelateerd geweld is dat een reële overweging. Bespreek daarom eerst met Veilig Thuis hoe je verdergaat.',
      'Is er acuut gevaar? Bel 112. Voor advies: Veilig Thuis, 0800-2000 (gratis, dag en nacht).',
    ),
    sectors: [],
    keywords: ['eer', 'eerwraak', 'familie-eer', 'uithuwelijking', 'huwelijksdwang', 'eergerelateerd'],
    source: Sources.signalenkaart,
  },
];
