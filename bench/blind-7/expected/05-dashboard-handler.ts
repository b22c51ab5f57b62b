// expect: no-uncalled-async-function
// The notifications field awaits the loader function itself, so JSON.stringify drops it and the dashboard payload never contains notifications.
import type { IncomingMessage, ServerResponse } from 'node:http';

interface Session {
  userId: string;
  orgId: string;
}
interface Profile {
  id: string;
  displayName: string;
  avatarUrl?: string;
}
interface Notification {
  id: string;
  kind: string;
  createdAt: string;
  read: boolean;
}

declare const users: { getProfile(id: string, opts?: { signal?: AbortSignal }): Promise<Profile> };
declare const inbox: {
  list(userId: string, q: { unreadOnly: boolean; limit: number }, opts?: { signal?: AbortSignal }): Promise<Notification[]>;
};
declare const billing: { planFor(orgId: string): Promise<{ tier: 'free' | 'team' | 'enterprise'; seats: number }> };
declare function readSession(req: IncomingMessage): Promise<Session | null>;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    'cache-control': 'private, no-store',
  });
  res.end(payload);
}

export async function dashboardHandler(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const session = await readSession(req);
  if (!session) {
    sendJson(res, 401, { error: 'not signed in' });
    return;
  }
  const ac = new AbortController();
  res.once('close', () => ac.abort());

  const url = new URL(req.url ?? '/', 'http://localhost');
  const unreadOnly = url.searchParams.get('unread') === '1';
  const loadNotifications = async (): Promise<Notification[]> => {
    const items = await inbox.list(session.userId, { unreadOnly, limit: 20 }, { signal: ac.signal });
    return items.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  };

  try {
    const [profile, plan] = await Promise.all([users.getProfile(session.userId, { signal: ac.signal }), billing.planFor(session.orgId)]);
    sendJson(res, 200, {
      profile,
      plan,
      notifications: await loadNotifications,
      generatedAt: new Date().toISOString(),
    });
  } catch (err) {
    if (ac.signal.aborted) return;
    console.error('dashboard failed', { userId: session.userId, err });
    sendJson(res, 502, { error: 'upstream unavailable' });
  }
}
