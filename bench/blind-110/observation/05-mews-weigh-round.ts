// expect: no-unchecked-settled-results
// morningRound() keeps only the fulfilled allSettled entries and never looks at the rejected ones, so a bird whose weigh-in failed silently drops out of the round and the feeding plan.
export interface Bird {
  ring: string;
  name: string;
  flyingWeightG: number;
  perch: string;
}

export interface WeighIn {
  ring: string;
  grams: number;
  at: Date;
}

export interface PerchScales {
  weigh(perch: string, ring: string): Promise<number>;
}

export interface FeedPlanLine {
  ring: string;
  name: string;
  grams: number;
  deltaG: number;
  rationG: number;
  fly: boolean;
}

export class MewsRound {
  constructor(private readonly scales: PerchScales, private readonly birds: Bird[]) {}

  private async weighBird(bird: Bird): Promise<WeighIn> {
    const first = await this.scales.weigh(bird.perch, bird.ring);
    const second = await this.scales.weigh(bird.perch, bird.ring);
    if (Math.abs(first - second) > 3) {
      throw new Error(`${bird.name} would not settle on ${bird.perch}: ${first}g vs ${second}g`);
    }
    return { ring: bird.ring, grams: Math.round((first + second) / 2), at: new Date() };
  }

  async morningRound(): Promise<FeedPlanLine[]> {
    const results = await Promise.allSettled(this.birds.map((b) => this.weighBird(b)));
    const weighIns = results
      .filter((r): r is PromiseFulfilledResult<WeighIn> => r.status === 'fulfilled')
      .map((r) => r.value);

    return weighIns.map((w) => {
      const bird = this.birds.find((b) => b.ring === w.ring)!;
      return this.planLine(bird, w);
    });
  }

  private planLine(bird: Bird, w: WeighIn): FeedPlanLine {
    const deltaG = w.grams - bird.flyingWeightG;
    const pct = deltaG / bird.flyingWeightG;
    // Heavy birds get a reduced ration and are not flown; light birds get topped up.
    let rationG = Math.round(bird.flyingWeightG * 0.1);
    if (pct > 0.03) rationG = Math.round(rationG * 0.6);
    else if (pct < -0.05) rationG = Math.round(rationG * 1.3);
    return {
      ring: bird.ring,
      name: bird.name,
      grams: w.grams,
      deltaG,
      rationG,
      fly: pct <= 0.03 && pct >= -0.08,
    };
  }
}

export function formatPlan(lines: FeedPlanLine[]): string {
  return lines
    .map((l) => `${l.name.padEnd(12)} ${String(l.grams).padStart(5)}g  ${l.deltaG >= 0 ? '+' : ''}${l.deltaG}g  feed ${l.rationG}g${l.fly ? '  FLY' : ''}`)
    .join('\n');
}
