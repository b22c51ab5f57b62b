// expect: no-leaked-race
// readLevel races the sensor read against a timeout promise whose setTimeout is never cleared, so every successful read leaves a live timer behind that fires and rejects later.
export interface LevelSensor {
  read(paddy: string): Promise<{ paddy: string; depthMm: number; salinityPpt: number }>;
}

export interface LevelReading {
  paddy: string;
  depthMm: number;
  salinityPpt: number;
  stale: boolean;
}

export interface WaterPlan {
  paddy: string;
  stage: 'transplanting' | 'tillering' | 'heading' | 'ripening';
}

const TARGET_DEPTH_MM: Record<WaterPlan['stage'], [number, number]> = {
  transplanting: [20, 40],
  tillering: [30, 50],
  heading: [50, 100],
  ripening: [0, 20],
};

function timeout(ms: number, what: string): Promise<never> {
  return new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error(`${what} did not answer within ${ms}ms`)), ms);
  });
}

export class PaddyLevelReader {
  private readonly lastGood = new Map<string, LevelReading>();

  constructor(
    private readonly sensor: LevelSensor,
    private readonly timeoutMs = 2_000,
  ) {}

  async readLevel(paddy: string): Promise<LevelReading> {
    try {
      const raw = await Promise.race([this.sensor.read(paddy), timeout(this.timeoutMs, `level sensor ${paddy}`)]);
      const reading: LevelReading = { ...raw, stale: false };
      this.lastGood.set(paddy, reading);
      return reading;
    } catch (err) {
      const cached = this.lastGood.get(paddy);
      if (cached) return { ...cached, stale: true };
      throw err;
    }
  }

  async gateAdvice(plan: WaterPlan): Promise<'open-inlet' | 'open-outlet' | 'hold'> {
    const reading = await this.readLevel(plan.paddy);
    const [min, max] = TARGET_DEPTH_MM[plan.stage];
    if (reading.salinityPpt > 3) return 'open-outlet';
    if (reading.depthMm < min) return 'open-inlet';
    if (reading.depthMm > max) return 'open-outlet';
    return 'hold';
  }

  async adviseAll(plans: readonly WaterPlan[]): Promise<Map<string, string>> {
    const advice = await Promise.all(plans.map((p) => this.gateAdvice(p)));
    return new Map(plans.map((p, i) => [p.paddy, advice[i]!]));
  }
}
