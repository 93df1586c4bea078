import type { FlowChoice, FlowNode } from '../types.js';
import { vtPhone, youSaid } from '../texts.js';

const adviceAsked = youSaid('dat je Veilig Thuis om advies hebt gevraagd.');

/** Step 2 (collegiale consultatie, advies Veilig Thuis) and step 3 (gesprek met de betrokkene(n)). */

interface Role {
  id: string;
  label: string;
}

/** Consultation partners by role, never by name (brief §2: spilfiguren per sector). */
const roles = {
  onderwijs: [
    { id: 'ib', label: 'Intern begeleider (po)' },
    { id: 'zorgcoordinator', label: 'Zorgcoördinator (vo)' },
    { id: 'slb', label: 'Studieloopbaanbegeleider (mbo)' },
    { id: 'decaan', label: 'Decaan of psycholoog (ho)' },
    { id: 'af', label: 'Aandachtsfunctionaris' },
  ],
  kinderopvang: [
    { id: 'af', label: 'Aandachtsfunctionaris' },
    { id: 'manager', label: 'Leidinggevende of locatiemanager' },
    { id: 'coach', label: 'Pedagogisch beleidsmedewerker of coach' },
  ],
  wijkteam: [
    { id: 'af', label: 'Aandachtsfunctionaris' },
    { id: 'colleague', label: 'Ervaren collega uit het wijkteam' },
    { id: 'gw', label: 'Gedragswetenschapper' },
  ],
  default: [
    { id: 'af', label: 'Aandachtsfunctionaris' },
    { id: 'colleague', label: 'Deskundige collega' },
  ],
} satisfies Record<string, Role[]>;

const consultedRecord = (role: Role): string => youSaid(`dat je de signalen besprak met: ${role.label.toLowerCase()}.`);

function consultChoices(list: Role[]): FlowChoice[] {
  return [
    ...list.map((role) => ({ id: role.id, label: role.label, next: 'vt-advice', recordAs: consultedRecord(role) })),
    {
      id: 'not-yet',
      label: 'Nog met niemand — ik doe dat nu eerst',
      next: 'consult-now',
    },
  ];
}

function consultNowChoices(list: Role[]): FlowChoice[] {
  return [
    ...list.map((role) => ({
      id: role.id,
      label: `Gedaan met: ${role.label.toLowerCase()}`,
      next: 'vt-advice',
      recordAs: consultedRecord(role),
    })),
    {
      id: 'later',
      label: 'Lukt nu niet — ik ga verder en overleg later',
      next: 'vt-advice',
      recordAs: youSaid('dat de collegiale consultatie nog niet gedaan is; die staat nog open.'),
    },
  ];
}

const consultExplanation =
  'Bespreek de signalen met iemand die verstand heeft van huiselijk geweld en kindermishandeling. ' +
  'Leg vast met wie (de functie, geen naam), wat jullie bespraken en wanneer.';

export const consultNode: FlowNode = {
  id: 'consult',
  step: 2,
  title: 'Collegiale consultatie',
  question: 'Met wie heb je de signalen besproken?',
  explanation: consultExplanation,
  choices: consultChoices(roles.default),
  variants: {
    onderwijs: {
      explanation: `${consultExplanation} Op school is dat meestal de intern begeleider, de zorgcoördinator of de aandachtsfunctionaris.`,
      choices: consultChoices(roles.onderwijs),
    },
    kinderopvang: {
      explanation: `${consultExplanation} In de opvang is dat meestal de aandachtsfunctionaris of je leidinggevende.`,
      choices: consultChoices(roles.kinderopvang),
    },
    wijkteam: { choices: consultChoices(roles.wijkteam) },
  },
};

export const consultNowNode: FlowNode = {
  id: 'consult-now',
  step: 2,
  title: 'Eerst overleggen',
  question: 'Bespreek de signalen nu eerst met een collega. Met wie heb je overlegd?',
  explanation:
    'Vertel wat je zag of hoorde en wat je daarover denkt, en vraag wat de ander ziet. ' +
    'Kom daarna terug en kies de functie van degene met wie je sprak.',
  choices: consultNowChoices(roles.default),
  variants: {
    onderwijs: { choices: consultNowChoices(roles.onderwijs) },
    kinderopvang: { choices: consultNowChoices(roles.kinderopvang) },
    wijkteam: { choices: consultNowChoices(roles.wijkteam) },
  },
};

export const vtAdviceNode: FlowNode = {
  id: 'vt-advice',
  step: 2,
  title: 'Advies van Veilig Thuis',
  question: 'Heb je Veilig Thuis om advies gevraagd?',
  explanation:
    'Advies vragen kan bij elke stap, ook als je nog twijfelt, en je kunt de situatie anoniem voorleggen. ' +
    `Na een advies blijf je zelf verantwoordelijk voor de volgende stappen. ${vtPhone}.`,
  choices: [
    { id: 'yes', label: 'Ja, ik heb advies gevraagd', next: 'talk', recordAs: adviceAsked },
    {
      id: 'not-needed',
      label: 'Nee, het collegiaal overleg gaf genoeg duidelijkheid',
      next: 'talk',
      recordAs: youSaid('dat je Veilig Thuis niet om advies vroeg, omdat het collegiaal overleg genoeg duidelijkheid gaf.'),
    },
    { id: 'not-yet', label: 'Nog niet — ik doe dat nu eerst', next: 'vt-advice-now' },
  ],
};

