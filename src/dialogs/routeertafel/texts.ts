/**
 * Every sentence the routeertafel feature shows: in Teams, in the intake API's answers and in the
 * CSV import. Static card labels live in the card templates (src/cards/templates).
 */
const days = (n: number) => `${n} ${n === 1 ? 'dag' : 'dagen'}`;
const workingDays = (n: number) => `${n} ${n === 1 ? 'werkdag' : 'werkdagen'}`;
const yesNo = (b: boolean) => (b ? 'ja' : 'nee');

export const RouteertafelTexts = {
  // ---------- commands ----------
  intakeOnlyInVtChannel: 'Een nieuwe overdracht voer je in in het Veilig Thuis-kanaal. Typ daar "nieuwe overdracht", met @-vermelding.',
  intakeOnlyVtStaff: 'Alleen adviseurs en coördinatoren van Veilig Thuis kunnen overdrachten invoeren.',
  agendaOnlyInGemeenteChannel:
    'Typ "agenda" in het kanaal van een gemeente: daar zie je de agenda van de volgende routeertafel van die gemeente.',
  sendOnlyCoordinator: 'Alleen een coördinator van Veilig Thuis kan de agenda versturen.',
  sendEarlyAsk: (weekLabel: string, postingWhen: string) =>
    `De agenda van ${weekLabel} gaat vanzelf op ${postingWhen} uit. Wil je hem nu al versturen? Typ dan "agenda nu versturen". Overdrachten die tot ${postingWhen} nog binnenkomen, komen er dan vanzelf bij: de verstuurde kaart wordt bijgewerkt en in de draad staat welke casus erbij kwam.`,
  sendStartedEarly: (weekLabel: string, channels: number) =>
    `De agenda van ${weekLabel} gaat nu, eerder dan gepland, naar ${channels} ${channels === 1 ? 'gemeentekanaal' : 'gemeentekanalen'}. Overdrachten die nog binnenkomen, komen er vanzelf bij. De coördinatoren krijgen een verzendrapport zodra alles is bezorgd.`,
  lateCaseAdded: (reference: string, urgent: boolean) =>
    `Nieuw op deze agenda: ${reference}${urgent ? ' (spoed)' : ''}. De agenda hierboven is bijgewerkt.`,
  sendStarted: (weekLabel: string, channels: number) =>
    `De agenda van ${weekLabel} gaat nu naar ${channels} ${channels === 1 ? 'gemeentekanaal' : 'gemeentekanalen'}. De coördinatoren krijgen een verzendrapport zodra alles is bezorgd.`,
  sendAlreadySent: (weekLabel: string) => `De agenda van ${weekLabel} is al verstuurd. Er gaat niets dubbel.`,
  sendPartlyNew: (weekLabel: string, channels: number) =>
    `De agenda van ${weekLabel} was al verstuurd. Hij gaat nu alleen nog naar ${channels} ${channels === 1 ? 'kanaal dat hem' : 'kanalen die hem'} nog niet had${channels === 1 ? '' : 'den'}.`,
  sendNoChannels: 'Er is nog geen kanaal aan een gemeente gekoppeld. Koppel eerst de gemeentekanalen met "koppel <gemeente>".',
  figuresOnlyVtStaff: 'De cijfers zijn er voor medewerkers van Veilig Thuis.',
  figuresOnlyVtPlaces: 'De cijfers van alle gemeenten staan alleen in het Veilig Thuis-kanaal of in je persoonlijke chat met mij. Typ daar "cijfers".',

  // ---------- intake card ----------
  intakePrivacy:
    'Pseudoniem: geen namen, adressen, geboortedata, telefoonnummers, e-mailadressen of BSN. Het VT-registratienummer is de enige verwijzing naar de casus.',
  intakeProblemsHeader: 'De overdracht is nog niet opgeslagen. Verbeter dit:',
  intakeConflict: (reference: string) =>
    `Er bestaat al een andere overdracht met VT-registratienummer ${reference}. Controleer het nummer; een bestaande overdracht wordt niet overschreven.`,
  intakeSavedTitle: (reference: string) => `Overdracht ${reference} vastgelegd`,
  intakeExistingTitle: (reference: string) => `Overdracht ${reference} was al vastgelegd`,
  intakeSavedText: (gemeente: string, weekLabel: string, tableDate: string) =>
    `De overdracht staat op de agenda van de routeertafel van gemeente ${gemeente}: ${weekLabel}, ${tableDate}.`,
  intakeExistingText: 'Er is niets veranderd.',

  // ---------- agenda card ----------
  agendaTitle: (gemeente: string) => `Routeertafel ${gemeente}`,
  agendaSubtitle: (weekLabel: string, tableDate: string, tableTime: string) => `${weekLabel} · ${tableDate} om ${tableTime}`,
  agendaPage: (n: number, of: number) => (of > 1 ? `Kaart ${n} van ${of}` : ''),
  agendaSummary: (gemeente: string, weekLabel: string) => `Routeertafel ${gemeente}, ${weekLabel}`,
  agendaIntro: (count: number, carried: number) =>
    `${count} ${count === 1 ? 'overdracht' : 'overdrachten'} om te bespreken` + (carried > 0 ? `, waarvan ${carried} uit eerdere weken.` : '.'),
  urgent: 'Spoed',
  carriedOver: (weekLabel: string) => `Uit ${weekLabel}`,
  itemDetails: (routeLabel: string, waitingDays: number, settled: boolean) =>
    `${routeLabel} · ${settled ? 'wachtte' : 'wacht'} ${days(waitingDays)} sinds de melding`,
  itemContact: (vtContact: string) => `Contactpersoon Veilig Thuis: ${vtContact}`,
  contactsLine: (vaste: string, bruggenbouwer: string) => `Vaste contactpersoon Veilig Thuis: ${vaste} · Bruggenbouwer gemeente: ${bruggenbouwer}`,
  contactNotSet: 'nog niet vastgelegd',
  previewBanner: (postingWhen: string) =>
    `Voorbeeld: deze agenda gaat op ${postingWhen} naar dit kanaal; tot dan kunnen er overdrachten bijkomen. Bevestigen of teruggeven kan hier al en telt ook op die agenda.`,
  previewBannerPosted: 'Deze agenda staat al in dit kanaal; hier zie je hem zoals hij nu is. Bevestigen of teruggeven kan op beide kaarten.',
  handoverFormLabel: 'Vorm van de overdracht',
  handoverFormChoices: { driegesprek: 'Driegesprek met de inwoner (warm)', telefonisch: 'Telefonisch', schriftelijk: 'Schriftelijk' },
  flagNoSafetyPlan: 'Geen veiligheidsplan of veiligheidsvoorwaarden',
  flagNotInformed: 'Betrokkenen nog niet geïnformeerd',
  confirmedLine: (d: { byName: string; when: string; casusregisseur: string; procesregisseur?: string; team?: string; warmHandoverOn?: string }) =>
    [
      `Bevestigd door ${d.byName || 'onbekend'} op ${d.when}`,
      `casusregisseur: ${d.casusregisseur}`,
      d.procesregisseur ? `procesregisseur: ${d.procesregisseur}` : '',
      d.team ? `team: ${d.team}` : '',
      d.warmHandoverOn ? `warme overdracht: ${d.warmHandoverOn}` : '',
    ]
      .filter(Boolean)
      .join(' · '),
  returnedLine: (byName: string, when: string) => `Terug naar Veilig Thuis door ${byName || 'onbekend'} op ${when}.`,
  standingRolverdeling: 'Wie heeft de casusregie en wie de procesregie (1Gezin1Plan1Regisseur)? Spreek het per overdracht af.',
  standingEvaluatieTitle: 'Evaluatie casuïstiek',
  standingEvaluatie: (period: string) => `Samen terugkijken op casussen uit ${period}: zie de kaart "Evaluatie casuïstiek" in dit kanaal.`,
  standingWerkdruk: (onAgenda: number, openTotal: number, handovers: number) =>
    `${onAgenda} op deze agenda; ${openTotal} nog niet bevestigd; ${handovers} ${handovers === 1 ? 'overdracht' : 'overdrachten'} in totaal.`,
  standingWachttijden: (d: { median: number | null; longest: number | null; toHandover: number | null; toConfirmation: number | null; onTime: number | null }) =>
    [
      `Wachttijd op deze agenda: mediaan ${dayCount(d.median)}, langste ${dayCount(d.longest)}.`,
      `Van melding tot overdracht: mediaan ${dayCount(d.toHandover)}; tot bevestiging: mediaan ${dayCount(d.toConfirmation)}.`,
      d.onTime === null ? 'Binnen een week na de tafel bevestigd: volgt zodra een tafel is geweest.' : `Binnen een week na de tafel bevestigd: ${percent(d.onTime)}.`,
    ].join(' '),
  emptyText: (tableDate: string) => `Geen casussen deze week: er zijn geen overdrachten van Veilig Thuis voor de tafel van ${tableDate}.`,
  emptyOpen: (openTotal: number) => (openTotal > 0 ? `Open overdrachten voor deze gemeente: ${openTotal}.` : ''),

  // ---------- handover clicks ----------
  confirmedNotice: (reference: string, byName: string) =>
    `Overdracht ${reference} is bevestigd door ${byName || 'onbekend'}. Veilig Thuis is op de hoogte gebracht.`,
  returnedNotice: (reference: string, byName: string) =>
    `Overdracht ${reference} gaat terug naar Veilig Thuis (door ${byName || 'onbekend'}). Veilig Thuis is op de hoogte gebracht.`,
  alreadyConfirmed: (reference: string, byName: string, when: string) => `Overdracht ${reference} is al bevestigd door ${byName || 'onbekend'} op ${when}.`,
  alreadyReturned: (reference: string, byName: string, when: string) =>
    `Overdracht ${reference} is al teruggegeven aan Veilig Thuis door ${byName || 'onbekend'} op ${when}.`,
  notSaved: (problems: string[]) => `Nog niet opgeslagen: ${problems.join(' ')}`,
  notHere: (gemeente: string) =>
    `Alleen in het kanaal van gemeente ${gemeente} kun je deze overdracht bevestigen of teruggeven. Hier is niets veranderd.`,
  handoverTitle: 'Overdracht',
  caseUnknown: 'Deze overdracht bestaat niet (meer). Vraag Veilig Thuis om het VT-registratienummer te controleren.',

  // ---------- notices to Veilig Thuis, reminders and escalations ----------
  noticeConfirmedTitle: (reference: string, gemeente: string) => `Overdracht ${reference} bevestigd door gemeente ${gemeente}`,
  noticeConfirmedFacts: (d: { casusregisseur: string; procesregisseur?: string; team?: string; warmHandoverOn?: string; informed: boolean; byName: string; when: string }) => [
    { title: 'Casusregisseur', value: d.casusregisseur },
    ...(d.procesregisseur ? [{ title: 'Procesregisseur', value: d.procesregisseur }] : []),
    ...(d.team ? [{ title: 'Team', value: d.team }] : []),
    ...(d.warmHandoverOn ? [{ title: 'Warme overdracht', value: d.warmHandoverOn }] : []),
    { title: 'Betrokkenen geïnformeerd', value: yesNo(d.informed) },
    { title: 'Bevestigd', value: `${d.byName || 'onbekend'}, ${d.when}` },
  ],
  noticeReturnedTitle: (reference: string) => `Overdracht ${reference} terug naar Veilig Thuis`,
  noticeReturnedText: (gemeente: string) => `Gemeente ${gemeente} geeft deze overdracht terug. Neem contact op met het gemeenteteam.`,
  noticeReturnedFacts: (reason: string, byName: string, when: string) => [
    { title: 'Reden', value: reason },
    { title: 'Door', value: `${byName || 'onbekend'}, ${when}` },
  ],
  reminderTitle: (reference: string) => `Herinnering: overdracht ${reference} is nog niet bevestigd`,
  reminderText: (weekLabel: string, n: number) =>
    `De routeertafel van ${weekLabel} besprak deze overdracht, ${workingDays(n)} geleden. Bevestig hem of geef hem terug aan Veilig Thuis, met de knoppen op de agenda van ${weekLabel} in dit kanaal.`,
  escalationTitle: (reference: string, gemeente: string) => `Opschaling: overdracht ${reference} (${gemeente}) is nog niet bevestigd`,
  escalationText: (gemeente: string, weekLabel: string, n: number, level: string) =>
    `${workingDays(n)} na de routeertafel van ${weekLabel} heeft gemeente ${gemeente} deze overdracht nog niet bevestigd of teruggegeven. Opschalingsniveau: ${level}. Neem contact op met het gemeenteteam, zodat de hulp niet blijft liggen.`,
  escalationFacts: (d: { routeLabel: string; urgent: boolean; waitingDays: number; remindedOn: string }) => [
    { title: 'Route', value: d.routeLabel },
    { title: 'Spoed', value: yesNo(d.urgent) },
    { title: 'Wacht sinds melding', value: days(d.waitingDays) },
    ...(d.remindedOn ? [{ title: 'Herinnering gestuurd', value: d.remindedOn }] : []),
  ],

  // ---------- monitoring ----------
  monitoringTitle: (reference: string) => `Monitoring overdracht ${reference}`,
  monitoringText: (gemeente: string, weeks: number, casusregisseur: string) =>
    `${weeks} weken geleden nam gemeente ${gemeente} deze overdracht over. Casusregisseur ${casusregisseur}: wil je deze twee vragen beantwoorden?`,
  monitoringAnswers: { geborgd: 'Ja, veiligheid geborgd', 'nieuwe-zorgen': 'Nieuwe zorgen', 'loopt-nog': 'Hulp loopt nog' } as Record<string, string>,
  monitoringAnsweredLine: (answer: string, doelenInPlan: boolean, when: string) =>
    `Beantwoord op ${when}: ${answer}. Veiligheidsdoelen in het ondersteuningsplan: ${yesNo(doelenInPlan)}.`,
  monitoringAgain: (weeks: number) => `We vragen het over ${weeks} weken opnieuw.`,
  monitoringConcernSent: 'Veilig Thuis is direct op de hoogte gebracht van de nieuwe zorgen.',
  monitoringChooseBoth: 'Kies een antwoord op beide vragen.',
  monitoringAlreadyAnswered: 'Deze vraag is al beantwoord.',
  monitoringStale: 'Deze vraag is niet meer open.',
  monitoringNotHere: (gemeente: string) => `Alleen in het kanaal van gemeente ${gemeente} kun je deze vraag beantwoorden.`,
  concernTitle: (reference: string, gemeente: string) => `Nieuwe zorgen bij overdracht ${reference} (${gemeente})`,
  concernText: (casusregisseur: string) =>
    `Bij de monitoring meldt de gemeente nieuwe zorgen. Neem vandaag contact op met casusregisseur ${casusregisseur} over de veiligheid.`,
  concernFacts: (doelenInPlan: boolean, byName: string, when: string) => [
    { title: 'Veiligheidsdoelen in ondersteuningsplan', value: yesNo(doelenInPlan) },
    { title: 'Gemeld door', value: `${byName || 'onbekend'}, ${when}` },
  ],

  // ---------- delivery report ----------
  reportTitle: (weekLabel: string) => `Verzendrapport routeertafel ${weekLabel}`,
  reportSummary: (posted: number, failed: number, notLinked: number, unreachable: number) =>
    `Verstuurd naar ${posted} ${posted === 1 ? 'gemeente' : 'gemeenten'}; mislukt: ${failed}; niet gekoppeld: ${notLinked}; niet bereikbaar: ${unreachable}.`,
  reportPosted: (n: number) => `Verstuurd (${n})`,
  reportFailed: (n: number) => `Mislukt (${n})`,
  reportNotLinked: (n: number) => `Overgeslagen, geen gekoppeld kanaal (${n})`,
  reportUnreachable: (n: number) => `Overgeslagen, kanaal niet bereikbaar (${n})`,
  reportFailedEntry: (gemeente: string, code: string) => `${gemeente} (${failureLabel(code)})`,
  reportMore: (n: number) => `en ${n} meer`,
  reportNone: '–',

  // ---------- figures ----------
  figuresTitle: 'Cijfers overdrachten Veilig Thuis – gemeenten',
  figuresSubtitle: (region: string, date: string) => `${region}, stand ${date}. Dagen zijn kalenderdagen vanaf de melding.`,
  figuresOverall: 'Hele regio',
  dayValue: (n: number | null) => (n === null ? '–' : `${round(n)} d`),
  percentValue: (share: number | null) => percent(share),
  warmValue: (warm: number, known: number) => (known === 0 ? '–' : `${warm} van ${known}`),
  figuresLeftOut: (n: number) => (n > 0 ? `${n} ${n === 1 ? 'gemeente' : 'gemeenten'} zonder overdrachten niet getoond.` : ''),

  // ---------- status ----------
  statusHeader: (n: number) => `**Opgeschaalde overdrachten (${n})**`,
  statusLine: (reference: string, gemeente: string, level: string, since: string) => `- ${reference} (${gemeente}): ${level} sinds ${since}`,
  statusMore: (n: number) => `- en ${n} meer`,
  statusNone: 'Opgeschaalde overdrachten: geen.',

  // ---------- dates ----------
} as const;

