// expect: no-floating-promises
// An async function is registered as the 'reading' event listener, so the emitter drops its promise and any database failure becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface FermenterReading {
  vesselId: string;
  tempC: number;
  co2Ppm: number;
  airlockBpm: number;
  at: Date;
}

export interface VesselProfile {
  vesselId: string;
  batchCode: string;
  minTempC: number;
  maxTempC: number;
}

export interface TelemetryStore {
  findVessel(vesselId: string): Promise<VesselProfile | null>;
  insertReading(batchCode: string, reading: FermenterReading): Promise<void>;
  raiseAlarm(batchCode: string, message: string): Promise<void>;
}

export class FermenterTelemetry {
  private readonly lastSeen = new Map<string, Date>();

  constructor(
    private readonly bus: EventEmitter,
    private readonly store: TelemetryStore,
  ) {}

  start(): void {
    this.bus.on('reading', async (reading: FermenterReading) => {
      this.lastSeen.set(reading.vesselId, reading.at);
      const vessel = await this.store.findVessel(reading.vesselId);
      if (!vessel) return;

      await this.store.insertReading(vessel.batchCode, reading);

      const problem = this.checkBounds(vessel, reading);
      if (problem) {
        await this.store.raiseAlarm(vessel.batchCode, problem);
      }
    });
  }

  stop(): void {
    this.bus.removeAllListeners('reading');
  }

  private checkBounds(vessel: VesselProfile, r: FermenterReading): string | null {
    if (r.tempC > vessel.maxTempC) {
      return `${vessel.batchCode} running hot at ${r.tempC.toFixed(1)}°C (max ${vessel.maxTempC}°C) – fusel risk`;
    }
    if (r.tempC < vessel.minTempC) {
      return `${vessel.batchCode} too cold at ${r.tempC.toFixed(1)}°C – yeast may stall`;
    }
    if (r.airlockBpm === 0 && r.co2Ppm < 800) {
      return `${vessel.batchCode} shows no airlock activity – check for a stuck ferment`;
    }
    return null;
  }

  silentVessels(now: Date, maxSilenceMs: number): string[] {
    const silent: string[] = [];
    for (const [vesselId, at] of this.lastSeen) {
      if (now.getTime() - at.getTime() > maxSilenceMs) silent.push(vesselId);
    }
    return silent;
  }
}
