/**
 * Facts that appear in user-facing text across features. Every phone number and meldcode step
 * name in content or cards must match one of these (a test checks the knowledge content).
 */
export const PhoneNumbers = {
  emergency: '112',
  veiligThuis: '0800-2000',
  kindertelefoon: '0800-0432',
  /** 113 Zelfmoordpreventie: free and anonymous, 24/7; chat at 113.nl (brief §7). */
  suicidePrevention: '113',
  suicidePreventionFree: '0800-0113',
} as const;

/** The five steps of the basismodel meldcode, in order (brief §1). */
export const MeldcodeSteps = [
  { number: 1, name: 'Signalen in kaart brengen' },
  { number: 2, name: 'Collegiale consultatie en zo nodig Veilig Thuis raadplegen' },
  { number: 3, name: 'Gesprek met de betrokkene(n)' },
  { number: 4, name: 'Wegen van het geweld of de kindermishandeling' },
  { number: 5, name: 'Beslissen: hulp organiseren en/of melden' },
] as const;

/** The five afwegingsvragen of the afwegingskader (brief §2), short names. */
export const Afwegingen = [
  { number: 1, name: 'Vermoeden' },
  { number: 2, name: 'Acute of structurele onveiligheid' },
  { number: 3, name: 'Zelf hulp bieden of organiseren' },
  { number: 4, name: 'Aanvaarden van hulp' },
  { number: 5, name: 'Gewenst resultaat' },
] as const;

export const Sectors = ['onderwijs', 'wijkteam', 'kinderopvang', 'zorg', 'anders'] as const;
export type Sector = (typeof Sectors)[number];

export const SectorLabels: Record<Sector, string> = {
  onderwijs: 'Onderwijs',
  wijkteam: 'Wijkteam / sociaal domein',
  kinderopvang: 'Kinderopvang',
  zorg: 'Zorg',
  anders: 'Anders',
};
