import type { ArticleSource } from '../article.js';

/**
 * Hosts of primary or official sources a professional can check: the law, the government, the inspectorates,
 * the national knowledge institutes, the professional bodies and the Veilig Thuis organisations.
 */
const officialHosts = [
  'overheid.nl',
  'officielebekendmakingen.nl',
  'rijksoverheid.nl',
  'nji.nl',
  'augeo.nl',
  'onderwijsinspectie.nl',
  'igj.nl',
  'knmg.nl',
  'knmg-meldcode.maglr.com',
  'vng.nl',
  'huiselijkgeweld.nl',
  'movisie.nl',
  'vlaggensysteem.nl',
  'jgzrichtlijnen.nl',
  'cbs.nl',
  'kinderbescherming.nl',
  'forensischinstituut.nl',
  'autoriteitpersoonsgegevens.nl',
  'kindertelefoon.nl',
  '113.nl',
  'huwelijksdwangenachterlating.nl',
  'kinderombudsman.nl',
  'richtlijnenjeugdhulp.nl',
  'onderwijsgeschillen.nl',
];

/** Public bodies whose own documents are cited by title because they are not online. */
const officialPublishersWithoutUrl = ['GGD Zuid Limburg'];

export function isOfficialSource(source: ArticleSource): boolean {
  if (!source.url) return officialPublishersWithoutUrl.some((publisher) => source.title.startsWith(publisher));
  const host = new URL(source.url).hostname.replace(/^www\./, '');
  return host.startsWith('veiligthuis') || officialHosts.some((official) => host === official || host.endsWith(`.${official}`));
}