/** Answers of POST /api/cases (JSON `message` fields). */
export const ApiTexts = {
  disabled: 'De intake-API staat uit: INTAKE_API_TOKEN is niet ingesteld op de server.',
  unauthorized: 'Ontbrekend of onjuist token. Stuur de header "Authorization: Bearer <INTAKE_API_TOKEN>".',
  invalid: 'De casus is niet opgeslagen. Zie "problems" voor alles wat moet worden verbeterd.',
  created: 'De casus is opgeslagen.',
  existing: 'Deze casus bestond al met dezelfde gegevens; er is niets veranderd.',
  conflict: (reference: string) => RouteertafelTexts.intakeConflict(reference),
} as const;

/** Output of `npm run import-cases`. */
export const ImportTexts = {
  usage: 'Gebruik: npm run import-cases -- <bestand.csv> [--dry-run]',
  cannotRead: (file: string, reason: string) => `Het bestand ${file} kan niet worden gelezen: ${reason}`,
  locked: (dir: string) =>
    `De datamap ${dir} is in gebruik door de bot (of een andere import). Stop de bot eerst en importeer dan opnieuw: de import en de bot kunnen niet tegelijk dezelfde DATA_DIR gebruiken. Overdrachten terwijl de bot draait: gebruik POST /api/cases.`,
  existingNotChecked: (dir: string) =>
    `Let op: bestaande overdrachten zijn niet gecontroleerd, want de bot gebruikt de datamap ${dir}. Stop de bot voordat je echt importeert.`,
  storeFailed: (code: string) => `De opslag kan niet worden geopend (${code}).`,
  problemsHeader: (n: number) => `${n} ${n === 1 ? 'fout' : 'fouten'} gevonden. Er is niets geïmporteerd:`,
  problem: (line: number, field: string | undefined, message: string) => `  regel ${line}${field ? ` (${field})` : ''}: ${message}`,
  skipped: (line: number, reference: string, differs: boolean) =>
    `  regel ${line}: ${reference} bestaat al${differs ? ', met andere gegevens (niet bijgewerkt)' : ''}; overgeslagen.`,
  dryRunDone: (valid: number, skipped: number) =>
    `Proefrun: ${valid} ${valid === 1 ? 'overdracht is' : 'overdrachten zijn'} in orde en ${valid === 1 ? 'zou' : 'zouden'} worden geïmporteerd; ${skipped} ${skipped === 1 ? 'bestaat' : 'bestaan'} al en ${skipped === 1 ? 'wordt' : 'worden'} overgeslagen. Er is niets opgeslagen.`,
  imported: (n: number, skipped: number) =>
    `${n} ${n === 1 ? 'overdracht' : 'overdrachten'} geïmporteerd; ${skipped} overgeslagen omdat ze al bestonden.`,
} as const;

function round(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1).replace('.', ',');
}

function dayCount(n: number | null): string {
  return n === null ? '–' : `${round(n)} ${n === 1 ? 'dag' : 'dagen'}`;
}

function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

function failureLabel(code: string): string {
  if (code === 'connector_forbidden' || code === 'connector_not_found' || code === 'target_unknown') return 'bot verwijderd of geblokkeerd';
  if (code === 'connector_throttled') return 'te druk bij Teams';
  return 'niet bezorgd';
}

/** The spoed alert: a case marked spoed never waits for a table. */
export const SpoedTexts = {
  title: (reference: string, gemeente: string) => `Spoed: ${reference} (${gemeente})`,
  text: (contact: string) =>
    `Deze casus is als spoed aangemeld en wacht niet op de tafel. Neem contact op met ${contact} van Veilig Thuis: 0800-2000 (gratis, 24/7). Bij acuut gevaar: bel 112.`,
  summary: (reference: string) => `Spoed: ${reference}`,
} as const;
