export const SafetyTexts = {
  /** Above the next step of a worry, when only the model read danger in the message. */
  ifNotAcute: 'Is er nu geen direct gevaar?',
  /** Under the danger block when the message also asked something the articles do not answer. */
  questionAfterSafety: 'Je vraag beantwoord ik graag, maar eerst de veiligheid: bel nu. Daarna denkt Veilig Thuis met je mee over de volgende stappen.',
  /** The danger block in the language of a message that is not in Dutch (English or German). */
  foreignDanger: {
    en: {
      title: 'Is someone in danger right now? Call 112.',
      text: 'Police and ambulance: 112. Veilig Thuis, for advice and reports on domestic violence and child abuse: 0800-2000 (free, 24/7). Thoughts of suicide: 113 or 0800-0113 (free, 24/7). If someone asks you to keep it secret, do not promise that. I work in Dutch only.',
    },
    de: {
      title: 'Ist jemand jetzt in Gefahr? Rufen Sie 112 an.',
      text: 'Polizei und Rettungsdienst: 112. Veilig Thuis, Beratung und Meldung bei häuslicher Gewalt und Kindesmisshandlung: 0800-2000 (kostenlos, rund um die Uhr). Bei Suizidgedanken: 113 oder 0800-0113 (kostenlos, rund um die Uhr). Bittet jemand Sie, es geheim zu halten, versprechen Sie das nicht. Ich arbeite nur auf Niederländisch.',
    },
  },
} as const;
