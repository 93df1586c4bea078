/** Every sentence of "wie is onze contactpersoon" (nl-NL). */
import type { HandoverForm } from '../../domain/region.js';

export const HandoverFormLabels: Record<HandoverForm, string> = {
  driegesprek: 'warme overdracht in een driegesprek met de inwoner, Veilig Thuis en de gemeente',
  telefonisch: 'telefonische overdracht',
  schriftelijk: 'schriftelijke overdracht',
};

export const ContactTexts = {
  title: (gemeente: string) => `Contactpersonen Veilig Thuis en gemeente ${gemeente}`,
  vtContact: 'Vaste contactpersoon bij Veilig Thuis',
  bruggenbouwer: 'Bruggenbouwer bij de gemeente',
  handoverForm: 'Voorkeur bij overdracht',
  notSet: 'nog niet vastgelegd',
  notSetNote: 'Wat hier nog niet is vastgelegd, zet de coördinator van Veilig Thuis in het regiobestand.',
  person: (role: string, name?: string) => (name ? `${name} (${role})` : role),
  whichGemeente: (options: string) => `Van welke gemeente? Typ bijvoorbeeld "contactpersoon Heerlen". Kies uit: ${options}.`,
  unknownGemeente: (name: string) => `Ik ken geen gemeente "${name}" in deze regio.`,
} as const;
