/**
 * What an English message is about, beyond danger: the few things its short reply can answer from the brief
 * (a child who witnesses violence between adults, an adult who may call Veilig Thuis herself, talking first with
 * someone suspected, sharing without consent (meldrecht), whether to report, what happens after a report, the police
 * or Veilig Thuis, self-harm, a volunteer without a meldcode) and one it must say it
 * cannot (a residence permit), and the harmful practices where a talk with the family comes last (forced marriage,
 * FGM, being left abroad: brief §7). Matched on lower-case text.
 */
export type ForeignConcern =
  | 'harmful-practice'
  /** Labour or sexual exploitation: an employer or "boyfriend" who keeps the papers or the money (mensenhandel, brief §7). */
  | 'exploitation'
  | 'melder-known'
  | 'talk-first'
  | 'consent'
  | 'must-report'
  | 'after-report'
  | 'child-witness'
  | 'adult-calls-herself'
  | 'police-or-vt'
  | 'self-harm'
  /** Self-harm or thoughts of suicide with no sign that home is unsafe: 113 and the huisarts, not Veilig Thuis (brief §7). */
  | 'suicide-route'
  /** Thoughts of suicide beside a home that seems unsafe: 113 as well as Veilig Thuis (brief §7). */
  | 'suicidal-remark'
  | 'volunteer'
  | 'residence';

// Not "student": at a university that is an adult.
const CHILD = /\b(?:child|children|kid|kids|girl|boy|pupil|pupils|daughter|son|toddler|baby|year \d|grade \d|\d+ ?(?:yrs|years old))\b|\((?:[1-9]|1[0-7])\)/u;
/** Violence against a parent or partner ("dad pushed mummy against the wall", "the parents fight"), which a child at home sees or hears. */
const BETWEEN_ADULTS =
  /\b(?:hit\w*|beat\w*|push\w*|shov\w*|slap\w*|kick\w*|hurt\w*|threaten\w*|lock\w*|chok\w*|shout\w* at|scream\w* at|yell\w* at)\s+(?:\w+\s+){0,2}?(?:mum|mummy|mom|mommy|mother|wife|girlfriend|partner)\b|\b(?:parents|mum and dad|mom and dad)\s+(?:\w+\s+)?(?:fight|argue|shout|scream|yell)\w*/u;

/** Cutting as female genital mutilation, not as self-harm. */
const FGM = /\b(?:fgm|female genital|genital (?:mutilation|cutting)|circumcis\w*|(?:be|being|get|getting) cut)\b/u;
const SELF = /\b(?:self-?harm\w*|(?:her|him|my|them)sel(?:f|ves))\b/u;

const PATTERNS: Record<Exclude<ForeignConcern, 'child-witness' | 'suicide-route' | 'suicidal-remark'>, RegExp> = {
  'harmful-practice': new RegExp(
    String.raw`${FGM.source}|\b(?:forced (?:marriage|to marry|into (?:a )?marriage)|arranged marriage|(?:come|coming|comes) back married|get married|marry (?:her|him) off|married off|(?:has|have) to marry|honou?r\w*|left (?:behind )?abroad|(?:leave|leaving|keep|keeping) (?:her|him|them) (?:there|abroad|behind))\b`,
    'u',
  ),
  exploitation:
    /\b(?:trafficking|traffick\w*|exploit\w*|loverboy\w*|pimp\w*|forced (?:labou?r|to work|prostitution))\b|\b(?:keeps|kept|takes|took|holds|has taken)\s+(?:\w+\s+){0,2}?(?:passport|id|id card|identity card|papers|documents)\b(?=[^.?!]*\b(?:employ\w*|work\w*|job|salary|wages|boss|landlord|debt)\b)|\b(?:salary|wages|earnings)\b[^.?!]{0,50}\b(?:landlord|boss|employer)\b|\b(?:landlord|boss|employer)\b[^.?!]{0,50}\b(?:salary|wages|earnings|passport|id card)\b/u,
  'talk-first':
    /\b(?:first )?(?:talk|speak|raise it|bring it up)\s+(?:\w+\s+){0,2}?(?:to|with)\s+(?:the |her |his )?(?:mum|mom|mother|dad|father|parents?|husband|wife|partner|family)\b|\bconfront\w*\b|\b(?:inform|tell|contact|call|notify|warn)\s+(?:\w+\s+)?(?:the |her |his |their )?(?:parents?|mum|mom|mother|dad|father|family)\b/u,
  'melder-known': /\b(?:know|find out|found out|hear|learn|tell (?:them|her|him|the family|the parents))\b[^.?!]{0,30}\b(?:it was me|it was us|it came from (?:me|us|the school)|who (?:reported|called|made the report)|that i (?:reported|called)|that we (?:reported|called))\b|\b(?:stay|remain|be) anonymous\b|\banonymous(?:ly)? (?:report|reporting)\b/u,
  consent:
    /\b(?:need|needs|have to (?:get|ask for))\s+(?:her|his|their|the (?:mother|father|parents|client|woman|man)'s|her parents'|his parents')?\s*(?:permission|consent)\b|\b(?:report|contact|call|tell|share|pass on|inform|allowed|can i|may i)\b[^.?!]{0,50}\bwithout\s+(?:[\w'’]+\s+){0,2}?(?:consent|permission|agreement|approval|telling|informing|asking|their knowledge|them knowing)\b|\b(?:confidential\w*|professional secrecy|duty of (?:secrecy|confidentiality)|medical secrecy|break\w* (?:the )?(?:confidentiality|secrecy|trust)|gdpr|privacy law)\b|\b(?:allowed|permitted|may i|can i|am i allowed)\b[^.?!]{0,40}\b(?:share|pass on|give)\b[^.?!]{0,30}\b(?:information|info|details|data|records|files?)\b/u,
  'must-report':
    /(?<!\bhow\s)\b(?:do|must|should|would)\s+(?:i|we)\s+(?:\w+\s+)?(?:(?:have|need) to\s+)?(?:report|make a report|file a report|call veilig thuis|contact veilig thuis)\b|\b(?:obliged|required|obligation|duty|mandatory|mandated)\b[^.?!]{0,30}\b(?:report\w*|call|contact)\b|\b(?:is|isn't|is this|is it)\s+(?:this\s+)?(?:enough|serious enough|sufficient)\b[^.?!]{0,30}\b(?:report|call|contact)\w*/u,
  'after-report': /\bwhat (?:happens|will happen|would happen|comes next)\b[^.?!]{0,40}\b(?:after|once|when|if)\b[^.?!]{0,25}\b(?:report|call)\w*|\bafter (?:i|we) (?:report|call|make a report)\w*\b[^.?!]{0,40}\bwhat\b|\bhow long\b[^.?!]{0,40}\b(?:take|takes|before)\b|\b(?:will|do) (?:they|veilig thuis|vt) (?:let (?:me|us) know|get back to|tell (?:me|us) (?:what|how))\b/u,
  'adult-calls-herself': /\b(?:if|when|can|could|should)\s+(?:she|he)\s+(?:\w+\s+){0,2}?(?:calls?|contacts?|reach(?:es)? out to)\b|\b(?:she|he)\s+(?:\w+\s+)?(?:call|contact)\s+(?:\w+\s+)?(?:veilig thuis|vt|them)\s+(?:her|him)sel(?:f)\b|\bcall (?:them )?(?:her|him)self\b/u,
  'police-or-vt': /\b(?:veilig thuis|vt)\b[^.?!]{0,40}\bor\b[^.?!]{0,20}\bpolice\b|\bpolice\b[^.?!]{0,20}\bor\b[^.?!]{0,40}\b(?:veilig thuis|vt)\b|\b(?:call|contact|involve|go to|tell)\s+the police\b/u,
  'self-harm': /\b(?:cuts|cutting|self-?harm\w*|hurt\w* (?:her|him)self|scratch\w* (?:her|him)self|burn\w* (?:her|him)self)\b/u,
  volunteer: /\bvolunteer\w*\b/u,
  residence: /\b(?:residence permit|residence status|residency|visa|immigration|deport\w*|the ind|verblijfsvergunning)\b/u,
};

