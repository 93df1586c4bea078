import type { Sector } from '../constants.js';
import {
  ColleagueRouteNotes,
  ColleagueRoutes,
  ColleagueRouteSectors,
  colleagueRouteFor,
  SuicideRoute,
  VeiligThuisFirstAdvice,
  VeiligThuisFirstLabels,
  type ColleagueRouteSector,
  type RegionalColleagueRoute,
  type VeiligThuisFirstForm,
} from '../facts.js';
import { lexicon, mentions, type Lexicon } from './lexicon.js';
import { withoutWordsAskedAbout, isPastOrFiction, isWordToEveryParent, normaliseText, readsAsChildPlay, withoutLeftInTheHouse, withoutOwnWedding } from './text.js';
import { askerSectorOf } from './askerSector.js';
import { suspectsColleague } from './colleagueSuspicion.js';
import { SpecialRouteTitles, describeReading } from './labels.js';
import { isYoung, type WorryReading, type WorrySignal } from './worry.js';

/**
 * The situations where the general meldcode walk is the wrong route (brief §7), read from free text
 * the way the walk asks for them: who is suspected, which special form, and whether a departure or
 * a life is at stake. The answer is the facts module's route, never a new sentence.
 */
export type SpecialRoute =
  | { kind: 'colleague'; sector?: ColleagueRouteSector }
  /** `adult`: the story is about an adult only (a client with a disability, a partner), whom Veilig Thuis helps too. */
  /** `selfHarm`: the story also tells of self-harm or suicide, which adds 113 to the route. */
  | { kind: 'veilig-thuis-first'; form?: VeiligThuisFirstForm; departure: boolean; adult?: boolean; selfHarm?: boolean }
  | { kind: 'sexual-abuse-by-carer' }
  /** `toldOfHarm`: the person told the asker of violence at home themselves. */
  | { kind: 'suicide'; unsafeHome: boolean; toldOfHarm?: boolean };

const FORM_WORDS: Record<VeiligThuisFirstForm, Lexicon> = {
  'eergerelateerd-geweld': lexicon(['eer', 'eergerelateerd*', 'familie-eer', 'familieeer', 'eerwraak', 'de familie te schande', 'te schande gemaakt', 'schande over de familie', 'schande voor de familie', 'maagdelijk*']),
  huwelijksdwang: lexicon(['huwelijksdwang', 'neef op haar', 'wacht een neef', 'neef * op haar wacht', 'man op haar wacht', 'uithuwelijk*', 'uit te huwelijken', 'gedwongen huwelijk', 'gedwongen trouwen', 'moet trouwen', 'moet gaan trouwen', 'laten trouwen', 'neef trouwen', 'trouwen met een neef', 'getrouwd * met een neef', 'getrouwd met een neef', 'getrouwd met een oudere man', 'getrouwd met een veel oudere man', 'getrouwd met een * oudere man', 'trouwen met een oudere man', 'trouwen met een veel oudere man', 'trouwt met een neef', 'met een neef trouwen', 'voorgesteld * aan een neef', 'voorgesteld aan een neef', 'aan een neef voorgesteld', 'wordt aan een neef', 'wordt voorgesteld aan', 'aan iemand voorgesteld', 'voorgesteld gaat worden', 'voorgesteld zal worden', 'aan een neef beloofd', 'beloofd aan', 'een jongen voor haar', 'een man voor haar', 'een jongen voor haar is', 'een man voor haar gevonden', 'uitgezocht voor haar', 'neef voor haar', 'neef * voor haar', 'neef met wie ze kennis', 'kennis moet maken met een neef', 'kennismaken met een neef', 'voor haar uitgekozen', 'voor haar heeft uitgekozen', 'voor haar * uitgekozen', 'man voor haar uitgekozen', 'iemand voor haar gevonden', 'iemand voor haar heeft gevonden', 'voor haar geregeld', 'voor haar hebben geregeld', 'voor haar heeft geregeld', 'om mee te trouwen', 'verloofd', 'verloving', 'verloven', 'moet verloven', 'zich moet verloven', 'uitgehuwelijkt', 'bruiloft', 'huwelijk']),
  vgv: lexicon(['vgv', 'besnijd*', 'besneden', 'meisjesbesnijdenis', 'genitale verminking', 'verminking', 'knippen daar beneden', 'gesneden worden', 'sunna', 'echte vrouw', 'echt een vrouw', 'meisje rein te maken', 'haar rein te maken', 'dochter rein te maken', 'rein laten maken', 'rein gemaakt']),
  achterlating: lexicon(['achterlating', 'teruggestuurd naar', 'terugsturen naar', 'land van herkomst', 'terug naar het land', 'niet meer terug naar nederland', 'niet meer terug mag', 'komt niet meer terug uit', 'blijft daar', 'moet daar blijven', 'bij familie in het buitenland', 'voor een paar maanden naar', 'paar maanden naar familie', 'in het buitenland naar school', 'naar school in het buitenland', 'heropvoed*', 'of ze terugkomt', 'of ze nog terugkomt', 'of ze wel terugkomt', 'denkt niet dat ze terugkomt', 'denkt niet dat ze nog terugkomt', 'of hij terugkomt', 'of ze terug mag', 'of ze na * terugkomt', 'of ze na de zomer terugkomt', 'of ze na de vakantie terugkomt', 'nooit meer teruggekomen', 'nooit meer terug gekomen', 'nooit meer teruggekeerd', 'niet meer teruggekomen', 'paspoort ingenomen', 'paspoort * ingenomen', 'paspoort afgepakt', 'paspoort * afgepakt']),
  mensenhandel: lexicon(['mensenhandel', 'loverboy*', 'pooier*', 'pooierboy*', 'seksuele uitbuiting', 'seksueel uitgebuit', 'criminele uitbuiting', 'arbeidsuitbuiting', 'gedwongen werken', 'prostitu*', 'tippelen', 'escort*', 'moet werken voor', 'seks voor geld', 'dingen moet doen voor', 'dingen doen voor', 'geld schuldig', 'schuld afbetalen', 'schuld moet afbetalen', 'moet terugbetalen', 'terug te verdienen', 'terugverdienen', 'lief zijn voor zijn vrienden', 'lief moet zijn voor zijn vrienden', 'iets terug moet doen', 'wat terug moet doen', 'iets terug doen', 'wat terug doen', 'iets terugdoen voor', 'vrienden van hem ontmoet', 'vriendjes van hem ontmoet', 'vriendjes laat ontmoeten', 'vrienden laat ontmoeten', 'met vrienden van hem mee', 'voor vrienden van hem', 'voor zijn vrienden', 'uitgeleend', 'wordt uitgeleend', 'uitleent aan', 'uitlenen aan']),
};

