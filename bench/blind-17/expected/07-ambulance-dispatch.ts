// expect: no-reused-settled-promise
// The factory given to retry() returns the `offer` promise created once outside it, so each retry re-awaits the same settled offer instead of re-offering the incident.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Incident {
  id: string;
  priority: 1 | 2 | 3 | 4;
  lat: number;
  lon: number;
}

export interface UnitCandidate {
  unitId: string;
  etaSeconds: number;
  crewCertified: boolean;
}

export interface CrewAck {
  unitId: string;
  incidentId: string;
  acceptedAt: string;
}

declare const locator: {
  nearestUnits(lat: number, lon: number, limit: number): Promise<UnitCandidate[]>;
};

declare const cad: {
  offerIncident(unitId: string, incidentId: string, opts: { signal: AbortSignal }): Promise<CrewAck>;
  escalate(incidentId: string, reason: string): Promise<void>;
};

export interface RetryOptions {
  attempts: number;
  delayMs: number;
  signal?: AbortSignal;
}

export async function retry<T>(task: () => Promise<T>, { attempts, delayMs, signal }: RetryOptions): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    signal?.throwIfAborted();
    try {
      return await task();
    } catch (err) {
      lastError = err;
      if (i < attempts - 1) await sleep(delayMs, undefined, { signal });
    }
  }
  throw lastError;
}

const ACK_WINDOW_MS: Record<Incident['priority'], number> = { 1: 20_000, 2: 45_000, 3: 90_000, 4: 180_000 };

export class Dispatcher {
  private readonly assigned = new Map<string, CrewAck>();

  async dispatch(incident: Incident): Promise<CrewAck> {
    const candidates = (await locator.nearestUnits(incident.lat, incident.lon, 5))
      .filter((c) => !this.isBusy(c.unitId))
      .filter((c) => incident.priority > 1 || c.crewCertified)
      .sort((a, b) => a.etaSeconds - b.etaSeconds);

    for (const candidate of candidates) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), ACK_WINDOW_MS[incident.priority]);
      const offer = cad.offerIncident(candidate.unitId, incident.id, { signal: controller.signal });
      try {
        const ack = await retry(() => offer, { attempts: 3, delayMs: 1_500, signal: controller.signal });
        this.assigned.set(ack.unitId, ack);
        return ack;
      } catch {
        // Crew didn't acknowledge in time; move on to the next closest unit.
      } finally {
        clearTimeout(timer);
      }
    }

    await cad.escalate(incident.id, `no unit acknowledged among ${candidates.length} candidates`);
    throw new Error(`incident ${incident.id} unassigned`);
  }

  release(unitId: string): void {
    this.assigned.delete(unitId);
  }

  private isBusy(unitId: string): boolean {
    return this.assigned.has(unitId);
  }
}
