// expect: no-swallowed-abort
// fetchFaults turns an AbortError into an empty fault list, so a cancelled sweep is recorded as "all windmills healthy".
export interface WindmillFault {
  hole: number;
  code: 'blade-jam' | 'motor-overcurrent' | 'bearing-noise' | 'sensor-offline';
  since: string;
}

export interface ServiceTicket {
  hole: number;
  priority: 'now' | 'tonight' | 'weekly';
  note: string;
}

declare const courseApi: {
  base: string;
};

declare const ticketBoard: {
  replaceOpen(courseId: string, tickets: ServiceTicket[], opts: { signal: AbortSignal }): Promise<void>;
  markHealthy(courseId: string, opts: { signal: AbortSignal }): Promise<void>;
};

const PRIORITY: Record<WindmillFault['code'], ServiceTicket['priority']> = {
  'blade-jam': 'now',
  'motor-overcurrent': 'now',
  'bearing-noise': 'weekly',
  'sensor-offline': 'tonight',
};

function isAbortError(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

async function fetchFaults(courseId: string, signal: AbortSignal): Promise<WindmillFault[]> {
  try {
    const res = await fetch(`${courseApi.base}/courses/${courseId}/windmills/faults`, { signal });
    if (!res.ok) throw new Error(`fault query failed with ${res.status}`);
    return (await res.json()) as WindmillFault[];
  } catch (err) {
    if (isAbortError(err)) return [];
    throw err;
  }
}

function toTickets(faults: WindmillFault[], now = Date.now()): ServiceTicket[] {
  const byHole = new Map<number, WindmillFault[]>();
  for (const f of faults) {
    const list = byHole.get(f.hole) ?? [];
    list.push(f);
    byHole.set(f.hole, list);
  }
  const tickets: ServiceTicket[] = [];
  for (const [hole, list] of byHole) {
    const worst = list.some((f) => PRIORITY[f.code] === 'now')
      ? 'now'
      : list.some((f) => PRIORITY[f.code] === 'tonight')
        ? 'tonight'
        : 'weekly';
    const oldestHours = Math.max(...list.map((f) => (now - Date.parse(f.since)) / 3_600_000));
    tickets.push({
      hole,
      priority: worst,
      note: `${list.map((f) => f.code).join(', ')} (oldest ${oldestHours.toFixed(0)}h)`,
    });
  }
  return tickets.sort((a, b) => a.hole - b.hole);
}

export async function serviceSweep(courseId: string, signal: AbortSignal): Promise<ServiceTicket[]> {
  const faults = await fetchFaults(courseId, signal);
  const tickets = toTickets(faults);
  if (tickets.length === 0) {
    await ticketBoard.markHealthy(courseId, { signal });
  } else {
    await ticketBoard.replaceOpen(courseId, tickets, { signal });
  }
  return tickets;
}
