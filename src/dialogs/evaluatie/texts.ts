/** Every sentence of the joint evaluations: casuïstiek per period and the yearly evaluatiegesprek (nl-NL). */
import type { ProposalReason } from '../../domain/evaluation/evaluation.js';
export { OwnerLabels, ThemeLabels } from '../../domain/evaluation/evaluation.js';

export const ReasonLabels: Record<ProposalReason, string> = {
  returned: 'teruggelegd bij Veilig Thuis',
  escalated: 'opgeschaald voorbij de eerste stap',
  'nieuwe-zorgen': 'nieuwe zorgen bij monitoring',
  'longest-wait': 'lang gewacht op overdracht',
};

const days = (n: number) => `${n} ${n === 1 ? 'dag' : 'dagen'}`;

export const EvaluatieTexts = {
  title: (gemeente: string) => `Evaluatie casuïstiek ${gemeente}`,
  subtitle: (period: string) => `Periode: ${period}`,
  intro:
    'Veilig Thuis en de gemeente kijken samen terug op deze casussen en leggen vast wat ze ervan leren. Bespreek ze aan de routeertafel; leg per les het thema vast, wat goed ging, wat beter kan en eventueel een afspraak.',
  proposedHeading: 'Voorgestelde casussen',
  proposedNone: 'In deze periode viel geen casus op: niets teruggelegd, opgeschaald of met nieuwe zorgen. Lessen over de samenwerking kun je wel vastleggen.',
  proposedLine: (reference: string, reasons: string[], waitDays: number | undefined) =>
    `**${reference}** · ${reasons.join(', ')}${waitDays !== undefined ? ` · ${days(waitDays)} van melding tot overdracht` : ''}`,
  lessonsHeading: (n: number) => `Lessen (${n})`,
  lessonsNone: 'Nog geen lessen vastgelegd.',
  lessonsEarlier: (n: number) => `${n} eerdere ${n === 1 ? 'les staat' : 'lessen staan'} in het dashboard.`,
  lessonTitle: (number: number, theme: string) => `**${number}. ${theme}**`,
  wentWell: (s: string) => `Ging goed: ${s}`,
  toImprove: (s: string) => `Kan beter: ${s}`,
  agreementOpen: (text: string, owner: string, due: string) => `Afspraak: ${text} · ${owner} · uiterlijk ${due} · open`,
  agreementDone: (text: string, owner: string, due: string, byName: string) => `Afspraak: ${text} · ${owner} · uiterlijk ${due} · nagekomen (bevestigd door ${byName})`,
  recordedBy: (byName: string, when: string) => `Vastgelegd door ${byName}, ${when}`,
  footer: 'Schrijf geen namen, adressen, geboortedata of andere gegevens waaraan iemand te herkennen is: noem een casus alleen bij het VT-registratienummer. De bot controleert elke les voordat die wordt opgeslagen.',
  labels: {
    recordTitle: 'Les vastleggen',
    themeLabel: 'Thema',
    themeError: 'Kies een thema.',
    wentWellLabel: 'Wat ging goed',
    toImproveLabel: 'Wat kan beter',
    agreementLabel: 'Afspraak (optioneel)',
    ownerLabel: 'Wie voert de afspraak uit',
    dueLabel: 'Klaar op',
    recordSubmit: 'Les opslaan',
    doneTitle: 'Afspraak nagekomen',
  },
  recordedNotice: (number: number) => `Les ${number} is opgeslagen.`,
  doneNotice: (number: number) => `De afspraak bij les ${number} staat op nagekomen.`,
  notSaved: (problems: string[]) => `Niet opgeslagen. ${problems.join(' ')}`,
  refusals: {
    'unknown-lesson': 'Deze les bestaat niet (meer) op deze kaart.',
    'no-agreement': 'Bij deze les hoort geen afspraak.',
    'already-done': 'Deze afspraak stond al op nagekomen.',
  },
  evaluationUnknown: 'Deze evaluatie is niet (meer) bekend. Typ `evaluatie` in het kanaal van de gemeente voor de actuele kaart.',
  notHere: 'Leg lessen vast in het kanaal van deze gemeente of in het kanaal van Veilig Thuis.',
  onlyInChannel: 'Typ `evaluatie` in het kanaal van een gemeente, of `evaluatie <gemeente>` in het kanaal van Veilig Thuis.',
  unknownGemeente: (named: string) => `Ik ken geen gemeente "${named}" in deze regio.`,

  reminderTitle: (gemeente: string) => `Afspraak uit de evaluatie van ${gemeente} staat nog open`,
  reminderText: (text: string, owner: string, due: string, period: string) =>
    `Afspraak: ${text}\n\nUitvoerder: ${owner}. Afgesproken voor ${due}, bij de evaluatie over ${period}. Is hij nagekomen? Zet hem dan op nagekomen op de evaluatiekaart (typ \`evaluatie\`).`,
  coordinatorsTitle: (gemeente: string) => `Afspraak uit de evaluatie van ${gemeente} is over de datum`,
  report: (period: string, sent: string[], failed: string[]) =>
    `Evaluatie casuïstiek over ${period}: ${sent.length > 0 ? `de evaluatiekaarten staan in de kanalen van ${sent.join(', ')}.` : 'er is geen gemeentekanaal gekoppeld.'}${failed.length > 0 ? ` Niet gelukt voor ${failed.join(', ')}: de bot probeert het opnieuw.` : ''}`,

  yearSummary: (gemeente: string) => `Jaarevaluatie samenwerking ${gemeente}`,
  yearTitle: (gemeente: string, year: string) => `Jaarevaluatie samenwerking ${gemeente} (${year})`,
  yearIntro: (from: string, to: string) =>
    `Voor het evaluatiegesprek over de samenwerkingsafspraken: de cijfers van ${from} tot en met ${to} uit het dashboard, en de afspraken uit de evaluaties van casuïstiek die nog openstaan. Aantallen onder de 5 staan als "< 5".`,
  yearFacts: {
    handovers: 'Overdrachten',
    returned: 'Teruggelegd',
    meldingToHandover: 'Mediaan dagen melding → overdracht',
    handoverToConfirmation: 'Mediaan dagen overdracht → bevestiging',
    onTime: 'Bevestigd binnen 7 dagen',
    warm: 'Warme overdracht (driegesprek)',
    escalated: 'Opgeschaald voorbij de eerste stap',
    geborgd: 'Monitoring: geborgd',
    nieuweZorgen: 'Monitoring: nieuwe zorgen',
    werkvoorraad: 'Nu in de werkvoorraad van Veilig Thuis',
    lessons: 'Lessen uit de evaluaties van casuïstiek',
  },
  notShown: '–',
  yearAgreementsHeading: (n: number) => (n === 0 ? 'Er staan geen afspraken open.' : `Open afspraken (${n})`),
  yearAgreementLine: (text: string, owner: string, due: string, overdue: boolean) => `${text} · ${owner} · uiterlijk ${due}${overdue ? ' · over de datum' : ''}`,
  yearReport: (year: string, sent: string[]) =>
    `Jaarevaluatie ${year}: ${sent.length > 0 ? `de kaarten staan in de kanalen van ${sent.join(', ')}.` : 'er is geen gemeentekanaal gekoppeld.'}`,
  yearFooter: 'Alleen aantallen en de afspraken uit de evaluaties: geen namen en geen casussen. De cijfers per maand en per week staan in het dashboard.',
  yearOnlyInChannel: 'Typ `jaarevaluatie` in het kanaal van een gemeente, of `jaarevaluatie <gemeente>` in het kanaal van Veilig Thuis.',
} as const;