/**
 * Signs of a loverboy that no single word names (brief §7): a much older boy or man, and one more of
 * expensive gifts, nights away, pictures going round or being picked up by car. The older one alone is
 * no sign ("een oudere jongen pest hem").
 */
const OLDER_LOVER = lexicon(['ouder dan zij', 'duidelijk ouder', 'flink ouder', 'veel ouder', 'zeker 20', 'ruim 20', 'minstens 20', 'zeker 18', 'ruim 18', 'stuk ouder', 'oudere jongen', 'oudere jongens', 'oudere vriend', 'oudere vriendje', 'veel oudere', 'oudere man', 'oudere mannen', 'volwassen vriend', 'begin 20', 'begin twintig', 'midden 20', 'midden twintig', 'eind twintig', 'eind 20', 'rond de 20', 'twintiger', 'van in de 20', 'van in de twintig', 'van in de dertig', 'van in de 30', 'al van de mbo af', 'al van school af']);
const LOVERBOY_SIGNS: readonly Lexicon[] = [
  lexicon(['dure cadeau*', 'dure spullen', 'dure kleren', 'dure kleding', 'dure sneakers', 'dure schoenen', 'dure tas*', 'dure jas', 'merkkleding', 'gelnagels', 'nieuwe sneakers', 'dure sieraden', 'nieuwe airpods', 'nieuwe iphone', 'nieuwe telefoon', 'dure telefoon', 'tweede telefoon', 'twee telefoons', 'nieuwe kleren', 'nieuwe kleding', 'dure nagels', 'nieuwe nagels', 'nagels gedaan', 'veel geld', 'geld op zak', 'cadeaus']),
  lexicon(["'s nachts", 'nachten weg', 'weekenden weg', 'hele weekenden weg', 'hele weekend weg', 'met zijn vrienden mee', 'met vrienden van hem mee', 'blijft slapen', 'bij vrienden slaapt', 'slaapt bij vrienden', 'niet thuis slaapt', 'wegloopt', 'weggelopen', 'loopt weg', 'spijbel*', 'hotel', 'hotelkamer']),
  lexicon(["foto's van haar", "foto's van hem", 'foto van haar', 'foto van hem', 'naaktfoto*', "foto's rond", 'filmpjes van haar', 'filmpje van haar', "foto's voor hem", "foto's moet sturen", "foto's sturen"]),
  lexicon(['opgehaald door', 'haalt haar op', 'haalt hem op', 'in een auto', 'dikke auto', 'dure auto', 'bmw', 'mercedes', 'audi']),
];

