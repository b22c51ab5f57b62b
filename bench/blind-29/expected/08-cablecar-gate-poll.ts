// expect: none
// The polling loop calls readGate() afresh on every iteration; the manifest promise is started early and awaited only once.
import { setTimeout as sleep } from 'node:timers/promises';

export interface GateReading {
  towerId: string;
  doorsLocked: boolean;
  windKph: number;
  cabinAtStation: boolean;
}

export interface CabinManifest {
  cabinId: string;
  passengers: number;
  maxLoad: number;
}

declare const towerBus: {
  readGate(towerId: string, signal: AbortSignal): Promise<GateReading>;
  manifest(cabinId: string): Promise<CabinManifest>;
  release(towerId: string, cabinId: string): Promise<void>;
};

const WIND_LIMIT_KPH = 65;

export class DepartureController {
  private readonly abort = new AbortController();

  constructor(
    private readonly towerId: string,
    private readonly pollMs = 500,
    private readonly readTimeoutMs = 1_500,
  ) {}

  private async readGate(): Promise<GateReading | null> {
    const signal = AbortSignal.any([this.abort.signal, AbortSignal.timeout(this.readTimeoutMs)]);
    try {
      return await towerBus.readGate(this.towerId, signal);
    } catch (err) {
      if (this.abort.signal.aborted) throw err;
      return null;
    }
  }

  async dispatch(cabinId: string, deadlineMs = 60_000): Promise<'departed' | 'held'> {
    const manifestReady = towerBus.manifest(cabinId);
    // we may hold the cabin before looking at the manifest
    manifestReady.catch(() => undefined);
    const deadline = Date.now() + deadlineMs;

    let reading: GateReading | null = null;
    while (Date.now() < deadline) {
      reading = await this.readGate();
      if (reading && reading.cabinAtStation && reading.doorsLocked) break;
      await sleep(this.pollMs, undefined, { signal: this.abort.signal });
    }

    if (!reading?.doorsLocked) return 'held';
    if (reading.windKph > WIND_LIMIT_KPH) {
      console.warn(`tower ${this.towerId}: wind ${reading.windKph} kph, holding ${cabinId}`);
      return 'held';
    }

    const manifest = await manifestReady;
    if (manifest.passengers > manifest.maxLoad) {
      console.warn(`cabin ${cabinId} overloaded (${manifest.passengers}/${manifest.maxLoad})`);
      return 'held';
    }

    await towerBus.release(this.towerId, cabinId);
    return 'departed';
  }

  shutdown(): void {
    this.abort.abort(new Error('controller shut down'));
  }
}
