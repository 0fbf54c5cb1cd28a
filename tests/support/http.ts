import { parse } from 'node-html-parser';

/**
 * A page's HTML without its <script> elements: Remix also serialises the loader's data into a script, so a
 * check that a title or message is shown must not pass on that data alone. (Checks that something is NOT
 * sent read the whole response.)
 */
export function withoutScripts(html: string): string {
  return parsedWithoutScripts(html, { comment: true }).toString();
}

function parsedWithoutScripts(html: string, options: { comment?: boolean } = {}) {
  const root = parse(html, options);
  for (const script of root.querySelectorAll('script')) script.remove();
  return root;
}

/**
 * The page a response shows: its HTML without scripts. Positive checks (a title, a message) read this; checks that
 * something is NOT sent read the whole response (`res.text()`).
 */
export async function rendered(res: Response): Promise<string> {
  return withoutScripts(await res.text());
}

/** The text a page shows: scripts removed, tags stripped, entities decoded, runs of white space made one space. */
export function visibleText(html: string): string {
  return parsedWithoutScripts(html).textContent.replace(/\s+/g, ' ');
}

/** A small HTTP client with a cookie jar, for route tests through real HTTP. */
export class Client {
  cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('cookie', this.cookieHeader());
    const res = await fetch(this.base + path, { redirect: 'manual', ...init, headers });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = !value || attrs.some((a) => /max-age=0/i.test(a.trim()));
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  get(path: string, init: RequestInit = {}) {
    return this.request(path, init);
  }

  /** POSTs a form the way a browser would (same origin). Remix actions on index routes need `?index`. */
  post(path: string, form: Record<string, string> | FormData, init: RequestInit = {}) {
    const body = form instanceof FormData ? form : new URLSearchParams(form);
    const headers = new Headers(init.headers);
    if (!headers.has('origin')) headers.set('origin', this.base);
    return this.request(path, { method: 'POST', body, ...init, headers });
  }

  async signIn(email: string, password: string) {
    const res = await this.post('/signin', { email, password });
    if (res.status !== 302) throw new Error(`sign-in as ${email} failed with ${res.status}: ${await res.text()}`);
    return res;
  }
}
