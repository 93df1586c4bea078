// A movable clock for the bot process of an e2e run, loaded before the bot with
// NODE_OPTIONS=--import=<this file> (see startPlaygroundStack's `botClock` option).
//
// The file named by E2E_BOT_CLOCK_FILE holds an ISO time: from the moment it is read, `Date.now()` and
// `new Date()` in the bot read that time and run on from there at normal speed. On SIGUSR2 the file is
// read again (the test moves the clock), and `<file>.ack` gets the time now in force, so the test knows
// the jump has happened. Timers (setTimeout) are not affected. Test use only: the bot itself knows nothing of it.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.env.E2E_BOT_CLOCK_FILE;
if (!file) throw new Error('botClock.mjs needs E2E_BOT_CLOCK_FILE');

const RealDate = Date;
let offset = 0;

function load() {
  const text = readFileSync(file, 'utf8').trim();
  const at = RealDate.parse(text);
  if (Number.isNaN(at)) throw new Error(`botClock.mjs: not a time in ${file}: ${text}`);
  offset = at - RealDate.now();
  writeFileSync(`${file}.ack`, new RealDate(RealDate.now() + offset).toISOString());
}

globalThis.Date = new Proxy(RealDate, {
  construct(target, args, newTarget) {
    return Reflect.construct(target, args.length === 0 ? [RealDate.now() + offset] : args, newTarget);
  },
  apply() {
    return new RealDate(RealDate.now() + offset).toString();
  },
  get(target, property, receiver) {
    if (property === 'now') return () => RealDate.now() + offset;
    return Reflect.get(target, property, receiver);
  },
});

load();
process.on('SIGUSR2', load);
