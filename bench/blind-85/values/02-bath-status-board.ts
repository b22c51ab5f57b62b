// expect: none
// The lookups start early as promises, but each is awaited before it reaches a template string, a truthiness test, ?? or the JSON body; the only promise handed on goes to a parameter typed Promise<T>.
export interface BathStatus {
  bath: string;
  tempC: number;
  occupancy: number;
  capacity: number;
  closedReason: string | null;
  gender: 'men' | 'women' | 'mixed';
}

declare const sensors: { waterTempC(bath: string): Promise<number> };
declare const turnstile: { count(bath: string): Promise<number> };
declare const maintenance: { closure(bath: string): Promise<string | null> };
declare const schedule: { genderRotation(bath: string, at: Date): Promise<BathStatus['gender'] | undefined> };

async function withFallback<T>(pending: Promise<T>, fallback: T, label: string): Promise<T> {
  try {
    return await pending;
  } catch (err) {
    console.warn(`${label} unavailable, using fallback`, err);
    return fallback;
  }
}

export async function bathStatus(bath: string, capacity: number, now = new Date()): Promise<BathStatus> {
  const tempP = withFallback(sensors.waterTempC(bath), Number.NaN, `temperature of ${bath}`);
  const countP = withFallback(turnstile.count(bath), 0, `turnstile of ${bath}`);
  const closureP = withFallback(maintenance.closure(bath), null, `closure of ${bath}`);
  const genderP = withFallback(schedule.genderRotation(bath, now), undefined, `rotation of ${bath}`);

  const [tempC, occupancy, closedReason, gender] = await Promise.all([tempP, countP, closureP, genderP]);

  return {
    bath,
    tempC,
    occupancy,
    capacity,
    closedReason,
    gender: gender ?? 'mixed',
  };
}

export function boardLine(s: BathStatus): string {
  if (s.closedReason) return `${s.bath}: closed (${s.closedReason})`;
  const temp = Number.isNaN(s.tempC) ? '—' : `${s.tempC.toFixed(1)}°C`;
  const full = s.occupancy >= s.capacity ? ' FULL' : '';
  return `${s.bath} [${s.gender}] ${temp} ${s.occupancy}/${s.capacity}${full}`;
}

export async function handleBoard(req: Request): Promise<Response> {
  const baths = new URL(req.url).searchParams.getAll('bath');
  const capacities: Record<string, number> = { rotenburo: 12, cypress: 8, sulfur: 6, family: 4 };
  const statuses: BathStatus[] = [];
  for (const bath of baths.length ? baths : Object.keys(capacities)) {
    statuses.push(await bathStatus(bath, capacities[bath] ?? 6));
  }

  if (req.headers.get('accept')?.includes('text/plain')) {
    return new Response(statuses.map(boardLine).join('\n'), {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  return new Response(JSON.stringify({ updatedAt: new Date().toISOString(), statuses }), {
    headers: { 'content-type': 'application/json' },
  });
}
