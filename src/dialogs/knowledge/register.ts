import type { Application } from '@microsoft/teams-ai';
import { ActivityTypes } from 'botbuilder';
import { z } from 'zod';
import type { Deps } from '../../app/deps.js';
import type { AppTurnState } from '../../app/turnState.js';
import { placeOf } from '../../app/activity.js';
import { actionData, onExecute, respondWithCard } from '../../app/invoke.js';
import { answerQuestion } from '../../knowledge/search.js';
import type { Article } from '../../knowledge/article.js';
import { knowledgeCard } from '../../cards/knowledgeCard.js';
import { messageCard } from '../../cards/messageCard.js';
import { Verbs } from '../../cards/verbs.js';

const KnowledgeTexts = {
  noMatch: 'Daar heb ik geen goed antwoord op. Wil je de meldcode-stappen doorlopen, of je vraag aan een adviseur van Veilig Thuis stellen?',
  noMatchTitle: 'Geen passend antwoord gevonden',
  articleGone: 'Dit artikel bestaat niet meer. Stel je vraag opnieuw.',
} as const;

/** Questions longer than this are cut before searching; nobody types a 10 000-character question to a search box. */
const MAX_QUERY_LENGTH = 500;

const ShowPayload = z.object({ articleId: z.string().min(1) });

/** Free questions in personal chat, answered from the curated articles (local search, no AI). */
export function registerKnowledge(app: Application<AppTurnState>, deps: Deps): void {
  const cardOf = (article: Article, alternatives: Article[], canResume: boolean) =>
    knowledgeCard({
      title: article.title,
      summary: article.summary,
      body: article.body,
      source: article.source.url ? `${article.source.title} (${article.source.url})` : article.source.title,
      alternatives: alternatives.map((a) => ({ id: a.id, title: a.title })),
      canResume,
    });

  app.activity(
    async (ctx) => ctx.activity.type === ActivityTypes.Message && placeOf(ctx.activity).kind === 'personal' && Boolean(ctx.activity.text?.trim()),
    async (ctx, state) => {
      const query = (ctx.activity.text ?? '').slice(0, MAX_QUERY_LENGTH);
      const answer = answerQuestion(deps.knowledge, query, { sector: state.user.sector });
      const canResume = Boolean(state.conversation.meldcode);
      if (answer.kind === 'no-match') {
        await ctx.sendActivity({
          attachments: [
            messageCard({
              title: KnowledgeTexts.noMatchTitle,
              text: KnowledgeTexts.noMatch,
              actions: [
                canResume ? { title: 'Verder met de meldcode', verb: Verbs.meldcodeResume } : { title: 'Ik zie een signaal', verb: Verbs.meldcodeStart },
                { title: 'Advies vragen aan Veilig Thuis', verb: Verbs.adviceOpen },
              ],
            }),
          ],
        });
        return;
      }
      await ctx.sendActivity({ attachments: [cardOf(answer.best.article, answer.alternatives.map((h) => h.article), canResume)] });
    },
  );

  onExecute(app, Verbs.knowledgeShow, async (ctx, state) => {
    const { articleId } = ShowPayload.parse(actionData(ctx));
    const article = deps.knowledge.articlesById.get(articleId);
    await respondWithCard(ctx, article ? cardOf(article, [], Boolean(state.conversation.meldcode)) : messageCard({ title: 'Vraag', text: KnowledgeTexts.articleGone }));
  });
}
