// expect: none
// The jar reading and the flour stock lookup are started together and combined with Promise.all, so both rejections are observed and the round fails fast if either does.
export interface JarSensor {
  readRise(jarId: string): Promise<{ risePct: number; tempC: number; measuredAt: Date }>;
}

export interface Pantry {
  stockGrams(flour: string): Promise<number>;
  withdraw(flour: string, grams: number): Promise<void>;
}

export interface Jar {
  id: string;
  starterName: string;
  flour: string;
  massGrams: number;
  lastFed: Date;
}

export interface FeedingDecision {
  jarId: string;
  feed: boolean;
  flourGrams: number;
  reason: string;
}

export class FeedingRound {
  constructor(
    private readonly sensor: JarSensor,
    private readonly pantry: Pantry,
    private readonly peakRisePct = 90,
  ) {}

  async decide(jar: Jar): Promise<FeedingDecision> {
    const [rise, stock] = await Promise.all([
      this.sensor.readRise(jar.id),
      this.pantry.stockGrams(jar.flour),
    ]);

    const flourGrams = Math.round(jar.massGrams * 0.5);
    if (rise.risePct < this.peakRisePct) {
      return { jarId: jar.id, feed: false, flourGrams: 0, reason: `only ${rise.risePct}% risen` };
    }
    if (stock < flourGrams) {
      return { jarId: jar.id, feed: false, flourGrams: 0, reason: `${jar.flour} stock low (${stock} g)` };
    }
    return { jarId: jar.id, feed: true, flourGrams, reason: `peaked at ${rise.risePct}% (${rise.tempC}°C)` };
  }

  async run(jars: Jar[]): Promise<FeedingDecision[]> {
    const decisions: FeedingDecision[] = [];
    for (const jar of jars) {
      const decision = await this.decide(jar);
      if (decision.feed) await this.pantry.withdraw(jar.flour, decision.flourGrams);
      decisions.push(decision);
    }
    return decisions;
  }
}

export function feedingSheet(decisions: FeedingDecision[]): string {
  return decisions
    .map((d) => `${d.jarId.padEnd(10)} ${d.feed ? `FEED ${d.flourGrams} g` : 'skip'.padEnd(10)}  ${d.reason}`)
    .join('\n');
}
