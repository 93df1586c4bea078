import { readFileSync } from 'node:fs';
import path from 'node:path';
import { demoRegionFile, playgroundConfigFile, projectRoot } from '../../../scripts/lib/playgroundStack.mjs';
import type { PlaygroundConfigFile, PlaygroundUser } from '../../../scripts/lib/playgroundUsers.js';

/** .m365agentsplayground.yml (written as JSON, which is valid YAML). */
export type PlaygroundConfig = PlaygroundConfigFile;
export type { PlaygroundUser };

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
