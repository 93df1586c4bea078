/**
 * Heads of Dutch compounds that questions and articles often split differently
 * ("kindermishandeling" vs "mishandeling van een kind"). A word that ends in one of these is
 * also indexed and searched as its parts. Plain lowercase without diacritics.
 */
export const compoundHeads: readonly string[] = [
  'mishandeling', 'geweld', 'verwaarlozing', 'misbruik', 'melding', 'signalen', 'geheim', 'functionaris',
  'overdracht', 'tafel', 'check', 'telefoon', 'inspecteur', 'begeleider', 'dossier', 'gesprek', 'kader',
  'beoordeling', 'onveiligheid', 'veiligheid', 'gegevens', 'consultatie', 'plicht', 'recht', 'code',
  'coordinator', 'team', 'opvang', 'zorg', 'persoon', 'nummer', 'plekken',
];
