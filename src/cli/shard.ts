import { createHash } from 'node:crypto';

/**
 * Whether `key` (a file's path relative to the run's directory) falls in shard `index` of `count`
 * (1-based). The split hashes each path on its own, so it does not depend on the machine, the
 * order files are found in, or which other files exist: every file is in exactly one shard.
 */
export function inShard(key: string, index: number, count: number): boolean {
  return shardOf(key, count) === index;
}

/** The 1-based shard of `key` among `count` shards. */
export function shardOf(key: string, count: number): number {
  const digest = createHash('sha256').update(key).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}
