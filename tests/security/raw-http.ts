/** Requests exactly as written (any bytes, any headers, no body rewriting), and what an answer must never show. */
import http from 'node:http';

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export function rawRequest(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {},
): Promise<RawAnswer> {
  const body = opts.body === undefined ? undefined : Buffer.from(opts.body);
  const headers = { ...(body ? { 'content-length': String(body.length) } : {}), ...opts.headers };
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: opts.method ?? 'GET', headers, insecureHTTPParser: true }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Stack frames, source paths, SQL and driver errors: none of it may reach a visitor, in any mode. */
const INTERNALS = [
  /\bat [^\s()]+ \([^)]*:\d+:\d+\)/, // a stack frame
  /\n\s+at [^\n]*:\d+:\d+/, // a stack frame without a function name
  /file:\/\/\//,
  /node_modules/,
  /\/(work|tmp|home|usr|root)\/[\w.-]+\//, // an absolute path on the server
  /\.(ts|tsx|js|mjs):\d+/,
  /Failed query|PostgresError|DrizzleQueryError|DatabaseError|invalid byte sequence|syntax error at or near|relation "[^"]+" does not exist|params:/i,
  /\b(select|insert into|update|delete from)\b[^<>]{0,80}\b(from|where|values|set)\b[^<>]{0,40}"/i, // SQL text with quoted identifiers
  /No route matches URL|URIError|TypeError|ReferenceError/,
];

/** The first internal detail found in a body, or null. */
export function internalsIn(body: string): string | null {
  for (const pattern of INTERNALS) {
    const match = pattern.exec(body);
    if (match) return match[0];
  }
  return null;
}
