import { PhoneNumbers } from '../../domain/constants.js';

const { emergency, veiligThuis } = PhoneNumbers;

export const SafetyTexts = {
  /** Above the next step of a worry, when only the model read danger in the message. */
  ifNotAcute: 'Is er nu geen direct gevaar?',
  /** Under the danger block of suicide or self-harm when the message also asked something the articles do not answer. */
  questionAfterSafety: 'Je vraag beantwoord ik graag, maar eerst de veiligheid: bel nu. Betrek daarna de huisarts; Veilig Thuis is er als het thuis niet veilig is.',
  /** Under the danger block when someone in danger now asks what to do ("wat moet ik NU doen?", "ik kan haar toch niet laten gaan?"). */
  actNowTitle: 'Wat je nu doet',
  actNow: `Bel nu ${emergency} en zeg wat er gebeurt, waar het is en wie er zijn, zoals kinderen of een wapen. Wil de persoon zelf geen hulp? Bel toch: bij direct gevaar gaat de veiligheid voor. Blijf op een veilige plek, houd een kind bij je als dat kan en laat het niet meegaan met iemand die het in gevaar brengt. Spreek niemand aan die je verdenkt, en ga niet zelf naar een plek waar het gevaar is. Bel daarna Veilig Thuis (${veiligThuis}) en leg vast wat er gebeurde.`,
  /** The danger block in the language of a message that is not in Dutch (English or German). */
  foreignDanger: {
    en: {
      title: 'Is someone in danger right now? Call 112.',
      numbers: 'Police and ambulance: 112. Veilig Thuis, for advice and reports on domestic violence and child abuse: 0800-2000 (free, 24/7).',
      suicide: 'Thoughts of suicide: 113 or 0800-0113 (free, 24/7).',
      text: 'Do not confront anyone you suspect, and do not tell them or their family first: that can raise the danger. If someone asks you to keep it secret, do not promise that. When no one is in danger right now: write down what you saw and heard, with the date, discuss it with your aandachtsfunctionaris (the colleague for these concerns), and ask Veilig Thuis for advice; you can do that without naming the family. Whether Veilig Thuis can talk with you in English is not in my sources: ask when you call. I work in Dutch only.',
    },
    de: {
      title: 'Ist jemand jetzt in Gefahr? Rufen Sie 112 an.',
      numbers: 'Polizei und Rettungsdienst: 112. Veilig Thuis, Beratung und Meldung bei häuslicher Gewalt und Kindesmisshandlung: 0800-2000 (kostenlos, rund um die Uhr).',
      suicide: 'Bei Suizidgedanken: 113 oder 0800-0113 (kostenlos, rund um die Uhr).',
      text: 'Sprechen Sie niemanden an, den Sie verdächtigen, und sagen Sie es nicht zuerst ihm oder seiner Familie: das kann die Gefahr erhöhen. Bittet jemand Sie, es geheim zu halten, versprechen Sie das nicht. Ist gerade niemand in Gefahr: schreiben Sie auf, was Sie gesehen und gehört haben, mit Datum, besprechen Sie es mit Ihrer aandachtsfunctionaris (der Ansprechperson für solche Sorgen) und fragen Sie Veilig Thuis um Rat; das geht auch ohne Namen der Familie. Ob Veilig Thuis auch auf Deutsch berät, steht nicht in meinen Quellen: fragen Sie beim Anruf danach. Ich arbeite nur auf Niederländisch.',
    },
  },
} as const;
