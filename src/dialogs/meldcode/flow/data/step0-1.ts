import type { FlowChoice, FlowNode } from '../types.js';

/** Step 0 (acute danger) and step 1 (signalen in kaart brengen, Kindcheck, school-employee track). */

function acuteChoices(nextOnNo: string): FlowChoice[] {
  return [
    {
      id: 'yes',
      label: 'Ja, er is nu iemand in gevaar',
      next: 'ACUTE',
      recordAs: 'Acuut gevaar: ja, eerst hulpdiensten en Veilig Thuis ingeschakeld.',
    },
    { id: 'no', label: 'Nee', next: nextOnNo, recordAs: 'Acuut gevaar: nee.' },
  ];
}

export const acuteNode: FlowNode = {
  id: 'acute',
  step: 0,
  title: 'Eerst: is er acuut gevaar?',
  question: 'Is er nu iemand in acuut gevaar?',
  explanation:
    'Denk aan iemand die ernstig gewond is, die met een wapen wordt bedreigd, of die vandaag niet veilig naar huis kan. ' +
    'Veiligheid gaat dan voor alle stappen van de meldcode.',
  choices: acuteChoices('signals'),
  variants: {
    onderwijs: { choices: acuteChoices('school-employee') },
    wijkteam: { choices: acuteChoices('kindcheck') },
    zorg: { choices: acuteChoices('kindcheck') },
  },
};

export const schoolEmployeeNode: FlowNode = {
  id: 'school-employee',
  step: 1,
  sectors: ['onderwijs'],
  title: 'Om wie gaat je zorg?',
  question: 'Gaat je vermoeden over iemand die op school werkt?',
  explanation:
    'Bijvoorbeeld een leraar, onderwijsassistent, conciërge of een andere medewerker van de school. ' +
    'Voor die situatie geldt een aparte route, buiten de meldcode.',
  choices: [
    {
      id: 'yes',
      label: 'Ja, het gaat om een medewerker van de school',
      next: 'SCHOOL_EMPLOYEE',
      recordAs: 'Het vermoeden betreft een medewerker van de school: aparte route via het bevoegd gezag.',
    },
    {
      id: 'no',
      label: 'Nee, het gaat om de thuissituatie of iemand buiten de school',
      next: 'signals',
      recordAs: 'Het vermoeden betreft geen medewerker van de school.',
    },
  ],
};

export const kindcheckNode: FlowNode = {
  id: 'kindcheck',
  step: 1,
  sectors: ['wijkteam', 'zorg'],
  title: 'Kindcheck',
  question:
    'Wonen er minderjarige kinderen bij je cliënt, of zijn er kinderen die van je cliënt afhankelijk zijn? ' +
    'Tel ook kinderen van een partner mee en een zwangerschap.',
  explanation:
    'De Kindcheck hoort bij stap 1 als je met volwassen cliënten werkt. Hij is vooral belangrijk als de situatie van je cliënt ' +
    'kinderen ernstig kan schaden, bijvoorbeeld bij verslaving, ernstige psychische problemen of geweld in huis. ' +
    'Zijn er geen zorgen om de kinderen, leg dan vast hoeveel kinderen er zijn, hoe oud ze zijn en wie voor hen zorgt.',
  choices: [
    {
      id: 'yes',
      label: 'Ja',
      next: 'signals',
      recordAs: 'Kindcheck: er zijn kinderen in het huishouden of afhankelijk van de cliënt (of er is een zwangerschap).',
    },
    {
      id: 'no',
      label: 'Nee',
      next: 'signals',
      recordAs: 'Kindcheck: geen minderjarige kinderen in het huishouden of afhankelijk van de cliënt.',
    },
    {
      id: 'client-is-minor',
      label: 'Mijn cliënt is zelf een jongere',
      next: 'signals',
      recordAs: 'Kindcheck: de cliënt is een jongere; nagaan of er jongere broers of zussen thuis wonen.',
    },
    {
      id: 'unknown',
      label: 'Weet ik nog niet',
      next: 'signals',
      recordAs: 'Kindcheck: nog na te vragen bij de cliënt.',
    },
  ],
};

const disclosureChoice = (label: string): FlowChoice => ({
  id: 'disclosure',
  label,
  next: 'DISCLOSURE',
  recordAs: 'Soort signaal: iemand vertelt zelf over geweld of misbruik (disclosure).',
});

const signalChoices = (disclosureLabel: string, extra: FlowChoice[] = []): FlowChoice[] => [
  {
    id: 'injury',
    label: 'Lichamelijk letsel, zoals blauwe plekken of brandwonden',
    next: 'consult',
    recordAs: 'Soort signaal: lichamelijk letsel.',
  },
  {
    id: 'behaviour',
    label: 'Gedrag of een verandering daarin, zoals teruggetrokken, angstig of agressief',
    next: 'consult',
    recordAs: 'Soort signaal: gedrag of gedragsverandering.',
  },
  {
    id: 'neglect',
    label: 'Verwaarlozing, zoals te weinig eten, verzorging, kleding of medische zorg',
    next: 'consult',
    recordAs: 'Soort signaal: verwaarlozing.',
  },
  {
    id: 'sexual',
    label: 'Seksueel getint gedrag of een vermoeden van seksueel misbruik',
    next: 'consult',
    recordAs: 'Soort signaal: seksueel getint gedrag of vermoeden van seksueel misbruik.',
  },
  {
    id: 'domestic',
    label: 'Huiselijk geweld in het gezin, ook als een kind het alleen ziet of hoort',
    next: 'consult',
    recordAs: 'Soort signaal: huiselijk geweld in het gezin.',
  },
  ...extra,
  disclosureChoice(disclosureLabel),
];

const parentConcernChoice: FlowChoice = {
  id: 'parent-situation',
  label: 'Zorgen over de situatie van een ouder, zoals verslaving of psychische problemen',
  next: 'consult',
  recordAs: 'Soort signaal: de situatie van een ouder kan de kinderen schaden.',
};

export const signalsNode: FlowNode = {
  id: 'signals',
  step: 1,
  title: 'Signalen in kaart brengen',
  question: 'Welk signaal weegt voor jou nu het zwaarst?',
  explanation:
    'Eén signaal bewijst nog niets. Schrijf op wat je zelf zag of hoorde, met de datum, en van wie informatie van anderen komt. ' +
    'Wat je ervan denkt, noteer je apart als interpretatie. Kies hieronder wat het meest op de voorgrond staat.',
  choices: signalChoices('Het kind of de cliënt vertelt zelf over geweld of misbruik (disclosure)'),
  variants: {
    onderwijs: {
      question: 'Welk signaal bij de leerling weegt voor jou nu het zwaarst?',
      explanation:
        'Eén signaal bewijst nog niets. Let ook op verzuim, te laat komen of dalende resultaten. ' +
        'Schrijf op wat je zelf zag of hoorde, met de datum, en van wie informatie van anderen komt. ' +
        'Wat je ervan denkt, noteer je apart als interpretatie.',
      choices: signalChoices('De leerling vertelt zelf over geweld of misbruik (disclosure)'),
    },
    wijkteam: {
      choices: signalChoices('Het kind of de cliënt vertelt zelf over geweld of misbruik (disclosure)', [
        parentConcernChoice,
      ]),
    },
    zorg: {
      choices: signalChoices('Het kind of de cliënt vertelt zelf over geweld of misbruik (disclosure)', [
        parentConcernChoice,
      ]),
    },
  },
};
