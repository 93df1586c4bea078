import { PhoneNumbers } from '../../domain/constants.js';
import type { ExplicitQuestion } from '../../domain/understanding/worry.js';
import type { Language } from '../../domain/understanding/language.js';
import type { QuestionType } from '../../domain/understanding/questionType.js';

const { emergency, veiligThuis } = PhoneNumbers;

export const KnowledgeTexts = {
  noMatch: 'Daar heb ik geen goed antwoord op. Wil je de meldcode-stappen doorlopen, of je vraag aan een adviseur van Veilig Thuis stellen?',
  noMatchTitle: 'Geen passend antwoord gevonden',
  articleGone: 'Dit artikel bestaat niet meer. Stel je vraag opnieuw.',
  safetyLine: `Acuut gevaar? Bel ${emergency}. Twijfel of zorgen? Veilig Thuis: ${veiligThuis} (gratis, 24/7).`,
  worryTitle: 'Wat ik lees',
  stepTitle: 'Wat nu past',
  startWalk: 'Meldcode-stappen doorlopen',
  resumeWalk: 'Verder met de meldcode',
  askAdvice: 'Advies vragen aan Veilig Thuis',
  readAlso: (title: string) => `Lees ook: ${title}`,
  readAnswer: (title: string) => `Lees het hele antwoord: ${title}`,
  /** Instead of the step-3 answer when the signals call for Veilig Thuis first (sexual abuse, honour-related violence). */
  notTheFamilyFirst: 'Bespreek het nu niet eerst met de ouders of de familie: bij deze signalen kan dat het gevaar vergroten. Vraag eerst advies aan Veilig Thuis; zij denken mee over wie wanneer wat hoort.',
  onYourQuestion: 'Op je vraag',
  onYourOtherQuestion: 'Op je andere vraag',
  /** Said when the best article gives another kind of answer than the question asks for. */
  otherKindOfAnswer: (asked: QuestionType) =>
    `Dit artikel geeft geen direct antwoord op ${QuestionKinds[asked]}; het gaat over het onderwerp van je vraag. Twijfel je wat je moet doen? Vraag advies aan Veilig Thuis (${veiligThuis}).`,
  answerToQuestion: {
    'keep-secret':
      'Beloof geen geheimhouding, en zeg eerlijk met wie je overlegt en wat je gaat doen. Advies vragen aan Veilig Thuis kan zonder namen te noemen. Ook met een beroepsgeheim mag je zonder toestemming melden (meldrecht); je probeert wel eerst toestemming te krijgen en vertelt het de persoon, tenzij de veiligheid dat niet toelaat.',
    'is-it-abuse':
      'Of het mishandeling of verwaarlozing is, hoef je niet zelf vast te stellen: de meldcode vraagt geen bewijs. Leg vast wat erop wijst en wat het tegenspreekt, en weeg het samen met je aandachtsfunctionaris; bij twijfel denkt Veilig Thuis mee.',
    'talk-to-family':
      'Een gesprek met de ouders of de cliënt hoort bij stap 3 van de meldcode, na vastleggen en overleg: leg uit waarom, noem wat je zag en vraag hun reactie. Sla het gesprek over als het de veiligheid van het kind, van iemand anders of van jou in gevaar brengt, of als het contact dan verbroken kan worden; vraag dan eerst advies aan Veilig Thuis.',
    'should-act':
      'Moet je hier iets mee? Ja. Een zorg over de veiligheid van een kind of volwassene neem je altijd serieus: de meldcode vraagt je om wat je ziet vast te leggen en erover te overleggen. Dat is nog geen melding, en je hoeft niet zeker te zijn.',
    'should-report':
      'Melden hoeft nu nog niet vast te staan. Eerst leg je vast wat je ziet en overleg je; Veilig Thuis denkt mee of een melding nodig is. Bij acute of structurele onveiligheid meld je wel altijd.',
    'may-share':
      'Met Veilig Thuis mag je informatie delen, ook zonder toestemming en met een beroepsgeheim: het meldrecht geldt voor een melding en als Veilig Thuis jou om informatie vraagt. Deel alleen wat nodig is, probeer eerst toestemming te krijgen en vertel het de persoon, tenzij de veiligheid dat niet toelaat. Met anderen, zoals het wijkteam, deel je in principe met toestemming. Advies vragen kan altijd zonder namen.',
    'who-to-call': `Voor overleg: je aandachtsfunctionaris of intern begeleider. Voor advies of een melding: Veilig Thuis, ${veiligThuis} (gratis, 24/7). Bij direct gevaar: ${emergency}.`,
    'what-to-do': 'Hieronder staat de stap die nu past. De meldcode-stappen helpen je daarna verder, met je signalen al ingevuld.',
  } satisfies Record<ExplicitQuestion, string>,
  control: {
    thanks: 'Graag gedaan. Stel gerust nog een vraag, of typ "help" om te zien wat ik kan.',
    whoAreYou:
      'Ik ben een digitale assistent van Veilig Thuis, geen mens. Ik zoek antwoorden in vaste, gecontroleerde teksten en loop de meldcode met je door. Wil je met een mens overleggen? Vraag advies aan Veilig Thuis.',
    ok: 'Prima. Typ je volgende vraag in gewone woorden, of typ "help" om te zien wat ik kan.',
    nothingToStop: 'Er loopt nu niets om te stoppen of te annuleren. Typ "help" om te zien wat ik kan.',
    nothingToGoBackTo: 'Er is geen vorige stap om naar terug te gaan. Typ "help" om te zien wat ik kan.',
    walkOpenStop: 'Je meldcode-stappen staan nog open. Wil je ze stoppen?',
    walkOpenBack: 'Je meldcode-stappen staan nog open. Met "Verder met de meldcode" zie je de vraag waar je was; op die kaart kun je ook een stap terug.',
    stopWalk: 'Ja, stoppen',
    noQuestionOpen: 'Ik heb nu geen vraag openstaan waar dit een antwoord op is. Stel je vraag in een zin, of typ "help".',
  },
  foreign: {
    en: `I only work in Dutch. In acute danger, call ${emergency}. For advice or to report a concern, call Veilig Thuis: ${veiligThuis} (free, 24/7); as a professional you can ask for advice without naming the people involved. Organisations in health care, education, childcare, social support and youth care must use a reporting code (meldcode).`,
    de: `Ich arbeite nur auf Niederländisch. Bei akuter Gefahr rufen Sie ${emergency} an. Veilig Thuis (Beratung und Meldung): ${veiligThuis} (kostenlos, rund um die Uhr).`,
    fr: `Je fonctionne uniquement en néerlandais. En cas de danger immédiat, appelez le ${emergency}. Veilig Thuis (conseil et signalement) : ${veiligThuis} (gratuit, 24h/24).`,
    es: `Solo funciono en neerlandés. En caso de peligro inmediato, llame al ${emergency}. Veilig Thuis (consejo y denuncia): ${veiligThuis} (gratis, 24 horas).`,
    pl: `Działam tylko po niderlandzku. W nagłym niebezpieczeństwie dzwoń pod ${emergency}. Veilig Thuis (porada i zgłoszenie): ${veiligThuis} (bezpłatnie, całą dobę).`,
    tr: `Sadece Hollandaca çalışıyorum. Acil tehlikede ${emergency} arayın. Veilig Thuis (danışma ve bildirim): ${veiligThuis} (ücretsiz, 7/24).`,
    ar: `أعمل باللغة الهولندية فقط. في حالة الخطر الفوري اتصل بالرقم ${emergency}. Veilig Thuis (استشارة وإبلاغ): ${veiligThuis} (مجاني، على مدار الساعة).`,
    other: `I only work in Dutch. In acute danger, call ${emergency}. Veilig Thuis: ${veiligThuis} (free, 24/7). Ik werk alleen in het Nederlands.`,
  } satisfies Record<Exclude<Language, 'nl'>, string>,
} as const;

const QuestionKinds: Record<QuestionType, string> = {
  'wat-moet-ik-doen': 'de vraag wat je nu moet doen',
  'wat-is': 'de vraag wat het is of hoe je het herkent',
  'mag-ik': 'de vraag of het mag',
  'moet-ik': 'de vraag of het moet',
  'wie-waar-hoe': 'de vraag wie je waar bereikt',
};
