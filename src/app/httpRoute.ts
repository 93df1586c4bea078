/** An HTTP endpoint a feature offers besides /api/messages (the intake API, downloads); the transport serves it. */
export interface HttpRequestLike {
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  params: Record<string, string>;
  /** The query string's parameters (the first value of each). */
  query: Record<string, string>;
  /** The peer's address, for routes that only answer on loopback. */
  remoteAddress?: string;
}

export interface HttpResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface HttpRoute {
  method: 'get' | 'post';
  path: string;
  handle(req: HttpRequestLike): Promise<HttpResult>;
}
