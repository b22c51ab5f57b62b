// expect: no-swallowed-abort
// readTrackCircuits() rewraps every failure, including the AbortError thrown when the caller cancels, as a plain Error named 'Error', so callers such as pollUntilClear() count a cancellation as a trackside fault.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TrackCircuitState {
  circuitId: string;
  occupied: boolean;
  failed: boolean;
  lastChange: string;
}

interface CircuitPayload {
  circuits: Array<{ id: string; state: 'clear' | 'occupied' | 'failed'; changed: string }>;
}

export class TracksideClient {
  private faults = 0;

  constructor(private readonly baseUrl: string, private readonly pollMs = 750, private readonly maxFaults = 5) {}

  async readTrackCircuits(section: string, signal: AbortSignal): Promise<TrackCircuitState[]> {
    try {
      const res = await fetch(new URL(`/sections/${encodeURIComponent(section)}/circuits`, this.baseUrl), { signal });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const body = (await res.json()) as CircuitPayload;
      return body.circuits.map((c) => ({
        circuitId: c.id,
        occupied: c.state === 'occupied',
        failed: c.state === 'failed',
        lastChange: c.changed,
      }));
    } catch (err) {
      throw new Error(`track circuit query for ${section} failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  async pollUntilClear(section: string, signal: AbortSignal): Promise<TrackCircuitState[]> {
    for (;;) {
      try {
        const circuits = await this.readTrackCircuits(section, signal);
        this.faults = 0;
        if (circuits.every((c) => !c.occupied)) return circuits;
      } catch (err) {
        if (err instanceof Error && err.name === 'AbortError') throw err;
        this.faults++;
        if (this.faults >= this.maxFaults) throw err;
      }
      await sleep(this.pollMs, undefined, { signal });
    }
  }
}

export async function clearForRoute(client: TracksideClient, sections: string[], signal: AbortSignal): Promise<void> {
  for (const section of sections) {
    const circuits = await client.pollUntilClear(section, signal);
    const failed = circuits.filter((c) => c.failed);
    if (failed.length) throw new Error(`section ${section} shows failed circuits: ${failed.map((c) => c.circuitId).join(', ')}`);
  }
}
