import { SectorLabels, type Sector } from '../../domain/constants.js';

export const WelcomeTexts = {
  sectorSaved: (s: Sector) => `Opgeslagen: ${SectorLabels[s]}. Je kunt dit altijd wijzigen via "help".`,
  askQuestion: 'Typ je vraag hieronder in gewone woorden, bijvoorbeeld: "Wat zijn signalen van verwaarlozing?" of "Mag ik zonder toestemming melden?".',
  forgotten:
    'Ik heb alles gewist wat ik in deze chat van jou bewaarde: je sector en je meldcode-stappen. Adviesvragen die je naar Veilig Thuis stuurde, blijven daar bewaard volgens de bewaartermijn en worden daarna gewist.',
  channelHelp:
    'In een kanaal kan een coördinator van Veilig Thuis typen: "koppel <gemeente>", "koppel veilig thuis", "ontkoppel" of "status". In een gemeentekanaal: "agenda". Voor de meldcode en adviesvragen open je de persoonlijke chat met mij.',
  /** Every command of a place, per kind of channel; the bot's @-mention goes before each. */
  helpInGemeenteChannel: (gemeente: string) =>
    [
      `**Dit is het kanaal van ${gemeente}.** Typ (na @-vermelding van mij):`,
      '- "agenda": de agenda van de volgende routeertafel van deze gemeente',
      '- "werkvoorraad": de werksessie met Veilig Thuis: de casussen die nog op Veilig Thuis wachten, met "hulp versneld starten"',
      '- "evaluatie": de evaluatie van casuïstiek over de afgelopen periode (standaard een kwartaal), met de lessen en afspraken',
      '- "jaarevaluatie": de cijfers van het afgelopen jaar en de open afspraken, voor het evaluatiegesprek',
      '- "status": aan welke gemeente dit kanaal gekoppeld is',
      '- "help": dit overzicht',
      'Voor een coördinator van Veilig Thuis: "koppel <gemeente>", "koppel veilig thuis" en "ontkoppel".',
      'Voor de meldcode, vragen en adviesvragen open je de persoonlijke chat met mij.',
    ].join('\n'),
  helpInVeiligThuisChannel: [
    '**Dit is het Veilig Thuis-kanaal.** Typ (na @-vermelding van mij):',
    '- "nieuwe overdracht": een casus aanmelden voor de routeertafel',
    '- "agenda versturen": de agenda van de volgende routeertafel naar de gemeentekanalen sturen (coördinator); vóór het vaste moment vraag ik eerst of het echt nu moet',
    '- "cijfers": de cijfers van de overdrachten',
    '- "werkvoorraad <gemeente>": de werksessie van een gemeente',
    '- "evaluatie <gemeente>", "jaarevaluatie <gemeente>": de evaluatie van casuïstiek en de jaarevaluatie van een gemeente',
    '- "status": welke kanalen gekoppeld zijn',
    '- "koppel <gemeente>", "koppel veilig thuis", "ontkoppel": een kanaal koppelen (coördinator)',
    '- "help": dit overzicht',
    'Adviesvragen van professionals komen hier binnen als kaart; daarop claim, beantwoord of sluit je ze.',
  ].join('\n'),
  helpInUnlinkedChannel: [
    '**Dit kanaal is nog niet gekoppeld.** Een coördinator van Veilig Thuis typt (na @-vermelding van mij):',
    '- "koppel <gemeente>": dit wordt het kanaal van die gemeente',
    '- "koppel veilig thuis": dit wordt het Veilig Thuis-kanaal',
    '- "status": wat er gekoppeld is',
    '- "help": dit overzicht',
    'Voor de meldcode, vragen en adviesvragen open je de persoonlijke chat met mij.',
  ].join('\n'),
} as const;
