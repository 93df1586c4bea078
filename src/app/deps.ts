import type { Config } from '../config.js';
import type { Store } from '../store/store.js';
import type { Messenger } from '../messaging/messenger.js';
import type { Notifier } from '../messaging/notifier.js';
import type { Outbox } from '../messaging/outbox.js';
import type { Scheduler } from './scheduler.js';
import type { KnowledgeIndex } from '../knowledge/search.js';
import type { Clock } from '../core/clock.js';
import type { Logger } from '../core/log.js';
import type { IdentityVerifier } from './identity.js';

/** Everything a feature may use, passed in so tests can supply real stores and a fake clock. */
export interface Deps {
  config: Config;
  store: Store;
  clock: Clock;
  log: Logger;
  knowledge: KnowledgeIndex;
  messenger: Messenger;
  notifier: Notifier;
  outbox: Outbox;
  /** Features add their timed jobs (agenda, reminders, retention); it runs only when SCHEDULER=on. */
  scheduler: Scheduler;
  /** Signed-in users of the pages the bot serves (Teams SSO); absent without SSO settings. */
  identity?: IdentityVerifier;
}
