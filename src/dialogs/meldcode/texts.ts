export const MeldcodeTexts = {
  onlyPersonal: 'De meldcode doorloop je in je persoonlijke chat met mij, niet in een kanaal. Open de chat met de Veilig Thuis assistent en typ "signaal".',
  chooseSector: 'Voor welke sector werk je? Dan gebruik ik de woorden van jouw meldcode.',
  resumed: 'Je was hier gebleven. Kies "Opnieuw beginnen" als je een nieuwe situatie wilt doorlopen.',
  staleNode: 'Die knop hoort bij een eerdere stap. Dit is de stap waar je nu bent:',
  unknownChoice: 'Die keuze ken ik niet. Kies een van de knoppen hieronder.',
  walkEnded: 'Deze stappen zijn al afgerond. Hieronder staat de uitkomst; kies "Opnieuw beginnen" voor een nieuwe situatie.',
  noWalk: 'Er loopt geen meldcode-doorloop. Typ "signaal" of kies "Ik zie een signaal" om te beginnen.',
  stopped: 'De doorloop is gestopt. Wat je koos, blijft bewaard tot je opnieuw begint of "vergeet mijn gegevens" typt. Typ "verslag" voor een verslag van wat je tot nu toe deed.',
  verslagDownloadNote: (minutes: number) =>
    `De downloadlink werkt ${minutes} minuten. Het verslag bevat geen namen; controleer dat voordat je het in het dossier zet.`,
  verslagNoDownload: 'Kopieer de tekst hierboven naar het dossier. Het verslag bevat geen namen; controleer dat voordat je het opslaat.',
  emptyMessage: 'Ik kreeg een leeg bericht. Typ je vraag, of ga verder met de stap hieronder.',
  tooLong: (max: number) => `Je bericht is te lang (meer dan ${max} tekens). Stel een korte vraag, en noem geen namen of andere gegevens die iemand herkenbaar maken.`,
  downloadExpired: 'Deze downloadlink is verlopen. Vraag in de chat opnieuw om het verslag.',
} as const;
