// expect: no-read-before-settle
// Bug: tideOffsetCm is assigned inside a .then callback but read synchronously by the map just below, so the correction always uses the default 0.
export interface MarshSample {
  stationId: string;
  at: number;
  waterLevelCm: number;
  salinityPsu: number;
  conductivityMs: number;
}

export interface CorrectedSample extends MarshSample {
  inundationCm: number;
  brackish: boolean;
}

declare const tideService: {
  datumOffsetCm(stationId: string): Promise<number>;
};

declare const marshDb: {
  samplesSince(stationId: string, sinceMs: number): Promise<MarshSample[]>;
  storeCorrected(rows: CorrectedSample[]): Promise<number>;
};

declare const fieldLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const PLATFORM_ELEVATION_CM: Record<string, number> = {
  'creek-mouth': 112,
  'upper-pan': 148,
  'sluice-gate': 95,
};

function despike(samples: MarshSample[]): MarshSample[] {
  // Crabs sit on the conductivity cell; drop readings that jump more than 30% from both neighbours.
  return samples.filter((s, i) => {
    const prev = samples[i - 1];
    const next = samples[i + 1];
    if (!prev || !next) return true;
    const jumpPrev = Math.abs(s.conductivityMs - prev.conductivityMs) / prev.conductivityMs;
    const jumpNext = Math.abs(s.conductivityMs - next.conductivityMs) / next.conductivityMs;
    return !(jumpPrev > 0.3 && jumpNext > 0.3);
  });
}

export async function correctStation(stationId: string, sinceMs: number): Promise<number> {
  const raw = await marshDb.samplesSince(stationId, sinceMs);
  if (raw.length === 0) return 0;

  let tideOffsetCm = 0;
  tideService.datumOffsetCm(stationId).then(
    (offset) => {
      tideOffsetCm = offset;
    },
    (err: unknown) => {
      fieldLog.warn('datum offset unavailable, using raw levels', { stationId, err: String(err) });
    },
  );

  const platform = PLATFORM_ELEVATION_CM[stationId] ?? 100;
  const corrected: CorrectedSample[] = despike(raw).map((s) => {
    const level = s.waterLevelCm - tideOffsetCm;
    return {
      ...s,
      waterLevelCm: level,
      inundationCm: Math.max(0, level - platform),
      brackish: s.salinityPsu >= 0.5 && s.salinityPsu < 30,
    };
  });

  return marshDb.storeCorrected(corrected);
}

export async function nightlyCorrection(stationIds: string[]): Promise<Record<string, number>> {
  const since = Date.now() - 24 * 3_600_000;
  const stored: Record<string, number> = {};
  for (const id of stationIds) {
    stored[id] = await correctStation(id, since);
  }
  return stored;
}
