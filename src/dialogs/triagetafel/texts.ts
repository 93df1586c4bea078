/** Every sentence the triagetafel shows (nl-NL). */
import type { TriageOption } from '../../domain/cases/triage.js';

export const TriageOptionLabels: Record<TriageOption, string> = {
  'vt-veiligheidsbeoordeling': 'Veilig Thuis voert de veiligheidsbeoordeling uit',
  'vt-onderzoek': 'Veilig Thuis voert het onderzoek uit',
  'directe-overdracht': 'Directe overdracht aan het lokale team',
  'gezamenlijke-aanpak': 'Gezamenlijke aanpak Veilig Thuis en lokaal team',
  'geen-vervolg': 'Geen vervolg nodig',
  anders: 'Anders (met toelichting)',
};

const SideLabels = { 'veilig-thuis': 'Veilig Thuis', gemeente: 'de gemeente' } as const;
type Side = keyof typeof SideLabels;

export const TriageTexts = {
  title: (gemeente: string, reference: string) => `Triagetafel ${gemeente}: melding ${reference}`,
  spoedLine: 'Spoed: deze melding wacht niet op de tafel. Acuut gevaar? Bel 112.',
  factMelding: 'Datum melding',
  factContact: 'Contactpersoon Veilig Thuis',
  factSpoed: 'Spoed',
  yes: 'ja',
  no: 'nee',
  noProposal: 'Nog geen voorstel. Veilig Thuis of de gemeente doet een voorstel; de ander stemt in of stelt iets anders voor.',
  proposal: (option: string, side: Side, byName: string, reason?: string) =>
    `Voorstel van ${SideLabels[side]} (${byName}): ${option}.${reason ? ` Toelichting: ${reason}` : ''} Wacht op ${side === 'veilig-thuis' ? 'de gemeente' : 'Veilig Thuis'}.`,
  decision: (option: string, byName: string, agreedByName: string, when: string, reason?: string) =>
    `Besluit: ${option}.${reason ? ` Toelichting: ${reason}` : ''} Voorgesteld door ${byName}, ingestemd door ${agreedByName} op ${when}.`,
  agree: 'Eens met dit voorstel',
  optionLabel: 'Triagebesluit',
  optionError: 'Kies een besluit.',
  reasonLabel: 'Toelichting (verplicht bij "anders"; geen namen of andere gegevens van cliënten)',
  propose: 'Voorstel doen',
  footer: 'Het besluit telt pas als iemand van Veilig Thuis en iemand van de gemeente het eens zijn.',

  proposedNotice: 'Je voorstel staat op de kaart. Nu is de andere kant aan zet.',
  decidedNotice: 'Het besluit is vastgelegd.',
  sameSide: (side: Side) => `Dit voorstel komt van ${SideLabels[side]}. Iemand van ${side === 'veilig-thuis' ? 'de gemeente' : 'Veilig Thuis'} moet ermee instemmen.`,
  proposalChanged: 'Het voorstel is intussen veranderd. Lees het nieuwe voorstel en stem daarmee in, of doe zelf een ander voorstel.',
  noProposalYet: 'Er is nog geen voorstel om mee in te stemmen.',
  alreadyDecided: 'Over deze melding is al besloten.',
  notAtTriage: 'Deze casus staat niet (meer) op de triagetafel.',
  notSaved: (problems: string[]) => `Niet opgeslagen: ${problems.join(' ')}`,
  caseUnknown: 'Deze melding staat niet (meer) in het systeem. Vraag Veilig Thuis om het registratienummer.',
  notHere: (gemeente: string) => `Over deze melding beslis je in het kanaal van gemeente ${gemeente}.`,

  escalationTitle: (reference: string, gemeente: string) => `Opschaling: nog geen triagebesluit over melding ${reference} (${gemeente})`,
  escalationText: (week: string, workingDays: number, disagree: boolean, level: string) =>
    `${workingDays} ${workingDays === 1 ? 'werkdag' : 'werkdagen'} na de triagetafel van ${week} is er nog geen gezamenlijk besluit` +
    (disagree ? ': Veilig Thuis en de gemeente stelden verschillende besluiten voor.' : '.') +
    ` Opschalingsniveau: ${level}. Zorg dat Veilig Thuis en de gemeente samen een besluit nemen. Acuut gevaar? Bel 112.`,
  decidedNoticeTitle: (reference: string, gemeente: string) => `Triagebesluit ${reference} (${gemeente})`,

  overviewTitle: (gemeente: string, n: number) => `Triagetafel ${gemeente}: ${n} ${n === 1 ? 'melding wacht' : 'meldingen wachten'} op een besluit`,
  overviewNone: (gemeente: string) => `Triagetafel ${gemeente}: geen meldingen die op een besluit wachten.`,
  overviewLine: (reference: string, spoed: boolean, state: string) => `- ${reference}${spoed ? ' (spoed)' : ''}: ${state}`,
  overviewStateOpen: 'nog geen voorstel',
  overviewStateProposed: (side: Side) => `voorstel van ${SideLabels[side]}`,
  overviewMore: (n: number) => `- en ${n} meer; hun kaarten staan in dit kanaal.`,
  overviewNote: 'Elke melding heeft haar eigen kaart in dit kanaal; daar doe je een voorstel of stem je in.',
  onlyInGemeenteChannel: 'De triagetafel staat in het kanaal van een gemeente. Typ "triage" daar.',
  notATriagetafel: (gemeente: string) => `Gemeente ${gemeente} werkt met een routeertafel, niet met een triagetafel. Typ "agenda" voor de routeertafel.`,
} as const;
