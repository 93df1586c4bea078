import { rememberLast } from '../../core/rememberLast.js';
/**
 * Which language a message is in, from its function words: enough to tell Dutch from English and
 * from a few languages spoken in the region, so the bot can say in that language that it works
 * in Dutch and how to reach 112 and Veilig Thuis.
 */
export type Language = 'nl' | 'en' | 'de' | 'fr' | 'es' | 'pl' | 'tr' | 'ar' | 'other';

const FUNCTION_WORDS: Record<Exclude<Language, 'ar' | 'other'>, ReadonlySet<string>> = {
  nl: new Set('de het een en van ik je jij u is zijn niet wat hoe mag moet kan op in met voor dat die er ze hij zij we wij mijn heeft hebben naar ook maar als bij om dan nog geen wel of'.split(' ')),
  en: new Set('the a an and of i you is are not what how may must can on in with for that this there she he we my has have to also but if at do does should who where when please help child my our it call speak english'.split(' ')),
  de: new Set('der die das ein eine und ich du sie ist sind nicht was wie darf muss kann auf mit fur dass es er wir mein hat haben zu auch aber wenn bei kind hilfe bitte guten tag hallo deutsch schreiben sprechen ihr mann frau meine tochter sohn schlagt'.split(' ')),
  fr: new Set('le la les un une et de je tu vous est sont pas que comment puis dois peut sur dans avec pour il elle nous mon a ont aussi mais si enfant aide'.split(' ')),
  es: new Set('el la los las un una y de yo tu usted es son no que como puedo debo puede en con para ella nosotros mi tiene tienen pero si nino ayuda'.split(' ')),
  pl: new Set('i w nie na to jest sie ze jak co czy mam moge moje dziecko pomoc jestem ona on my z do dzien dobry mozna pisac po polsku prosze dziekuje pani pan moja moj corka syn maz zona bije pomocy gdzie kto dlaczego bardzo tak ale jego jej mnie mi'.split(' ')),
  tr: new Set('ve bir bu ne nasil ben sen o biz benim cocuk yardim var yok mi mu icin ile ama cok degil merhaba kime nerede neden lutfen'.split(' ')),
};

/**
 * Letters that no Dutch word has: each word with one counts for its language ("komşumun", "ağlıyor"). A name
 * with one in a Dutch message ("Ayşe") stays one word against the Dutch ones.
 */
const OWN_LETTERS: Partial<Record<Language, RegExp>> = { tr: /[ğşı]/u, pl: /[łąęśźżń]/u };

/** Words the languages share with Dutch or each other: they say nothing either way. */
const SHARED = new Set(['in', 'is', 'de', 'die', 'en', 'a', 'la', 'ik', 'op', 'van', 'hij', 'we', 'mijn', 'help', 'kind', 'o', 'ne', 'i', 'w', 'z', 'to', 'was', 'hat', 'also', 'has']);

export const detectLanguage = rememberLast(function detectLanguage(text: string): Language {
  if (/\p{Script=Arabic}/u.test(text)) return 'ar';
  const written = text
    .replace(/<at>.*?<\/at>|<[^>]*>/giu, ' ') // a mention of the bot, or markup, is no one's language
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u)
    .filter(Boolean);
  const words = written.map((w) => w.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i'));
  if (words.length < 3) return 'nl';
  const scores = Object.entries(FUNCTION_WORDS).map(([language, set]) => ({
    language: language as Language,
    score: words.filter((w, i) => (set.has(w) && !SHARED.has(w)) || OWN_LETTERS[language as Language]?.test(written[i]!)).length,
  }));
  scores.sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  const dutch = scores.find((s) => s.language === 'nl')!.score;
  if (!best || best.language === 'nl' || best.score < 2) return 'nl';
  // Dutch with one English word ("ik heb een issue met...") stays Dutch.
  if (best.score <= dutch) return 'nl';
  return best.score > (second?.score ?? 0) ? best.language : 'other';
});
