import type { ColleagueRouteSector, VeiligThuisFirstForm } from '../domain/facts.js';
import type { SpecialRoute } from '../domain/understanding/specialRoute.js';

/** The article that explains each special route. */
export function articleForRoute(route: SpecialRoute): string {
  switch (route.kind) {
    case 'colleague':
      return route.sector ? ColleagueArticles[route.sector] : 'vermoeden-tegen-een-collega';
    case 'veilig-thuis-first':
      return route.form ? FormArticles[route.form] : 'eergerelateerd-geweld';
    case 'sexual-abuse-by-carer':
      return 'seksueel-misbruik';
    case 'suicide':
      return 'suicide-en-zelfbeschadiging';
  }
}

const ColleagueArticles: Record<ColleagueRouteSector, string> = {
  onderwijs: 'vermoeden-tegen-medewerker-school',
  kinderopvang: 'vermoeden-tegen-medewerker-kinderopvang',
  zorg: 'geweld-in-de-zorgrelatie',
  jeugdhulp: 'geweld-in-de-jeugdhulp',
  wijkteam: 'vermoeden-tegen-collega-wijkteam',
  vereniging: 'vermoeden-tegen-trainer-of-vrijwilliger',
};

/** The articles on a colleague's route: the answer only when a colleague is in view (brief §7). */
export const colleagueRouteArticles: ReadonlySet<string> = new Set(['vermoeden-tegen-een-collega', ...Object.values(ColleagueArticles)]);

const FormArticles: Record<VeiligThuisFirstForm, string> = {
  'eergerelateerd-geweld': 'eergerelateerd-geweld',
  huwelijksdwang: 'huwelijksdwang-en-achterlating',
  achterlating: 'huwelijksdwang-en-achterlating',
  vgv: 'vrouwelijke-genitale-verminking',
  mensenhandel: 'mensenhandel-en-loverboys',
};
