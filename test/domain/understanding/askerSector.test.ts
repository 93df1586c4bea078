import { describe, expect, it } from 'vitest';
import { askerSectorOf, asksFromOutsideMeldcode } from '../../../src/domain/understanding/askerSector.js';

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

describe('an asker whose organisation has no meldcode', () => {
  it.each([
    ['Ik ben pastoor in Gulpen en een parochiaan vertelde me iets over thuis.'],
    ['als voorganger van onze gemeente maak ik me zorgen over een gezin'],
    ['ik help elke zaterdag bij de voedselbank en zag iets bij een moeder'],
  ])('hears "%s" as someone outside the meldcode sectors (blind set ET)', (text) => {
    expect(asksFromOutsideMeldcode(text)).toBe(true);
  });

  it('still hears a wijkverpleegkundige who mentions a church as inside them', () => {
    expect(asksFromOutsideMeldcode('Ik ben wijkverpleegkundige en de cliënt gaat elke week naar de kerk.')).toBe(false);
  });
});
