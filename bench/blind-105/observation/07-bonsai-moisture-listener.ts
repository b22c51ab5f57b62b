// expect: no-floating-promises
// The async 'reading' listener's promise is ignored by EventEmitter, so when a valve command fails the rejection is unhandled (crashing the controller under Node's default policy) instead of reaching the 'fault' path.
import { EventEmitter } from 'node:events';

export interface MoistureReading {
  bed: string;
  sensorId: string;
  volumetricPct: number;
  at: number;
}

export interface BedProfile {
  bed: string;
  species: string;
  dryBelowPct: number;
  waterMinutes: number;
}

export interface ValveBank {
  open(bed: string, minutes: number): Promise<void>;
}

export class IrrigationController extends EventEmitter {
  private readonly lastWatered = new Map<string, number>();
  private readonly profiles = new Map<string, BedProfile>();

  constructor(
    private readonly sensors: EventEmitter,
    private readonly valves: ValveBank,
    private readonly minGapMs = 6 * 60 * 60_000,
  ) {
    super();
  }

  addBed(profile: BedProfile): void {
    this.profiles.set(profile.bed, profile);
  }

  start(): void {
    this.sensors.on('reading', async (reading: MoistureReading) => {
      const profile = this.profiles.get(reading.bed);
      if (!profile || reading.volumetricPct >= profile.dryBelowPct) return;

      const last = this.lastWatered.get(reading.bed) ?? 0;
      if (reading.at - last < this.minGapMs) return;

      this.lastWatered.set(reading.bed, reading.at);
      await this.valves.open(reading.bed, profile.waterMinutes);
      this.emit('watered', { bed: reading.bed, species: profile.species, minutes: profile.waterMinutes });
    });
    this.sensors.on('error', (err: Error) => this.emit('fault', err));
  }

  stop(): void {
    this.sensors.removeAllListeners('reading');
    this.sensors.removeAllListeners('error');
  }

  dueSoon(now: number): string[] {
    return [...this.profiles.keys()].filter((bed) => now - (this.lastWatered.get(bed) ?? 0) > this.minGapMs);
  }
}
