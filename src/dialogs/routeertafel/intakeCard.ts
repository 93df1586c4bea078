/** "Nieuwe overdracht": the intake card in the Veilig Thuis channel. */
import type { Application } from '@microsoft/teams-ai';
import type { Deps } from '../../app/deps.js';
import type { AppTurnState } from '../../app/turnState.js';
import { actionData } from '../../app/invoke.js';
import { may } from '../../domain/roles.js';
import { messageCard } from '../../cards/messageCard.js';
import { Verbs } from '../../cards/verbs.js';
import { actorOf, answer, updateForAll } from './clicks.js';
import { intakeCase } from './intake.js';
import { IntakeSubmitPayload, parsePayload } from './payloads.js';
import { RouteertafelTexts as T } from './texts.js';
import { intakeDone, intakeForm, intakeValuesFrom } from './views.js';

export function registerIntakeCard(app: Application<AppTurnState>, deps: Deps): void {
  const region = deps.config.region;
  app.adaptiveCards.actionExecute(Verbs.intakeSubmit, async (ctx) => {
    const data = actionData(ctx);
    const { formId } = parsePayload(IntakeSubmitPayload, data, Verbs.intakeSubmit);
    const actor = actorOf(ctx);
    if (!may(region, ctx.activity.from?.aadObjectId, 'intake-case')) return answer(ctx, messageCard({ title: T.handoverTitle, text: T.intakeOnlyVtStaff, style: 'attention' }));
    const outcome = await intakeCase({ ...deps, region }, data, 'card', actor.aadId);
    deps.log.info('case_card_intake', { outcome: outcome.kind });
    switch (outcome.kind) {
      case 'invalid':
        return answer(ctx, intakeForm(region, formId, intakeValuesFrom(data), outcome.problems.map((p) => p.message)));
      case 'conflict':
        return answer(ctx, intakeForm(region, formId, intakeValuesFrom(data), [T.intakeConflict(outcome.case.reference)]));
      case 'existing':
        return answer(ctx, intakeDone(region, outcome.case, true));
      case 'created': {
        const done = intakeDone(region, outcome.case, false);
        await updateForAll(ctx, deps, done);
        return answer(ctx, done);
      }
    }
  });
}
