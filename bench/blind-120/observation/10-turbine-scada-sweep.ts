// expect: none
// Each SCADA read is started inside the loop body and awaited immediately, the parallel path awaits Promise.all, and the event listener only does synchronous bookkeeping.
import { EventEmitter } from 'node:events';

export interface TurbineTelemetry {
  turbineId: string;
  rotorRpm: number;
  outputKw: number;
  bearingTempC: number;
  tideVelocityMs: number;
}

export interface ScadaLink extends EventEmitter {
  read(turbineId: string): Promise<TurbineTelemetry>;
  readBatch(turbineIds: string[]): Promise<TurbineTelemetry[]>;
}

export class ArraySweep {
  private readonly alarms: string[] = [];
  private lastSweep: TurbineTelemetry[] = [];

  constructor(
    private readonly link: ScadaLink,
    private readonly turbineIds: string[],
  ) {
    this.link.on('alarm', (turbineId: string, code: string) => {
      this.alarms.push(`${new Date().toISOString()} ${turbineId} ${code}`);
    });
  }

  /** The legacy RTUs only answer one poll at a time, so sweep them in order. */
  async sweepSequential(): Promise<TurbineTelemetry[]> {
    const readings: TurbineTelemetry[] = [];
    for (const turbineId of this.turbineIds) {
      readings.push(await this.link.read(turbineId));
    }
    this.lastSweep = readings;
    return readings;
  }

  /** Newer nacelle controllers can be polled concurrently. */
  async sweepParallel(): Promise<TurbineTelemetry[]> {
    const readings = await Promise.all(this.turbineIds.map((turbineId) => this.link.read(turbineId)));
    this.lastSweep = readings;
    return readings;
  }

  async sweepInChunks(chunkSize: number): Promise<TurbineTelemetry[]> {
    const readings: TurbineTelemetry[] = [];
    for (let i = 0; i < this.turbineIds.length; i += chunkSize) {
      const chunk = this.turbineIds.slice(i, i + chunkSize);
      readings.push(...(await this.link.readBatch(chunk)));
    }
    this.lastSweep = readings;
    return readings;
  }

  totalOutputKw(): number {
    return this.lastSweep.reduce((sum, t) => sum + t.outputKw, 0);
  }

  overheated(limitC = 85): string[] {
    return this.lastSweep.filter((t) => t.bearingTempC > limitC).map((t) => t.turbineId);
  }

  drainAlarms(): string[] {
    return this.alarms.splice(0);
  }
}
