// expect: no-leaked-race
// Whichever region answers first wins, but the losing region's request (and the hedge timer when the primary wins fast) is never cancelled, so every lookup keeps a second full request running to completion.
import { setTimeout as delay } from 'node:timers/promises';

export interface Profile {
  userId: string;
  displayName: string;
  plan: 'free' | 'pro' | 'enterprise';
  updatedAt: string;
}

interface RegionClient {
  readonly region: string;
  getProfile(userId: string, opts?: { signal?: AbortSignal; consistentRead?: boolean }): Promise<Profile>;
}

declare const primary: RegionClient;
declare const secondary: RegionClient;
declare const metrics: { increment(name: string, tags?: Record<string, string>): void };

const HEDGE_AFTER_MS = 40;

async function fromRegion(client: RegionClient, userId: string, signal: AbortSignal): Promise<Profile> {
  const profile = await client.getProfile(userId, { signal });
  metrics.increment('profile.lookup.winner', { region: client.region });
  return profile;
}

export async function getProfileHedged(userId: string, signal: AbortSignal): Promise<Profile> {
  if (signal.aborted) throw signal.reason;

  const first = fromRegion(primary, userId, signal);
  const hedge = delay(HEDGE_AFTER_MS, undefined, { signal }).then(() => {
    metrics.increment('profile.lookup.hedged');
    return fromRegion(secondary, userId, signal);
  });

  try {
    return await Promise.any([first, hedge]);
  } catch (err) {
    if (err instanceof AggregateError) {
      const [primaryErr] = err.errors;
      throw primaryErr instanceof Error ? primaryErr : new Error('profile lookup failed', { cause: err });
    }
    throw err;
  }
}
