import { describe, expect, it } from 'vitest';
import { askerSectorOf } from '../../../src/domain/understanding/askerSector.js';

describe('the sector the asker names', () => {
  it.each([
    ['Mag ik als wijkverpleegkundige zonder toestemming iets doorgeven?', 'zorg'],
    ['ik ben juf in groep 3 en ik twijfel', 'onderwijs'],
    ['Pedagogisch medewerker hier, vraagje over een peuter', 'kinderopvang'],
    ['Ik werk als wijkcoach in Heerlen', 'wijkteam'],
  ])('reads "%s" as %s', (text, sector) => {
    expect(askerSectorOf(text)).toBe(sector);
  });

  it('reads no sector from someone the message is about', () => {
    expect(askerSectorOf('De huisarts van het gezin zegt dat alles goed gaat')).toBeUndefined();
  });
});
