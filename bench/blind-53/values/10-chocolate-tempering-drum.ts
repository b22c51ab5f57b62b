// expect: none
// The ?? fallback awaits its right-hand read, and the !== comparison, the cache write and the log template all use awaited values.
export type Couverture = 'dark-70' | 'milk-38' | 'white-31' | 'ruby-47';

export interface DrumReading {
  drumId: string;
  tempC: number;
  viscosityCp: number;
  temperIndex: number;
}

declare const drumCache: {
  get(drumId: string): Promise<DrumReading | undefined>;
  set(reading: DrumReading): Promise<void>;
};

declare const drumSensors: {
  read(drumId: string): Promise<DrumReading>;
  recipeFor(drumId: string): Promise<Couverture>;
};

declare const lineLog: {
  info(message: string): void;
};

declare const enrober: {
  release(drumId: string): Promise<void>;
  hold(drumId: string, reason: string): Promise<void>;
};

// temper meter slope index: 4-6 is well tempered, below is under-tempered, above over-seeded
const WORKING_C: Record<Couverture, [number, number]> = {
  'dark-70': [31, 32],
  'milk-38': [29, 30],
  'white-31': [28, 29],
  'ruby-47': [29, 30],
};

async function latestReading(drumId: string, maxAgeMs: number, fetchedAt: Map<string, number>): Promise<DrumReading> {
  const age = Date.now() - (fetchedAt.get(drumId) ?? 0);
  const cached = age < maxAgeMs ? await drumCache.get(drumId) : undefined;
  const reading = cached ?? (await drumSensors.read(drumId));
  if (reading !== cached) {
    await drumCache.set(reading);
    fetchedAt.set(drumId, Date.now());
  }
  return reading;
}

export class TemperGate {
  private readonly fetchedAt = new Map<string, number>();

  async check(drumId: string): Promise<'release' | 'hold'> {
    const [reading, recipe] = await Promise.all([
      latestReading(drumId, 15_000, this.fetchedAt),
      drumSensors.recipeFor(drumId),
    ]);
    const [lo, hi] = WORKING_C[recipe];
    const inWindow = reading.tempC >= lo - 0.2 && reading.tempC <= hi + 0.2;
    const tempered = reading.temperIndex >= 4 && reading.temperIndex <= 6;

    lineLog.info(
      `drum ${drumId} (${recipe}) at ${reading.tempC.toFixed(1)}C, temper index ${reading.temperIndex.toFixed(1)}`,
    );

    if (inWindow && tempered) {
      await enrober.release(drumId);
      return 'release';
    }
    const reason = !inWindow ? `temperature ${reading.tempC}C outside ${lo}-${hi}C` : `temper index ${reading.temperIndex}`;
    await enrober.hold(drumId, reason);
    return 'hold';
  }
}
