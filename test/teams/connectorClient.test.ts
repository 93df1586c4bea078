import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ConnectorClient } from 'botframework-connector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDirectActivityCalls } from '../../src/teams/connectorClient.js';

describe('activities sent over a kept-alive connection', () => {
  let server: http.Server;
  let url: string;
  const received: string[] = [];
  let dropNext = false;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        if (dropNext) {
          // The connector closes the idle connection just as the bot reuses it: no answer at all.
          dropNext = false;
          req.socket.destroy();
          return;
        }
        received.push(JSON.parse(body).text);
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify({ id: `activity-${received.length}` }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends an activity again, once, when the reused connection was closed before any answer', async () => {
    const client = withDirectActivityCalls(url, { conversations: {} } as unknown as ConnectorClient);
    await expect(client.conversations.sendToConversation('conv', { type: 'message', text: 'een' } as never)).resolves.toEqual({ id: 'activity-1' });
    dropNext = true;
    await expect(client.conversations.sendToConversation('conv', { type: 'message', text: 'twee' } as never)).resolves.toEqual({ id: 'activity-2' });
    expect(received).toEqual(['een', 'twee']);
  });
});
