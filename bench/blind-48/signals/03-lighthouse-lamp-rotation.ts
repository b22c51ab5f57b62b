// expect: no-swallowed-abort
// Bug: the catch-all in fetchRotationProfile turns an AbortError into a null "use defaults" result, so a cancelled start still spins the lamp.
export interface RotationProfile {
  stationId: string;
  rpm: number;
  flashGroup: number[];
  nightOnlyLux: number;
}

declare const lighthouseApi: {
  baseUrl: string;
};

declare const lampMotor: {
  setRpm(rpm: number): Promise<void>;
  setFlashPattern(groupMs: number[]): Promise<void>;
};

declare const keeperLog: {
  warn(message: string, meta?: Record<string, unknown>): void;
  info(message: string, meta?: Record<string, unknown>): void;
};

const DEFAULT_PROFILE: Omit<RotationProfile, 'stationId'> = {
  rpm: 2,
  flashGroup: [500, 1_500, 500, 7_500],
  nightOnlyLux: 120,
};

function isRotationProfile(value: unknown): value is RotationProfile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.stationId === 'string' && typeof v.rpm === 'number' && Array.isArray(v.flashGroup);
}

async function fetchRotationProfile(stationId: string, signal: AbortSignal): Promise<RotationProfile | null> {
  try {
    const res = await fetch(`${lighthouseApi.baseUrl}/stations/${stationId}/rotation`, { signal });
    if (!res.ok) {
      keeperLog.warn('rotation profile unavailable', { stationId, status: res.status });
      return null;
    }
    const body: unknown = await res.json();
    return isRotationProfile(body) ? body : null;
  } catch (err) {
    keeperLog.warn('rotation profile fetch failed, falling back to defaults', {
      stationId,
      message: err instanceof Error ? err.message : String(err),
    });
    return null;
  }
}

export async function startRotation(stationId: string, signal: AbortSignal): Promise<RotationProfile> {
  const profile = (await fetchRotationProfile(stationId, signal)) ?? { stationId, ...DEFAULT_PROFILE };
  if (profile.rpm <= 0 || profile.rpm > 6) {
    throw new RangeError(`implausible rpm ${profile.rpm} for ${stationId}`);
  }
  await lampMotor.setFlashPattern(profile.flashGroup);
  await lampMotor.setRpm(profile.rpm);
  keeperLog.info('lamp rotating', { stationId, rpm: profile.rpm });
  return profile;
}

export function characteristic(profile: RotationProfile): string {
  const flashes = profile.flashGroup.filter((_, i) => i % 2 === 0).length;
  const period = profile.flashGroup.reduce((a, b) => a + b, 0) / 1_000;
  return `Fl(${flashes}) ${period}s`;
}
