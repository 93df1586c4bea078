/** Every sentence and label of the dashboard (nl-NL). */
import { dutchMonth, formatDutchWeek } from '../../domain/calendar.js';
import type { Urgency } from '../../domain/advice/ticket.js';
import type { Window } from '../../domain/insight/dashboard.js';
import type { TriageOption } from '../../domain/cases/triage.js';

export const WindowLabels: Record<Window, string> = { maand: 'Laatste 30 dagen', kwartaal: 'Laatste 3 maanden', jaar: 'Laatste 12 maanden' };

export const TriageOptionNames: Record<TriageOption, string> = {
  'vt-veiligheidsbeoordeling': 'Veiligheidsbeoordeling door Veilig Thuis',
  'vt-onderzoek': 'Onderzoek door Veilig Thuis',
  'directe-overdracht': 'Directe overdracht',
  'gezamenlijke-aanpak': 'Gezamenlijke aanpak',
  'geen-vervolg': 'Geen vervolg nodig',
  anders: 'Anders',
};

export const UrgencyNames: Record<Urgency, string> = { vandaag: 'Vandaag', 'deze-week': 'Deze week' };


export const InsightTexts = {
  pageTitle: 'Inzicht: overdrachten, werkvoorraad en adviesvragen',
  scopeAll: 'Alle gemeenten van de regio',
  scopeOne: (gemeente: string) => `Gemeente ${gemeente}`,
  period: (from: string, until: string) => `Van ${from} tot ${until}.`,
  suppressedNote: 'Aantallen van 1 tot 4 staan er als "< 5"; een mediaan of aandeel over minder dan 5 casussen staat er als "–". Zo is geen casus te herleiden.',
  tables: {
    handovers: {
      title: 'Overdrachten in deze periode',
      columns: ['Gemeente', 'Overgedragen', 'Teruggegeven', 'Melding tot overdracht (mediaan, dagen)', 'Overdracht tot bevestiging (mediaan, dagen)', 'Binnen 7 dagen bevestigd', 'Warme overdracht', 'Opgeschaald voorbij de eerste trede'],
    },
    now: {
      title: 'Nu',
      columns: ['Gemeente', 'Werkvoorraad Veilig Thuis', 'Leeftijd werkvoorraad (mediaan, dagen)', 'Wacht op bevestiging', 'Wacht op triage'],
    },
    trend: {
      title: 'Per maand, laatste 12 maanden',
      columns: ['Maand', 'Overgedragen', 'Binnen 7 dagen bevestigd', 'Teruggegeven', 'Nieuw in de werkvoorraad'],
    },
    weeks: {
      title: 'Per week, laatste 12 weken',
      columns: ['Week', 'Overgedragen', 'Binnen 7 dagen bevestigd', 'Teruggegeven', 'Nieuw in de werkvoorraad'],
    },
    distribution: {
      title: 'Doorlooptijden van de overdrachten in deze periode: hoeveel duurden hoe lang',
      columns: ['Dagen', 'Melding tot overdracht', 'Overdracht tot bevestiging'],
    },
    escalations: { title: 'Opgeschaalde overdrachten in deze periode, per trede', first: 'Gemeente' },
    outcomes: {
      title: 'Monitoring en hulp versneld starten in deze periode',
      columns: ['Gemeente', 'Veiligheid geborgd', 'Nieuwe zorgen', 'Hulp versneld aangeboden', 'Daarvan geaccepteerd'],
    },
    triage: { title: 'Triagebesluiten in deze periode', columns: ['Besluit', 'Aantal'] },
    advice: { title: 'Adviesvragen in deze periode, per urgentie en per sector', columns: ['Urgentie of sector', 'Gesteld', 'Tot opgepakt (mediaan, minuten)', 'Tot eerste antwoord (mediaan, minuten)'] },
    lessons: {
      title: 'Lessen en afspraken uit de evaluaties van casuïstiek, per thema',
      columns: ['Thema', 'Gemeente', 'Periode', 'Ging goed', 'Kan beter', 'Afspraak', 'Uitvoerder', 'Uiterlijk', 'Stand'],
    },
  },
  agreementOpen: 'open',
  agreementOverdue: 'open, over de datum',
  agreementDone: 'nagekomen',
  notShown: '–',
  rungColumn: (level: string) => `Trede: ${level}`,
  sectorRow: (sector: string) => `Sector: ${sector}`,
  weekLabel: (week: string) => formatDutchWeek(week),
  dayRange: (label: string) => (label.endsWith('+') ? `${label.slice(0, -1)} of meer` : label.replace('-', ' tot en met ')),
  monthLabel: (month: string) => `${dutchMonth(Number(month.slice(5, 7)))} ${month.slice(0, 4)}`,
  chartAlt: 'Staafdiagram van "{title}". De tabel "{table}" hieronder geeft dezelfde cijfers.',
  chartSuppressed: 'zonder staaf: 1 tot 4',
  configureTitle: 'Dashboard van een gemeente in dit kanaal',
  configureLabel: 'Gemeente',
  configureChoose: 'Kies een gemeente',
  configureHelp: 'Het tabblad toont alleen de cijfers van deze gemeente, zonder namen of casussen.',
  configureTabName: 'Inzicht',
  devSignIn: 'Ontwikkelaarsaanmelding (alleen lokaal, zonder Teams)',
  devSignInHelp: 'Vul het AAD object id in van een coördinator uit het regiobestand (ziet alle gemeenten), of kies een gemeente (ziet alleen die gemeente).',
  devUser: 'AAD object id',
  gemeente: 'Gemeente (leeg: alle gemeenten, alleen voor coördinatoren)',
  window: 'Periode',
  show: 'Tonen',
  csv: 'Download als CSV',
  loading: 'Cijfers laden…',
  failed: 'De cijfers konden niet worden geladen.',
  unauthorized: 'Niet aangemeld. Open het dashboard als tabblad in Teams.',
  ssoNotConfigured: 'Aanmelden via Teams is voor deze bot niet ingesteld (MicrosoftAppTenantId ontbreekt). Vraag de beheerder.',
  notInTeams: 'Aanmelden via Teams lukte niet. Open het dashboard als tabblad in Teams.',
  forbidden: 'Je ziet hier alleen de cijfers van je eigen gemeente. Alle gemeenten zijn er voor coördinatoren van Veilig Thuis.',
  unknownGemeente: 'Deze gemeente hoort niet bij de regio.',
  unknownTable: 'Deze tabel bestaat niet.',
};
