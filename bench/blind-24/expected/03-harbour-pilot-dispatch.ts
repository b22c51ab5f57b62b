// expect: no-reused-settled-promise
// The retry loop awaits the same requestBoarding() promise on every attempt, so after a rejection nothing is re-sent and each "retry" just re-throws the old error.
import { setTimeout as delay } from 'node:timers/promises';

export interface VesselArrival {
  imo: string;
  name: string;
  draughtMetres: number;
  eta: Date;
  berth: string;
}

export interface PilotAssignment {
  pilotId: string;
  vessel: string;
  boardingPoint: string;
  eta: Date;
}

declare const pilotStation: {
  requestBoarding(arrival: VesselArrival, signal?: AbortSignal): Promise<PilotAssignment>;
};

interface DispatchOptions {
  attempts?: number;
  timeoutMs?: number;
  baseBackoffMs?: number;
}

// Deep-draught ships take the pilot at the outer station; everything else
// can board inside the breakwater.
function boardingPointFor(arrival: VesselArrival): string {
  if (arrival.draughtMetres >= 11) return 'Outer Station (Fairway Buoy)';
  if (arrival.berth.startsWith('T')) return 'Tanker Anchorage';
  return 'Inner Breakwater';
}

export async function dispatchPilot(
  arrival: VesselArrival,
  { attempts = 4, timeoutMs = 30_000, baseBackoffMs = 500 }: DispatchOptions = {},
): Promise<PilotAssignment> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const request = pilotStation.requestBoarding(arrival, controller.signal);
  let lastError: unknown;

  try {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const assignment = await request;
        return {
          ...assignment,
          boardingPoint: assignment.boardingPoint || boardingPointFor(arrival),
        };
      } catch (err) {
        lastError = err;
        if (controller.signal.aborted) break;
        await delay(baseBackoffMs * 2 ** (attempt - 1));
      }
    }
  } finally {
    clearTimeout(timer);
  }

  throw new Error(`no pilot assigned for ${arrival.name} (${arrival.imo})`, { cause: lastError });
}

export async function dispatchTide(arrivals: VesselArrival[]): Promise<Map<string, PilotAssignment | Error>> {
  const byEta = [...arrivals].sort((a, b) => a.eta.getTime() - b.eta.getTime());
  const results = new Map<string, PilotAssignment | Error>();
  for (const arrival of byEta) {
    try {
      results.set(arrival.imo, await dispatchPilot(arrival));
    } catch (err) {
      results.set(arrival.imo, err instanceof Error ? err : new Error(String(err)));
    }
  }
  return results;
}
