// expect: no-swallowed-abort
// readFlow catches every error, including the AbortError from the caller's signal, and returns null, so a cancelled sweep is recorded as offline meters and raises alarms.
import { setTimeout as sleep } from 'node:timers/promises';

export interface FlowReading {
  meterId: string;
  kgPerMin: number;
  moisturePct: number;
}

export interface AlarmSink {
  raise(kind: 'meter-offline' | 'overfeed', subject: string): void;
}

export interface Logger {
  warn(msg: string, err?: unknown): void;
}

export class GrainFlowMonitor {
  private readonly history = new Map<string, FlowReading[]>();

  constructor(
    private readonly baseUrl: string,
    private readonly meterIds: string[],
    private readonly alarms: AlarmSink,
    private readonly log: Logger,
    private readonly maxKgPerMin = 45,
  ) {}

  async readFlow(meterId: string, signal: AbortSignal): Promise<FlowReading | null> {
    try {
      const res = await fetch(`${this.baseUrl}/meters/${meterId}/flow`, { signal });
      if (!res.ok) throw new Error(`meter ${meterId} returned HTTP ${res.status}`);
      const body = (await res.json()) as { kgMin: number; moisture: number };
      return { meterId, kgPerMin: body.kgMin, moisturePct: body.moisture };
    } catch (err) {
      this.log.warn(`flow meter ${meterId} unavailable`, err);
      return null;
    }
  }

  async sweep(signal: AbortSignal): Promise<FlowReading[]> {
    const readings = await Promise.all(this.meterIds.map((id) => this.readFlow(id, signal)));
    const ok: FlowReading[] = [];
    readings.forEach((reading, i) => {
      const id = this.meterIds[i];
      if (reading === null) {
        this.alarms.raise('meter-offline', id);
        return;
      }
      if (reading.kgPerMin > this.maxKgPerMin) {
        this.alarms.raise('overfeed', id);
      }
      const list = this.history.get(id) ?? [];
      list.push(reading);
      if (list.length > 120) list.shift();
      this.history.set(id, list);
      ok.push(reading);
    });
    return ok;
  }

  async run(intervalMs: number, signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      await this.sweep(signal);
      await sleep(intervalMs, undefined, { signal });
    }
  }

  averageFor(meterId: string): number | null {
    const list = this.history.get(meterId);
    if (!list || list.length === 0) return null;
    return list.reduce((s, r) => s + r.kgPerMin, 0) / list.length;
  }
}
