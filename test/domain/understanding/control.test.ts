import { describe, expect, it } from 'vitest';
import { botQuestionAmid, closingOf, controlWordOf, leadingControlWordOf, openingCommandOf } from '../../../src/domain/understanding/control.js';

describe('reading a short message as a control word', () => {
  it.each([
    ['oke thnx', 'thanks'],
    ['Fijne dag nog!', 'thanks'],
    ['tot ziens', 'thanks'],
    ['🙏', 'thanks'],
    ['👍', 'ok'],
    ['ga terug aub', 'back'],
    ['help aub', 'help'],
    ['wat kun jij eigenlijk?', 'help'],
    ['hoi. wat kun jij eigenlijk allemaal? kan ik jou gewoon alles vragen?', 'help'],
    ['ben jij een echt mens of een computer?', 'whoAreYou'],
    ['goedemiddag, ik werk sinds kort als jeugdarts. wat kan ik je vragen?', 'help'],
    ['ben net begonnen als ib-er op een basisschool. wat kun jij?', 'help'],
    ['ik heb een vraag', 'help'],
    ['mag ik je iets vragen?', 'help'],
  ] as const)('takes "%s" as %s', (text, word) => {
    expect(controlWordOf(text)).toBe(word);
  });

  it('understands a one-word command with one typo, but not a short word that only looks like one', () => {
    expect(controlWordOf('anuleer')).toBe('cancel');
    expect(controlWordOf('stopen')).toBe('stop');
    expect(controlWordOf('Annuleer')).toBe('cancel');
    expect(controlWordOf('stap')).toBeUndefined();
  });

  it('leaves a message that says more than a control word to the rest of the bot', () => {
    expect(controlWordOf('👍 maar wat moet ik doen')).toBeUndefined();
    expect(controlWordOf('hoe meld ik')).toBeUndefined();
    expect(controlWordOf('ga terug naar de vorige vraag over de ouders')).toBeUndefined();
  });

  it('hears thanks with what follows it and a greeting with an emoji (blind set K)', () => {
    expect(controlWordOf('dankjewel, hier kan ik wat mee 👍')).toBe('thanks');
    expect(controlWordOf('ok dankje, dit helpt echt 👍')).toBe('thanks');
    expect(controlWordOf('hoi goeiemorgen 🙂')).toBe('greeting');
    expect(controlWordOf('hier kan ik wat mee?')).toBeUndefined();
    expect(controlWordOf('wat kan ik hier mee')).toBeUndefined();
  });

  it('reads a short message that opens with thanks, a greeting or an acknowledgement and asks nothing (blind set N)', () => {
    expect(leadingControlWordOf('dankjewel!! 🙏 echt fijn zo')).toBe('thanks');
    expect(leadingControlWordOf("oke top, ik ga het zo bespreken met mijn ib'er 👍")).toBe('ok');
    expect(leadingControlWordOf('goedemorgen ☀️ ben er weer')).toBe('greeting');
    expect(leadingControlWordOf('Hartelijk dank, ik neem het mee naar ons teamoverleg van donderdag')).toBe('thanks');
    expect(leadingControlWordOf('hoi, wat is de kindcheck?')).toBeUndefined();
    expect(leadingControlWordOf('okeee')).toBeUndefined();
  });

  it('reads a command or a greeting that opens a short message (blind set R)', () => {
    expect(openingCommandOf('help?? hoe werkt dit ding eigenlijk 😅')).toBe('help');
    expect(openingCommandOf('stop, ik wil iets anders vragen')).toBe('stop');
    expect(openingCommandOf('goedemorgen! 👋 ben nieuw hier')).toBe('greeting');
    expect(openingCommandOf('hoi, wat is de kindcheck')).toBeUndefined();
    expect(openingCommandOf('stopt de meldcode als ouders verhuizen?')).toBeUndefined();
  });

  it('reads a short message that asks nothing and ends with a goodbye as thanks (blind set Y)', () => {
    expect(closingOf('goed, dan bespreek ik het morgen met de aandachtsfunctionaris. fijne avond!')).toBe('thanks');
    expect(closingOf('ik overleg eerst met mijn teamleider, doei')).toBe('thanks');
    expect(closingOf('moet ik het melden? fijne dag')).toBeUndefined();
  });

  it('reads thanks followed by a remark or what the person will do next as a sign-off (blind sets BG and BL)', () => {
    expect(closingOf('ok top, dankjewel! ga morgen even met onze aandachtsfunctionaris zitten')).toBe('signOff');
    expect(closingOf('super bedankt. had ik niet zo snel verwacht, ik bel ze morgen')).toBe('signOff');
    expect(closingOf('dankjewel! ga ik morgen melden?')).toBeUndefined();
    expect(closingOf('top dank je, hier kan ik wel mee verder. had ik eerder moeten weten haha')).toBe('signOff');
  });

  it('reads a sign-off that only asks whether the person can come back later as a sign-off (blind set CW)', () => {
    expect(closingOf('oke top, bedankt. ik ga het morgen eerst met onze aandachtsfunctionaris bespreken. kan ik later gewoon hier terugkomen als er iets verandert?')).toBe('signOff');
    expect(closingOf('ik kom er morgen op terug')).toBe('signOff');
    expect(closingOf('bedankt. kan ik later terugkomen? en mag ik de school bellen?')).toBeUndefined();
  });

  it('reads a question about the bot in wording no list holds, but not a question about a topic or a story that says "je"', () => {
    expect(controlWordOf('Dag! Ik ben jeugdverpleegkundige bij de GGD. Waarmee kun je mij ondersteunen?')).toBe('help');
    expect(controlWordOf('goeiemorgen, wat heb ik eraan om deze chat te gebruiken ipv gewoon VT te bellen?')).toBe('help');
    expect(controlWordOf('Hoi, ik werk bij de schuldhulp in Sittard. Is het handig om deze tool te gebruiken en wordt wat ik typ ergens bewaard?')).toBe('privacy');
    expect(controlWordOf('Hoe kun je het beste een gesprek voeren met een kind?')).toBeUndefined();
    expect(controlWordOf('Welke risicofactoren kun je bij een intake uitvragen?')).toBeUndefined();
    expect(controlWordOf('Hoe zit het met de AVG als ik aantekeningen maak?')).toBeUndefined();
    expect(controlWordOf('ik heb een leerling met blauwe plekken, kun je me helpen?')).toBeUndefined();
    expect(controlWordOf('wat moet ik doen als ze niet wil dat ik het aan iemand vertel, slaat hij haar?')).toBeUndefined();
  });

  it('reads a question about the bot amid remarks that ask nothing, but not amid a story or a question about a topic', () => {
    expect(botQuestionAmid('Goeiemiddag, ik ben begeleider bij een inloophuis. Voor ik iets over een bezoeker vertel: blijft wat ik hier intyp bewaard?')).toBe('privacy');
    expect(botQuestionAmid('Vraagje: geldt de meldcode ook voor vrijwilligers bij een kerk?')).toBeUndefined();
    expect(botQuestionAmid('Ik snap niet goed wanneer de kindcheck nodig is. Kun je dat uitleggen?')).toBeUndefined();
    expect(botQuestionAmid('Een moeder vertelde dat haar partner dreigde de baby te schudden. Welke vragen zou je stellen?')).toBeUndefined();
  });

  it('reads who else can read what one types, and typing names of clients, as questions about what the bot keeps, but not "kan ik hier iets mee?" or "hoe doe je dat?"', () => {
    expect(botQuestionAmid('Hoi! Voordat ik iets typ: kan mijn werkgever dit teruglezen? Mag ik namen van cliënten noemen?')).toBe('privacy');
    expect(botQuestionAmid('Ik heb er een rotgevoel over maar ik ben maar vrijwilliger, kan ik hier wel iets mee?')).toBeUndefined();
    expect(botQuestionAmid('Onze school wil de nieuwe school inlichten. Hoe doe je dat zorgvuldig?')).toBeUndefined();
    expect(botQuestionAmid('Mag ik namen van cliënten doorgeven aan het wijkteam?')).toBeUndefined();
  });
});

