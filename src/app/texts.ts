/** Sentences the app layer itself shows (errors that reach the user). */
export const AppTexts = {
  somethingWentWrong: 'Sorry, er ging iets mis. Probeer het opnieuw. Is er acuut gevaar? Bel 112. Voor advies: Veilig Thuis 0800-2000 (gratis, 24/7).',
  invalidPayload: 'Deze knop of dit formulier werkt niet (meer). Typ "help" om opnieuw te beginnen.',
  busy: 'Er gebeurt veel tegelijk in dit gesprek. Probeer het over een paar seconden opnieuw.',
} as const;
