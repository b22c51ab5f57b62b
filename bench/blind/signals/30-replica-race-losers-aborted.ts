// expect: none
// Each shard lookup gets a signal tied to a per-call controller, which is aborted in finally once Promise.race settles, so the slower shards cancel their lookups.

interface Session {
  userId: string;
  expiresAt: number;
}

declare class SessionShard {
  find(token: string, opts: { signal: AbortSignal }): Promise<Session>;
}

export async function findSession(shards: SessionShard[], token: string, signal: AbortSignal): Promise<Session> {
  const settled = new AbortController();
  const lookupSignal = AbortSignal.any([signal, settled.signal]);
  try {
    const session = await Promise.race(shards.map((shard) => shard.find(token, { signal: lookupSignal })));
    if (session.expiresAt < Date.now()) {
      throw new Error("session expired");
    }
    return session;
  } finally {
    settled.abort();
  }
}
