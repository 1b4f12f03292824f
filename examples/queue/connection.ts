/**
 * Redis connections for the example. The URL carries everything: host, port,
 * user, password, database, and TLS (`rediss://`).
 */
import {Redis} from 'ioredis'

export type {Redis} from 'ioredis'

/**
 * Connect to `url`.
 *
 * @param role `'worker'` retries commands for as long as Redis is away
 *   (BullMQ's workers require it: they ride out a restart of Redis);
 *   `'client'` fails a command after a few reconnection attempts, so the
 *   producer reports an unreachable Redis instead of waiting forever.
 */
export function connect(url: string, role: 'worker' | 'client'): Redis {
  const redis = new Redis(url, {
    maxRetriesPerRequest: role === 'worker' ? null : 5,
    // Names show up in `CLIENT LIST`, which helps when counting workers.
    connectionName: `retext-article-${role}`
  })
  // Connection errors reach the commands they hold up (and BullMQ's `error`
  // events); unheard here, they would also be printed on every retry.
  redis.on('error', () => {})
  return redis
}
