export const MeldcodeTexts = {
  onlyPersonal: 'De meldcode doorloop je in je persoonlijke chat met mij, niet in een kanaal. Open de chat met de Veilig Thuis assistent en typ "signaal".',
  chooseSector: 'Voor welke sector werk je? Dan gebruik ik de woorden van jouw meldcode.',
  resumed: 'Je was hier gebleven. Kies "Opnieuw beginnen" als je een nieuwe situatie wilt doorlopen.',
  staleNode: 'Die knop hoort bij een eerdere stap. Dit is de stap waar je nu bent:',
  unknownChoice: 'Die keuze ken ik niet. Kies een van de knoppen hieronder.',
  walkEnded: 'Deze stappen zijn al afgerond. Hieronder staat de uitkomst; kies "Opnieuw beginnen" voor een nieuwe situatie.',
  noWalk: 'Er loopt geen meldcode-doorloop. Typ "signaal" of kies "Ik zie een signaal" om te beginnen.',
  confirmStop:
    'Wil je de doorloop stoppen? Je antwoorden en notities worden dan gewist. Wil je ze bewaren, kies dan eerst "Verslag".',
  stopped: 'De doorloop is gestopt en je antwoorden zijn gewist. Typ "signaal" als je opnieuw wilt beginnen.',
  finishedBefore:
    'Je vorige doorloop is afgerond. Een nieuwe doorloop vervangt die, met je antwoorden en notities. ' +
    'Bewaar eerst het verslag als je dat nog niet deed.',
  noteMasked: (what: string) =>
    `In je notitie heb ik ${what} onherkenbaar gemaakt; zo staat de notitie nu in je verslag. Noem geen namen of andere gegevens die iemand herkenbaar maken.`,
  verslagDownloadNote: (minutes: number) =>
    `De downloadlinks werken ${minutes} minuten. Controleer het verslag voordat je het in het dossier zet.`,
  verslagNoDownload: 'Kopieer de tekst naar het dossier. Controleer het verslag voordat je het opslaat.',
  emptyMessage: 'Ik kreeg een leeg bericht. Typ je vraag, of ga verder met de stap hieronder.',
  tooLong: (max: number) => `Je bericht is te lang (meer dan ${max} tekens). Stel een korte vraag, en noem geen namen of andere gegevens die iemand herkenbaar maken.`,
  downloadExpired: 'Deze downloadlink is verlopen. Vraag in de chat opnieuw om het verslag.',
  titleMeldcode: 'Meldcode',
  titleVerslag: 'Verslag',
  titleSignal: 'Ik zie een signaal',
  titleStop: 'Doorloop stoppen?',
  buttonStart: 'Ik zie een signaal',
  buttonStopYes: 'Ja, stoppen',
  buttonStopVerslagFirst: 'Eerst verslag',
  buttonStopNo: 'Nee, verder',
  buttonNewWalk: 'Nieuwe doorloop',
  buttonPreviousVerslag: 'Verslag van de vorige',
  buttonShowOutcome: 'Uitkomst bekijken',
} as const;