describe('a question about the bot with an alternative after a comma', () => {
  it('reads "… bewaard, of gaat het ergens heen, bijvoorbeeld naar Veilig Thuis?" as a question about what the bot keeps', () => {
    expect(botQuestionAmid('Ik ben nieuw als mentor. Wordt wat ik hier typ bewaard, of gaat het ergens heen, bijvoorbeeld naar Veilig Thuis?')).toBe('privacy');
  });

  it('does not take a second question of its own after the comma as part of it', () => {
    expect(botQuestionAmid('Kan het wijkteam daarbij helpen, en wanneer wordt het iets voor Veilig Thuis?')).toBeUndefined();
  });
});

describe('a follow-up on keeping that points back', () => {
  it('reads "wordt dat ergens opgeslagen?" after "wat doe je met wat ik hier intyp?" as about the bot, and "opgeslagen" as no blow', () => {
    expect(botQuestionAmid('Eerst even dit: wat doe je met wat ik hier intyp? Wordt dat ergens opgeslagen?')).toBe('privacy');
  });
});

describe('identifying details typed into this chat', () => {
  it('reads a name or address put in the chat, asked about afterwards, as details typed', () => {
    expect(controlWordOf('ik heb een naam ingetypt, is dat erg?')).toBe('detailsTyped');
    expect(controlWordOf('Sorry, ik zette in mijn vorige bericht de voornaam en het adres van een cliënt. Kan dat nog gewist worden?')).toBe('detailsTyped');
    expect(controlWordOf('Onthoud jij wat ik hier typ? Ik heb er zonet een geboortedatum in geplakt, kan dat weg?')).toBe('detailsTyped');
    expect(controlWordOf('fijn, bedankt. ik heb hierboven de voornaam van die jongen genoemd, wordt dit gesprek ergens bewaard?')).toBe('detailsTyped');
    expect(controlWordOf('Even een vraag over jou zelf: ik heb net in een vraag de achternaam van een cliënt gezet. Kan dat weg?')).toBe('detailsTyped');
    expect(controlWordOf('oeps, ik heb net het adres van een cliënt hierboven getypt. sla jij dat ergens op?')).toBe('detailsTyped');
  });

  it('does not read a name given elsewhere, or a story with harm in it, as details typed here', () => {
    expect(controlWordOf('Ik heb de naam van de moeder genoemd tegen de politie, wordt dat ergens bewaard?')).toBeUndefined();
    expect(controlWordOf('Ik heb haar naam in het dossier gezet. Ze heeft blauwe plekken, moet dat verwijderd worden?')).toBeUndefined();
  });
});
