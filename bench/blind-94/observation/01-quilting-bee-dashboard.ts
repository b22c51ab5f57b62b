// expect: no-unobserved-promise
// Three queries are started and awaited one by one; if a later one rejects while an earlier await is pending, its rejection has no handler yet.
import type { IncomingMessage, ServerResponse } from 'node:http';

interface Member { id: string; name: string; guild: string }
interface Quilt { id: string; title: string; ownerId: string; blocksDone: number; blocksTotal: number }
interface Meeting { id: string; date: string; host: string }

declare const db: {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
};

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export async function beeDashboard(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const guild = url.searchParams.get('guild');
  if (!guild) {
    send(res, 400, { error: 'guild is required' });
    return;
  }

  try {
    const membersQuery = db.query<Member>('select id, name, guild from members where guild = $1', [guild]);
    const quiltsQuery = db.query<Quilt>(
      'select q.* from quilts q join members m on m.id = q.owner_id where m.guild = $1',
      [guild],
    );
    const meetingsQuery = db.query<Meeting>(
      'select * from meetings where guild = $1 and date >= current_date order by date limit 5',
      [guild],
    );

    const members = await membersQuery;
    const quilts = await quiltsQuery;
    const meetings = await meetingsQuery;

    const progress = quilts.map((q) => ({
      title: q.title,
      owner: members.find((m) => m.id === q.ownerId)?.name ?? 'unknown',
      percent: Math.round((q.blocksDone / Math.max(q.blocksTotal, 1)) * 100),
    }));

    send(res, 200, {
      guild,
      memberCount: members.length,
      progress,
      nextMeeting: meetings[0] ?? null,
    });
  } catch (err) {
    console.error('dashboard query failed', err);
    send(res, 500, { error: 'could not load dashboard' });
  }
}
