// expect: no-uncalled-async-function
// requestClearance checks `await this.weather.isWithinLimits` without calling it; the method reference is always truthy, so the wind check is skipped.
import { EventEmitter } from 'node:events';

export interface SurfaceObservation {
  readonly windKts: number;
  readonly gustKts: number;
  readonly visibilityKm: number;
  readonly cloudBaseFt: number;
  readonly observedAt: Date;
}

declare function fetchMetar(stationIcao: string, signal?: AbortSignal): Promise<string>;
declare function parseMetar(raw: string): SurfaceObservation;

export class LaunchWeather {
  private cached: { obs: SurfaceObservation; fetchedAt: number } | null = null;

  constructor(
    private readonly stationIcao: string,
    private readonly limits = { maxWindKts: 8, maxGustSpreadKts: 5, minVisibilityKm: 5, minCloudBaseFt: 1_500 },
  ) {}

  async current(signal?: AbortSignal): Promise<SurfaceObservation> {
    if (this.cached && Date.now() - this.cached.fetchedAt < 10 * 60_000) {
      return this.cached.obs;
    }
    const obs = parseMetar(await fetchMetar(this.stationIcao, signal));
    this.cached = { obs, fetchedAt: Date.now() };
    return obs;
  }

  async isWithinLimits(signal?: AbortSignal): Promise<boolean> {
    const obs = await this.current(signal);
    const l = this.limits;
    return (
      obs.windKts <= l.maxWindKts &&
      obs.gustKts - obs.windKts <= l.maxGustSpreadKts &&
      obs.visibilityKm >= l.minVisibilityKm &&
      obs.cloudBaseFt >= l.minCloudBaseFt
    );
  }
}

export interface Envelope {
  readonly registration: string;
  readonly maxPassengers: number;
}

export class LaunchDesk extends EventEmitter {
  private readonly cleared = new Set<string>();

  constructor(private readonly weather: LaunchWeather) {
    super();
  }

  async requestClearance(envelope: Envelope, passengers: number, pilotCurrent: boolean): Promise<boolean> {
    if (!pilotCurrent) {
      this.emit('denied', { registration: envelope.registration, reason: 'pilot currency' });
      return false;
    }
    if (passengers > envelope.maxPassengers) {
      this.emit('denied', { registration: envelope.registration, reason: 'basket over capacity' });
      return false;
    }

    if (await this.weather.isWithinLimits) {
      this.cleared.add(envelope.registration);
      this.emit('cleared', { registration: envelope.registration, passengers });
      return true;
    }
    this.emit('denied', { registration: envelope.registration, reason: 'surface wind or ceiling' });
    return false;
  }

  async clearAll(manifest: ReadonlyArray<{ envelope: Envelope; passengers: number; pilotCurrent: boolean }>): Promise<string[]> {
    const cleared: string[] = [];
    for (const entry of manifest) {
      if (await this.requestClearance(entry.envelope, entry.passengers, entry.pilotCurrent)) {
        cleared.push(entry.envelope.registration);
      }
    }
    return cleared;
  }

  isCleared(registration: string): boolean {
    return this.cleared.has(registration);
  }
}
