import type { ArticleInput } from '../article.js';
import { lines } from './lines.js';
import { Sources } from './sources.js';

/** How Veilig Thuis Zuid-Limburg works with the gemeenten (from the GGD Zuid Limburg annual reports). */
export const regionArticles: ArticleInput[] = [
  {
    id: 'routeertafel-zuid-limburg',
    title: 'De routeertafel in Zuid-Limburg',
    summary:
      'De routeertafel is een wekelijks overleg van Veilig Thuis Zuid-Limburg en de gemeenten. Daar worden meldingen besproken die Veilig Thuis na overleg en triage direct aan de gemeente overdraagt.',
    body: lines(
      'Veilig Thuis en de Zuid-Limburgse gemeenten zijn in 2019 gestart met wekelijkse routeertafels. Aan tafel:',
      '- worden alle meldingen besproken die na overleg en triage direct naar het lokale veld gaan;',
      '- komt de rolverdeling tussen Veilig Thuis en de gemeente aan bod;',
      '- is er overleg over de beste inzet, de werkdruk en de wachttijden.',
      'Volgens de jaarverslagen van GGD Zuid Limburg liep eind 2019 bijna alle overdracht van casuïstiek via de routeertafels, werden meldingen in 2020 meestal binnen een tot twee weken aan de gemeente overgedragen, en werden alle meldingen dagelijks gescreend om spoedmeldingen er meteen uit te halen. Dat zijn cijfers uit die jaren; vraag Veilig Thuis hoe het nu loopt.',
      'Let op: een "routeeroverleg" in andere regio’s kan iets anders zijn.',
    ),
    sectors: ['wijkteam'],
    keywords: ['routeertafel', 'routeer tafel', 'overlegtafel', 'wekelijks overleg', 'casusoverleg', 'zuid-limburg', 'gemeenten', 'overdracht gemeente'],
    source: Sources.ggdZuidLimburgJaarverslag,
    checked: '2026-12-02',
  },
  {
    id: 'triagetafel-brunssum-heerlen',
    title: 'De triagetafel in Brunssum en Heerlen',
    summary:
      'In Brunssum en Heerlen is de routeertafel doorontwikkeld tot een triagetafel: Veilig Thuis en de gemeente delen alle signalen en meldingen en nemen samen een triagebesluit.',
    body: lines(
      'Aan de triagetafel nemen Veilig Thuis en de gemeente het triagebesluit over het vervolg samen.',
      'Dat zorgt voor gelijkwaardige samenwerking en meer zicht op elkaars mogelijkheden, zodat kwetsbare inwoners beter geholpen worden.',
    ),
    sectors: ['wijkteam'],
    keywords: ['triagetafel', 'triage tafel', 'brunssum', 'heerlen', 'parkstad', 'triagebesluit', 'samen beslissen'],
    source: Sources.ggdZuidLimburgJaarverslag,
    checked: '2026-12-02',
  },
  {
    id: 'warme-overdracht',
    title: 'Warme overdracht van Veilig Thuis naar de gemeente',
    summary:
      'Bij een warme overdracht draagt Veilig Thuis een casus over in een driegesprek van de inwoner, Veilig Thuis en de consulent sociaal domein van de gemeente, in plaats van alleen telefonisch of schriftelijk. Hoe jouw gemeente overdraagt, staat in de samenwerkingsafspraken met Veilig Thuis.',
    body: lines(
      'De inwoner zit zelf aan tafel: zo hoort iedereen hetzelfde, en weet de inwoner wie de hulp overneemt.',
      '- Gemeente Gennep (Noord-Limburg) beschrijft de warme overdracht zo, als bewuste keuze naast de gewone telefonische of schriftelijke overdracht van Veilig Thuis, met daarbij een wekelijks casusoverleg met een vaste contactpersoon.',
      '- In Zuid-Limburg noemt GGD Zuid Limburg de wekelijkse routeertafel van Veilig Thuis en de gemeenten een bijdrage aan een warme overdracht. Dat overleg is tussen professionals; een driegesprek met de inwoner is iets anders.',
      'Vraag bij je gemeente of bij Veilig Thuis hoe de overdracht in jouw regio nu is afgesproken.',
    ),
    sectors: ['wijkteam'],
    keywords: ['warme overdracht', 'overdracht', 'driegesprek', 'casus overdragen', 'consulent sociaal domein', 'samenwerkingsafspraken', 'inwoner'],
    source: Sources.ggdZuidLimburgJaarverslag,
    moreSources: [Sources.gemeenteGennepWarmeOverdracht, Sources.aefSamenwerking],
    checked: '2026-12-02',
  },
  {
    id: 'werkgebied-veilig-thuis-zuid-limburg',
    title: 'Voor welke gemeenten werkt Veilig Thuis Zuid-Limburg?',
    summary:
      'Veilig Thuis Zuid-Limburg werkt voor 16 gemeenten en is onderdeel van GGD Zuid-Limburg.',
    body: lines(
      'De gemeenten: Beek, Beekdaelen, Brunssum, Eijsden-Margraten, Gulpen-Wittem, Heerlen, Kerkrade, Landgraaf, Maastricht, Meerssen, Simpelveld, Sittard-Geleen, Stein, Vaals, Valkenburg aan de Geul en Voerendaal.',
      'Woont het gezin in een andere gemeente? Bel hetzelfde landelijke nummer, 0800-2000; het verbindt je door met een regionale Veilig Thuis-organisatie.',
    ),
    sectors: [],
    keywords: ['werkgebied', 'regio', 'gemeenten', 'zuid-limburg', 'welke gemeenten', 'maastricht', 'heerlen', 'sittard-geleen', 'kerkrade', 'ggd'],
    source: Sources.veiligThuisZuidLimburg,
    moreSources: [Sources.ggdGemeenschappelijkeRegeling],
    checked: '2026-12-02',
  },
];
