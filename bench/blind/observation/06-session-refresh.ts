// expect: none
// The early-return path hands the started promise back to the caller (an async function adopts it) and the other path awaits it inside try/catch, so it is observed on every path.
interface Session { token: string; userId: string; expiresAt: number }

declare const redis: {
  set(key: string, value: string, opts: { EX: number }): Promise<void>;
};
declare function refreshSession(token: string): Promise<Session>;

const lastKnown = new Map<string, Session>();

export async function currentSession(token: string, forceRefresh: boolean): Promise<Session> {
  const refreshed = refreshSession(token);

  if (forceRefresh) {
    lastKnown.delete(token);
    return refreshed;
  }

  try {
    const session = await refreshed;
    lastKnown.set(token, session);
    await redis.set(`session:${token}`, JSON.stringify(session), { EX: 300 });
    return session;
  } catch (err) {
    const stale = lastKnown.get(token);
    if (stale && stale.expiresAt > Date.now()) {
      return stale;
    }
    throw err;
  }
}
