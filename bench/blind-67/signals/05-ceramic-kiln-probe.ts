// expect: no-leaked-race
// readThermocouple races the probe against a setTimeout that is never cleared, so every successful read leaves a pending timer behind (hundreds per firing).
import { EventEmitter } from "node:events";

export interface ProbeReading {
  kilnId: string;
  celsius: number;
  coldJunctionC: number;
  at: number;
}

export class ProbeTimeoutError extends Error {
  constructor(readonly kilnId: string, ms: number) {
    super(`thermocouple on kiln ${kilnId} did not answer within ${ms}ms`);
    this.name = "ProbeTimeoutError";
  }
}

declare const probeBus: { read(kilnId: string): Promise<ProbeReading> };

const PROBE_TIMEOUT_MS = 1_500;
const SAMPLE_EVERY_MS = 2_000;
const MAX_RAMP_C_PER_MIN = 5;

export class KilnMonitor extends EventEmitter {
  private interval: NodeJS.Timeout | null = null;
  private last = new Map<string, ProbeReading>();
  private consecutiveTimeouts = 0;

  constructor(private readonly kilnIds: string[]) {
    super();
  }

  readThermocouple(kilnId: string): Promise<ProbeReading> {
    const timeout = new Promise<never>((_, reject) => {
      setTimeout(() => reject(new ProbeTimeoutError(kilnId, PROBE_TIMEOUT_MS)), PROBE_TIMEOUT_MS);
    });
    return Promise.race([probeBus.read(kilnId), timeout]);
  }

  start(): void {
    if (this.interval) return;
    this.interval = setInterval(() => {
      this.sampleAll().catch((err) => this.emit("error", err));
    }, SAMPLE_EVERY_MS);
  }

  stop(): void {
    if (this.interval) clearInterval(this.interval);
    this.interval = null;
  }

  private async sampleAll(): Promise<void> {
    for (const kilnId of this.kilnIds) {
      let reading: ProbeReading;
      try {
        reading = await this.readThermocouple(kilnId);
        this.consecutiveTimeouts = 0;
      } catch (err) {
        if (err instanceof ProbeTimeoutError && ++this.consecutiveTimeouts < 3) {
          continue;
        }
        throw err;
      }
      const previous = this.last.get(kilnId);
      this.last.set(kilnId, reading);
      if (!previous) continue;

      const minutes = (reading.at - previous.at) / 60_000;
      const ramp = minutes > 0 ? (reading.celsius - previous.celsius) / minutes : 0;
      if (Math.abs(ramp) > MAX_RAMP_C_PER_MIN) {
        this.emit("ramp-alarm", { kilnId, ramp: Math.round(ramp * 10) / 10, celsius: reading.celsius });
      }
      this.emit("reading", reading);
    }
  }
}
