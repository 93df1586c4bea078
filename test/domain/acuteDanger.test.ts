import { describe, expect, it } from 'vitest';
import { assessAcuteDanger, normaliseText, type AcuteSignal } from '../../src/domain/acuteDanger.js';

/** The examples named in the requirements: these must all be right. */
const requiredAcute: Array<[string, AcuteSignal]> = [
  ['hij slaat haar nu', 'violence-now'],
  ['ze wordt nu geslagen', 'violence-now'],
  ['kind durft niet naar huis', 'afraid-to-go-home'],
  ['durft niet meer naar huis', 'afraid-to-go-home'],
  ['wil niet naar huis want papa slaat', 'afraid-to-go-home'],
  ['ik wil dood', 'suicide'],
  ['hij wil zelfmoord plegen', 'suicide'],
  ['ze heeft het over zichzelf iets aandoen', 'suicide'],
  ['suïcidaal', 'suicide'],
  ['suicidaal', 'suicide'],
  ['zelfmoordgedachten', 'suicide'],
  ['hij heeft een mes', 'weapon'],
  ['dreigt haar te vermoorden', 'violence-now'],
  ['ze is gevlucht', 'fleeing'],
  ['leerling vertelde me net dat vader haar misbruikt', 'disclosure'],
  ['er wordt nu gevochten thuis', 'violence-now'],
];

const requiredSafe = [
  'wat doe ik bij een signaal?',
  'Wat zijn signalen van verwaarlozing?',
  'Mag ik zonder toestemming melden?',
  'wat is acute onveiligheid?',
  'hoe werkt de kindcheck',
  'ik maak me zorgen over een leerling die vaak te laat komt',
  'wat moet ik doen als een kind iets vertelt?',
  'hoe bereik ik veilig thuis',
];

/** More realistic messages, written the way professionals type in Teams. */
const moreAcute = [
  'Help, de vader van een leerling staat op het schoolplein en slaat zijn zoon.',
  'Moeder belt me huilend op: haar ex slaat haar op dit moment.',
  'Een meisje uit groep 6 zegt dat ze niet naar huis durft omdat haar stiefvader dronken is.',
  'De leerling is bang om naar huis te gaan.',
  'jongen van 15 zegt dat hij niet meer wil leven',
  'Ze appte vannacht dat ze er een eind aan wil maken.',
  'Leerling heeft suicidegedachten en een plan, wat nu?',
  'Een leerling van mij praat steeds over zelfmoord.',
  'Vader dreigde gisteren met een mes in de keuken.',
  'Er ligt een pistool in huis volgens de oudste zoon.',
  'Moeder vertelde dat hij haar vorige week heeft gewurgd.',
  'Ze zegt dat oom aan haar kruis zit als ze daar logeert.',
  'Het meisje is door haar stiefvader verkracht.',
  'Een leerling biechtte vandaag op dat ze thuis wordt geslagen met een riem.',
  'Moeder is met de kinderen op de vlucht voor haar partner.',
  'De jongen is van huis weggelopen en slaapt in de auto van een vriend.',
  'mijn leerling durf nie naar huis, papa is heel boos',
  'Kind vertelt dat mama haar pijn doet.',
  'Vader heeft moeder gisteravond in elkaar geslagen, de kinderen waren erbij.',
  'Hij zei tegen haar: ik maak je dood.',
  'Er is sprake van acuut gevaar voor de baby.',
  'De moeder zit sinds vannacht met de kinderen in de vrouwenopvang.',
  'Een leerling deed vandaag een disclosure over thuis.',
  'Wat moet ik doen, een leerling vertelde net dat haar broer haar misbruikt.',
  'Ik word thuis geslagen en weet niet wat ik moet doen.',
];

