import type { ArticleInput } from '../article.js';
import { Timescales } from '../../domain/facts.js';
import { lines } from './lines.js';
import { Sources } from './sources.js';

/** What Veilig Thuis does after an adviesvraag or a melding (Handelingsprotocol 2019). */
export const afterContactArticles: ArticleInput[] = [
  {
    id: 'na-een-adviesvraag',
    title: 'Wat gebeurt er na een adviesvraag?',
    summary:
      'Na een adviesgesprek ga je zelf verder met de situatie: jij blijft verantwoordelijk. Veilig Thuis legt bij een anoniem advies geen gegevens van het gezin vast.',
    body: lines(
      'Veilig Thuis denkt mee over je zorgen en over je volgende stap, bijvoorbeeld hoe je het gesprek met ouders voert of hoe je de situatie weegt.',
      '- Je blijft zelf verantwoordelijk voor de casus.',
      '- Leg het advies vast in het dossier: met wie, wat, wanneer.',
      '- Verandert de situatie, of blijkt uit het advies dat melden nodig is, dan kun je alsnog een melding doen.',
      'Je kunt Veilig Thuis opnieuw bellen via 0800-2000.',
    ),
    sectors: [],
    keywords: ['na advies', 'adviesgesprek', 'advies gekregen', 'daarna', 'verantwoordelijk blijven'],
    source: Sources.augeoVeiligThuis,
    moreSources: [Sources.weekTegenKindermishandeling],
    checked: '2026-12-02',
  },
  {
    id: 'na-een-melding',
    title: 'Na een melding: wat doet Veilig Thuis en wat gebeurt er?',
    summary:
      `Na een melding maakt Veilig Thuis eerst een veiligheidsbeoordeling, binnen ${Timescales.veiligheidsbeoordelingWorkingDays} werkdagen of meteen bij acute onveiligheid. Daarna volgt overdracht aan bijvoorbeeld het lokale team, de dienst Voorwaarden & Vervolg, een onderzoek of een verzoek aan de Raad voor de Kinderbescherming.`,
    body: lines(
      'De stappen na een melding:',
      `- Veiligheidsbeoordeling: Veilig Thuis bepaalt hoe veilig de situatie is en wat er nodig is. Bij acute onveiligheid direct, anders binnen ${Timescales.veiligheidsbeoordelingWorkingDays} werkdagen.`,
      '- Besluit over het vervolg: overdracht aan het lokale team of al betrokken hulp, de dienst Voorwaarden & Vervolg, een onderzoek door Veilig Thuis, een verzoek tot onderzoek aan de Raad voor de Kinderbescherming, of einde bemoeienis.',
      `- Voorwaarden & Vervolg en Onderzoek duren maximaal ${Timescales.followUpMaxWeeks} weken na de veiligheidsbeoordeling.`,
      '- Monitoring: na overdracht kijkt Veilig Thuis of het gezin echt veilig wordt.',
      '- Terugkoppeling: je hoort als melder wat er met je melding is gebeurd.',
      'De meeste meldingen worden na de veiligheidsbeoordeling overgedragen, vaak aan het lokale team. Bij acuut gevaar bel je altijd 112; Veilig Thuis bereik je via 0800-2000.',
    ),
    sectors: [],
    keywords: ['na melding', 'wat gebeurt er', 'vervolg', 'daarna', 'proces', 'procedure', 'verloop', 'processtappen', 'handelingsprotocol', 'afhandeling', 'melding verwerken'],
    source: Sources.knmgTaken,
    moreSources: [Sources.meldcodeTriage, Sources.veiligThuisMiddenBrabantDiensten],
    checked: '2026-12-02',
  },
  {
    id: 'veiligheidsbeoordeling',
    title: 'De veiligheidsbeoordeling door Veilig Thuis',
    summary:
      `De veiligheidsbeoordeling is de eerste fase na een melding (vroeger: triage). Bij acute onveiligheid handelt Veilig Thuis meteen; anders is de beoordeling binnen ${Timescales.veiligheidsbeoordelingWorkingDays} werkdagen klaar.`,
    body: lines(
      'In de veiligheidsbeoordeling weegt Veilig Thuis hoe onveilig de situatie is en welke vervolgstap nodig is.',
      '- Acute onveiligheid: Veilig Thuis treedt direct op, met voorrang. Bij direct gevaar bel je zelf 112.',
      `- Anders: binnen ${Timescales.veiligheidsbeoordelingWorkingDays} werkdagen is de beoordeling afgerond en is er een besluit over het vervolg.`,
      'Na de veiligheidsbeoordeling krijg je als melder een eerste terugkoppeling. Vragen over je melding? Bel 0800-2000.',
    ),
    sectors: [],
    keywords: ['veiligheidsbeoordeling', 'triage', 'beoordeling', '5 werkdagen', 'vijf werkdagen', 'hoe lang', 'hoelang', 'duurt', 'duren', 'hoe snel', 'termijn', 'wachttijd'],
    source: Sources.knmgTaken,
    moreSources: [Sources.meldcodeTriage, Sources.veiligThuisMiddenBrabantDiensten],
    checked: '2026-12-02',
  },
  {
    id: 'overdracht-aan-lokaal-veld',
    title: 'Overdracht aan het lokale team',
    summary:
      'Na de veiligheidsbeoordeling draagt Veilig Thuis de meeste meldingen over aan het lokale veld: het wijkteam of sociaal team van de gemeente, hulp die al betrokken is, of een multidisciplinair team.',
    body: lines(
      'Veilig Thuis biedt zelf geen behandeling of hulp; het zorgt dat de juiste hulp komt. Daarom gaat een groot deel van de meldingen naar de gemeente, die de hulp organiseert.',
      'Overdracht kan op verschillende momenten:',
      '- direct na de veiligheidsbeoordeling;',
      '- na de dienst Voorwaarden & Vervolg;',
      '- na een onderzoek door Veilig Thuis.',
      'De betrokkenen worden geïnformeerd over de melding en de overdracht. Veilig Thuis en het lokale team maken afspraken over de rolverdeling.',
      'In Zuid-Limburg zijn Veilig Thuis en de gemeenten in 2019 gestart met een wekelijkse routeertafel; volgens het jaarverslag van GGD Zuid Limburg liep eind 2019 bijna alle directe overdracht daarlangs. Hoe het nu gaat, staat in de actuele samenwerkingsafspraken van je gemeente.',
    ),
    sectors: ['wijkteam'],
    keywords: ['overdracht', 'overdragen', 'wijkteam', 'lokaal team', 'lokale team', 'gemeente', 'sociaal domein', 'casusregie', 'doorverwijzen'],
    source: Sources.vngVeiligThuis,
    moreSources: [Sources.aefSamenwerking, Sources.ggdZuidLimburgJaarverslag],
    checked: '2026-12-02',
  },
  {
    id: 'voorwaarden-en-vervolg',
    title: 'Voorwaarden & Vervolg',
    summary:
      'Bij Voorwaarden & Vervolg spreekt Veilig Thuis met het gezin en de partners veiligheidsvoorwaarden af: het minimum dat nu moet gebeuren voor directe veiligheid. Een ketenpartner, vaak het lokale team, werkt daarna aan stabiele veiligheid.',
    body: lines(
      'Voorwaarden & Vervolg (V&V) bestaat sinds 1 januari 2019.',
      '- Veilig Thuis werkt samen met het huishouden en de betrokken professionals.',
      '- Samen worden veiligheidsvoorwaarden opgesteld.',
      '- Een ketenpartner, vaak het lokale team, maakt daarna een veiligheids- en herstelplan.',
      '- De veiligheidsvoorwaarden zijn ook de basis voor de monitoring door Veilig Thuis.',
      `V&V duurt maximaal ${Timescales.followUpMaxWeeks} weken na de veiligheidsbeoordeling.`,
    ),
    sectors: ['wijkteam'],
    keywords: ['v&v', 'vv', 'voorwaarden en vervolg', 'veiligheidsvoorwaarden', 'veiligheidsplan', 'herstelplan', 'stabiele veiligheid'],
    source: Sources.veiligThuisMiddenBrabantDiensten,
    checked: '2026-12-02',
  },
  {
    id: 'onderzoek-door-veilig-thuis',
    title: 'Onderzoek door Veilig Thuis',
    summary:
      `Veilig Thuis doet onderzoek als nog onduidelijk is of er geweld of mishandeling plaatsvindt, of als het gezin niet meewerkt. Een onderzoek duurt maximaal ${Timescales.followUpMaxWeeks} weken na de veiligheidsbeoordeling.`,
    body: lines(
      'Redenen voor een onderzoek:',
      '- het is nog niet duidelijk of er sprake is van geweld of mishandeling;',
      '- het huishouden werkt niet mee met Veilig Thuis.',
      'Wordt het geweld of de mishandeling bevestigd, dan stelt Veilig Thuis veiligheidsvoorwaarden op en draagt het de zaak over.',
      'Veilig Thuis onderzoekt zelf maar een beperkt deel van de meldingen; de meeste worden direct overgedragen. Tijdens een onderzoek kan Veilig Thuis jou om informatie vragen; het meldrecht geeft je de ruimte om die te delen.',
    ),
    sectors: [],
    keywords: ['onderzoek', 'onderzoeken', '10 weken', 'tien weken', 'vt onderzoek', 'informatie opvragen'],
    source: Sources.veiligThuisMiddenBrabantDiensten,
    checked: '2026-12-02',
  },
  {
    id: 'terugkoppeling-aan-melder',
    title: 'Terugkoppeling: hoor ik iets terug na mijn melding?',
    summary:
      'Ja. Veilig Thuis koppelt minstens twee keer terug aan de melder: na de veiligheidsbeoordeling en, als er een onderzoek is, na het onderzoek.',
    body: lines(
      'In de terugkoppeling hoor je:',
      '- of er een vervolg is ingezet;',
      '- aan welke partijen de zaak is overgedragen;',
      '- als jij een rol hebt: welke veiligheidsvoorwaarden zijn afgesproken en wat de afspraken over monitoring zijn.',
      'Heb je nieuwe zorgen of hoor je niets? Neem contact op met Veilig Thuis via 0800-2000.',
    ),
    sectors: [],
    keywords: ['terugkoppeling', 'terughoren', 'teruggehoord', 'feedback', 'niets gehoord', 'niks gehoord', 'nog niks', 'navragen', 'hoe staat het', 'op de hoogte', 'informeren melder', 'horen'],
    source: Sources.knmgTaken,
    checked: '2026-12-02',
  },
  {
    id: 'monitoring-door-veilig-thuis',
    title: 'Monitoring door Veilig Thuis',
    summary:
      'Na overdracht blijft Veilig Thuis volgen of het huishouden echt veilig wordt. Dat toetst het aan de afgesproken veiligheidsvoorwaarden.',
    body: lines(
      'Monitoring is een van de vaste processtappen in de samenwerking tussen Veilig Thuis en lokale teams.',
      '- Veilig Thuis kijkt of de veiligheidsvoorwaarden worden nageleefd en of de situatie verbetert.',
      '- Heb je als lokaal team of professional tijdens de monitoring nieuwe zorgen? Neem contact op met Veilig Thuis (0800-2000) volgens de regionale samenwerkingsafspraken.',
      'Hoe vaak en hoe lang Veilig Thuis monitort, staat in de regionale afspraken.',
    ),
    sectors: ['wijkteam'],
    keywords: ['monitoring', 'monitoren', 'volgen', 'nazorg', 'vinger aan de pols', 'nieuwe zorgen', 'controle'],
    source: Sources.veiligThuisMiddenBrabantDiensten,
    checked: '2026-12-02',
  },
  {
    id: 'eigen-rol-na-melding',
    title: 'Wat is mijn rol na een melding?',
    summary:
      'Na een melding neemt Veilig Thuis de verantwoordelijkheid voor het zicht op de veiligheid over; jij blijft verantwoordelijk voor je eigen hulp en begeleiding. Een leerkracht blijft het kind gewoon lesgeven en steunen; maak met Veilig Thuis afspraken over wat jij wel en niet doet.',
    body: lines(
      'Een melding betekent niet dat je je handen ervan aftrekt. Veilig Thuis neemt het zicht op veiligheid over, maar:',
      '- je gaat door met je eigen werk met het kind of gezin;',
      '- je maakt afspraken met Veilig Thuis over je rol, bijvoorbeeld over signalen die je blijft doorgeven;',
      '- je legt die afspraken vast in het dossier.',
      'Zie je nieuwe zorgen, neem dan opnieuw contact op met Veilig Thuis via 0800-2000.',
    ),
    sectors: [],
    keywords: ['rol', 'na melding', 'verantwoordelijkheid', 'verantwoordelijk', 'wie is verantwoordelijk', 'zicht op veiligheid', 'doorgaan', 'begeleiding', 'wat moet ik nog doen', 'eigen rol', 'betekenen', 'nog doen'],
    source: Sources.augeoVeiligThuis,
    checked: '2026-12-02',
  },
  {
    id: 'inzage-dossier-veilig-thuis',
    title: 'Inzage en correctie bij Veilig Thuis: de rechten van betrokkenen',
    summary:
      'Wie in een dossier van Veilig Thuis staat, vraagt Veilig Thuis om inzage of een afschrift, en kan vragen om correctie, een aanvulling of (gedeeltelijke) vernietiging. Veilig Thuis houdt één dossier per gezin of huishouden.',
    body: lines(
      'Wil iemand lezen wat er bij Veilig Thuis over hem of haar staat?',
      '- Die persoon dient het verzoek in bij Veilig Thuis; de melder regelt dat niet.',
      '- Veilig Thuis mag een verzoek afwijzen in omschreven gevallen: het belang van een ander, de taak van Veilig Thuis, een verbod dat voor Veilig Thuis geldt, of een aanmerkelijk belang van een ander bij het dossier.',
      '- Vraagt iemand inzage in wat jouw organisatie noteerde, bespreek dat verzoek dan met je aandachtsfunctionaris.',
      'Vragen over een dossier bij Veilig Thuis Zuid-Limburg: 0800-2000.',
    ),
    sectors: [],
    keywords: ['inzage', 'inzien', 'inzagerecht', 'afschrift', 'correctie', 'corrigeren', 'vernietiging', 'dossier inzien', 'dossier opvragen', 'wat er is gemeld', 'wat wij hebben gemeld', 'wat er over haar', 'wat er over hem', 'wat er over hen'],
    source: Sources.veiligThuisZlDossier,
    checked: '2026-12-07',
  },
  {
    id: 'raad-voor-de-kinderbescherming',
    title: 'Wanneer komt de Raad voor de Kinderbescherming in beeld?',
    summary:
      'Veilig Thuis kan na een melding de Raad voor de Kinderbescherming verzoeken om onderzoek te doen. Dat gebeurt bij een klein deel van de meldingen.',
    body: lines(
      'Een verzoek tot onderzoek aan de Raad is een van de mogelijke besluiten na de veiligheidsbeoordeling of na een onderzoek door Veilig Thuis. Veilig Thuis informeert de gemeente als het de Raad om onderzoek vraagt.',
      'Voor jou als professional verandert er dan niet veel: je blijft verantwoordelijk voor je eigen hulp en kunt vragen over je rol stellen aan Veilig Thuis (0800-2000).',
    ),
    sectors: [],
    keywords: ['raad voor de kinderbescherming', 'rvdk', 'kinderbescherming', 'raad', 'verzoek tot onderzoek'],
    source: Sources.knmgTaken,
    moreSources: [Sources.kinderbeschermingKindermishandeling],
    checked: '2026-12-02',
  },
];
