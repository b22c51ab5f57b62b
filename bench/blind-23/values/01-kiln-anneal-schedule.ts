// expect: none
// Correct: in-flight promises are cached on purpose and `??` picks the pending promise, which is awaited before any value is logged or compared.
import { setTimeout as delay } from 'node:timers/promises';

export interface AnnealProfile {
  kilnId: string;
  glassType: 'soda-lime' | 'borosilicate' | 'lead-crystal';
  holdTempC: number;
  holdMinutes: number;
  coolRateCPerHour: number;
}

interface KilnStatus {
  kilnId: string;
  currentTempC: number;
  door: 'open' | 'closed';
}

declare const studioLog: { info(msg: string): void; warn(msg: string): void };

const PROFILE_API = 'https://controllers.furnace-row.local/api/profiles';
const STATUS_API = 'https://controllers.furnace-row.local/api/status';

export class AnnealScheduler {
  private readonly inflight = new Map<string, Promise<AnnealProfile>>();
  private readonly profiles = new Map<string, AnnealProfile>();

  constructor(
    private readonly apiBase = PROFILE_API,
    private readonly statusBase = STATUS_API,
  ) {}

  // Several benches can ask for the same kiln at once; share one request.
  profileFor(kilnId: string): Promise<AnnealProfile> {
    const cached = this.profiles.get(kilnId);
    if (cached) return Promise.resolve(cached);

    const pending = this.inflight.get(kilnId) ?? this.loadProfile(kilnId);
    this.inflight.set(kilnId, pending);
    return pending;
  }

  private async loadProfile(kilnId: string): Promise<AnnealProfile> {
    try {
      const res = await fetch(`${this.apiBase}/${encodeURIComponent(kilnId)}`);
      if (!res.ok) throw new Error(`profile lookup failed for ${kilnId}: ${res.status}`);
      const profile = (await res.json()) as AnnealProfile;
      this.profiles.set(kilnId, profile);
      return profile;
    } finally {
      this.inflight.delete(kilnId);
    }
  }

  private async status(kilnId: string): Promise<KilnStatus> {
    const res = await fetch(`${this.statusBase}/${encodeURIComponent(kilnId)}`);
    return (await res.json()) as KilnStatus;
  }

  async waitForHold(kilnId: string, signal?: AbortSignal): Promise<KilnStatus> {
    const profile = await this.profileFor(kilnId);
    for (;;) {
      const current = await this.status(kilnId);
      if (current.door === 'open') {
        studioLog.warn(`Kiln ${kilnId} door open at ${current.currentTempC}°C`);
      }
      if (Math.abs(current.currentTempC - profile.holdTempC) <= 3) {
        studioLog.info(`Kiln ${kilnId} reached hold (${profile.holdTempC}°C, ${profile.glassType}) for ${profile.holdMinutes} min`);
        return current;
      }
      await delay(15_000, undefined, { signal });
    }
  }

  async coolDownHours(kilnId: string, roomTempC = 22): Promise<number> {
    const [profile, current] = await Promise.all([this.profileFor(kilnId), this.status(kilnId)]);
    const drop = Math.max(0, current.currentTempC - roomTempC);
    return Math.round((drop / profile.coolRateCPerHour) * 10) / 10;
  }
}
