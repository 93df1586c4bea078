import type { ArticleInput } from '../article.js';
import { PhoneNumbers, VeiligThuisFirstAdvice, VeiligThuisFirstLabels } from '../../domain/facts.js';
import { lines } from './lines.js';
import { Sources } from './sources.js';

/** The steps every Veilig Thuis-first form shares (brief §7). */
const veiligThuisFirstSteps = [
  `- ${VeiligThuisFirstAdvice.contactFirst}`,
  `- ${VeiligThuisFirstAdvice.noFamilyConversation}`,
  `- ${VeiligThuisFirstAdvice.imminentDeparture}`,
];

/** Forms of violence where Veilig Thuis comes before any conversation with the family. */
export const specialFormArticles: ArticleInput[] = [
  {
    id: 'vrouwelijke-genitale-verminking',
    title: VeiligThuisFirstLabels.vgv,
    summary:
      'Vrouwelijke genitale verminking (VGV, meisjesbesnijdenis) is een ingreep aan de uitwendige geslachtsorganen van een meisje zonder medische noodzaak; het is kindermishandeling en in Nederland strafbaar, ook als het in het buitenland gebeurt. Heb je zorgen, neem dan eerst contact op met Veilig Thuis, voordat je iets met de ouders bespreekt.',
    body: lines(
      'Het risico is vaak het grootst rond een vakantie of familiebezoek in het land van herkomst. Signalen kunnen zijn: een geplande lange reis naar een land waar VGV voorkomt, een meisje dat zelf iets vertelt, of na een vakantie: ziek zijn geweest, verzuim, moe of uitgeput zijn.',
      'Wat doe je?',
      ...veiligThuisFirstSteps,
      'Bij concrete aanwijzingen kan Veilig Thuis de Raad voor de Kinderbescherming vragen om te onderzoeken of bescherming nodig is.',
      `Is een meisje in direct gevaar? Bel ${PhoneNumbers.emergency}. Voor advies en melden: Veilig Thuis, ${PhoneNumbers.veiligThuis} (gratis, dag en nacht).`,
    ),
    sectors: [],
    keywords: ['vgv', 'meisjesbesnijdenis', 'besnijdenis', 'besneden', 'genitale verminking', 'vrouwenbesnijdenis', 'somalië', 'egypte', 'ethiopië', 'eritrea', 'soedan'],
    source: Sources.kinderbeschermingVgv,
    moreSources: [Sources.huiselijkGeweldVgv, Sources.augeoVeiligThuis],
    checked: '2026-12-02',
  },
  {
    id: 'huwelijksdwang-en-achterlating',
    title: 'Huwelijksdwang en achterlating',
    summary:
      'Bij huwelijksdwang moet iemand trouwen zonder zelf te mogen kiezen; bij achterlating wordt iemand tegen zijn of haar zin in het buitenland achtergelaten, vaak in een vakantie en zonder paspoort. Neem bij een vermoeden eerst contact op met Veilig Thuis, voordat je iets met de familie bespreekt.',
    body: lines(
      'Huwelijksdwang en achterlating zijn vormen van huiselijk geweld en hangen vaak samen met eergerelateerd geweld. Signalen: een leerling vertelt over een verloving of huwelijk dat de familie regelt, is bang voor een reis naar het land van herkomst, wordt ineens door familie gehaald en gebracht, of komt na een vakantie niet terug.',
      'Wat doe je?',
      ...veiligThuisFirstSteps,
      'Kan de reis niet meer worden tegengehouden? Dan kan het helpen als de jongere belangrijke gegevens noteert en iemand in vertrouwen neemt. Veilig Thuis werkt hierin samen met het Landelijk Knooppunt Huwelijksdwang en Achterlating.',
      `Bij direct gevaar: ${PhoneNumbers.emergency}. Advies en melden: Veilig Thuis, ${PhoneNumbers.veiligThuis}.`,
    ),
    sectors: [],
    keywords: ['huwelijksdwang', 'gedwongen huwelijk', 'uithuwelijken', 'uithuwelijking', 'uitgehuwelijkt', 'trouwen', 'verloofd', 'achterlating', 'achtergelaten', 'buitenland', 'paspoort', 'niet teruggekomen', 'vakantie', 'reis'],
    source: Sources.kinderbeschermingHuwelijksdwang,
    moreSources: [Sources.lkhaBuitenland],
    checked: '2026-12-02',
  },
  {
    id: 'mensenhandel-en-loverboys',
    title: 'Mensenhandel en loverboys',
    summary:
      'Bij mensenhandel wordt iemand onder dwang uitgebuit, bijvoorbeeld in de prostitutie of door gedwongen werk; loverboys palmen jongeren in met een liefdesrelatie en buiten hen daarna uit. Neem bij een vermoeden eerst contact op met Veilig Thuis; bespreek het niet eerst met de vermoedelijke uitbuiter of diens omgeving.',
    body: lines(
      'Slachtoffers leiden vaak een dubbelleven en vertellen er zelden uit zichzelf over. Vaak gaat het om een combinatie van signalen, zoals weglopen, concentratie- en slaapproblemen, zelfbeschadiging en steeds smoesjes verzinnen.',
      'Wat doe je?',
      ...veiligThuisFirstSteps.slice(0, 2),
      `- Is de jongere nu in gevaar of verdwenen? Bel ${PhoneNumbers.emergency}.`,
      `Veilig Thuis (${PhoneNumbers.veiligThuis}) denkt mee over de veiligheid en over de vervolgstappen, zoals hulp of aangifte.`,
    ),
    sectors: [],
    keywords: ['mensenhandel', 'loverboy', 'loverboys', 'pooierboy', 'lovergirl', 'uitbuiting', 'seksuele uitbuiting', 'prostitutie', 'gedwongen werk', 'arbeidsuitbuiting', 'weglopen', 'oudere vriend'],
    source: Sources.veiligThuisHaaglandenMensenhandel,
    moreSources: [Sources.njiLoverboys],
    checked: '2026-12-02',
  },
];
