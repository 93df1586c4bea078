import { randomBytes } from 'node:crypto';
import type { Clock } from '../../core/clock.js';
import type { HttpResult, HttpRoute } from '../../app/httpRoute.js';
import type { Verslag } from './flow/index.js';
import { verslagPdf } from './verslagPdf.js';

export const DOWNLOAD_MINUTES = 30;

/**
 * Short-lived download links for a verslag, as PDF (`/verslag/:token`) and as plain text
 * (`/verslag/:token/tekst`). The verslag lives only in memory for the link's lifetime: the walk
 * itself is kept in the user's own conversation state, never in a shared store.
 */
export class VerslagDownloads {
  private readonly files = new Map<string, { verslag: Verslag; fileBase: string; expiresAt: number }>();

  constructor(private readonly clock: Clock) {}

  /** The token of the new links; `fileBase` is the file name without extension. */
  offer(verslag: Verslag, fileBase: string): string {
    this.prune();
    const token = randomBytes(24).toString('base64url');
    this.files.set(token, { verslag, fileBase, expiresAt: this.clock.now().getTime() + DOWNLOAD_MINUTES * 60_000 });
    return token;
  }

  routes(expiredText: string): HttpRoute[] {
    const serve = (render: (verslag: Verslag) => Promise<Buffer | string>, type: string, extension: string) =>
      async (req: { params: Record<string, string | undefined> }): Promise<HttpResult> => {
        this.prune();
        const file = this.files.get(req.params.token ?? '');
        if (!file) return { status: 404, body: expiredText, headers: { 'Content-Type': 'text/plain; charset=utf-8' } };
        return {
          status: 200,
          body: await render(file.verslag),
          headers: {
            'Content-Type': type,
            'Content-Disposition': `attachment; filename="${file.fileBase}.${extension}"`,
            'Cache-Control': 'no-store',
          },
        };
      };
    return [
      { method: 'get', path: '/verslag/:token', handle: serve((v) => verslagPdf(v, this.clock.now()), 'application/pdf', 'pdf') },
      { method: 'get', path: '/verslag/:token/tekst', handle: serve(async (v) => v.text, 'text/plain; charset=utf-8', 'txt') },
    ];
  }

  private prune(): void {
    const now = this.clock.now().getTime();
    for (const [token, f] of this.files) if (f.expiresAt <= now) this.files.delete(token);
  }
}
