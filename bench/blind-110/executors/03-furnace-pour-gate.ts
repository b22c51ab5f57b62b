// expect: no-multiple-settle
// On an overshoot waitForPourTemperature() rejects but leaves the polling interval running, so later ticks call reject or resolve again on the already-settled promise.
import { EventEmitter } from 'node:events';

export interface Thermocouple {
  readonly probeId: string;
  readCelsius(): number;
}

export interface AlloySpec {
  name: string;
  pourMinC: number;
  pourMaxC: number;
}

export const BELL_BRONZE: AlloySpec = { name: 'bell bronze 78/22', pourMinC: 1100, pourMaxC: 1180 };

export interface PourLogEntry {
  bellId: string;
  alloy: string;
  pourC: number;
  waitedMs: number;
}

export class FurnaceMonitor extends EventEmitter {
  constructor(private readonly probe: Thermocouple, private readonly pollMs = 500) {
    super();
  }

  waitForPourTemperature(spec: AlloySpec, maxWaitMs: number): Promise<number> {
    const startedAt = Date.now();
    return new Promise<number>((resolve, reject) => {
      const timer = setInterval(() => {
        let celsius: number;
        try {
          celsius = this.probe.readCelsius();
        } catch (err) {
          clearInterval(timer);
          reject(err);
          return;
        }
        this.emit('reading', { probe: this.probe.probeId, celsius });

        if (celsius > spec.pourMaxC) {
          this.emit('overshoot', celsius);
          reject(new Error(`${spec.name} overshot to ${celsius}°C (max ${spec.pourMaxC}°C)`));
          return;
        }
        if (celsius >= spec.pourMinC) {
          clearInterval(timer);
          resolve(celsius);
          return;
        }
        if (Date.now() - startedAt > maxWaitMs) {
          clearInterval(timer);
          reject(new Error(`${spec.name} did not reach ${spec.pourMinC}°C within ${maxWaitMs}ms`));
        }
      }, this.pollMs);
    });
  }
}

export class CastingFloor {
  private readonly log: PourLogEntry[] = [];

  constructor(private readonly monitor: FurnaceMonitor, private readonly openTapHole: (bellId: string) => Promise<void>) {}

  async castBell(bellId: string, spec: AlloySpec = BELL_BRONZE): Promise<PourLogEntry> {
    const started = Date.now();
    const pourC = await this.monitor.waitForPourTemperature(spec, 45 * 60_000);
    await this.openTapHole(bellId);
    const entry = { bellId, alloy: spec.name, pourC, waitedMs: Date.now() - started };
    this.log.push(entry);
    return entry;
  }

  history(): readonly PourLogEntry[] {
    return this.log;
  }
}
