export const SafetyTexts = {
  /** Under the danger block when the message also asked something the articles do not answer. */
  questionAfterSafety: 'Je vraag beantwoord ik graag, maar eerst de veiligheid: bel nu. Daarna denkt Veilig Thuis met je mee over de volgende stappen.',
} as const;
