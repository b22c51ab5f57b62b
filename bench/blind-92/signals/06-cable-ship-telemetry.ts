// expect: no-leaked-race
// withDeadline races the request against a setTimeout that is never cleared, and the losing fetch is never aborted, so every call leaves a live timer and, on timeout, a request still running.
export interface ShipPosition {
  vessel: string;
  lat: number;
  lon: number;
  headingDeg: number;
  speedKn: number;
}

export interface RepeaterStatus {
  repeaterId: string;
  powerFeedVolts: number;
  gainDb: number;
  alarm: boolean;
}

const DEFAULT_DEADLINE_MS = 8_000;

class DeadlineExceeded extends Error {
  constructor(what: string, ms: number) {
    super(`${what} did not answer within ${ms}ms`);
    this.name = 'DeadlineExceeded';
  }
}

function withDeadline<T>(what: string, work: Promise<T>, ms = DEFAULT_DEADLINE_MS): Promise<T> {
  const deadline = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new DeadlineExceeded(what, ms)), ms);
  });
  return Promise.race([work, deadline]);
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/**
 * Polled by the repair coordination desk: where is the ship and what do the
 * repeaters either side of the fault say. The VSAT link is slow and drops,
 * hence the deadlines.
 */
export class TelemetryDesk {
  constructor(private readonly shipGateway: string, private readonly nmsBase: string) {}

  position(vessel: string): Promise<ShipPosition> {
    return withDeadline(`${vessel} AIS`, getJson<ShipPosition>(`${this.shipGateway}/ais/${vessel}`));
  }

  repeaters(segment: string): Promise<RepeaterStatus[]> {
    return withDeadline(
      `NMS ${segment}`,
      getJson<RepeaterStatus[]>(`${this.nmsBase}/segments/${segment}/repeaters`),
      15_000,
    );
  }

  async snapshot(vessel: string, segment: string) {
    const [pos, reps] = await Promise.allSettled([this.position(vessel), this.repeaters(segment)]);
    return {
      position: pos.status === 'fulfilled' ? pos.value : null,
      repeaters: reps.status === 'fulfilled' ? reps.value : [],
      alarms: reps.status === 'fulfilled' ? reps.value.filter((r) => r.alarm).map((r) => r.repeaterId) : [],
      stale: pos.status === 'rejected' || reps.status === 'rejected',
    };
  }
}
