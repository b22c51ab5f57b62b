// expect: none
// Correct: every promise is awaited before its value is formatted, compared or sent; the only stored promises are a deliberate Promise-typed cache that callers await.
export interface LaneGame {
  laneNo: number;
  bowlers: string[];
  frames: number[][];
  startedAt: number;
}

export interface LanePricing {
  perGameCents: number;
  shoeRentalCents: number;
  happyHour: boolean;
}

declare const pricingService: { forLane(laneNo: number, at: Date): Promise<LanePricing> };
declare const scoreboard: { final(laneNo: number): Promise<LaneGame> };
declare const shoeDesk: { rentalsFor(laneNo: number): Promise<number> };
declare const receiptPrinter: { print(text: string): Promise<void> };
declare const posApi: { charge(body: string): Promise<{ receiptNo: string }> };

function frameScore(frames: number[][]): number {
  let total = 0;
  const rolls = frames.flat();
  for (let i = 0, frame = 0; frame < 10 && i < rolls.length; frame++) {
    if (rolls[i] === 10) {
      total += 10 + (rolls[i + 1] ?? 0) + (rolls[i + 2] ?? 0);
      i += 1;
    } else if ((rolls[i] ?? 0) + (rolls[i + 1] ?? 0) === 10) {
      total += 10 + (rolls[i + 2] ?? 0);
      i += 2;
    } else {
      total += (rolls[i] ?? 0) + (rolls[i + 1] ?? 0);
      i += 2;
    }
  }
  return total;
}

export class LaneCashier {
  private readonly pricingCache = new Map<string, Promise<LanePricing>>();

  private pricing(laneNo: number, at: Date): Promise<LanePricing> {
    const key = `${laneNo}:${at.getHours()}`;
    let cached = this.pricingCache.get(key);
    if (cached === undefined) {
      cached = pricingService.forLane(laneNo, at);
      this.pricingCache.set(key, cached);
      cached.catch(() => this.pricingCache.delete(key));
    }
    return cached;
  }

  async closeLane(laneNo: number): Promise<string> {
    const [game, shoes] = await Promise.all([scoreboard.final(laneNo), shoeDesk.rentalsFor(laneNo)]);
    const pricing = await this.pricing(laneNo, new Date(game.startedAt));
    const discount = pricing.happyHour ? 0.5 : 1;
    const totalCents = Math.round(game.bowlers.length * pricing.perGameCents * discount) + shoes * pricing.shoeRentalCents;

    const { receiptNo } = await posApi.charge(
      JSON.stringify({ laneNo, bowlers: game.bowlers.length, shoes, totalCents, happyHour: pricing.happyHour }),
    );

    const lines = [
      `Lane ${laneNo} — receipt ${receiptNo}`,
      ...game.bowlers.map((name, i) => `${name.padEnd(12)} ${frameScore(game.frames.slice(i * 10, i * 10 + 10))}`),
      `Shoes: ${shoes}`,
      `Total: $${(totalCents / 100).toFixed(2)}${pricing.happyHour ? " (happy hour)" : ""}`,
    ];
    await receiptPrinter.print(lines.join("\n"));
    return receiptNo;
  }

  async quote(laneNo: number, bowlers: number): Promise<string> {
    const now = new Date();
    return `Lane ${laneNo}: ${bowlers} bowlers, $${((bowlers * (await this.pricing(laneNo, now)).perGameCents) / 100).toFixed(2)} per game`;
  }
}
