// expect: no-uncalled-async-function
// fetchUsage is put into Promise.all uncalled, so `usage` is the function itself; JSON serialization drops it and the dashboard never receives usage data.
export interface Profile {
  id: string;
  displayName: string;
  orgId: string;
  plan: 'free' | 'team' | 'enterprise';
}

export interface ProjectSummary {
  id: string;
  name: string;
  updatedAt: string;
}

declare const profiles: { get(userId: string): Promise<Profile | null> };
declare const projects: { list(filter: { ownerId: string; limit: number }): Promise<ProjectSummary[]> };
declare const metering: {
  totals(userId: string, window: { from: Date; to: Date }): Promise<{ apiCalls: number; storageBytes: number }>;
};
declare function getSession(req: Request): Promise<{ userId: string } | null>;

export async function GET(req: Request): Promise<Response> {
  const session = await getSession(req);
  if (!session) {
    return Response.json({ error: 'unauthenticated' }, { status: 401 });
  }
  const { userId } = session;

  const fetchUsage = async () => {
    const to = new Date();
    const from = new Date(to.getFullYear(), to.getMonth(), 1);
    const totals = await metering.totals(userId, { from, to });
    return { ...totals, periodStart: from.toISOString() };
  };

  try {
    const [profile, recent, usage] = await Promise.all([
      profiles.get(userId),
      projects.list({ ownerId: userId, limit: 20 }),
      fetchUsage,
    ]);

    if (!profile) {
      return Response.json({ error: 'profile not found' }, { status: 404 });
    }

    return Response.json(
      { profile, projects: recent, usage },
      { headers: { 'cache-control': 'private, max-age=30' } },
    );
  } catch (err) {
    console.error('[dashboard] failed to load', { userId, err });
    return Response.json({ error: 'dashboard unavailable' }, { status: 503 });
  }
}
