import { z } from 'zod';
import type { Deps } from '../../app/deps.js';
import { dataOf, textOf, type Routes, type Turn } from '../../app/turn.js';
import type { Article } from '../../knowledge/article.js';
import { knowledgeCard } from '../../cards/knowledgeCard.js';
import { messageCard, type CardButton } from '../../cards/messageCard.js';
import { welcomeCard } from '../../cards/welcomeCard.js';
import { Verbs } from '../../cards/verbs.js';
import type { ControlWord } from '../../domain/understanding/control.js';
import { answerBesideRoute, worryAnswerLines } from '../../knowledge/worryAnswer.js';
import type { WorryReading } from '../../domain/understanding/worry.js';
import { describeWithRoute, routeLines, type SpecialRoute } from '../../domain/understanding/specialRoute.js';
import { understand, type Understanding } from '../../knowledge/understand.js';
import { KnowledgeTexts as T } from './texts.js';
import type { Card } from '../../cards/card.js';

/** Questions longer than this are cut before reading; nobody types a 10 000-character question to a search box. */
const MAX_QUERY_LENGTH = 1500;

const ShowPayload = z.object({ articleId: z.string().min(1) });

/**
 * Typed text in personal chat that no command took: control words, other languages, a described
 * worry, or a question answered from the curated articles (local reading and search, no AI).
 */
export function registerKnowledge(routes: Routes, deps: Deps): void {
  const cardOf = (article: Article, alternatives: Article[], canResume: boolean, note?: string, also?: Article) =>
    knowledgeCard({
      title: article.title,
      summary: article.summary,
      ...(also ? { also: { title: also.title, summary: also.summary } } : {}),
      body: article.body,
      source: article.source.url ? `${article.source.title} (${article.source.url})` : article.source.title,
      alternatives: alternatives.map((a) => ({ id: a.id, title: a.title })),
      canResume,
      note,
    });

  const walkButton = (canResume: boolean, reading?: WorryReading): CardButton =>
    canResume ? { title: T.resumeWalk, verb: Verbs.meldcodeResume } : { title: T.startWalk, verb: Verbs.meldcodeStart, data: reading ? { signals: reading.signals } : undefined };

  const worryCard = ({ reading, sector, route, related, asked = [], openQuestion = false, asker = 'professional' }: Extract<Understanding, { kind: 'worry' }>, canResume: boolean): Card => {
    // Below a route, its own article stays next to the answer to the story's question.
    const answers = asked.map((article) => ({ title: T.readAnswer(article.title), article }));
    const also = related && (route || asked.length === 0) ? [{ title: T.readAlso(related.title), article: related }] : [];
    const further = [...answers, ...also];
    const { reading: shown, text } = describeWithRoute(reading, route);
    return messageCard({
      title: T.worryTitle,
      text,
      lines: route ? [...routeBlock(route), ...answerBesideRoute(reading, asked, route.kind === 'colleague')] : worryAnswerLines(reading, asked, openQuestion, sector, asker),
      note: T.safetyLine,
      actions: [
        walkButton(canResume, shown),
        { title: T.askAdvice, verb: Verbs.adviceOpen },
        ...further.map(({ title, article }) => ({ title, verb: Verbs.knowledgeShow, data: { articleId: article.id } })),
      ],
    });
  };

  const routeBlock = (route: SpecialRoute): string[] => {
    const { title, lines } = routeLines(route, deps.config.region.meldcode?.wijkteamColleagueRoute);
    return [`**${title}**`, ...lines.map((line) => `- ${line}`)];
  };

  const controlReply = (word: ControlWord, state: Turn['state']): string | Card => {
    const walkOpen = Boolean(state.conversation.meldcode);
    switch (word) {
      case 'thanks':
        return T.control.thanks;
      case 'signOff':
        return T.control.signOff;
      case 'ok':
        return T.control.ok;
      case 'whoAreYou':
        return T.control.whoAreYou;
      case 'language':
        return T.control.language;
      case 'stop':
      case 'cancel':
        return walkOpen
          ? messageCard({ title: 'Meldcode', text: T.control.walkOpenStop, actions: [{ title: T.control.stopWalk, verb: Verbs.meldcodeStop }, walkButton(true)] })
          : T.control.nothingToStop;
      case 'back':
        return walkOpen ? messageCard({ title: 'Meldcode', text: T.control.walkOpenBack, actions: [walkButton(true)] }) : T.control.nothingToGoBackTo;
      case 'yes':
      case 'no':
      case 'dontKnow':
        return walkOpen ? messageCard({ title: 'Meldcode', text: T.control.noQuestionOpen, actions: [walkButton(true)] }) : T.control.noQuestionOpen;
      case 'start':
      case 'help':
      case 'greeting':
        return welcomeCard({ region: deps.config.region.name, sector: state.user.sector });
      case 'privacy':
        return welcomeCard({ region: deps.config.region.name, sector: state.user.sector, privacyNote: T.control.privacy });
      case 'detailsTyped':
        return T.control.detailsTyped;
    }
  };

  const answerTo = (understood: Understanding, state: Turn['state']): string | Card => {
    const canResume = Boolean(state.conversation.meldcode);
    switch (understood.kind) {
      case 'control':
        return controlReply(understood.word, state);
      case 'foreign': {
        // What the message is about comes right below the short version, before the general steps.
        // Self-harm with a home that seems safe keeps to its own route: no Veilig Thuis paragraphs, no meldcode steps.
        const [shortVersion, veiligThuis, secrecy, language, meldcode] = T.foreign[understood.language].split('\n\n');
        const concerns = understood.concerns.map((c) => T.foreignConcern[c]);
        const general = understood.concerns.includes('suicide-route') ? [secrecy] : [veiligThuis, secrecy, language, meldcode];
        return [shortVersion, ...concerns, understood.aboutStaff ? T.foreignStaff[understood.language] : undefined, ...general].filter(Boolean).join('\n\n');
      }
      case 'worry':
        return worryCard(understood, canResume);
      case 'answer': {
        const { best, alternatives, fitsQuestion, questionType } = understood.answer;
        const note = !fitsQuestion && questionType ? T.otherKindOfAnswer(questionType) : undefined;
        const others = alternatives.map((h) => h.article).filter((a) => a.id !== understood.also?.id);
        return cardOf(best.article, others, canResume, note, understood.also);
      }
      case 'no-match':
        return messageCard({
          title: T.noMatchTitle,
          text: T.noMatch,
          actions: [walkButton(canResume), { title: T.askAdvice, verb: Verbs.adviceOpen }],
        });
    }
  };

  routes.message(
    (turn) => turn.place.kind === 'personal' && Boolean(textOf(turn).trim()),
    async (turn, reply) => {
      const text = textOf(turn).slice(0, MAX_QUERY_LENGTH);
      const answer = answerTo(understand(text, deps.knowledge, turn.state.user.sector), turn.state);
      await reply.send(typeof answer === 'string' ? answer : { cards: [answer] });
    },
  );

  routes.click(Verbs.knowledgeShow, async (turn, reply) => {
    const { articleId } = ShowPayload.parse(dataOf(turn));
    const article = deps.knowledge.articlesById.get(articleId);
    await reply.answerClick({ card: article ? cardOf(article, [], Boolean(turn.state.conversation.meldcode)) : messageCard({ title: 'Vraag', text: T.articleGone }) });
  });
}
