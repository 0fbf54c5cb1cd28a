/** Fan-out between portal processes: with REDIS_URL, updates and presence reach clients connected to any process. */
import { Redis } from '@hocuspocus/extension-redis';

export function redisFanOut(redisUrl: string, prefix: string): Redis {
  const url = new URL(redisUrl);
  return new Redis({
    host: url.hostname,
    port: Number(url.port || 6379),
    options: {
      password: url.password || undefined,
      username: url.username || undefined,
      db: Number(url.pathname.slice(1) || 0),
      tls: url.protocol === 'rediss:' ? {} : undefined,
    },
    prefix,
  });
}
