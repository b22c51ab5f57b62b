// expect: no-unobserved-promise
// payloadsRequest is started and stored, but fetchCycles is awaited first; if the payload request rejects during that wait, nothing is handling it yet.
export interface HaulCycle {
  cycleId: string;
  loadedAt: string;
  dumpedAt: string;
  shovelId: string;
  dumpPoint: string;
}

export interface PayloadSample {
  cycleId: string;
  tonnes: number;
}

export interface ShiftReport {
  truckId: string;
  cycles: number;
  totalTonnes: number;
  avgCycleMinutes: number;
  overloads: string[];
}

const FLEET_API = 'https://fleet.pit-ops.internal/api/v2';
const RATED_PAYLOAD_TONNES = 220;

async function getJson<T>(path: string, signal: AbortSignal): Promise<T> {
  const res = await fetch(`${FLEET_API}${path}`, {
    signal,
    headers: { accept: 'application/json' },
  });
  if (!res.ok) {
    throw new Error(`fleet api ${path} responded ${res.status}`);
  }
  return (await res.json()) as T;
}

function fetchCycles(truckId: string, shiftStart: Date, signal: AbortSignal): Promise<HaulCycle[]> {
  const since = encodeURIComponent(shiftStart.toISOString());
  return getJson<HaulCycle[]>(`/trucks/${truckId}/cycles?since=${since}`, signal);
}

function fetchPayloads(truckId: string, shiftStart: Date, signal: AbortSignal): Promise<PayloadSample[]> {
  const since = encodeURIComponent(shiftStart.toISOString());
  return getJson<PayloadSample[]>(`/trucks/${truckId}/payloads?since=${since}`, signal);
}

function minutesBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 60_000;
}

export async function buildShiftReport(truckId: string, shiftStart: Date, timeoutMs = 15_000): Promise<ShiftReport> {
  const signal = AbortSignal.timeout(timeoutMs);

  // the payload service is slow, so kick it off before the cycle query
  const payloadsRequest = fetchPayloads(truckId, shiftStart, signal);
  const cycles = await fetchCycles(truckId, shiftStart, signal);

  const completed = cycles.filter((c) => c.dumpedAt && c.loadedAt);
  const durations = completed.map((c) => minutesBetween(c.loadedAt, c.dumpedAt));
  const avgCycleMinutes = durations.length === 0 ? 0 : durations.reduce((sum, d) => sum + d, 0) / durations.length;

  const payloads = await payloadsRequest;
  const byCycle = new Map(payloads.map((p) => [p.cycleId, p.tonnes]));

  let totalTonnes = 0;
  const overloads: string[] = [];
  for (const cycle of completed) {
    const tonnes = byCycle.get(cycle.cycleId) ?? 0;
    totalTonnes += tonnes;
    if (tonnes > RATED_PAYLOAD_TONNES * 1.1) {
      overloads.push(cycle.cycleId);
    }
  }

  return {
    truckId,
    cycles: completed.length,
    totalTonnes: Math.round(totalTonnes * 10) / 10,
    avgCycleMinutes: Math.round(avgCycleMinutes * 10) / 10,
    overloads,
  };
}

export async function buildFleetReports(truckIds: string[], shiftStart: Date): Promise<ShiftReport[]> {
  return Promise.all(truckIds.map((id) => buildShiftReport(id, shiftStart)));
}
