import type { ArticleInput } from '../article.js';
import { PhoneNumbers, SuicideRoute } from '../../domain/facts.js';
import { lines } from './lines.js';
import { Sources } from './sources.js';

/** Letselduiding and suicide or self-harm: situations with their own experts and lines. */
export const healthAndInjuryArticles: ArticleInput[] = [
  {
    id: 'letselduiding',
    title: 'Letselduiding: past het letsel bij het verhaal?',
    summary:
      'Zie je letsel waarvan de oorzaak onduidelijk is, dan kun je in stap 2 van de meldcode een deskundige op het gebied van letselduiding raadplegen. Voor artsen is dat onder meer het Landelijk Expertise Centrum Kindermishandeling (LECK), dag en nacht bereikbaar voor artsen, of de forensisch arts van de GGD.',
    body: lines(
      'Bij letselduiding kijkt een deskundige of het letsel past bij de uitleg die wordt gegeven, en of het om een ongeluk, een ziekte of toegebracht letsel gaat.',
      '- Ben je geen arts? Beschrijf het letsel feitelijk (waar, hoe groot, welke kleur, wat het kind of de ouder erover zei) en overleg met de aandachtsfunctionaris of met Veilig Thuis. Veilig Thuis kan een arts inschakelen.',
      '- Ben je arts? Het LECK adviseert artsen bij een vermoeden van kindermishandeling op basis van medische bevindingen; het is geen meldpunt.',
      `Ernstig toegebracht letsel geldt als acute onveiligheid: bel bij direct gevaar ${PhoneNumbers.emergency} en neem contact op met Veilig Thuis via ${PhoneNumbers.veiligThuis}.`,
    ),
    sectors: [],
    keywords: ['letselduiding', 'letsel', 'verwonding', 'blauwe plekken', 'botbreuk', 'forensisch arts', 'leck', 'kinderarts', 'past het verhaal', 'onverklaard letsel', 'toegebracht letsel', 'vertrouwensarts'],
    source: Sources.basismodel,
    moreSources: [Sources.nfiLeck, Sources.leckProfessionals, Sources.knmgAcuut],
    checked: '2026-12-02',
  },
  {
    id: 'suicide-en-zelfbeschadiging',
    title: 'Suïcidale uitingen en zelfbeschadiging',
    summary:
      `Praat iemand over suïcide of beschadigt iemand zichzelf, neem dat altijd serieus: bij direct levensgevaar bel je ${PhoneNumbers.emergency}, en anders kan iedereen dag en nacht gratis en anoniem terecht bij 113 Zelfmoordpreventie (${PhoneNumbers.suicidePrevention} of ${PhoneNumbers.suicidePreventionFree}). Veilig Thuis is er als de thuissituatie onveilig is.`,
    body: lines(
      'Wat doe je?',
      `- ${SuicideRoute.lifeInDanger}`,
      `- ${SuicideRoute.talkTo113} Ook als professional of als bezorgde volwassene kun je 113 bellen voor advies.`,
      `- ${SuicideRoute.ownCare}`,
      `- ${SuicideRoute.veiligThuisOnlyIfUnsafeHome} Zijn er signalen van geweld of mishandeling thuis, volg dan ook de meldcode.`,
      `Kinderen en jongeren kunnen ook praten met De Kindertelefoon: ${PhoneNumbers.kindertelefoon}.`,
    ),
    sectors: [],
    keywords: ['suïcide', 'suicide', 'zelfmoord', 'zelfdoding', 'suïcidaal', 'dood willen', 'niet meer leven', 'niet meer willen leven', 'wil niet meer leven', 'zelfbeschadiging', 'zelfverwonding', 'automutilatie', 'snijden', 'snijdt zichzelf', 'zichzelf snijden', 'krassen', 'zichzelf pijn doen', '113', 'zelfmoordpreventie', 'hulplijn'],
    source: Sources.zelfmoordpreventie,
    moreSources: [Sources.kindertelefoon],
    checked: '2026-12-02',
  },
];
