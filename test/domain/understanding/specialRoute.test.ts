import { describe, expect, it } from 'vitest';
import { routeLines, specialRouteOf } from '../../../src/domain/understanding/specialRoute.js';
import { readWorry } from '../../../src/domain/understanding/worry.js';

const routeOf = (text: string, sector?: Parameters<typeof specialRouteOf>[2]) => specialRouteOf(text, readWorry(text), sector);
const said = (text: string, sector?: Parameters<typeof specialRouteOf>[2]) => {
  const route = routeOf(text, sector);
  return route ? [routeLines(route).title, ...routeLines(route).lines].join(' ').toLowerCase() : '';
};

describe('reading which special route a described worry needs', () => {
  it('sends a suspicion against someone who works in the organisation down the route of the sector named in the message', () => {
    expect(routeOf('Op de bso zag ik dat een pedagogisch medewerker een kind van 5 hardhandig door de gang trok. Wat nu?')).toEqual({ kind: 'colleague', sector: 'kinderopvang' });
    expect(routeOf('In ons verpleeghuis hoorde ik een verzorgende een bewoonster uitschelden en ruw vastpakken. Wat moet ik doen?')).toEqual({ kind: 'colleague', sector: 'zorg' });
    expect(routeOf('Een leerling vertelde dat de conciërge foto’s van haar maakt in de kleedkamer. Ik weet niet wat ik moet doen.')).toEqual({ kind: 'colleague', sector: 'onderwijs' });
  });

  it('tells the zorg route with the IGJ, and the kinderopvang route with the houder and the vertrouwensinspecteur', () => {
    expect(said('In onze ggz-instelling heeft een begeleider volgens een cliënt seks met haar gehad. Wat moet ik doen?')).toContain('igj');
    const opvang = said('Op ons kinderdagverblijf gaf een leidster een peuter een klap. Moet ik hier iets mee?');
    expect(opvang).toContain('houder');
    expect(opvang).toContain('vertrouwensinspecteur');
  });

  it('uses the sector the person chose when the message does not say where they work', () => {
    expect(routeOf('Ik zag gisteren dat een collega een kind aan de arm meesleurde. Moet ik dit melden?', 'zorg')).toEqual({ kind: 'colleague', sector: 'zorg' });
    expect(routeOf('Ik zag gisteren dat een collega een kind aan de arm meesleurde. Moet ik dit melden?')).toEqual({ kind: 'colleague', sector: undefined });
  });

  it('does not take a colleague who only tells the asker something, or a question about colleagues, as a suspect', () => {
    expect(routeOf('Mijn collega en ik zien dat een meisje steeds vaker zonder ontbijt komt. Moet ik hier iets mee?')).toBeUndefined();
    expect(routeOf('Een collega zegt dat je bij een vermoeden altijd eerst de ouders moet bellen. Klopt dat?')).toBeUndefined();
  });

  it('reads a worker who seeks a relationship, binds someone, or is named a sentence before what they do', () => {
    expect(routeOf('Een begeleider op onze woongroep heeft volgens een bewoonster verkering met haar en komt op haar kamer. Wat doe ik?')).toEqual({ kind: 'colleague', sector: 'zorg' });
    expect(routeOf('Op de afdeling bindt een collega een bewoner elke avond vast aan zijn stoel. Is dat aan mij om te melden?')).toEqual({ kind: 'colleague', sector: 'zorg' });
    expect(routeOf('Het gaat om de houder van ons kinderdagverblijf. Hij neemt steeds een peuter apart en die komt huilend terug. Bij wie meld ik dat?')).toMatchObject({ kind: 'colleague', sector: 'kinderopvang' });
  });

  it('takes the asker\'s own job in a short opening for who is asking, not for a suspect', () => {
    expect(routeOf('Judoleraar hier. Een jongen van 11 heeft striemen op zijn benen en zegt dat het van de trap is. Moet ik iets?')).toBeUndefined();
    expect(routeOf('Zwemdocent (ook leerkracht). Een meisje van 12 vertelde me dat haar oom elke zaterdag aan haar zit. Wat nu?')).toEqual({ kind: 'sexual-abuse-by-carer' });
  });

  it('asks a question about a suspected colleague the route too, also without a story around it', () => {
    expect(routeOf('Wat moet ik doen als een collega-docent een leerling seksueel misbruikt?')).toEqual({ kind: 'colleague', sector: 'onderwijs' });
  });

  it('reads debt to an older boyfriend as exploitation, and "geen zin meer in" as a suicide risk', () => {
    expect(routeOf('Een leerling van 15 zegt dat ze dingen moet doen voor een oudere jongen omdat ze hem geld schuldig is. Wat nu?')).toMatchObject({ kind: 'veilig-thuis-first', form: 'mensenhandel' });
    expect(routeOf('Een leerling appte dat hij er geen zin meer in heeft en dat iedereen beter af is zonder hem. Thuis is veilig.')).toEqual({ kind: 'suicide', unsafeHome: false });
  });

  it('finds no case in a lesson, a story or something that is over', () => {
    expect(routeOf('Volgende week geef ik een gastles over zelfbeschadiging aan klas 3. Welk lesmateriaal is goed?')).toBeUndefined();
    expect(routeOf('Vorig jaar werd een collega van de opvang verdacht van slaan; dat is afgehandeld. Hoe evalueren we dat?')).toBeUndefined();
  });

  it('puts Veilig Thuis before any talk with the family for honour-related violence, forced marriage and VGV, with the departure warning when a trip is near', () => {
    const vgv = said('Een moeder vertelde dat haar dochtertje deze zomer naar familie in Somalië gaat om besneden te worden. Wat moet ik doen?');
    expect(vgv).toContain('0800-2000');
    expect(vgv).toContain('112');
    expect(vgv).toContain('niet eerst met de ouders of de familie');
    expect(routeOf('Een leerling van 16 zegt dat ze na de examens met een neef moet trouwen. Ik maak me zorgen.')).toMatchObject({ kind: 'veilig-thuis-first', form: 'huwelijksdwang' });
  });

  it('does not read bedwetting told by a parent as sexual abuse by that parent', () => {
    const text = 'Moeder kwam met een blauw oog op het spreekuur. De jongste plast sinds kort weer in bed volgens moeder. Moet ik hier iets mee?';
    expect(routeOf(text)).toBeUndefined();
    expect(routeOf('Een meisje van 9 zegt dat haar stiefvader \'s nachts bij haar in bed kruipt. Wat nu?')).toEqual({ kind: 'sexual-abuse-by-carer' });
  });

  it('asks for Veilig Thuis first, never a talk with the parents, when a parent or carer is suspected of sexual abuse', () => {
    const text = 'Een meisje van 7 vertelde dat haar vader aan haar plassertje zit als mama weg is. Moet ik eerst met de ouders praten?';
    expect(routeOf(text)).toEqual({ kind: 'sexual-abuse-by-carer' });
    expect(said(text)).toContain('veilig thuis');
  });

  it('gives 113 for suicide and self-harm, and Veilig Thuis only for an unsafe home', () => {
    const text = 'Een leerling van 15 krast zich al weken en zei dat ze er niet meer wil zijn. Thuis is veilig, ouders zijn betrokken. Wat moet ik doen?';
    expect(routeOf(text)).toEqual({ kind: 'suicide', unsafeHome: false });
    expect(said(text)).toContain('113');
  });

  it('does not send a form of violence told as history, or money taken from an older person, to the Veilig Thuis-first route', () => {
    expect(routeOf('Een moeder vertelde dat ze als kind is besneden. Ze heeft alleen zonen en wil weten of er een praatgroep is.')).toBeUndefined();
    expect(routeOf('Ik zie dat een meneer van 80 steeds geen geld heeft sinds zijn neef zijn bankzaken doet. Is dit financiële uitbuiting? Wat moet ik doen?')).toBeUndefined();
  });

  it('finds no special route in an ordinary worry or a topic question', () => {
    expect(routeOf('Een jongen uit mijn klas komt al weken zonder jas en lunch en ruikt naar urine. Moet ik hier iets mee?')).toBeUndefined();
    expect(routeOf('Ik ben trainer bij een zwemclub. Ouders vragen of ik kinderen mag aanraken als ik ze help in het water. Zijn daar richtlijnen voor?')).toBeUndefined();
  });

  it('reads a man "die zeker 25 is" or "midden twintig" who picks up a girl of 15 in a big car, with new gifts, as a loverboy', () => {
    expect(routeOf('een speelster van 15 wordt na de training opgehaald door een man die volgens mij zeker 25 is, in een dikke auto. ze heeft ineens nieuwe airpods en een dure jas.')).toMatchObject({ kind: 'veilig-thuis-first', form: 'mensenhandel' });
  });
});

describe('what the forty-sixth round of blind messages showed', () => {
  const reading = { signals: [], involved: [], describesSituation: true };

  it('reads a girl picked up by a man "echt wel 20+" with a new iPhone as signs of a loverboy, also beside a laughing aside', () => {
    const story = 'Ik ben trainer (vrijwilliger dus, geen idee of dit mag haha). Een speelster van 15 heeft ineens een nieuwe iphone en wordt opgehaald door een jongen in een auto die echt wel 20+ is.';
    expect(specialRouteOf(story, reading)).toMatchObject({ kind: 'veilig-thuis-first', form: 'mensenhandel' });
  });

  it('does not read "tot een paar maanden geleden miste ze nooit een training" as a case from the past', () => {
    const story = 'Een meisje van 15 miste tot een paar maanden geleden nooit een training. Nu heeft ze dure sneakers en wordt ze opgehaald door een gast van 20-22.';
    expect(specialRouteOf(story, reading)).toMatchObject({ kind: 'veilig-thuis-first', form: 'mensenhandel' });
  });
});
