'use strict';
// See package.json: restify requires this module at load time and calls it only for `createServer({ spdy })`.
function unsupported() {
  throw new Error('SPDY is not available in this project: restify\'s `spdy` server option is not supported (see vendor/spdy-unused).');
}
module.exports = { createServer: unsupported, Agent: unsupported, createAgent: unsupported };
