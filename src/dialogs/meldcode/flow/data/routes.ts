import type { FlowNode } from '../types.js';
import { emergencyLine, youSaid } from '../texts.js';

/**
 * Questions of the special routes (brief §7): a suspect who works in the organisation, forms of
 * violence where Veilig Thuis comes before the family, and suicide or self-harm.
 */

export const colleagueOrgNode: FlowNode = {
  id: 'colleague-org',
  step: 1,
  sectors: ['anders'],
  title: 'Vermoeden over iemand die in een organisatie werkt',
  question: 'In wat voor organisatie werkt deze persoon?',
  explanation: 'Elke sector heeft een eigen route. Die volg je in plaats van de meldcode.',
  choices: [
    { id: 'onderwijs', label: 'Een school of onderwijsinstelling', next: 'school-level', recordAs: youSaid('dat de persoon in het onderwijs werkt.') },
    { id: 'kinderopvang', label: 'Kinderopvang: kinderdagverblijf, bso, peuteropvang of gastouderopvang', next: 'houder-suspect', recordAs: youSaid('dat de persoon in de kinderopvang werkt.') },
    { id: 'zorg', label: 'Zorg: ggz, gehandicaptenzorg, ouderenzorg of ziekenhuis', next: 'COLLEAGUE_ZORG', recordAs: youSaid('dat de persoon in de zorg werkt.') },
    { id: 'jeugdhulp', label: 'Jeugdhulp', next: 'COLLEAGUE_JEUGDHULP', recordAs: youSaid('dat de persoon in de jeugdhulp werkt.') },
    { id: 'other', label: 'Een andere organisatie', next: 'COLLEAGUE_OTHER', recordAs: youSaid('dat de persoon in een andere organisatie werkt.') },
  ],
};

export const schoolLevelNode: FlowNode = {
  id: 'school-level',
  step: 1,
  sectors: ['onderwijs', 'anders'],
  title: 'Vermoeden over iemand die op school werkt',
  question: 'In welk soort onderwijs werkt deze persoon?',
  explanation: 'De meld- en aangifteplicht via het schoolbestuur geldt in het primair en voortgezet onderwijs en het mbo.',
  choices: [
    {
      id: 'po-vo-mbo',
      label: 'Primair onderwijs, voortgezet onderwijs of mbo',
      next: 'SCHOOL_EMPLOYEE',
      recordAs: youSaid('dat de persoon werkt in het primair of voortgezet onderwijs of het mbo.'),
    },
    {
      id: 'ho',
      label: 'Hoger onderwijs: hbo of universiteit',
      next: 'COLLEAGUE_HIGHER_ED',
      recordAs: youSaid('dat de persoon werkt in het hoger onderwijs.'),
    },
  ],
};

export const houderSuspectNode: FlowNode = {
  id: 'houder-suspect',
  step: 1,
  sectors: ['kinderopvang', 'anders'],
  title: 'Vermoeden over iemand die in de opvang werkt',
  question: 'Is de houder van de opvang zelf degene over wie je je zorgen maakt?',
  explanation: 'De houder is de eigenaar of het bestuur van de opvang. Bij een gastouder is dat het gastouderbureau.',
  choices: [
    { id: 'no', label: 'Nee, het gaat om iemand anders', next: 'COLLEAGUE_KINDEROPVANG', recordAs: youSaid('dat het vermoeden niet over de houder gaat.') },
    { id: 'yes', label: 'Ja, het gaat om de houder', next: 'COLLEAGUE_KO_HOUDER', recordAs: youSaid('dat het vermoeden over de houder zelf gaat.') },
  ],
};

export const careKindNode: FlowNode = {
  id: 'care-kind',
  step: 1,
  sectors: ['zorg'],
  title: 'Vermoeden over iemand die in je organisatie werkt',
  question: 'Werkt deze persoon in de zorg of in de jeugdhulp?',
  choices: [
    { id: 'zorg', label: 'In de zorg: ggz, gehandicaptenzorg, ouderenzorg of ziekenhuis', next: 'COLLEAGUE_ZORG', recordAs: youSaid('dat de persoon in de zorg werkt.') },
    { id: 'jeugdhulp', label: 'In de jeugdhulp', next: 'COLLEAGUE_JEUGDHULP', recordAs: youSaid('dat de persoon in de jeugdhulp werkt.') },
  ],
};

export const departureNode: FlowNode = {
  id: 'departure',
  step: 1,
  title: 'Eerst Veilig Thuis, niet eerst het gezin',
  question: 'Staat er een vertrek naar het buitenland op stapel?',
  explanation:
    'Bijvoorbeeld een lange vakantie naar het land van herkomst, een reis "deze zomer" of een geboekte vlucht. ' +
    'Een vertrek dat op komst is, maakt de situatie acuut. Bespreek je zorg niet eerst met het gezin of de familie.',
  choices: [
    {
      id: 'hours',
      label: 'Ja, binnen enkele uren',
      next: 'HARMFUL_DEPARTURE_NOW',
      recordAs: youSaid('dat een vertrek naar het buitenland binnen enkele uren kan plaatsvinden; advies: bel 112 en Veilig Thuis.'),
    },
    {
      id: 'soon',
      label: 'Ja, er is een reis gepland of op komst',
      next: 'HARMFUL_DEPARTURE',
      recordAs: youSaid('dat een vertrek naar het buitenland op komst is; advies: bel nu Veilig Thuis.'),
    },
    {
      id: 'no',
      label: 'Nee, of dat weet ik niet',
      next: 'HARMFUL_PRACTICE',
      recordAs: youSaid('dat er geen vertrek naar het buitenland bekend is.'),
    },
  ],
};

export const suicideHomeNode: FlowNode = {
  id: 'suicide-home',
  step: 1,
  title: 'Zelfdoding of zelfbeschadiging: 113 en 112 eerst',
  question: 'Maak je je ook zorgen over de veiligheid thuis, zoals geweld, mishandeling of verwaarlozing?',
  explanation: emergencyLine,
  choices: [
    { id: 'yes', label: 'Ja, het is thuis ook niet veilig', next: 'SUICIDE_UNSAFE_HOME', recordAs: youSaid('dat het thuis ook niet veilig is.') },
    { id: 'no', label: 'Nee', next: 'SUICIDE', recordAs: youSaid('dat er geen zorgen zijn over de veiligheid thuis.') },
    { id: 'unknown', label: 'Weet ik niet', next: 'SUICIDE', recordAs: youSaid('dat niet bekend is of het thuis veilig is.') },
  ],
};
