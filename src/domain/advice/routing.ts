import type { Region } from '../region.js';
import type { Sector } from '../constants.js';

/**
 * Which Veilig Thuis team gets a question: the first team in the region file whose sectors and
 * gemeenten both match (an empty list matches everything); the first team otherwise.
 */
export function pickAdviceTeam(region: Region, sector: Sector, gemeente: string): string {
  const g = gemeente.toLowerCase();
  const match = region.advice.teams.find(
    (t) => (t.sectors.length === 0 || t.sectors.includes(sector)) && (t.gemeenten.length === 0 || t.gemeenten.some((x) => x.toLowerCase() === g)),
  );
  return (match ?? region.advice.teams[0]!).key;
}
