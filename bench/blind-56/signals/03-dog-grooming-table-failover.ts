// expect: no-swallowed-abort
// The endpoint failover catches every error, AbortError included, and moves on, so a cancelled lookup ends as a generic "all endpoints failed" AggregateError.
export interface GroomingTable {
  tableId: string;
  salonId: string;
  hydraulic: boolean;
  maxWeightKg: number;
  nextFreeAt: string;
}

export interface Appointment {
  dogName: string;
  breed: string;
  weightKg: number;
  service: 'bath' | 'full-groom' | 'nail-trim' | 'hand-strip';
}

declare const salonEndpoints: readonly string[];

declare const bookingLog: {
  debug(msg: string, meta?: Record<string, unknown>): void;
};

class HttpStatusError extends Error {
  constructor(readonly status: number, url: string) {
    super(`${url} responded ${status}`);
  }
}

async function getJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) throw new HttpStatusError(res.status, url);
  return (await res.json()) as T;
}

async function fetchTablesWithFailover(salonId: string, signal: AbortSignal): Promise<GroomingTable[]> {
  const errors: unknown[] = [];
  for (const base of salonEndpoints) {
    const url = `${base}/salons/${encodeURIComponent(salonId)}/tables`;
    try {
      return await getJson<GroomingTable[]>(url, signal);
    } catch (err) {
      bookingLog.debug('table lookup failed, trying next endpoint', { url, error: String(err) });
      errors.push(err);
    }
  }
  throw new AggregateError(errors, `all ${salonEndpoints.length} grooming endpoints failed for salon ${salonId}`);
}

function minutesFor(appt: Appointment): number {
  const base = { bath: 30, 'full-groom': 90, 'nail-trim': 15, 'hand-strip': 120 }[appt.service];
  return appt.weightKg > 30 ? Math.round(base * 1.4) : base;
}

export async function pickTable(
  salonId: string,
  appt: Appointment,
  signal: AbortSignal,
): Promise<{ table: GroomingTable; minutes: number } | null> {
  const tables = await fetchTablesWithFailover(salonId, signal);
  const suitable = tables
    .filter((t) => t.maxWeightKg >= appt.weightKg)
    .filter((t) => appt.weightKg < 25 || t.hydraulic)
    .sort((a, b) => Date.parse(a.nextFreeAt) - Date.parse(b.nextFreeAt));

  const table = suitable[0];
  return table ? { table, minutes: minutesFor(appt) } : null;
}

export async function planMorning(salonId: string, appts: readonly Appointment[], signal: AbortSignal): Promise<string[]> {
  const plan: string[] = [];
  for (const appt of appts) {
    const pick = await pickTable(salonId, appt, signal);
    plan.push(
      pick
        ? `${appt.dogName} (${appt.breed}) → ${pick.table.tableId}, ${pick.minutes} min`
        : `${appt.dogName} (${appt.breed}) → no suitable table`,
    );
  }
  return plan;
}
