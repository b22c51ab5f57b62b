// expect: no-swallowed-abort
// fetchProfile turns an AbortError from the caller's signal into null, the same value used for an offline station, so cancelling a poll round marks the remaining stations offline instead of stopping.
export interface SnowProfile {
  stationId: string;
  observedAt: string;
  heightOfSnowCm: number;
  newSnow24hCm: number;
  airTempC: number;
  windSpeedKmh: number;
}

export interface StationState {
  stationId: string;
  online: boolean;
  lastProfile?: SnowProfile;
  consecutiveMisses: number;
}

export class StationPoller {
  private readonly states = new Map<string, StationState>();

  constructor(
    private readonly baseUrl: string,
    stationIds: string[],
    private readonly perRequestTimeoutMs = 10_000,
  ) {
    for (const stationId of stationIds) {
      this.states.set(stationId, { stationId, online: true, consecutiveMisses: 0 });
    }
  }

  async fetchProfile(stationId: string, signal: AbortSignal): Promise<SnowProfile | null> {
    const requestSignal = AbortSignal.any([signal, AbortSignal.timeout(this.perRequestTimeoutMs)]);
    try {
      const res = await fetch(`${this.baseUrl}/stations/${stationId}/latest`, { signal: requestSignal });
      if (res.status === 503 || res.status === 504) return null;
      if (!res.ok) throw new Error(`station ${stationId}: HTTP ${res.status}`);
      return (await res.json()) as SnowProfile;
    } catch (err) {
      if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) {
        return null;
      }
      throw err;
    }
  }

  async pollRound(signal: AbortSignal): Promise<StationState[]> {
    for (const state of this.states.values()) {
      const profile = await this.fetchProfile(state.stationId, signal);
      if (profile === null) {
        state.consecutiveMisses++;
        state.online = state.consecutiveMisses < 3;
      } else {
        state.lastProfile = profile;
        state.consecutiveMisses = 0;
        state.online = true;
      }
    }
    return [...this.states.values()];
  }

  loadingAlerts(): string[] {
    const alerts: string[] = [];
    for (const { stationId, lastProfile } of this.states.values()) {
      if (!lastProfile) continue;
      if (lastProfile.newSnow24hCm >= 30 && lastProfile.windSpeedKmh >= 40) {
        alerts.push(`${stationId}: ${lastProfile.newSnow24hCm} cm new snow with ${lastProfile.windSpeedKmh} km/h wind`);
      }
    }
    return alerts;
  }
}
