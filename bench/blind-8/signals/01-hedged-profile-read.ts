// expect: no-leaked-race
// When the primary replica answers before the 120 ms hedge delay, Promise.any settles but the delay is never cancelled, so it still fires and sends a duplicate read to the secondary; when the hedge wins, the primary request is never aborted either.
import { setTimeout as delay } from 'node:timers/promises';

interface Replica {
  name: string;
  baseUrl: string;
}

interface ProfileRecord {
  id: string;
  displayName: string;
  avatarUrl: string | null;
  updatedAt: string;
}

declare const metrics: {
  increment(name: string, tags?: Record<string, string>): void;
  timing(name: string, ms: number, tags?: Record<string, string>): void;
};

const HEDGE_AFTER_MS = 120;

async function readFrom(replica: Replica, id: string, signal?: AbortSignal): Promise<ProfileRecord> {
  const res = await fetch(`${replica.baseUrl}/v1/profiles/${encodeURIComponent(id)}`, {
    headers: { accept: 'application/json' },
    signal,
  });
  if (!res.ok) {
    throw new Error(`${replica.name} responded ${res.status} for profile ${id}`);
  }
  metrics.increment('profile.read', { replica: replica.name });
  return (await res.json()) as ProfileRecord;
}

export class HedgedProfileReader {
  constructor(
    private readonly primary: Replica,
    private readonly secondary: Replica,
  ) {}

  async get(id: string, signal?: AbortSignal): Promise<ProfileRecord> {
    const started = performance.now();
    const fromPrimary = readFrom(this.primary, id, signal);
    const fromSecondary = delay(HEDGE_AFTER_MS, undefined, { signal }).then(() => {
      metrics.increment('profile.hedge_fired');
      return readFrom(this.secondary, id, signal);
    });

    try {
      return await Promise.any([fromPrimary, fromSecondary]);
    } catch (err) {
      if (err instanceof AggregateError && err.errors.length > 0) {
        throw err.errors[0];
      }
      throw err;
    } finally {
      metrics.timing('profile.read.latency', performance.now() - started);
    }
  }
}
