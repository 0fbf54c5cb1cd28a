/**
 * The part of a zip download that is not reading: bytes sent over loopback to curl at a given rate, from a
 * process of its own, so that archive.bench.ts can take a raw read while the machine also carries the zip's
 * socket and its client (on two cores they share the CPUs with the disk's reads).
 * Usage: tsx tests/bench/loopback-load.ts <MB/s>; prints "ready" once curl is receiving, stops on SIGTERM or
 * after 60 s by itself.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const rate = Number(process.argv[2]) * 1024 * 1024;
if (!(rate > 0)) throw new Error('Usage: loopback-load.ts <MB/s>');
const chunk = Buffer.alloc(512 * 1024, 0x5a);
let stopped = false;

const server = http.createServer(async (_req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
  const start = performance.now();
  process.stdout.write('ready\n');
  for (let sent = 0; !stopped && !res.destroyed; sent += chunk.length) {
    if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
    const early = sent / rate - (performance.now() - start) / 1000;
    if (early > 0) await new Promise((resolve) => setTimeout(resolve, early * 1000));
  }
  res.end();
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as { port: number };
  const curl = spawn('curl', ['-s', '-o', '/dev/null', `http://127.0.0.1:${port}/`], { stdio: 'ignore' });
  const stop = () => { stopped = true; curl.kill(); server.close(); setTimeout(() => process.exit(0), 200).unref(); };
  process.on('SIGTERM', stop);
  setTimeout(stop, 60_000).unref();
});
