import type { HandoverCase } from '../domain/cases/case.js';
import type { ChannelLink } from '../store/records.js';

/** Who asks for `status`, and where: providers show only what that viewer may see. */
export interface StatusViewer {
  aadObjectId?: string;
  /** The link of the channel the question is asked in, if any. */
  link?: ChannelLink;
}

/** A feature adds lines to `status` (escalations, open tickets) without the channels feature knowing it. */
export type StatusProvider = (viewer: StatusViewer) => Promise<string[]>;

/** A feature hears about a new channel link (advice questions waiting for a Veilig Thuis channel). */
export type LinkListener = (link: ChannelLink) => Promise<void>;

/** A feature hears about a case that was just taken in (the triagetafel puts a melding on its table). */
export type CaseListener = (created: HandoverCase) => Promise<void>;
