import { afterContactArticles } from './afterContact.js';
import { afwegingskaderArticles } from './afwegingskader.js';
import { colleagueRouteArticles } from './colleagueRoutes.js';
import { formsOfAbuseArticles } from './formsOfAbuse.js';
import { healthAndInjuryArticles } from './healthAndInjury.js';
import { lawAndPrivacyArticles } from './lawAndPrivacy.js';
import { meldcodeArticles } from './meldcode.js';
import { regionArticles } from './region.js';
import { roleArticles } from './roles.js';
import { signalArticles } from './signals.js';
import { specialFormArticles } from './specialForms.js';
import { veiligThuisArticles } from './veiligThuis.js';

/** One content module: the file name is used in validation errors. */
export interface ContentFile {
  file: string;
  articles: readonly unknown[];
}

export const contentFiles: readonly ContentFile[] = [
  { file: 'content/formsOfAbuse.ts', articles: formsOfAbuseArticles },
  { file: 'content/specialForms.ts', articles: specialFormArticles },
  { file: 'content/healthAndInjury.ts', articles: healthAndInjuryArticles },
  { file: 'content/signals.ts', articles: signalArticles },
  { file: 'content/meldcode.ts', articles: meldcodeArticles },
  { file: 'content/afwegingskader.ts', articles: afwegingskaderArticles },
  { file: 'content/roles.ts', articles: roleArticles },
  { file: 'content/colleagueRoutes.ts', articles: colleagueRouteArticles },
  { file: 'content/lawAndPrivacy.ts', articles: lawAndPrivacyArticles },
  { file: 'content/veiligThuis.ts', articles: veiligThuisArticles },
  { file: 'content/afterContact.ts', articles: afterContactArticles },
  { file: 'content/region.ts', articles: regionArticles },
];