const moreSafe = [
  'Hoe herken ik of een kind thuis geslagen wordt?',
  'Wat moet ik doen als een kind vertelt dat het thuis geslagen wordt?',
  'Hoe praat ik met een leerling over suïcide?',
  'Wat zijn signalen van seksueel misbruik bij jonge kinderen?',
  'Welke stappen heeft de meldcode?',
  'Wanneer moet ik Veilig Thuis bellen en wanneer de politie?',
  'Is 0800-2000 ook in het weekend bereikbaar?',
  'Ik wil graag advies over een gezin met veel ruzie.',
  'Het kind komt vaak zonder ontbijt en met vieze kleren naar school.',
  'Moeder heeft schulden en het gezin moet mogelijk verhuizen.',
  'Vader en moeder hebben vaak ruzie, volgens de leerling.',
  'Kunnen we de casus bespreken op de routeertafel van donderdag?',
  'Hoe vul ik het afwegingskader in?',
  'Het gezin is in 2016 uit Syrië gevlucht en woont nu in Heerlen.',
  'Het meisje slaapt slecht en is erg moe in de klas.',
  'De leerling liep boos weg uit de klas.',
  'Dat slaat nergens op, de ouders zijn heel betrokken.',
  'Maak je geen zorgen, ik bel morgen terug.',
  'Wie is de aandachtsfunctionaris op onze school?',
  'Wat is het verschil tussen een melding en een adviesvraag?',
  'De jongen vertelde dat hij graag voetbalt met zijn vader.',
  'Een leerling zegt dat haar buik pijn doet.',
  'De leerling zegt dat hij bang is voor de toets.',
  'Moet ik ouders informeren voordat ik meld?',
  'We hebben in de klas een les over veiligheid thuis gehad.',
  'Kan ik anoniem advies vragen?',
];

describe('normaliseText', () => {
  it('lowercases, strips diacritics and collapses whitespace', () => {
    expect(normaliseText('  Suïcidaal   en\tZÓ  ')).toBe('suicidaal en zo');
  });
});

describe('assessAcuteDanger on the required examples', () => {
  it.each(requiredAcute)('flags "%s" as %s', (text, signal) => {
    const result = assessAcuteDanger(text);
    expect(result.acute).toBe(true);
    expect(result.signals).toContain(signal);
  });

  it.each(requiredSafe)('does not flag "%s"', (text) => {
    expect(assessAcuteDanger(text)).toEqual({ acute: false, signals: [] });
  });

  it('reports a disclosure of abuse as both disclosure and sexual abuse', () => {
    expect(assessAcuteDanger('leerling vertelde me net dat vader haar misbruikt').signals).toEqual([
      'sexual-abuse-now',
      'disclosure',
    ]);
  });

  it('treats a question about a generic child as knowledge, but not when it says "net"', () => {
    expect(assessAcuteDanger('Wat doe ik als een kind vertelt dat het misbruikt wordt?').acute).toBe(false);
    expect(assessAcuteDanger('Wat doe ik als een kind me net vertelt dat het misbruikt wordt?').acute).toBe(true);
  });
});

describe('assessAcuteDanger on the full sentence set', () => {
  const positives = [...requiredAcute.map(([text]) => text), ...moreAcute];
  const negatives = [...requiredSafe, ...moreSafe];
  const missed = positives.filter((text) => !assessAcuteDanger(text).acute);
  const falseAlarms = negatives.filter((text) => assessAcuteDanger(text).acute);
  const truePositives = positives.length - missed.length;
  const recall = truePositives / positives.length;
  const precision = truePositives / (truePositives + falseAlarms.length);
  console.log(
    [
      `acute danger: ${positives.length} acute, ${negatives.length} safe sentences`,
      `  precision ${(precision * 100).toFixed(1)}%  recall ${(recall * 100).toFixed(1)}%`,
      ...missed.map((t) => `  missed: ${t}`),
      ...falseAlarms.map((t) => `  false alarm: ${t} -> ${assessAcuteDanger(t).signals.join(', ')}`),
    ].join('\n'),
  );

  it('has at least 30 acute and 30 safe sentences', () => {
    expect(positives.length).toBeGreaterThanOrEqual(30);
    expect(negatives.length).toBeGreaterThanOrEqual(30);
  });

  it('reaches at least 95% recall and 90% precision', () => {
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });
});
