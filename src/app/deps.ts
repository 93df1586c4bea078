import type { Config } from '../config.js';
import type { Store } from '../store/store.js';
import type { Messenger } from '../messaging/messenger.js';
import type { Notifier } from '../messaging/notifier.js';
import type { Clock } from './clock.js';
import type { Logger } from './log.js';

/** Everything a feature may use, passed in so tests can supply real stores and a fake clock. */
export interface Deps {
  config: Config;
  store: Store;
  clock: Clock;
  log: Logger;
  messenger: Messenger;
  notifier: Notifier;
}
