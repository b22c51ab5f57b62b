// expect: none
// In-flight config promises are cached on purpose so concurrent callers share one request; every consumer awaits them.
import { EventEmitter } from 'node:events';

interface VehicleProfile {
  vin: string;
  sampleIntervalMs: number;
  geofences: string[];
  firmware: string;
}

interface TelemetryFrame {
  vin: string;
  ts: number;
  lat: number;
  lon: number;
  speedKph: number;
}

declare function fetchVehicleProfile(vin: string, signal: AbortSignal): Promise<VehicleProfile>;

export class FleetProfileCache extends EventEmitter {
  private readonly pending = new Map<string, Promise<VehicleProfile>>();
  private readonly resolved = new Map<string, VehicleProfile>();

  constructor(private readonly timeoutMs = 5_000) {
    super();
  }

  profileFor(vin: string): Promise<VehicleProfile> {
    const known = this.resolved.get(vin);
    if (known) return Promise.resolve(known);

    let inFlight = this.pending.get(vin);
    if (!inFlight) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), this.timeoutMs);
      inFlight = fetchVehicleProfile(vin, controller.signal)
        .then((profile) => {
          this.resolved.set(vin, profile);
          this.emit('profile', profile);
          return profile;
        })
        .finally(() => {
          clearTimeout(timer);
          this.pending.delete(vin);
        });
      this.pending.set(vin, inFlight);
    }
    return inFlight;
  }

  async shouldKeep(frame: TelemetryFrame, lastKeptTs: number | undefined): Promise<boolean> {
    const profile = await this.profileFor(frame.vin);
    if (lastKeptTs === undefined) return true;
    return frame.ts - lastKeptTs >= profile.sampleIntervalMs;
  }

  async downsample(frames: TelemetryFrame[]): Promise<TelemetryFrame[]> {
    const lastKept = new Map<string, number>();
    const kept: TelemetryFrame[] = [];
    for (const frame of frames) {
      if (await this.shouldKeep(frame, lastKept.get(frame.vin))) {
        kept.push(frame);
        lastKept.set(frame.vin, frame.ts);
      }
    }
    return kept;
  }

  invalidate(vin: string): void {
    this.resolved.delete(vin);
  }
}
