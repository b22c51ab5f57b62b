// expect: no-multiple-settle
// emergencyStop() drops the pending fill deferred without rejecting it, so a caller awaiting fillTo() waits forever after an e-stop.
import { EventEmitter } from "node:events";

export interface ThermoReading {
  levelCm: number;
  temperatureC: number;
  at: number;
}

export interface FillReport {
  poolId: string;
  finalLevelCm: number;
  finalTemperatureC: number;
  durationMs: number;
}

export interface ValveLink extends EventEmitter {
  open(mix: { springPct: number; coldPct: number }): void;
  close(): void;
}

export class ScaldingRiskError extends Error {
  constructor(readonly poolId: string, readonly temperatureC: number) {
    super(`pool ${poolId} reached ${temperatureC.toFixed(1)}°C during fill`);
    this.name = "ScaldingRiskError";
  }
}

export class PoolFillController {
  private pending: PromiseWithResolvers<FillReport> | null = null;
  private targetLevelCm = 0;
  private maxTemperatureC = 0;
  private startedAt = 0;
  readonly events: string[] = [];

  constructor(private readonly poolId: string, private readonly valve: ValveLink) {
    valve.on("reading", (reading: ThermoReading) => this.onReading(reading));
    valve.on("fault", (code: string) => this.fail(new Error(`valve fault ${code} on pool ${poolId}`)));
  }

  fillTo(targetLevelCm: number, maxTemperatureC: number, springPct = 70): Promise<FillReport> {
    if (this.pending) {
      return Promise.reject(new Error(`pool ${this.poolId} is already filling`));
    }
    this.pending = Promise.withResolvers<FillReport>();
    this.targetLevelCm = targetLevelCm;
    this.maxTemperatureC = maxTemperatureC;
    this.startedAt = Date.now();
    this.valve.open({ springPct, coldPct: 100 - springPct });
    this.events.push(`fill started to ${targetLevelCm}cm`);
    return this.pending.promise;
  }

  emergencyStop(reason: string): void {
    this.valve.close();
    this.events.push(`emergency stop: ${reason}`);
    this.pending = null;
  }

  private onReading(reading: ThermoReading): void {
    const deferred = this.pending;
    if (!deferred) return;
    if (reading.temperatureC > this.maxTemperatureC) {
      this.fail(new ScaldingRiskError(this.poolId, reading.temperatureC));
      return;
    }
    if (reading.levelCm >= this.targetLevelCm) {
      this.valve.close();
      this.pending = null;
      this.events.push(`fill complete at ${reading.levelCm}cm`);
      deferred.resolve({
        poolId: this.poolId,
        finalLevelCm: reading.levelCm,
        finalTemperatureC: reading.temperatureC,
        durationMs: Date.now() - this.startedAt,
      });
    }
  }

  private fail(err: Error): void {
    const deferred = this.pending;
    if (!deferred) return;
    this.valve.close();
    this.pending = null;
    this.events.push(`fill failed: ${err.message}`);
    deferred.reject(err);
  }
}
