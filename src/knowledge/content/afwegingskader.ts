import type { ArticleInput } from '../article.js';
import { AcuteAdvice, PhoneLines, VeiligThuisFirstAdvice } from '../../domain/facts.js';
import { lines } from './lines.js';
import { Sources } from './sources.js';

/** The afwegingskader, its five afwegingsvragen and what acute or structural unsafety means. */
export const afwegingskaderArticles: ArticleInput[] = [
  {
    id: 'afwegingskader',
    title: 'Het afwegingskader in de meldcode',
    summary:
      'Het afwegingskader is sinds 1 januari 2019 verplicht in de meldcode. Met vijf afwegingsvragen bepaal je of je moet melden bij Veilig Thuis en of je zelf hulp kunt bieden.',
    body: lines(
      'De vijf afwegingen, elk met ja of nee:',
      '- Afweging 1, vermoeden: heb ik na de eerdere stappen een vermoeden van (dreiging van) huiselijk geweld of kindermishandeling? Nee: sluit af en leg dat vast.',
      '- Afweging 2, acute of structurele onveiligheid: is die er? Ja: meld bij Veilig Thuis.',
      '- Afweging 3, zelf hulp bieden of organiseren: kan ik passende hulp bieden of organiseren? Nee: meld.',
      '- Afweging 4, aanvaarden van hulp: werken de betrokkenen mee aan die hulp? Nee: meld.',
      '- Afweging 5, gewenst resultaat: leidt de hulp binnen de afgesproken tijd tot veiligheid en herstel? Nee: meld (opnieuw).',
      'Daaruit volgen drie professionele normen: je meldt bij acute of structurele onveiligheid, als je zelf niet genoeg passende hulp kunt bieden of organiseren, en als de hulp de onveiligheid niet stopt of het opnieuw gebeurt. Melden en hulp bieden sluiten elkaar niet uit.',
      'Bij acute of structurele onveiligheid werk je de afwegingen 3 tot en met 5 samen met Veilig Thuis uit. Bij direct gevaar bel je 112; Veilig Thuis bereik je via 0800-2000.',
      'Elke beroepsgroep heeft een eigen afwegingskader, gebaseerd op het basisdocument van VWS. Voor het onderwijs (van po tot en met ho, en voor leerplicht en RMC) is dat het Afwegingskader Meldcode Onderwijs en leerplicht. De bronnen verschillen op details, zoals welke afwegingen bij stap 4 of stap 5 horen. Gebruik de versie van je eigen sector; de KNMG-meldcode voor artsen noemt dezelfde afwegingen.',
    ),
    sectors: [],
    keywords: ['afwegingskader', 'afwegingsvragen', 'afwegingen', 'vijf vragen', 'beslisboom', 'meldnorm'],
    source: Sources.njiAfwegingskader,
    moreSources: [Sources.knmgStap5],
    checked: '2026-12-02',
  },
  {
    id: 'afweging-1-vermoeden',
    title: 'Afweging 1: Vermoeden',
    summary:
      'De eerste afwegingsvraag: heb ik na de eerdere stappen van de meldcode een vermoeden van (dreiging van) huiselijk geweld of kindermishandeling? Zo nee, dan sluit je af en leg je dat vast.',
    body: lines(
      'Je beantwoordt deze vraag op basis van de signalen, het overleg en het gesprek uit de eerdere stappen.',
      '- Nee: sluit de meldcode af en noteer dat in het dossier.',
      '- Ja: ga verder met afweging 2 (acute of structurele onveiligheid).',
      'Twijfel je? Vraag advies aan Veilig Thuis via 0800-2000. Is er direct gevaar, bel dan 112.',
    ),
    sectors: [],
    keywords: ['afweging 1', 'eerste afweging', 'vermoeden', 'verdenking', 'afwegingsvraag 1'],
    source: Sources.njiAfwegingskader,
    checked: '2026-12-02',
  },
  {
    id: 'afweging-2-onveiligheid',
    title: 'Afweging 2: Acute of structurele onveiligheid',
    summary:
      'De tweede afwegingsvraag: is er sprake van acute en/of structurele onveiligheid? Zo ja, dan meld je bij Veilig Thuis en bepaal je de vervolgstappen samen met Veilig Thuis.',
    body: lines(
      '- Ja: meld bij Veilig Thuis (0800-2000). De afwegingen 3 tot en met 5 werk je samen met Veilig Thuis uit. Is er direct levensgevaar, bel dan eerst 112.',
      '- Nee: ga verder met afweging 3 (zelf hulp bieden of organiseren).',
      'Acute onveiligheid: iemand is in direct fysiek gevaar en zijn veiligheid in de komende uren of dagen is niet gegarandeerd.',
      'Structurele onveiligheid: onveiligheid die zich steeds herhaalt of blijft bestaan.',
    ),
    sectors: [],
    keywords: ['afweging 2', 'tweede afweging', 'acuut', 'structureel', 'onveiligheid', 'afwegingsvraag 2'],
    source: Sources.njiAfwegingskader,
    checked: '2026-12-02',
  },
  {
    id: 'afweging-3-zelf-hulp',
    title: 'Afweging 3: Zelf hulp bieden of organiseren',
    summary:
      'De derde afwegingsvraag: ben ik in staat om passende hulp te bieden of te organiseren die (verder) geweld voorkomt? Zo nee, dan meld je bij Veilig Thuis.',
    body: lines(
      'Kijk naar je eigen deskundigheid, verantwoordelijkheid en professionele grenzen. Een leerkracht kan bijvoorbeeld veel steun geven in de klas, maar geen gezinshulp bieden; wel kan de school via het wijkteam hulp organiseren.',
      '- Nee: meld bij Veilig Thuis (0800-2000).',
      '- Ja: ga verder met afweging 4 (aanvaarden van hulp).',
    ),
    sectors: [],
    keywords: ['afweging 3', 'derde afweging', 'zelf hulp', 'hulp bieden', 'hulp organiseren', 'afwegingsvraag 3'],
    source: Sources.njiAfwegingskader,
    checked: '2026-12-02',
  },
  {
    id: 'afweging-4-aanvaarden-hulp',
    title: 'Afweging 4: Aanvaarden van hulp',
    summary:
      'De vierde afwegingsvraag: aanvaarden de betrokkenen de hulp en werken ze eraan mee? Zo nee, dan meld je bij Veilig Thuis.',
    body: lines(
      '- Nee: meld bij Veilig Thuis (0800-2000).',
      '- Ja: bied of organiseer de hulp en ga verder met afweging 5 (gewenst resultaat).',
      'Maak duidelijke afspraken over wat er moet gebeuren en wanneer je evalueert, en leg die vast.',
    ),
    sectors: [],
    keywords: ['afweging 4', 'vierde afweging', 'meewerken', 'hulp accepteren', 'weigeren', 'afwegingsvraag 4'],
    source: Sources.njiAfwegingskader,
    checked: '2026-12-02',
  },
  {
    id: 'afweging-5-gewenst-resultaat',
    title: 'Afweging 5: Gewenst resultaat',
    summary:
      'De vijfde afwegingsvraag: leidt de hulp binnen de afgesproken tijd tot de nodige veiligheid en herstel? Zo nee, dan meld je (opnieuw) bij Veilig Thuis.',
    body: lines(
      '- Nee: meld (opnieuw) bij Veilig Thuis (0800-2000).',
      '- Ja: rond de hulp af en maak met de betrokkenen en samenwerkingspartners afspraken over hoe jullie de veiligheid in de gaten blijven houden.',
    ),
    sectors: [],
    keywords: ['afweging 5', 'vijfde afweging', 'resultaat', 'evaluatie', 'hulp werkt niet', 'geweld gaat door', 'geen verbetering', 'opnieuw melden', 'herstel', 'afwegingsvraag 5'],
    source: Sources.njiAfwegingskader,
    checked: '2026-12-02',
  },
  {
    id: 'acute-onveiligheid',
    title: 'Wat is acute onveiligheid?',
    summary:
      'Acute onveiligheid betekent dat iemand in direct fysiek gevaar is en dat zijn veiligheid in de komende uren of dagen niet gegarandeerd is. Bel bij direct gevaar 112 en meld bij Veilig Thuis via 0800-2000.',
    body: lines(
      'Voorbeelden van acute onveiligheid:',
      '- ernstig (toegebracht) letsel;',
      '- een poging tot wurging, of het gebruik van wapens;',
      '- seksueel misbruik met een reëel risico op herhaling;',
      '- een kind of volwassene die vertelt over geweld en om hulp vraagt (disclosure);',
      '- een acute crisis bij een ouder, zoals suïcidedreiging, psychose of intoxicatie;',
      '- het ontbreken van de meest basale zorg (eten, drinken, kleding, onderdak) voor een afhankelijk kind of afhankelijke volwassene;',
      '- op de vlucht slaan van huis.',
      'Wat doe je? Bij direct levensgevaar: bel 112. Meld daarnaast bij Veilig Thuis via 0800-2000 (gratis, 24/7). Bij acute onveiligheid handelt Veilig Thuis meteen, met voorrang.',
      'Dreigt een ouder met suïcide en is er geen direct levensgevaar? Dan kan de ouder, en ook jij als professional, dag en nacht gratis terecht bij 113 Zelfmoordpreventie: 113 of 0800-0113.',
    ),
    sectors: [],
    keywords: ['acuut', 'acuut gevaar', 'direct gevaar', 'spoed', 'noodsituatie', 'levensgevaar', 'onmiddellijk'],
    source: Sources.knmgAcuut,
    checked: '2026-12-02',
  },
  {
    id: 'structurele-onveiligheid',
    title: 'Wat is structurele onveiligheid?',
    summary:
      'Structurele onveiligheid is onveiligheid die zich herhaalt of blijft bestaan. Ook dan meld je bij Veilig Thuis.',
    body: lines(
      'Voorbeelden van structurele onveiligheid:',
      '- een kind groeit op bij ouders wiens problemen (zoals verslaving, een licht verstandelijke beperking of psychiatrische problemen) steeds of voortdurend de veiligheid en ontwikkeling van het kind bedreigen;',
      '- een kind is stelselmatig getuige van huiselijk geweld;',
      '- langdurige stalking binnen een relatie die escaleert.',
      'Bij structurele onveiligheid meld je bij Veilig Thuis (0800-2000). Gaat de situatie over in acuut gevaar, bel dan 112.',
    ),
    sectors: [],
    keywords: ['structureel', 'herhaling', 'chronisch', 'steeds weer', 'patroon', 'langdurig'],
    source: Sources.knmgStructureel,
    checked: '2026-12-02',
  },
  {
    id: 'wanneer-moet-ik-melden',
    title: 'Wanneer meld je bij Veilig Thuis? De drie professionele normen',
    summary:
      'Je meldt bij Veilig Thuis bij acute of structurele onveiligheid, als je zelf niet genoeg passende hulp kunt bieden of organiseren, en als de hulp de onveiligheid niet stopt of als het geweld terugkomt.',
    body: lines(
      'Uit het afwegingskader volgen drie professionele normen. Melden wordt van je verwacht:',
      '- in alle gevallen van acute en/of structurele onveiligheid (bel bij direct gevaar 112; Veilig Thuis: 0800-2000);',
      '- als je, gezien je deskundigheid, verantwoordelijkheid en grenzen, zelf onvoldoende effectieve hulp kunt bieden of organiseren;',
      '- als de geboden of georganiseerde hulp de onveiligheid niet stopt, of als die opnieuw optreedt.',
      'De wet verplicht je organisatie om de meldcode te gebruiken. Het melden zelf volgt uit deze professionele normen; de wet geeft je daarbij een meldrecht.',
    ),
    sectors: [],
    keywords: ['wanneer melden', 'melden verplicht', 'moet ik melden', 'meldnorm', 'professionele norm', 'meldplicht'],
    source: Sources.knmgStap5,
    checked: '2026-12-02',
  },
  {
    id: 'disclosure-kind-vertelt',
    title: 'Een kind vertelt over geweld of misbruik (disclosure)',
    summary:
      'Vertelt een kind uit zichzelf over geweld of misbruik, beloof dan geen geheimhouding maar zeg dat je samen hulp gaat zoeken. Zo’n disclosure geldt als acute onveiligheid: je meldt bij Veilig Thuis.',
    body: lines(
      'Zo ga je ermee om:',
      '- Luister rustig en neem het kind serieus. Stel open vragen en vul niets in.',
      '- Beloof niet dat je het geheimhoudt. Zeg eerlijk dat je hulp gaat zoeken en dat je het kind vertelt wat je gaat doen.',
      '- Schrijf direct daarna letterlijk op wat het kind zei, met datum en tijd.',
      '- Overleg zo snel mogelijk met de aandachtsfunctionaris, intern begeleider of zorgcoördinator.',
      'Een disclosure is een vorm van acute onveiligheid. Is het kind in direct gevaar, bel 112. Meld bij Veilig Thuis via 0800-2000 (gratis, 24/7).',
      'Kinderen en jongeren kunnen zelf ook anoniem praten met De Kindertelefoon: 0800-0432.',
    ),
    sectors: [],
    keywords: ['kind vertelt', 'kind vertrouwt mij iets toe', 'onthulling', 'geheim', 'geheimhouden', 'beloven', 'in vertrouwen', 'disclosure', 'verteld'],
    source: Sources.augeoVeiligThuis,
    moreSources: [Sources.afwegingskaderVragenlijst],
    checked: '2026-12-02',
  },
  {
    id: 'acuut-gevaar-wat-doe-ik',
    title: 'Wat doe ik bij acuut gevaar?',
    summary: 'Bij direct, levensbedreigend gevaar bel je 112. Meld daarna bij Veilig Thuis via 0800-2000 (gratis, 24/7).',
    body: lines(
      `- ${AcuteAdvice.lifeInDanger}`,
      `- ${AcuteAdvice.acuteWithoutLifeDanger}`,
      `- ${VeiligThuisFirstAdvice.imminentDeparture}`,
      `- Denkt iemand aan suïcide zonder direct levensgevaar? ${PhoneLines.suicidePrevention}.`,
      '- Breng je eigen veiligheid niet in gevaar.',
      '- Informeer de aandachtsfunctionaris of je leidinggevende en leg vast wat er gebeurde.',
      'Veilig Thuis handelt bij acute onveiligheid meteen, met voorrang.',
    ),
    sectors: [],
    keywords: ['nood', 'noodgeval', 'direct gevaar', 'spoed', 'nu', 'levensgevaar', '112', 'politie', 'acuut'],
    source: Sources.veiligThuisZuidLimburg,
    moreSources: [Sources.knmgAcuut, Sources.zelfmoordpreventie],
    checked: '2026-12-02',
  },
];
