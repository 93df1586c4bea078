import type { Sector } from '../constants.js';
import { normaliseText } from './text.js';

/** Roles by the sector they work in; the asker names one ("als wijkverpleegkundige", "ik ben juf", "jgz-verpleegkundige hier"). */
const ROLES: readonly [Sector, string][] = [
  ['onderwijs', String.raw`leerkracht|leraar|lerares|docent\p{L}*|juf|meester|mentor|ib'?er|intern begeleider|zorgcoordinator|conciërge|concierge|schoolleider|directeur van (?:een|de) school|gymdocent|onderwijsassistent`],
  ['kinderopvang', String.raw`pedagogisch medewerker|pm'?-?er|gastouder|leidster|bso-medewerker|medewerker (?:van|op|in|bij) (?:de|een) (?:bso|kdv|opvang|kinderopvang)`],
  ['zorg', String.raw`huisarts|arts|apotheker|apothekersassistent\p{L}*|apotheekassistent\p{L}*|doktersassistent\p{L}*|huisartsenassistent\p{L}*|tandartsassistent\p{L}*|mondhygienist\p{L}*|jeugdarts|verpleegkundige|wijkverpleegkundige|jeugdverpleegkundige|jgz-verpleegkundige|verloskundige|kraamverzorgende|tandarts|fysiotherapeut|verzorgende|wijkverzorgende|thuiszorgmedewerker|spoedarts|psycholoog|psychiater|praktijkondersteuner|poh|persoonlijk begeleider|woonbegeleider|ambulant begeleider|begeleider (?:bij|op|in) (?:een |de )?(?:dagbesteding|woongroep|zorginstelling|instelling)`],
  ['wijkteam', String.raw`wijkteam\p{L}*|wijkcoach|buurtcoach|sociaal werker|maatschappelijk werker|buurtteam\p{L}*|jeugdconsulent|gezinscoach|jeugd- en gezinscoach|sociaal team|schuldhulp\p{L}*|budgetbeheer\p{L}*|budgetcoach|reclassering\p{L}*|wmo-consulent|wmo consulent|wmo-medewerker`],
];

/** "Hallo, verloskundige hier": a greeting may come before the role. */
const GREETING = String.raw`(?:(?:hallo|hoi|hi|hey|goedemorgen|goedemiddag|goedenavond|beste|dag)[\s,!.]+)?`;
const ASKER = (roles: string) =>
  new RegExp(String.raw`(?:\b(?:als|ik ben|ben|ik werk als|werk als|vanuit|ik werk bij|ik werk in)\s+(?:een\s+|de\s+|het\s+|ons\s+)?(?:${roles})\b|^${GREETING}(?:${roles})\b[^.!?]{0,20}\bhier\b)`, 'u');
const ASKERS = ROLES.map(([sector, roles]) => [sector, ASKER(roles)] as const);

/** Who asks: a professional under the meldcode, someone whose organisation has none (a club, a volunteer), or a neighbour or relative. */
export type Asker = 'professional' | 'outside-meldcode' | 'bystander';

/** The sector the asker says they work in, if the message says so. */
export function askerSectorOf(text: string): Sector | undefined {
  const t = normaliseText(text);
  return ASKERS.find(([, rx]) => rx.test(t))?.[0];
}

/**
 * An asker whose organisation has no meldcode of its own, and so no aandachtsfunctionaris to consult: a volunteer,
 * someone at a club or a housing corporation (brief §1 names the sectors that must have a meldcode). A police
 * officer is counted here too: whom the police consult is not in the sources, so they hear "je leidinggevende".
 */
const OUTSIDE_MELDCODE =
  /\b(?:ik ben|als|ben)\s+(?:(?:een|de|maar|gewoon)\s+)?(?:vrijwillig\p{L}*|taalmaatje|buurtvader|trainer|trainster|jeugdtrainer|coach|jeugdleider|leiding bij)|\bik (?:doe|geef) vrijwilligerswerk\b|\b(?:wij|we) zijn (?:\S+\s+)?vrijwillig\p{L}*|\bvrijwilliger\p{L}* (?:bij|op|van)\b|\bvrijwilliger\p{L}*\s+(?:in\s+)?(?:de\s+|het\s+|een\s+)?(?:voedselbank|kerk|parochie|moskee|club|vereniging|scouting|buurthuis|taalcafe|bibliotheek)|\bbij (?:onze|ons) (?:club|vereniging|scouting\p{L}*|voedselbank)\b|\b(?:woning|woon)corporatie\b|^(?:vrijwillig\p{L}*\s+)?(?:trainer|trainster|jeugdtrainer|coach|jeugdleider|vrijwilliger)\b|\b(?:ik ben|als|ben)\s+(?:(?:een|de)\s+)?(?:diaken|pastor|pastoor|predikant|dominee|voorganger|imam|ouderling|kerkelijk werker|pastoraal werker)\b|\b(?:sta|help|werk|draai)\s+(?:\S+\s+){0,3}?(?:bij|in)\s+(?:de|onze)\s+(?:voedselbank|kledingbank|inloop van de kerk)\b|\bwijkbeheerder\b|\bhuismeester\b|\bbuurtsportcoach\b|\b(?:ik ben|als|ben)\s+(?:(?:een|de)\s+)?(?:wijk|politie)agent\p{L}*|\b(?:ik werk|werk) bij de politie\b|^(?:politie|agent|wijkagent|politieagent)\b/u;
export function asksFromOutsideMeldcode(text: string): boolean {
  return askerSectorOf(text) === undefined && OUTSIDE_MELDCODE.test(normaliseText(text));
}

