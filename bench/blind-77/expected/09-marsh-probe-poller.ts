// expect: none
// Correct: the poll loop issues a fresh probe.read() each iteration; the shared in-flight promise only de-duplicates concurrent callers and is cleared once settled.
import { setTimeout as sleep } from 'node:timers/promises';

export interface MarshReading {
  probeId: string;
  salinityPsu: number;
  waterLevelCm: number;
  tempC: number;
  takenAt: number;
}

export interface MarshProbe {
  readonly probeId: string;
  read(): Promise<MarshReading>;
}

declare const tideTable: { predictedLevelCm(stationId: string, at: Date): number };

export class MarshStation {
  private inflight: Promise<MarshReading[]> | undefined;

  constructor(private readonly stationId: string, private readonly probes: MarshProbe[]) {}

  /** Concurrent callers share one sweep; a new sweep starts once the previous settles. */
  sweep(): Promise<MarshReading[]> {
    if (!this.inflight) {
      this.inflight = Promise.all(this.probes.map((p) => p.read())).finally(() => {
        this.inflight = undefined;
      });
    }
    return this.inflight;
  }

  async surgeAnomalyCm(): Promise<number> {
    const readings = await this.sweep();
    if (readings.length === 0) return 0;
    const observed = readings.reduce((s, r) => s + r.waterLevelCm, 0) / readings.length;
    return observed - tideTable.predictedLevelCm(this.stationId, new Date());
  }
}

export async function waitForSalinityDrop(
  probe: MarshProbe,
  thresholdPsu: number,
  opts: { intervalMs: number; maxPolls: number },
): Promise<MarshReading> {
  let previous: MarshReading | undefined;
  for (let poll = 0; poll < opts.maxPolls; poll++) {
    const reading = await probe.read();
    if (reading.salinityPsu < thresholdPsu) return reading;
    if (previous && reading.takenAt === previous.takenAt) {
      throw new Error(`probe ${probe.probeId} is returning cached samples`);
    }
    previous = reading;
    await sleep(opts.intervalMs);
  }
  throw new Error(`salinity at ${probe.probeId} stayed above ${thresholdPsu} PSU for ${opts.maxPolls} polls`);
}

export function classifyWater(psu: number): 'fresh' | 'oligohaline' | 'mesohaline' | 'polyhaline' | 'marine' {
  if (psu < 0.5) return 'fresh';
  if (psu < 5) return 'oligohaline';
  if (psu < 18) return 'mesohaline';
  if (psu < 30) return 'polyhaline';
  return 'marine';
}

export async function dailySummary(station: MarshStation): Promise<Record<string, string>> {
  const [readings, anomaly] = await Promise.all([station.sweep(), station.surgeAnomalyCm()]);
  const summary: Record<string, string> = { surgeAnomalyCm: anomaly.toFixed(1) };
  for (const r of readings) summary[r.probeId] = classifyWater(r.salinityPsu);
  return summary;
}
