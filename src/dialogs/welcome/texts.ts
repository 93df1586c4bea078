import { SectorLabels, type Sector } from '../../domain/constants.js';

export const WelcomeTexts = {
  sectorSaved: (s: Sector) => `Opgeslagen: ${SectorLabels[s]}. Je kunt dit altijd wijzigen via "help".`,
  askQuestion: 'Typ je vraag hieronder in gewone woorden, bijvoorbeeld: "Wat zijn signalen van verwaarlozing?" of "Mag ik zonder toestemming melden?".',
  forgotten:
    'Ik heb alles gewist wat ik in deze chat van jou bewaarde: je sector en je meldcode-stappen. Adviesvragen die je naar Veilig Thuis stuurde, blijven daar bewaard volgens de bewaartermijn en worden daarna gewist.',
  channelHelp:
    'In een kanaal kan een coördinator van Veilig Thuis typen: "koppel <gemeente>", "koppel veilig thuis", "ontkoppel" of "status". In een gemeentekanaal: "agenda". Voor de meldcode en adviesvragen open je de persoonlijke chat met mij.',
} as const;
