// expect: no-uncalled-async-function
// Promise.all receives loadLockSchedule itself instead of loadLockSchedule(region), so "locks" is the function and the response carries no schedule.
interface LockWindow {
  lockId: string;
  opensAt: string;
  closesAt: string;
}

interface Mooring {
  id: string;
  name: string;
  maxLengthM: number;
  free: boolean;
}

interface Stoppage {
  lockId: string;
  reason: string;
  until: string;
}

declare const cru: {
  lockSchedule(region: string): Promise<LockWindow[]>;
  moorings(region: string): Promise<Mooring[]>;
  stoppages(region: string): Promise<Stoppage[]>;
};

async function loadLockSchedule(region: string): Promise<LockWindow[]> {
  const [windows, stoppages] = await Promise.all([cru.lockSchedule(region), cru.stoppages(region)]);
  const closed = new Set(stoppages.map((s) => s.lockId));
  return windows.filter((w) => !closed.has(w.lockId));
}

async function loadMoorings(region: string, lengthM: number): Promise<Mooring[]> {
  const all = await cru.moorings(region);
  return all.filter((m) => m.free && m.maxLengthM >= lengthM);
}

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const region = url.searchParams.get('region');
  const lengthM = Number(url.searchParams.get('length') ?? '20');
  if (!region) {
    return Response.json({ error: 'region is required' }, { status: 400 });
  }

  try {
    const [locks, moorings] = await Promise.all([loadLockSchedule, loadMoorings(region, lengthM)]);
    return Response.json(
      {
        region,
        lengthM,
        locks,
        moorings: moorings.map((m) => ({ id: m.id, name: m.name })),
        generatedAt: new Date().toISOString(),
      },
      { headers: { 'cache-control': 'max-age=300' } },
    );
  } catch (err) {
    console.error(`passage plan for ${region} failed`, err);
    return Response.json({ error: 'could not build passage plan' }, { status: 502 });
  }
}