const ORDER: readonly Exclude<ForeignConcern, 'suicide-route' | 'suicidal-remark'>[] = ['harmful-practice', 'exploitation', 'police-or-vt', 'must-report', 'consent', 'talk-first', 'melder-known', 'after-report', 'child-witness', 'self-harm', 'adult-calls-herself', 'volunteer', 'residence'];

/** "She sometimes thinks it would be easier if she wasn't around anymore", "talked about suicide". */
const SUICIDAL =
  /\b(?:suicid\w*|kill(?:ing)? (?:her|him|my|them)sel(?:f|ves)|end(?:ing)? (?:her|his|my|their) (?:own )?life|(?:wasn't|weren't|wasnt|werent|was not|were not|not) (?:around|here|alive) any ?more|better off without (?:her|him|me|them)|wants? to die|wish\w* (?:she|he|i) (?:was|were) dead|(?:does not|doesn't|didn't|did not) want to (?:live|be here) any ?more|(?:not|no longer) wanting to (?:live|be here|be alive|go on))\b/u;
/** Someone at home who hurts, threatens or abuses, or a home someone is afraid of. */
const UNSAFE_HOME =
  /\b(?:dad|daddy|father|mum|mummy|mom|mommy|mother|parents?|stepdad|stepfather|stepmother|uncle|brother|boyfriend|husband|partner)\b[^.?!]{0,40}\b(?:hits?|hitting|beat\w*|abus\w*|kick\w*|slap\w*|threaten\w*|touch\w*|punish\w*|lock\w*)\b|\b(?:afraid|scared|frightened)\b[^.?!]{0,30}\b(?:home|dad|father|mum|mom|mother|parents?|stepdad|stepfather)\b|\b(?:unsafe|not safe) (?:at )?home\b|\bneglect\w*|\b(?:keeps|takes|took|has taken|holds)\s+(?:her|his)\s+(?:passport|bank ?card|money|phone|papers|documents|id)\b|\b(?:doesn't|does not|won't|will not|didn't) let (?:her|him) (?:go|leave|see|out|have)\b/u;

export function foreignConcernsOf(text: string): ForeignConcern[] {
  const t = text.toLowerCase();
  const witness = CHILD.test(t) && BETWEEN_ADULTS.test(t);
  const found = ORDER.filter((concern) => (concern === 'child-witness' ? witness : PATTERNS[concern].test(t)));
  // The harmful-practice reply already says not to talk with the family first; FGM's cutting is no self-harm.
  const practice = found.includes('harmful-practice');
  const concerns = found.filter((c) => !(practice && c === 'talk-first') && !(c === 'self-harm' && FGM.test(t) && !SELF.test(t)));
  // Self-harm or suicide with a home that seems safe: its own route, with no suspect to keep it from and no meldcode steps.
  const suicidal = SUICIDAL.test(t);
  const selfHarmOnly = (concerns.includes('self-harm') || suicidal) && !practice && !witness && !UNSAFE_HOME.test(t);
  if (selfHarmOnly) return ['suicide-route', ...concerns.filter((c) => c !== 'self-harm' && c !== 'talk-first' && c !== 'volunteer')];
  // Thoughts of suicide told without wounds, beside an unsafe home: 113 as well (the self-harm paragraph names it already).
  return suicidal && !concerns.includes('self-harm') ? [...concerns, 'suicidal-remark'] : concerns;
}
