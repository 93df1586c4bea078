/** Every sentence of the werkvoorraad and its werksessies (nl-NL). */
import type { VtStep } from '../../domain/cases/lifecycle.js';

export const VtStepLabels: Record<VtStep, string> = {
  veiligheidsbeoordeling: 'Veilig Thuis doet de veiligheidsbeoordeling',
  'voorwaarden-en-vervolg': 'Veilig Thuis werkt aan voorwaarden en vervolg',
  onderzoek: 'Veilig Thuis doet onderzoek',
  'gezamenlijke-aanpak': 'Gezamenlijke aanpak van Veilig Thuis en het lokale team',
};

const days = (n: number) => `${n} ${n === 1 ? 'dag' : 'dagen'}`;

export const WerkvoorraadTexts = {
  title: (gemeente: string) => `Werksessie werkvoorraad ${gemeente}`,
  subtitle: (when: string, page: number, of: number) => `Stand ${when}${of > 1 ? ` · kaart ${page} van ${of}` : ''}`,
  intro: (n: number) =>
    `${n} ${n === 1 ? 'casus wacht' : 'casussen wachten'} op inzet van Veilig Thuis voordat ${n === 1 ? 'hij' : 'ze'} naar de gemeente ${n === 1 ? 'kan' : 'kunnen'}. Loop ze samen door: kan de gemeente hulp eerder starten?`,
  empty: (gemeente: string) => `De werkvoorraad van Veilig Thuis voor ${gemeente} is leeg: er wacht geen casus.`,
  counts: (c: { offered: number; accepted: number; declined: number; waiting: number }) =>
    `Hulp versneld starten tot nu toe: ${c.offered} aangeboden, ${c.accepted} geaccepteerd, ${c.declined} afgewezen, ${c.waiting} wacht op Veilig Thuis.`,
  spoed: 'Spoed',
  details: (step: string, waited: number) => `${step} · ${days(waited)} in de werkvoorraad`,
  stepUnknown: 'Veilig Thuis is ermee bezig',
  stateOffered: (who: string, what: string, byName: string) => `Aangeboden door ${byName}: ${who} start ${what}. Wacht op Veilig Thuis.`,
  stateAccepted: (who: string, what: string, byName: string) => `Geaccepteerd door ${byName}: ${who} start ${what}.`,
  stateDeclined: (byName: string, reason: string) => `Afgewezen door ${byName}: ${reason} De gemeente kan een nieuw aanbod doen.`,
  stateLeft: (stageLabel: string) => `Niet meer in de werkvoorraad: ${stageLabel}.`,
  stageLabels: { melding: 'wacht op triage', werkvoorraad: 'in de werkvoorraad', overdracht: 'overgedragen aan de gemeente', monitoring: 'in monitoring', afgesloten: 'afgesloten', raad: 'gemeld bij de Raad voor de Kinderbescherming' },
  footer: 'Alleen het registratienummer en een samenvatting zonder namen. Schrijf bij "wie" een team of organisatie en bij "welke hulp" geen gegevens van de cliënt.',
  labels: {
    offerTitle: 'Hulp versneld starten',
    whoLabel: 'Wie start de hulp (team of organisatie)',
    whoError: 'Zeg wie de hulp start.',
    whatLabel: 'Welke hulp (zonder namen of andere herkenbare gegevens)',
    whatError: 'Zeg welke hulp er start.',
    offerSubmit: 'Aanbieden',
    acceptTitle: 'Accepteren',
    declineTitle: 'Afwijzen',
    reasonLabel: 'Reden (zonder namen of andere herkenbare gegevens)',
    reasonError: 'Geef een reden op.',
    declineSubmit: 'Afwijzen',
  },

  offeredNotice: (reference: string) => `Aanbod voor ${reference} opgeslagen. Veilig Thuis kan het op deze kaart accepteren of afwijzen.`,
  acceptedNotice: (reference: string) => `Aanbod voor ${reference} geaccepteerd.`,
  declinedNotice: (reference: string) => `Aanbod voor ${reference} afgewezen.`,
  offerNoticeTitle: (reference: string, gemeente: string) => `Gemeente ${gemeente} wil hulp versneld starten voor ${reference}`,
  offerNoticeText: 'Accepteer of wijs af op de werksessiekaart in het kanaal van de gemeente.',
  refusals: {
    'not-in-werkvoorraad': 'Deze casus staat niet (meer) in de werkvoorraad van Veilig Thuis.',
    'wrong-side-offer': 'Hulp versneld starten bied je aan als gemeente; Veilig Thuis accepteert of wijst af.',
    'wrong-side-answer': 'Alleen Veilig Thuis accepteert of wijst een aanbod af.',
    'offer-pending': 'Er ligt al een aanbod voor deze casus; Veilig Thuis reageert eerst.',
    'no-offer': 'Er ligt geen aanbod voor deze casus.',
    'already-recorded': 'Hierover is al besloten.',
  },
  notSaved: (problems: string[]) => `Niet opgeslagen: ${problems.join(' ')}`,
  caseUnknown: 'Deze casus staat niet (meer) in het systeem.',
  notHere: (gemeente: string) => `De werksessie van deze casus is in het kanaal van gemeente ${gemeente}.`,

  sessionReport: (week: string, sent: string[], failed: string[]) =>
    [
      `Werksessie ${week.replace(/^(\d{4})-W0?(\d+)$/, 'week $2, $1')}: de werkvoorraadkaarten staan in ${sent.length === 0 ? 'geen enkel kanaal' : `de kanalen van ${sent.join(', ')}`}.`,
      failed.length > 0 ? `Niet bezorgd bij: ${failed.join(', ')}. Kijk met "status" of die kanalen nog gekoppeld zijn.` : '',
      'Gemeenten zonder casussen in de werkvoorraad krijgen geen kaart.',
    ]
      .filter(Boolean)
      .join(' '),
  onlyInGemeenteChannel: 'Typ "werkvoorraad" in het kanaal van een gemeente, of "werkvoorraad <gemeente>" in het Veilig Thuis-kanaal.',
  unknownGemeente: (name: string) => `Ik ken geen gemeente "${name}" in deze regio.`,
};
