// expect: no-leaked-race
// The timeout promise raced against each probe read is never cleared, so every read that wins leaves a live timer behind that keeps the process alive and fires long after the sample was taken.
export interface MoistureReading {
  zone: string;
  percent: number;
  substrateCelsius: number;
}

export interface MoistureSample extends MoistureReading {
  wallId: string;
  sampledAt: Date;
  needsWater: boolean;
}

interface ProbeBus {
  read(wallId: string, zone: string): Promise<MoistureReading>;
}

export class ProbeTimeoutError extends Error {
  constructor(readonly zone: string, readonly ms: number) {
    super(`moisture probe in zone ${zone} did not answer within ${ms}ms`);
    this.name = 'ProbeTimeoutError';
  }
}

function probeTimeout(zone: string, ms: number): Promise<never> {
  return new Promise<never>((_, reject) => {
    setTimeout(() => reject(new ProbeTimeoutError(zone, ms)), ms);
  });
}

export class MoistureSampler {
  constructor(
    private readonly bus: ProbeBus,
    private readonly timeoutMs = 3_000,
    private readonly dryBelowPercent = 42,
  ) {}

  async sample(wallId: string, zone: string): Promise<MoistureSample> {
    const reading = await Promise.race([this.bus.read(wallId, zone), probeTimeout(zone, this.timeoutMs)]);
    return {
      ...reading,
      wallId,
      sampledAt: new Date(),
      needsWater: reading.percent < this.dryBelowPercent && reading.substrateCelsius > 4,
    };
  }

  async sampleWall(wallId: string, zones: string[]): Promise<{ samples: MoistureSample[]; silent: string[] }> {
    const samples: MoistureSample[] = [];
    const silent: string[] = [];
    // The probe bus is half-duplex, so zones are read one after another.
    for (const zone of zones) {
      try {
        samples.push(await this.sample(wallId, zone));
      } catch (err) {
        if (!(err instanceof ProbeTimeoutError)) throw err;
        silent.push(zone);
      }
    }
    return { samples, silent };
  }
}

export function wateringPlan(samples: MoistureSample[]): Array<{ zone: string; seconds: number }> {
  return samples
    .filter((s) => s.needsWater)
    .map((s) => ({ zone: s.zone, seconds: Math.round((50 - s.percent) * 6) }))
    .sort((a, b) => b.seconds - a.seconds);
}
