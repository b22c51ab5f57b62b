// expect: none
// The ternary picks a loader function (both branches are functions) and the chosen one is then called with the user id, so the handler always awaits a real lookup.
import type { IncomingMessage, ServerResponse } from 'node:http';

interface Profile {
  id: string;
  displayName: string;
  avatarUrl: string | null;
  plan: 'free' | 'pro' | 'team';
}

declare const edgeCache: {
  read(key: string): Promise<Profile | undefined>;
  write(key: string, value: Profile, ttlSeconds: number): Promise<void>;
};
declare const usersApi: {
  getProfile(id: string, opts: { signal?: AbortSignal }): Promise<Profile | null>;
};

async function fromOrigin(id: string): Promise<Profile | undefined> {
  const profile = await usersApi.getProfile(id, { signal: AbortSignal.timeout(3_000) });
  if (!profile) return undefined;
  await edgeCache.write(`profile:${id}`, profile, 300).catch((err) => console.warn('cache write failed', err));
  return profile;
}

async function fromCacheThenOrigin(id: string): Promise<Profile | undefined> {
  return (await edgeCache.read(`profile:${id}`)) ?? fromOrigin(id);
}

export async function profileHandler(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const id = url.searchParams.get('id');
  if (!id) {
    res.writeHead(400, { 'content-type': 'text/plain' }).end('missing id');
    return;
  }

  const bypassCache = req.headers['cache-control']?.includes('no-cache') ?? false;
  const load = bypassCache ? fromOrigin : fromCacheThenOrigin;

  try {
    const profile = await load(id);
    if (!profile) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', 'x-cache': bypassCache ? 'BYPASS' : 'USE' });
    res.end(JSON.stringify(profile));
  } catch (err) {
    console.error(`profile ${id} failed`, err);
    res.writeHead(502).end();
  }
}
