/**
 * The people of the Agents Playground (.m365agentsplayground.yml) and a second playground as one of
 * them: `npm run playground -- --as lotte` starts another playground whose current user is Lotte, on
 * the same bot, with her own personal chat. The playground itself has no user switcher.
 */
import type { Region } from '../../src/domain/region.js';
import { rolesOf } from '../../src/domain/roles.js';

export interface PlaygroundUser {
  id: string;
  name: string;
  userPrincipleName: string;
  aadObjectId: string;
  givenName: string;
  surname: string;
  email: string;
}

/** The playground's config file (schema 0.1.1: extra keys are rejected, exactly five other users). */
export interface PlaygroundConfigFile {
  version: string;
  tenantId: string;
  bot: { id: string; name: string };
  currentUser: PlaygroundUser;
  users: PlaygroundUser[];
  personalChat: { id: string };
  groupChat: { id: string; name: string };
  team: { id: string; name: string; aadGroupId: string; channels: { id: string; name: string }[] };
}

export function everyone(config: PlaygroundConfigFile): PlaygroundUser[] {
  return [config.currentUser, ...config.users];
}

/** Finds a user by first name, full name or id, ignoring case: "lotte", "Lotte Janssen", "user-lotte-janssen". */
export function findUser(config: PlaygroundConfigFile, wanted: string): PlaygroundUser | undefined {
  const w = wanted.trim().toLowerCase();
  return everyone(config).find((u) => [u.givenName, u.name, u.id, u.aadObjectId].some((key) => key.toLowerCase() === w));
}

/**
 * The config of a playground in which `user` is the current user. Everyone else stays in the team;
 * the personal chat gets its own id, so two people's chats with the bot never share conversation state.
 */
export function configAs(config: PlaygroundConfigFile, user: PlaygroundUser): PlaygroundConfigFile {
  if (user.id === config.currentUser.id) return config;
  return {
    ...config,
    currentUser: user,
    users: everyone(config).filter((u) => u.id !== user.id),
    personalChat: { id: `${config.personalChat.id}-${user.givenName.toLowerCase()}` },
  };
}

/** What the demo region lets a user do, in a few words for the banner. */
export function roleLabel(region: Region, user: PlaygroundUser): string {
  const roles = rolesOf(region, user.aadObjectId);
  const words: string[] = [];
  if (roles.includes('vt-coordinator')) words.push('Veilig Thuis coordinator');
  if (roles.includes('vt-advisor')) words.push('Veilig Thuis advisor');
  const leads = region.gemeenten.filter((g) => g.leidinggevenden?.includes(user.aadObjectId)).map((g) => g.name);
  if (leads.length > 0) words.push(`leidinggevende of ${leads.join(', ')}`);
  return words.length > 0 ? words.join(' and ') : 'professional, no Veilig Thuis role';
}
