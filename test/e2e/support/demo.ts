import { readFileSync } from 'node:fs';
import path from 'node:path';
import { demoRegionFile, playgroundConfigFile, projectRoot } from '../../../scripts/lib/playgroundStack.mjs';

/** The parts of .m365agentsplayground.yml (written as JSON, which is valid YAML) the tests use. */
export interface PlaygroundUser {
  id: string;
  name: string;
  userPrincipleName: string;
  aadObjectId: string;
  givenName: string;
  surname: string;
  email: string;
}

export interface PlaygroundConfig {
  version: string;
  tenantId: string;
  bot: { id: string; name: string };
  currentUser: PlaygroundUser;
  users: PlaygroundUser[];
  personalChat: { id: string };
  groupChat: { id: string; name: string };
  team: { id: string; name: string; aadGroupId: string; channels: { id: string; name: string }[] };
}

export function readPlaygroundConfig(file = playgroundConfigFile): PlaygroundConfig {
  return JSON.parse(readFileSync(file, 'utf8')) as PlaygroundConfig;
}

export const demoRegionPath = path.join(projectRoot, demoRegionFile);

const config = readPlaygroundConfig();

/** Names as the playground shows them: tree items are labelled "<team> - <channel>". */
export const Demo = {
  botName: config.bot.name,
  currentUser: config.currentUser,
  teamName: config.team.name,
  /** The team's General channel; in the demo it is used as the Veilig Thuis channel. */
  generalChannel: 'General',
  /** The one extra channel of the team. */
  gemeenteChannel: config.team.channels[0]!.name,
  groupChatName: config.groupChat.name,
} as const;
