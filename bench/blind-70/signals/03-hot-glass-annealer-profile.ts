// expect: no-swallowed-abort
// bug: an AbortError from the cancelled profile download is caught and turned into the default schedule (which is then cached), so a cancelled request looks like a successful load.
export interface AnnealSegment {
  targetCelsius: number;
  ratePerHour: number;
  holdMinutes: number;
}

export interface AnnealProfile {
  glass: string;
  thicknessMm: number;
  segments: AnnealSegment[];
  source: 'catalogue' | 'default';
}

const CATALOGUE_URL = 'https://studio-catalogue.example/annealing';

const DEFAULT_SEGMENTS: AnnealSegment[] = [
  { targetCelsius: 482, ratePerHour: 9999, holdMinutes: 60 },
  { targetCelsius: 427, ratePerHour: 45, holdMinutes: 0 },
  { targetCelsius: 371, ratePerHour: 80, holdMinutes: 0 },
  { targetCelsius: 25, ratePerHour: 250, holdMinutes: 0 },
];

function scaleForThickness(segments: AnnealSegment[], thicknessMm: number): AnnealSegment[] {
  const factor = Math.max(1, (thicknessMm / 6) ** 2);
  return segments.map((s, i) => ({
    targetCelsius: s.targetCelsius,
    ratePerHour: i === 0 ? s.ratePerHour : Math.max(5, Math.round(s.ratePerHour / factor)),
    holdMinutes: Math.round(s.holdMinutes * Math.sqrt(factor)),
  }));
}

export class AnnealProfileService {
  private readonly cache = new Map<string, AnnealProfile>();

  async profileFor(glass: string, thicknessMm: number, signal: AbortSignal): Promise<AnnealProfile> {
    const key = `${glass}:${thicknessMm}`;
    const cached = this.cache.get(key);
    if (cached) {
      return cached;
    }

    let profile: AnnealProfile;
    try {
      const url = `${CATALOGUE_URL}/${encodeURIComponent(glass)}?thickness=${thicknessMm}`;
      const response = await fetch(url, { signal });
      if (!response.ok) {
        throw new Error(`catalogue returned ${response.status}`);
      }
      const segments = (await response.json()) as AnnealSegment[];
      profile = { glass, thicknessMm, segments, source: 'catalogue' };
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') {
        profile = {
          glass,
          thicknessMm,
          segments: scaleForThickness(DEFAULT_SEGMENTS, thicknessMm),
          source: 'default',
        };
      } else {
        throw err;
      }
    }

    this.cache.set(key, profile);
    return profile;
  }

  totalHours(profile: AnnealProfile, startCelsius = 20): number {
    let hours = 0;
    let current = startCelsius;
    for (const segment of profile.segments) {
      hours += Math.abs(segment.targetCelsius - current) / segment.ratePerHour + segment.holdMinutes / 60;
      current = segment.targetCelsius;
    }
    return Number(hours.toFixed(2));
  }
}
