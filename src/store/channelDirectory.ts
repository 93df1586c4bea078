import type { ChannelRecord } from './records.js';
import type { Collection } from './store.js';

export type GemeenteChannel = ChannelRecord & { link: { kind: 'gemeente'; gemeente: string } };
export type VeiligThuisChannel = ChannelRecord & { link: { kind: 'veilig-thuis'; adviceTeam: string } };

const isGemeenteChannel = (c: ChannelRecord): c is GemeenteChannel => c.link?.kind === 'gemeente';
const isVeiligThuisChannel = (c: ChannelRecord): c is VeiligThuisChannel => c.link?.kind === 'veilig-thuis';

/**
 * The one place that answers "which channel is this gemeente's" and "which are Veilig Thuis's":
 * only linked channels the bot can still reach count.
 */
export interface ChannelDirectory {
  /** Every reachable gemeente channel, by gemeente name. */
  gemeenteChannels(): Promise<Map<string, GemeenteChannel>>;
  /** The reachable channel of one gemeente. */
  gemeenteChannel(gemeente: string): Promise<GemeenteChannel | undefined>;
  /** The gemeente a channel is linked to, if it is linked and reachable. */
  gemeenteOf(channelId: string): Promise<string | undefined>;
  /** Reachable Veilig Thuis channels, only those of one advice team when it is given. */
  veiligThuisChannels(adviceTeam?: string): Promise<VeiligThuisChannel[]>;
  /** The channel for one advice team's questions: its own, else any Veilig Thuis channel. */
  veiligThuisChannelFor(adviceTeam: string): Promise<VeiligThuisChannel | undefined>;
}

export function channelDirectory(channels: Collection<ChannelRecord>): ChannelDirectory {
  const active = () => channels.list({ active: true });
  const veiligThuis = async () => (await active()).filter(isVeiligThuisChannel);
  return {
    async gemeenteChannels() {
      return new Map((await active()).filter(isGemeenteChannel).map((c) => [c.link.gemeente, c]));
    },
    async gemeenteChannel(gemeente) {
      return (await active()).filter(isGemeenteChannel).find((c) => c.link.gemeente === gemeente);
    },
    async gemeenteOf(channelId) {
      const channel = await channels.get(channelId);
      return channel?.active && isGemeenteChannel(channel) ? channel.link.gemeente : undefined;
    },
    async veiligThuisChannels(adviceTeam) {
      return (await veiligThuis()).filter((c) => !adviceTeam || c.link.adviceTeam === adviceTeam);
    },
    async veiligThuisChannelFor(adviceTeam) {
      const linked = await veiligThuis();
      return linked.find((c) => c.link.adviceTeam === adviceTeam) ?? linked[0];
    },
  };
}
