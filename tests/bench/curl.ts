/**
 * curl as the benchmarks' HTTP client where the server's throughput is measured: on two cores a node:http client
 * receiving or sending hundreds of MB/s takes as much CPU as the server it measures; curl takes a fraction.
 */
import { spawn, spawnSync } from 'node:child_process';
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export const curlAvailable = spawnSync('curl', ['--version']).status === 0;

function runCurl(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const curl = spawn('curl', ['-s', ...args]);
    let out = '';
    curl.stdout.on('data', (d: Buffer) => {
      out += d;
    });
    curl.on('error', reject);
    curl.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`curl exited with ${code}`))));
  });
}

/** Downloads `url` to nowhere (curl, else node:http): bytes received, Content-Length announced, seconds. */
export async function download(url: string): Promise<{ bytes: number; length: number; seconds: number }> {
  const t = performance.now();
  if (curlAvailable) {
    const out = await runCurl(['-o', '/dev/null', '-D', '-', '-w', '\n%{size_download}', url]);
    return {
      bytes: Number(out.trim().split('\n').pop()),
      length: Number(/content-length:\s*(\d+)/i.exec(out)?.[1]),
      seconds: (performance.now() - t) / 1000,
    };
  }
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        let n = 0;
        res.on('data', (c: Buffer) => {
          n += c.length;
        });
        res.on('end', () =>
          resolve({ bytes: n, length: Number(res.headers['content-length']), seconds: (performance.now() - t) / 1000 }),
        );
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

/** A multipart POST by curl of text fields and files on disk: status, redirect location, seconds. */
export async function curlUpload(
  url: string,
  opts: {
    cookie: string;
    fields: [string, string][];
    files: { field: string; path: string; type: string; name: string }[];
  },
) {
  const args = [
    '-o',
    '/dev/null',
    '-w',
    '%{http_code} %{redirect_url}',
    '-H',
    `Cookie: ${opts.cookie}`,
    '-H',
    `Origin: ${new URL(url).origin}`,
    '-H',
    'Expect:',
  ];
  for (const [k, v] of opts.fields) args.push('--form-string', `${k}=${v}`);
  for (const f of opts.files) args.push('-F', `${f.field}=@${f.path};type=${f.type};filename=${f.name}`);
  const t = performance.now();
  const [status, location = ''] = (await runCurl([...args, url])).split(' ');
  return { status: Number(status), location, seconds: (performance.now() - t) / 1000 };
}
