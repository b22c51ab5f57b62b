// expect: no-promise-as-value
// Each record's lastDefrost is the un-awaited Promise from lastDefrost(), so JSON.stringify sends {} to the shore API.
import { setTimeout as delay } from 'node:timers/promises';

export interface ReeferReading {
  containerId: string;
  supplyAirC: number;
  returnAirC: number;
  setpointC: number;
  humidityPct: number;
  sampledAt: string;
}

interface DefrostEvent {
  startedAt: string;
  durationMin: number;
}

declare const controllerBus: {
  poll(containerId: string): Promise<ReeferReading>;
  fetchDefrostHistory(containerId: string, sinceIso: string): Promise<DefrostEvent[]>;
};

const SHORE_ENDPOINT = 'https://telemetry.portops.example/v2/reefers';
const MAX_ATTEMPTS = 4;
const SETPOINT_TOLERANCE_C = 1.5;

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

export class ReeferTelemetryUploader {
  private queue: ReeferReading[] = [];

  constructor(
    private readonly vesselImo: string,
    private readonly token: string,
  ) {}

  async sample(containerIds: string[]): Promise<void> {
    for (const id of containerIds) {
      try {
        this.queue.push(await controllerBus.poll(id));
      } catch (err) {
        // A controller that doesn't answer is reported by the bus watchdog.
        console.warn(`reefer ${id} did not respond`, err);
      }
    }
  }

  private async lastDefrost(containerId: string): Promise<DefrostEvent | null> {
    const since = new Date(Date.now() - 24 * 3600_000).toISOString();
    const history = await controllerBus.fetchDefrostHistory(containerId, since);
    return history.length ? history[history.length - 1] : null;
  }

  async flush(): Promise<number> {
    if (this.queue.length === 0) return 0;
    const batch = this.queue.splice(0);

    const records = batch.map((r) => ({
      ...r,
      deltaC: round1(r.returnAirC - r.supplyAirC),
      outOfRange: Math.abs(r.supplyAirC - r.setpointC) > SETPOINT_TOLERANCE_C,
      lastDefrost: this.lastDefrost(r.containerId),
    }));

    const body = JSON.stringify({ vessel: this.vesselImo, records });

    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        const res = await fetch(SHORE_ENDPOINT, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${this.token}`,
          },
          body,
        });
        if (res.ok) return records.length;
        if (res.status < 500) {
          throw new Error(`shore rejected reefer batch: ${res.status}`);
        }
      } catch (err) {
        if (attempt === MAX_ATTEMPTS) {
          this.queue.unshift(...batch);
          throw err;
        }
      }
      // satellite link is flaky; back off before retrying
      await delay(2 ** attempt * 1000);
    }
    this.queue.unshift(...batch);
    return 0;
  }
}