export const vtAdviceNowNode: FlowNode = {
  id: 'vt-advice-now',
  step: 2,
  title: 'Eerst advies vragen',
  question: 'Bel Veilig Thuis en vraag als professional om advies. Is dat gelukt?',
  explanation:
    `${vtPhone}. Je hoeft geen namen te noemen. ` +
    'Noteer daarna in het dossier wat het advies was en wanneer je het kreeg.',
  choices: [
    { id: 'done', label: 'Advies gevraagd — verder', next: 'talk', recordAs: adviceAsked },
    {
      id: 'later',
      label: 'Lukt nu niet — ik ga verder en vraag het later',
      next: 'talk',
      recordAs: youSaid('dat je Veilig Thuis nog niet om advies vroeg; dat staat nog open.'),
    },
  ],
};

const talkExplanation =
  'Leg uit waarom je het gesprek voert, vertel wat je zag of hoorde, vraag om een reactie en trek pas daarna een conclusie. ' +
  'Het gesprek overslaan mag alleen vanwege de veiligheid van de cliënt, van jezelf of van anderen, ' +
  'of als er een reëel risico is dat het contact dan wordt verbroken.';

const talkDone = youSaid('dat het gesprek met de betrokkene(n) gevoerd is.');

export const talkNode: FlowNode = {
  id: 'talk',
  step: 3,
  title: 'Gesprek met de betrokkene(n)',
  question: 'Heb je je zorgen besproken met de betrokkene(n): de cliënt, de ouders en/of het kind?',
  explanation: talkExplanation,
  choices: [
    { id: 'done', label: 'Ja, het gesprek is gevoerd', next: 'afweging-1', recordAs: talkDone },
    { id: 'not-yet', label: 'Nog niet — ik doe dat nu eerst', next: 'talk-now' },
    { id: 'skipped', label: 'Nee, overgeslagen vanwege de veiligheid', next: 'talk-skip-reason' },
  ],
  variants: {
    onderwijs: {
      question: 'Heb je je zorgen besproken met de ouders, en met de leerling als dat past bij de leeftijd?',
    },
    kinderopvang: {
      question: 'Heb je je zorgen besproken met de ouders, bijvoorbeeld bij het brengen of halen of in een apart gesprek?',
    },
  },
};

export const talkNowNode: FlowNode = {
  id: 'talk-now',
  step: 3,
  title: 'Eerst het gesprek',
  question: 'Voer het gesprek nu eerst. Hoe is het gegaan?',
  explanation:
    'Bereid het gesprek voor met je aandachtsfunctionaris of een collega als je dat prettig vindt. ' +
    'Schrijf daarna op hoe de betrokkene(n) reageerden.',
  choices: [
    { id: 'done', label: 'Het gesprek is gevoerd — verder', next: 'afweging-1', recordAs: talkDone },
    { id: 'unsafe', label: 'Het gesprek blijkt niet veilig mogelijk', next: 'talk-skip-reason' },
  ],
};

const skipRecord = (reason: string): string => youSaid(`dat je het gesprek met de betrokkene(n) niet voert vanwege ${reason}.`);

export const talkSkipReasonNode: FlowNode = {
  id: 'talk-skip-reason',
  step: 3,
  title: 'Reden om het gesprek over te slaan',
  question: 'Om welke reden voer je het gesprek niet?',
  explanation: 'Alleen deze redenen zijn een grond om het gesprek over te slaan. Leg de reden vast in het dossier.',
  choices: [
    {
      id: 'client-safety',
      label: 'De veiligheid van het kind of de cliënt',
      next: 'afweging-1',
      recordAs: skipRecord('de veiligheid van het kind of de cliënt'),
    },
    {
      id: 'own-safety',
      label: 'Mijn eigen veiligheid of die van collega’s',
      next: 'afweging-1',
      recordAs: skipRecord('de veiligheid van de professional'),
    },
    {
      id: 'others-safety',
      label: 'De veiligheid van anderen',
      next: 'afweging-1',
      recordAs: skipRecord('de veiligheid van anderen'),
    },
    {
      id: 'contact-risk',
      label: 'Een reëel risico dat de cliënt of het gezin het contact verbreekt',
      next: 'afweging-1',
      recordAs: skipRecord('een reëel risico dat het contact wordt verbroken'),
    },
    { id: 'none', label: 'Geen van deze redenen', next: 'talk-needed' },
  ],
};

export const talkNeededNode: FlowNode = {
  id: 'talk-needed',
  step: 3,
  title: 'Het gesprek hoort erbij',
  question: 'Zonder een van die redenen voer je het gesprek wel. Is het gesprek gevoerd?',
  explanation: 'Je kunt het samen met je aandachtsfunctionaris of een collega voorbereiden of voeren.',
  choices: [
    { id: 'done', label: 'Ja, het gesprek is gevoerd — verder', next: 'afweging-1', recordAs: talkDone },
    {
      id: 'later',
      label: 'Nog niet — ik ga verder en voer het gesprek later',
      next: 'afweging-1',
      recordAs: youSaid('dat het gesprek met de betrokkene(n) nog niet gevoerd is; dat staat nog open.'),
    },
  ],
};