/** "Een jongen van ver in de twintig", "een jongeman van een jaar of 22", "een 'vriend' van rond de dertig", "een vriend van 22", "haar vriendje van 19", "een jongen van een jaar of twintig", "dat hij 23 is", "een gast van 20-22", "echt wel 20+": a boyfriend who is an adult. */
const ADULT_BOYFRIEND = /\b(?:vriend\p{L}*|jongen|jongeman|man|gast|vent|kerel)\b[^.?!]{0,20}?\bvan\s+(?:ver\s+|diep\s+|al\s+|eind\s+|begin\s+|midden\s+)?in\s+de\s+(?:twintig|dertig|veertig)\b|\b(?:jongen|jongeman|man|gast|vent|vriend\p{L}*)\b[^.?!]{0,50}?\b(?:1[89]|[2-5]\d|achttien|negentien|\p{L}*twintig|\p{L}*dertig|\p{L}*veertig)\s?(?:\+|plus\b|-\s?(?:1[89]|[2-5]\d|achttien|negentien|\p{L}*twintig|\p{L}*dertig|\p{L}*veertig)\b|of zo\b|ofzo\b)|\b(?:vriend\p{L}*|jongen|jongeman|man|gast|vent|kerel)\b[^.?!]{0,50}\been jaar of (?:1[89]|[2-5]\d|achttien|negentien|\p{L}*twintig|\p{L}*dertig|\p{L}*veertig)\b|\b(?:vriend\p{L}*|jongen|jongeman|man)['"’]? van (?:1[89]|[2-5]\d|achttien|negentien|\p{L}*twintig|\p{L}*dertig|\p{L}*veertig)\b|\b(?:vriend\p{L}*|jongen|jongeman|man)['"’]?\s+(?:heeft\s+)?van (?:rond de |ongeveer |zo'?n |een jaar of |in de |begin |midden |eind )(?:1[89]|[23]\d|twintig|dertig)\b|\b(?:vriend\p{L}*|jongen|jongeman|man)['"’]? van (?:ik schat|naar schatting|schat ik|zeg maar|denk ik|volgens mij|misschien|zeker|ruim|minstens|bijna|al) (?:1[89]|[2-5]\d|\p{L}*twintig|\p{L}*dertig)\b|\b(?:hij|vriend\p{L}*['"’]?) (?:al |pas )?(?:1[89]|[2-5]\d|achttien|negentien|\p{L}*twintig|\p{L}*dertig|\p{L}*veertig)(?: jaar)? is\b|\b(?:man|jongen|jongeman|vriend) die (?:\S+ ){0,4}?(?:1[89]|[2-5]\d|achttien|negentien|\p{L}*twintig|\p{L}*dertig|\p{L}*veertig)(?: jaar)? is\b/u;

/** "We behandelen een man van 38": the asker's own client, not someone's older boyfriend. */
const TREATED_MAN = /\b(?:behandel\p{L}*|begeleid\p{L}*|client\p{L}*|patient\p{L}*)[,:;]?\s+(?:\S+\s+){0,3}?(?:een |de )?man van\b/u;

function showsLoverboySigns(t: string): boolean {
  const adultBoyfriend = ADULT_BOYFRIEND.test(t) && !TREATED_MAN.test(t);
  return (mentions(OLDER_LOVER, t) || adultBoyfriend) && LOVERBOY_SIGNS.some((signs) => mentions(signs, t));
}

/** Signs of criminal exploitation of a young person: handing over packages, with money or goods from nowhere or older youths who collect him. */
const COURIER = lexicon(['pakketje', 'pakketjes', 'koerier*', 'drugsrunner*', 'drugs rondbreng*', 'drugs wegbreng*', 'drugs verkop*']);
const CRIMINAL_SIGNS: readonly Lexicon[] = [
  lexicon(['tweede telefoon', 'dure auto', 'dikke auto', 'nieuwe kicksen', 'dure schoenen', 'dure sneakers', 'dure kleren', 'geld op zak', 'veel geld', 'dure spullen', 'nieuwe scooter']),
  lexicon(['oudere jongens', 'jongens van een jaar of', 'jongens van rond de', 'steeds andere jongens', 'opgehaald door', 'mist trainingen', 'spijbel*', 'smoesjes']),
];
const showsCriminalExploitationSigns = (t: string): boolean => mentions(COURIER, t) && CRIMINAL_SIGNS.every((signs) => mentions(signs, t));

/**
 * Signs of honour-related control that no single word names (brief §7): a girl watched by her brother or
 * father, kept from ordinary school life, afraid of what happens when the family finds out. Two kinds of
 * sign together point to it; one alone ("haar broer haalt haar op") does not.
 */
const HONOUR_SIGNS: readonly Lexicon[] = [
  lexicon(['checkt haar telefoon', 'controleert haar telefoon', 'haar telefoon controleert', 'haar telefoon checkt', 'leest haar berichten', 'haar berichten leest', 'broer controleert', 'broer checkt', 'broer volgt haar', 'volgt haar na school', 'telefoon afgepakt', 'telefoon * afgepakt', 'telefoon ingenomen', 'telefoon * ingenomen', 'oogje in het zeil', 'houdt haar in de gaten', 'houden haar in de gaten', 'in de gaten gehouden']),
  lexicon(['mag van hen niet', 'mag * van hen niet', 'mag van de familie niet', 'mag van haar schoonfamilie niet', 'niet eens alleen douchen', 'niet alleen douchen', 'niet naar schoolfeest*', 'niet naar het schoolfeest', 'niet mee op werkweek', 'niet mee op schoolkamp', 'niet mee op kamp', 'niet met de klas zwemmen', 'niet mee zwemmen', 'niet mee naar zwemles', 'mag geen vriendje', 'stiekem een vriendje', 'stiekem een vriend', 'mag niet meer alleen', 'niet meer alleen de stad in', 'mag niet alleen de deur uit', 'mag nergens meer alleen', 'nergens meer alleen heen', 'nergens alleen heen', 'met jongens praat*', 'met een jongen praat*', 'met jongens gezien', 'met een jongen gezien', 'een vriend heeft', 'een vriendje heeft', 'van haar vriend', 'van haar vriendje']),
  lexicon(['anders problemen met familie', 'anders problemen met de familie', 'problemen met * familie', 'problemen met de schoonfamilie', 'als * vader * ontdekt', 'als * vader * hoort', 'als * vader * * hoort', 'als * familie * hoort', 'als * broer * hoort', 'hebben ontdekt dat', 'heeft ontdekt dat', 'als * vader * te weten komt', 'als * familie * ontdekt', 'als * broer * ontdekt', 'aan haar vader * vertellen', 'aan * vader * vertellen', 'ben ik dood', 'teruggestuurd', 'terug * gestuurd', 'de familie * schande']),
  lexicon(['broer * bij het hek', 'staat * bij het hek', 'broer haalt haar', 'haalt haar * op', 'wordt * opgehaald door * broer', 'opgehaald door haar broer']),
];

function showsHonourSigns(t: string): boolean {
  return HONOUR_SIGNS.filter((signs) => mentions(signs, t)).length >= 2;
}

/** A form of violence told as history ("vroeger", "als kind") is no reason to call Veilig Thuis now. */
const PAST = lexicon(['vroeger', 'als kind', 'jaren geleden', 'jaar geleden', 'vorig jaar', 'destijds', 'in het verleden', 'toen ze klein', 'toen hij klein', 'al jaren gescheiden']);

const DEPARTURE = lexicon([
  'vakantie', 'zomervakantie', 'reis', 'op reis', 'vliegticket*', 'ticket*', 'geboekt', 'vlucht', 'vliegen', 'vliegtuig', 'vertrek*', 'vertrekt', 'gaat weg',
  'naar het buitenland', 'buitenland', 'naar somalie', 'naar marokko', 'naar turkije', 'naar egypte', 'naar soedan', 'naar ethiopie', 'naar eritrea',
  'naar pakistan', 'naar afghanistan', 'naar irak', 'naar syrie', 'naar guinee', 'naar sierra leone', 'naar mali', 'naar nigeria', 'naar het land',
]);
/** A time close at hand: a departure for a marriage, cutting or being left abroad, but for exploitation only beside a trip ("morgen" is no journey). */
const SOON_AFTER = lexicon(['deze zomer', 'komende zomer', 'volgende week', 'volgende maand', 'binnenkort', 'morgen', 'morgenochtend', 'morgenvroeg', 'overmorgen', 'dit weekend', 'over een paar dagen']);


/** Where the asker works, read from the message when it says so; otherwise the sector they chose. */
const SECTOR_WORDS: Array<[ColleagueRouteSector, Lexicon]> = [
  ['kinderopvang', lexicon(['kinderopv*', 'op onze opvang', 'op de opvang', 'bij ons op de opvang', 'kinderdagv*', 'dagverblijf', 'kdv', 'bso', 'buitenschoolse opvang', 'peuteropvang', 'peuterspeelzaal', 'peutergroep', 'babygroep', 'dreumesgroep', 'gastouder*', 'leidster', 'pedagogisch medewerker', 'pm-er', 'houder', 'creche'])],
  ['jeugdhulp', lexicon(['jeugdhulp', 'jeugdzorg', 'leefgroep', 'gezinshuis*', 'pleegzorg', 'pleegvader', 'pleegmoeder', 'jeugdhulpverlener', 'residentiele', 'behandelgroep', 'groepsleider', 'groepsleiding'])],
  ['wijkteam', lexicon(['wijkteam*', 'sociaal team', 'buurtteam'])],
  ['zorg', lexicon(['zorginstelling', 'verpleeghuis', 'verzorgingshuis', 'zorgcentrum', 'ggz', 'gehandicaptenzorg', 'woonvoorziening', 'thuiszorg', 'ziekenhuis', 'verzorgende', 'verpleegkundige', 'zorgverlener', 'client*', 'bewoner*', 'patient*', 'dagbesteding', 'wlz', 'bewoonster*', 'woongroep', 'verstandelijke beperking', 'gehandicapt*'])],
  ['vereniging', lexicon(['sportclub', 'sportvereniging', 'vereniging', 'voetbalclub', 'voetbal*', 'pannavoetbal', 'hockey*', 'judo*', 'turnvereniging', 'turnles', 'zwemclub', 'zwemvereniging', 'scouting', 'jeugdleider', 'jeugdtrainer', 'hulptrainer', 'trainer*', 'trainster*', 'buurtsport*', 'volleybal*', 'basketbal*', 'handbal*', 'korfbal*', 'tennisclub', 'tennisles', 'atletiek*', 'manege', 'paardrij*', 'balletles', 'dansles', 'elftal', 'dansschool', 'harmonie', 'fanfare', 'carnavalsvereniging', 'parochie', 'kerk', 'moskee', 'zondagsschool', 'kinderwerk', 'jeugdclub', 'jeugdwerk', 'catechese', 'koor', 'kinderkoor'])],
  ['onderwijs', lexicon(['school', 'basisschool', 'middelbare', 'mbo', 'leerling*', 'klas', 'gymleraar', 'gymles', 'leerkracht', 'leraar', 'lerares', 'docent*', 'juf', 'meester', 'mentor', 'conciërge', 'concierge', 'schoolleider', 'directeur', 'stagiair*'])],
];


/** A group in youth care where a pedagogisch medewerker may work, as in child care (no child-care group is a woongroep). */
const YOUTH_CARE_GROUP = lexicon(['behandelgroep*', 'leefgroep*', 'woongroep*', 'gezinshuis*', 'residentiele', 'jeugdzorginstelling', 'jeugdhulpinstelling', 'jeugdzorggroep', 'jeugdzorgplus', 'gesloten jeugdzorg']);

const CARER = lexicon(['vader', 'moeder', 'papa', 'mama', 'stiefvader', 'stiefmoeder', 'stiefvader', 'vriend van moeder', 'vriend van mama', 'nieuwe vriend van', 'opa', 'oom', 'broer', 'verzorger', 'pleegvader', 'pleegmoeder']);

/** Sexual abuse in words the worry reader may not count as a signal ("komt 's nachts bij haar in bed"). */
const SEXUAL = lexicon([
  'seksue*', 'seks', 'misbruik*', 'betast', 'aangeraakt', 'aanraken', 'aan haar * zat', 'aan haar * zit', 'aan zijn * zat', 'aan zijn * zit', 'bij haar in bed', 'bij hem in bed', 'bij mij in bed', 'in bed kruipt', 'in bed komt', 'in haar bed',
  'in zijn bed', 'aan haar zit', 'aan haar zat', 'aan hem zit', 'aan hem zat', 'aanraakt', 'raakt haar aan', 'raakt hem aan', 'bij haar op * kamer', 'bij hem op * kamer', "'s nachts op haar kamer", "'s nachts op zijn kamer", 'komt op haar kamer', 'komt op zijn kamer', 'piemel', 'plassertje', 'geslachtsdeel*', 'naakt', 'bloot', 'porno', 'verkracht*', 'ontucht', 'incest',
]);

const SUICIDE = lexicon([
  'zelfmoord*', 'suicid*', 'zelfdoding', 'dood willen', 'dood wil', 'liever dood', 'was ik maar dood', 'dood zou willen', 'niet meer leven', 'niet meer wil leven', 'niet meer bestaan', 'er niet meer willen zijn', 'er niet meer wil zijn',
  'er een eind aan', 'er een einde aan', 'een einde aan maken', 'zelfbeschadig*', 'snijdt zichzelf', 'snijdt zich', 'krast zich', 'krast zichzelf', 'kraste zichzelf', 'zichzelf krast', 'zichzelf kraste', 'zichzelf snijdt', 'zichzelf sneed', 'krassen op', 'allemaal krassen', 'vol krassen', 'vol met krassen', 'sneetjes', 'snijwondjes', 'sneden op', 'sneden in', 'krasjes op * arm', 'krasjes op * armen', 'krasjes op * onderarm*', 'krasjes op * bovenarm*', 'krasjes op * pols*', 'sneetjes op', 'sneden in haar', 'sneden in zijn', 'sneden op haar', 'sneden op zijn', 'snijdt in haar', 'snijdt in zijn', 'snijwonden op * arm*', 'snijwonden op * onderarm*', 'snijwonden op * pols*', 'snijwonden op * been', 'snijwonden op * benen',
  'zichzelf pijn', 'beschadigt zichzelf', 'van het dak', 'voor de trein', 'pillen verzameld', 'afscheidsbrief',
  // "Is dat iets voor 113 of voor VT?": the asker names the line for suicide.
  'voor 113', '113 of', 'of 113', '113 bellen', 'bel ik 113', 'naar 113', '113 inschakelen',
  'geen zin meer in', 'hoeft niemand zich meer', 'niemand zich meer druk', 'beter af zonder', 'beter af is zonder', 'wil er niet meer zijn', 'hoeft voor mij allemaal niet meer', 'hoeft voor mij niet meer', 'beter af zou zijn zonder', 'beter af zouden zijn zonder', 'beter af zijn zonder', 'er liever niet meer zou zijn', 'er liever niet meer was', 'niet meer wakker worden',
  'er niet meer is', 'er niet meer zou zijn', 'er niet meer ben', 'zich * snijdt', 'zich * * snijdt', 'zich * krast', 'zichzelf * snijdt', 'zich snijdt',
]);

const UNSAFE_HOME = lexicon([
  'thuis geslagen', 'slaat', 'geslagen', 'tegen de muur', 'mishandel*', 'geweld thuis', 'huiselijk geweld', 'ruzie thuis', 'misbruik*', 'bang voor haar vader', 'bang voor zijn vader',
  'bang voor haar moeder', 'bang voor zijn moeder', 'bang voor thuis', 'durft niet naar huis', 'wil niet naar huis', 'onveilig thuis', 'thuis onveilig', 'thuis is het niet veilig',
  'verwaarloos*', 'opgesloten', 'schreeuwen', 'drinkt', 'dronken', 'gedronken', 'naar drank', 'krat', 'geschreeuwd', 'geschreeuw', 'bedreig*', 'thuis ruzie', 'thuis * ruzie', 'met zijn handen', 'met haar handen', 'hardhandig', 'een klap', 'klappen', 'een tik', 'tikken',
]);

/** "Ze wil de kinderen niet achterlaten" is leaving them at home; left behind is achterlating only with a country away. */
const LEFT_BEHIND = lexicon(['achterlaten', 'achtergelaten']);
const namesForm = (form: VeiligThuisFirstForm, t: string): boolean =>
  mentions(FORM_WORDS[form], t) || (form === 'achterlating' && mentions(LEFT_BEHIND, withoutLeftInTheHouse(t)));

/**
 * Signs of planned cutting that no word for it names (brief §7): a girl, a trip or a country where it is common,
 * and words of making her ready "zoals het hoort".
 */
const CUTTING_HINTS = lexicon(['grote feest', 'groot feest', 'echt een vrouw', 'zoals het hoort', 'klaar maken', 'klaarmaken', 'klaar wil maken', 'klaar te maken', 'volgens de traditie', 'rein maken', 'schoon maken', 'echt meisje', 'echt groot meisje', 'groot meisje wordt', 'meisjesfeest', 'feest voor meisjes', 'feest alleen voor haar', 'feest voor haar', 'grote meid', 'echte vrouw', 'een vrouw worden']);
const CUTTING_COUNTRY = /\b(?:somalie|somaliland|eritrea|ethiopie|egypte|soedan|guinee|guinea|sierra leone|mali|djibouti|gambia)\b/u;
const A_GIRL = /\b(?:meisje|meisjes|meid|meidje|dochter|dochtertje|dochters|nichtje|zusje|kleindochter)\b/u;
const showsCuttingSigns = (t: string): boolean => mentions(CUTTING_HINTS, t) && A_GIRL.test(t) && (mentions(DEPARTURE, t) || CUTTING_COUNTRY.test(t));

/** "Hij wil niet dat zijn ouders weten …": the parents not knowing, which says nothing of a safe home. */
const NOT_KNOWN_AT_HOME = /\bniet dat (?:zijn |haar |de )?ouders\b/gu;
const SAFE_HOME = lexicon(['thuis is veilig', 'thuis veilig', 'ouders zijn betrokken', 'ouders weten', 'ouders zijn op de hoogte', 'goed contact met', 'lieve ouders', 'zorgzame ouders', 'ouders steunen']);

type Reading = Pick<WorryReading, 'signals' | 'involved' | 'describesSituation' | 'harmToldAtHome'>;


/** `selfHarmRead`: the danger reader found suicide or self-harm in words this lexicon may not hold ("ik spaar mijn slaappillen op"). */
export function specialRouteOf(text: string, reading: Reading, sector?: Sector, selfHarmRead = false): SpecialRoute | undefined {
  const t = withoutWordsAskedAbout(withoutOwnWedding(normaliseText(text)));
  const form = (Object.keys(FORM_WORDS) as VeiligThuisFirstForm[]).find((f) => namesForm(f, t)) ?? (showsLoverboySigns(t) || showsCriminalExploitationSigns(t) ? 'mensenhandel' : showsHonourSigns(t) ? 'eergerelateerd-geweld' : showsCuttingSigns(t) ? 'vgv' : undefined);
  const departure = mentions(DEPARTURE, t) || (form !== 'mensenhandel' && mentions(SOON_AFTER, t));
  // A lesson, a story, a training or something that is over is no case (the same guard as for acute
  // danger), unless one of the forms comes with a departure ("binnenkort, zoals bij haar vroeger").
  // A worker suspected by name is no child's play, whatever the story's words ('het ging over een tekening').
  if (isWordToEveryParent(t) || (isPastOrFiction(t) && !(form && departure) && !(readsAsChildPlay(t) && suspectsColleague(t)))) return undefined;
  const selfHarm = selfHarmRead || mentions(SUICIDE, t);
  // Self-harm beside a forced marriage, cutting or being left abroad with a departure, or beside signs of exploitation
  // (a 'vriend' of 22 with gifts and a car): Veilig Thuis first, with 113 beside it.
  if (selfHarm && !(form && (departure || form === 'mensenhandel'))) {
    const unsafeHome = mentions(UNSAFE_HOME, t) && !mentions(SAFE_HOME, t.replace(NOT_KNOWN_AT_HOME, ' '));
    return { kind: 'suicide', unsafeHome, ...(unsafeHome && reading.harmToldAtHome ? { toldOfHarm: true } : {}) };
  }
  const history = mentions(PAST, t) && !departure;
  const adult = reading.involved.length > 0 && !reading.involved.some(isYoung) ? { adult: true } : {};
  if (form && !history) return { kind: 'veilig-thuis-first', form, departure, ...adult, ...(selfHarm ? { selfHarm: true } : {}) };
  if (reading.signals.includes('special-route') && !history) return { kind: 'veilig-thuis-first', departure, ...adult };
  // A parent or carer named with the sexual act decides first: the asker's own job is no suspect.
  if (reading.describesSituation && suspectsCarerOfSexualAbuse(t)) return { kind: 'sexual-abuse-by-carer' };
  if (suspectsColleague(t)) return { kind: 'colleague', sector: sectorOf(t, sector) };
  return undefined;
}

/** A parent or carer and a sexual act in one sentence. */
function suspectsCarerOfSexualAbuse(t: string): boolean {
  return t.split(/[.!?;]/).some((sentence) => mentions(CARER, sentence) && mentions(SEXUAL, sentence) && !WORKER_ACTS.test(sentence));
}
/** "Een collega van de nachtdienst doet 'spelletjes' met haar … anders mag ze niet meer naar haar moeder": the worker is the one named. */
/** ("Als mama nachtdienst heeft" is the mother's shift, no worker.) */
const WORKER_ACTS = /\b(?:collega|medewerker|vrijwilliger|stagiair|invaller|invalkracht|nachtdienstcollega|nachtdienstmedewerker)\p{L}*\b|\b(?:van|uit) de nachtdienst\b/u;

/** "Wij zijn geen school of zorginstelling": a sector named as not the asker's. */
const NOT_OUR_SECTOR = /\b(?:zijn|is|ben)\s+(?:\S+\s+)?geen\s+\p{L}+(?:\s+(?:of|en|noch)\s+\p{L}+)*/gu;
/** The sector whose route applies: where the asker says they work ("ik ben leerkracht op een basisschool"), then the sector the story names, then the one they chose. */
function sectorOf(t: string, chosen?: Sector): ColleagueRouteSector | undefined {
  const isRouteSector = (sector?: string): sector is ColleagueRouteSector => (ColleagueRouteSectors as readonly string[]).includes(sector ?? '');
  const own = askerSectorOf(t);
  const named = SECTOR_WORDS.find(([, words]) => mentions(words, t.replace(NOT_OUR_SECTOR, ' ')))?.[0];
  // A pedagogisch medewerker works in child care and in youth care: a youth-care setting ("op een behandelgroep") decides.
  if (mentions(YOUTH_CARE_GROUP, t) && (own === 'kinderopvang' || named === 'kinderopvang')) return 'jeugdhulp';
  if (isRouteSector(own)) return own;
  if (named) return named;
  return isRouteSector(chosen) ? chosen : undefined;
}

/** Routes where Veilig Thuis comes before any talk with the family (brief §7): what to tell whom waits for Veilig Thuis. */
export const familyWaitsForVeiligThuis = (route: SpecialRoute): boolean => route.kind === 'veilig-thuis-first' || route.kind === 'sexual-abuse-by-carer';

/** What to say for a route, in the facts module's own sentences. */
export function routeLines(route: SpecialRoute, regionalWijkteamSteps?: readonly string[]): { title: string; lines: string[] } {
  const regional: RegionalColleagueRoute | undefined = regionalWijkteamSteps && { steps: regionalWijkteamSteps, source: ColleagueRoutes.wijkteam.source };
  switch (route.kind) {
    case 'colleague': {
      if (!route.sector) {
        const sectors = ColleagueRouteSectors.map((s) => colleagueRouteFor(s, regional).label).join('; ');
        return { title: SpecialRouteTitles.unknownSector, lines: [SpecialRouteTitles.pickSector(sectors), ColleagueRouteNotes.acuteFirst] };
      }
      const r = colleagueRouteFor(route.sector, regional);
      return { title: SpecialRouteTitles.forSector(r.label), lines: [...r.steps, ColleagueRouteNotes.acuteFirst] };
    }
    case 'veilig-thuis-first':
      return {
        title: route.form ? VeiligThuisFirstLabels[route.form] : SpecialRouteTitles.veiligThuisFirst,
        lines: [
          ...(route.departure || route.form === 'achterlating' || route.form === 'vgv' ? [VeiligThuisFirstAdvice.imminentDeparture] : []),
          route.adult ? VeiligThuisFirstAdvice.contactFirstAboutAnAdult : VeiligThuisFirstAdvice.contactFirst,
          route.form === 'mensenhandel' && !route.departure ? VeiligThuisFirstAdvice.noFamilyConversationAtHome : VeiligThuisFirstAdvice.noFamilyConversation,
          SpecialRouteTitles.noConfrontation,
          ...(route.selfHarm ? [SuicideRoute.alsoSelfHarm] : []),
        ],
      };
    case 'sexual-abuse-by-carer':
      return { title: SpecialRouteTitles.sexualAbuseByCarer, lines: [VeiligThuisFirstAdvice.sexualAbuseByCarer] };
    case 'suicide':
      return {
        title: SpecialRouteTitles.suicide,
        lines: [SuicideRoute.lifeInDanger, SuicideRoute.talkTo113, SuicideRoute.ownCare, route.toldOfHarm ? SuicideRoute.harmToldByThePerson : route.unsafeHome ? SuicideRoute.unsafeHomeTold : SuicideRoute.veiligThuisOnlyIfUnsafeHome],
      };
  }
}

/**
 * What the card says it read, given the route: a story sent to Veilig Thuis first names that kind of signal even
 * when no word of the worry reader did, and the "vriend" of a girl who may be exploited is no partner of hers.
 */
export function describeWithRoute(reading: WorryReading, route?: SpecialRoute): { reading: WorryReading; text: string } {
  if (route?.kind !== 'veilig-thuis-first') return { reading, text: describeReading(reading) };
  const exploited = route.form === 'mensenhandel';
  const told = reading.signals.filter((s) => s !== 'special-route' && !(exploited && s === 'domestic'));
  const shown = { ...reading, signals: ['special-route', ...told] as WorrySignal[], involved: exploited ? reading.involved.filter((i) => i !== 'partner') : reading.involved };
  return { reading: shown, text: describeReading(shown, route.form) };
}
