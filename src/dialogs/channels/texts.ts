/** Every sentence this feature shows, in one place. */
export const ChannelTexts = {
  onlyInChannel: 'Dit commando werkt alleen in een kanaal van een team. Voeg mij toe aan het team en typ het in het kanaal, met @-vermelding.',
  onlyCoordinator: 'Alleen een coördinator van Veilig Thuis kan kanalen koppelen of ontkoppelen. Vraag dit aan een coördinator.',
  unknownGemeente: (name: string, options: string) => `Ik ken geen gemeente "${name}" in deze regio. Kies uit: ${options}.`,
  missingGemeente: (options: string) => `Welke gemeente? Typ bijvoorbeeld "koppel Heerlen". Kies uit: ${options}.`,
  unknownAdviceTeam: (name: string, options: string) => `Ik ken geen Veilig Thuis-team "${name}". Kies uit: ${options}.`,
  gemeenteTaken: (gemeente: string, where: string) => `${gemeente} is al gekoppeld aan een ander kanaal (${where}). Ontkoppel dat kanaal eerst.`,
  linkedGemeente: (gemeente: string, triagetafel: boolean) =>
    `Dit kanaal is nu gekoppeld aan gemeente ${gemeente}. Hier komen voortaan de routeertafel-agenda en de overdrachten van Veilig Thuis voor ${gemeente}` +
    (triagetafel ? ', en elke nieuwe melding voor de triagetafel.' : '.'),
  linkedVeiligThuis: (team: string) =>
    `Dit kanaal is nu het kanaal van ${team}. Hier komen de adviesvragen van professionals en de meldingen over overdrachten.`,
  alreadyLinked: (what: string) => `Dit kanaal was al gekoppeld aan ${what}. Er is niets veranderd.`,
  unlinked: (what: string) => `Dit kanaal is ontkoppeld van ${what}.`,
  notLinked: 'Dit kanaal is nergens aan gekoppeld.',
  statusNotLinkedHere: 'nergens aan gekoppeld',
  statusHeader: (region: string) => `**Status ${region}**`,
  statusThisChannel: (what: string) => `Dit kanaal: ${what}.`,
  statusGemeente: (gemeente: string, where: string) => `- ${gemeente}: ${where}`,
  statusNotLinked: 'nog niet gekoppeld',
  statusOverviewForCoordinators: 'Het overzicht van alle gemeenten en kanalen ziet alleen een coördinator van Veilig Thuis.',
  statusInactive: (where: string) => `${where} (niet meer bereikbaar: de bot is verwijderd of geblokkeerd)`,
  statusVtChannels: (n: number) => `Veilig Thuis-kanalen: ${n}`,
  gemeenteLabel: (g: string) => `gemeente ${g}`,
  vtLabel: (team: string) => team,
  channelWhere: (team?: string, channel?: string) => [team, channel].filter(Boolean).join(' / ') || 'een kanaal',
  vtChannelLabel: 'Veilig Thuis-kanaal',
  channelUnreachable: (where: string, what: string) =>
    `Let op: de Veilig Thuis assistent kan ${where} (${what}) niet meer bereiken: de bot is verwijderd of geblokkeerd. Berichten voor dit kanaal worden niet bezorgd. Voeg de bot opnieuw toe en koppel het kanaal opnieuw.`,
  installedInTeam:
    'Dank je wel voor het toevoegen. Een coördinator van Veilig Thuis koppelt een kanaal met "@Veilig Thuis assistent koppel <gemeente>" of "koppel veilig thuis". Typ "status" om te zien wat er gekoppeld is.',
} as const;
