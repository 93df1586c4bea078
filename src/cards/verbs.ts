/**
 * Every card action the bot understands. Cards put these in `verb`; routes register them.
 * Each feature registers exactly its own verbs, so no click ever answers 501.
 */
export const Verbs = {
  welcomeQuestion: 'welcome.question',
  welcomeSector: 'welcome.sector',

  meldcodeStart: 'meldcode.start',
  meldcodeChoose: 'meldcode.choose',
  meldcodeBack: 'meldcode.back',
  meldcodeRestart: 'meldcode.restart',
  meldcodeStop: 'meldcode.stop',
  meldcodeStopConfirm: 'meldcode.stopConfirm',
  meldcodeAcute: 'meldcode.acute',
  meldcodeVerslag: 'meldcode.verslag',
  meldcodeResume: 'meldcode.resume',
  forgetMe: 'privacy.forget',

  knowledgeShow: 'knowledge.show',

  adviceOpen: 'advice.open',
  adviceSubmit: 'advice.submit',
  adviceConfirmPii: 'advice.confirmPii',
  adviceEdit: 'advice.edit',
  adviceCancel: 'advice.cancel',
  adviceResolved: 'advice.resolved',
  adviceFollowUp: 'advice.followUp',
  ticketClaim: 'ticket.claim',
  ticketAnswer: 'ticket.answer',
  ticketCallback: 'ticket.callback',
  ticketForward: 'ticket.forward',
  ticketClose: 'ticket.close',
  ticketRefresh: 'ticket.refresh',

  intakeSubmit: 'intake.submit',
  handoverConfirm: 'handover.confirm',
  handoverReturn: 'handover.return',
  agendaRefresh: 'agenda.refresh',
  monitoringAnswer: 'monitoring.answer',

  triagePropose: 'triage.propose',
  triageAgree: 'triage.agree',

  werkvoorraadOffer: 'werkvoorraad.offer',
  werkvoorraadAnswer: 'werkvoorraad.answer',

  evaluationLesson: 'evaluation.lesson',
  evaluationAgreementDone: 'evaluation.agreementDone',
} as const;

export type Verb = (typeof Verbs)[keyof typeof Verbs];
