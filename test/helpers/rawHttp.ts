import http from 'node:http';
import net from 'node:net';
import zlib from 'node:zlib';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** One HTTP request with exactly these headers and body bytes (fetch would add or fix headers). */
export function rawRequest(baseUrl: string, path: string, options: { method?: string; headers?: Record<string, string | number>; body?: Buffer | string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(path, baseUrl), { method: options.method ?? 'POST', headers: options.headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/**
 * Sends only the request head (announcing `contentLength` body bytes) and resolves with the first
 * bytes the server answers, or with '' if it closes without answering.
 */
export function headOnly(port: number, path: string, headers: Record<string, string | number>): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      const lines = [`POST ${path} HTTP/1.1`, 'Host: 127.0.0.1', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), '', ''];
      socket.write(lines.join('\r\n'));
    });
    let got = '';
    socket.on('data', (c) => {
      got += c.toString();
      if (got.includes('\r\n\r\n')) {
        socket.destroy();
        resolve(got);
      }
    });
    socket.on('close', () => resolve(got));
    socket.on('error', reject);
  });
}

/** A gzip body of `megabytes` MB of the letter A inside a JSON string: about 1 KB on the wire per MB inflated. */
export async function gzipBomb(megabytes: number): Promise<Buffer> {
  const gz = zlib.createGzip({ level: 9 });
  const chunks: Buffer[] = [];
  gz.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => gz.on('end', resolve));
  const block = Buffer.alloc(1 << 20, 'A');
  gz.write('{"type":"message","text":"');
  for (let i = 0; i < megabytes; i++) if (!gz.write(block)) await new Promise((r) => gz.once('drain', r));
  gz.end('"}');
  await ended;
  return Buffer.concat(chunks);
}
