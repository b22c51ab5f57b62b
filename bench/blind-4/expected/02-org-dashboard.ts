// expect: no-uncalled-async-function
// listPendingInvites is put into Promise.all uncalled, so `invites` is the function itself: JSON.stringify drops it from the payload and pendingInviteCount reports the function's arity (2) instead of the number of invites.
declare const db: {
  members(orgId: string, opts: { signal?: AbortSignal }): Promise<Array<{ id: string; email: string; role: string }>>;
  invites(orgId: string, opts: { status: 'pending'; signal?: AbortSignal }): Promise<Array<{ email: string; sentAt: Date }>>;
};

declare const billing: {
  usage(orgId: string, period: { from: Date; to: Date }, opts: { signal?: AbortSignal }): Promise<{ seats: number; apiCalls: number }>;
};

declare function requireAdmin(req: Request): Promise<{ userId: string; orgId: string }>;

export function listMembers(orgId: string, signal?: AbortSignal) {
  return db.members(orgId, { signal });
}

export async function listPendingInvites(orgId: string, signal?: AbortSignal) {
  const rows = await db.invites(orgId, { status: 'pending', signal });
  return rows.sort((a, b) => b.sentAt.getTime() - a.sentAt.getTime());
}

async function currentUsage(orgId: string, signal?: AbortSignal) {
  const now = new Date();
  const from = new Date(now.getFullYear(), now.getMonth(), 1);
  return billing.usage(orgId, { from, to: now }, { signal });
}

export async function GET(req: Request): Promise<Response> {
  let session: { userId: string; orgId: string };
  try {
    session = await requireAdmin(req);
  } catch {
    return new Response('forbidden', { status: 403 });
  }

  const { orgId } = session;
  const [members, invites, usage] = await Promise.all([
    listMembers(orgId, req.signal),
    listPendingInvites,
    currentUsage(orgId, req.signal),
  ]);

  return Response.json(
    {
      orgId,
      members,
      invites,
      seatsUsed: members.length,
      pendingInviteCount: invites.length,
      usage,
      generatedAt: new Date().toISOString(),
    },
    { headers: { 'cache-control': 'private, max-age=15' } },
  );
}
