// expect: no-floating-promises
// The 'reading' listener is an async function handed to EventEmitter, which drops its promise, so a failed alert or store write is an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface CaveReading {
  caveId: string;
  shelf: string;
  tempC: number;
  relativeHumidity: number;
  ammoniaPpm: number;
  at: number;
}

export interface AgingProfile {
  style: string;
  minRh: number;
  maxRh: number;
  maxTempC: number;
  maxAmmoniaPpm: number;
}

declare const affineurPager: { alert(caveId: string, message: string): Promise<void> };
declare const climateStore: { append(reading: CaveReading): Promise<void> };
declare const misting: { pulse(caveId: string, seconds: number): Promise<void> };

export class CaveMonitor {
  private lastAlertAt = new Map<string, number>();
  private readonly cooldownMs = 20 * 60_000;

  constructor(
    private readonly sensors: EventEmitter,
    private readonly profiles: ReadonlyMap<string, AgingProfile>,
  ) {}

  violations(reading: CaveReading, profile: AgingProfile): string[] {
    const out: string[] = [];
    if (reading.relativeHumidity < profile.minRh) out.push(`RH ${reading.relativeHumidity}% below ${profile.minRh}%`);
    if (reading.relativeHumidity > profile.maxRh) out.push(`RH ${reading.relativeHumidity}% above ${profile.maxRh}%`);
    if (reading.tempC > profile.maxTempC) out.push(`temp ${reading.tempC}°C above ${profile.maxTempC}°C`);
    if (reading.ammoniaPpm > profile.maxAmmoniaPpm) out.push(`ammonia ${reading.ammoniaPpm} ppm`);
    return out;
  }

  private shouldAlert(key: string, now: number): boolean {
    const last = this.lastAlertAt.get(key);
    if (last !== undefined && now - last < this.cooldownMs) return false;
    this.lastAlertAt.set(key, now);
    return true;
  }

  start(): void {
    this.sensors.on('reading', async (reading: CaveReading) => {
      await climateStore.append(reading);
      const profile = this.profiles.get(reading.caveId);
      if (!profile) return;

      const problems = this.violations(reading, profile);
      if (problems.length === 0) return;

      if (reading.relativeHumidity < profile.minRh) {
        await misting.pulse(reading.caveId, Math.min(90, (profile.minRh - reading.relativeHumidity) * 10));
      }
      const key = `${reading.caveId}:${reading.shelf}`;
      if (this.shouldAlert(key, reading.at)) {
        await affineurPager.alert(reading.caveId, `${profile.style} shelf ${reading.shelf}: ${problems.join('; ')}`);
      }
    });
  }

  stop(): void {
    this.sensors.removeAllListeners('reading');
    this.lastAlertAt.clear();
  }
}
