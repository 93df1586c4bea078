import { randomBytes } from 'node:crypto';
import type { Clock } from '../../app/clock.js';
import type { HttpResult, HttpRoute } from '../../transport/server.js';

export const DOWNLOAD_MINUTES = 30;

/**
 * Short-lived download links for a verslag. The text lives only in memory for the link's lifetime:
 * the walk itself is kept in the user's own conversation state, never in a shared store.
 */
export class VerslagDownloads {
  private readonly files = new Map<string, { markdown: string; fileName: string; expiresAt: number }>();

  constructor(private readonly clock: Clock) {}

  offer(markdown: string, fileName: string): string {
    this.prune();
    const token = randomBytes(24).toString('base64url');
    this.files.set(token, { markdown, fileName, expiresAt: this.clock.now().getTime() + DOWNLOAD_MINUTES * 60_000 });
    return token;
  }

  route(expiredText: string): HttpRoute {
    return {
      method: 'get',
      path: '/verslag/:token',
      handle: async (req): Promise<HttpResult> => {
        this.prune();
        const file = this.files.get(req.params.token ?? '');
        if (!file) return { status: 404, body: expiredText, headers: { 'Content-Type': 'text/plain; charset=utf-8' } };
        return {
          status: 200,
          body: file.markdown,
          headers: {
            'Content-Type': 'text/markdown; charset=utf-8',
            'Content-Disposition': `attachment; filename="${file.fileName}"`,
            'Cache-Control': 'no-store',
          },
        };
      },
    };
  }

  private prune(): void {
    const now = this.clock.now().getTime();
    for (const [token, f] of this.files) if (f.expiresAt <= now) this.files.delete(token);
  }
}
