// expect: no-uncalled-async-function
// Bug: pressRun does `await this.warmPlatens` (the method) instead of `await this.warmPlatens()`, so records are pressed on cold platens.
export interface PressOrder {
  catalogNo: string;
  copies: number;
  weightGrams: 140 | 180;
  colour: "black" | "clear" | "splatter";
  stamperSide: { a: string; b: string };
}

export interface PressedBatch {
  catalogNo: string;
  good: number;
  rejected: number;
}

declare const hydraulics: {
  heatPlatens(pressId: string, celsius: number): Promise<void>;
  platenTemperature(pressId: string): Promise<number>;
  cycle(pressId: string, puck: { grams: number; colour: string }): Promise<{ warped: boolean; nonFill: boolean }>;
};
declare const stamperRack: {
  mount(pressId: string, side: "a" | "b", stamperId: string): Promise<void>;
};
declare const qcLog: { record(pressId: string, batch: PressedBatch): Promise<void> };

const PLATEN_TARGET_C = 165;

export class PressLine {
  private platensWarm = false;
  private mounted: { a: string; b: string } | null = null;

  constructor(readonly pressId: string) {}

  async warmPlatens(): Promise<void> {
    await hydraulics.heatPlatens(this.pressId, PLATEN_TARGET_C);
    const celsius = await hydraulics.platenTemperature(this.pressId);
    if (celsius < PLATEN_TARGET_C - 5) {
      throw new Error(`press ${this.pressId} platens only reached ${celsius}°C`);
    }
    this.platensWarm = true;
  }

  private async mountStampers(sides: { a: string; b: string }): Promise<void> {
    if (this.mounted?.a === sides.a && this.mounted?.b === sides.b) return;
    await stamperRack.mount(this.pressId, "a", sides.a);
    await stamperRack.mount(this.pressId, "b", sides.b);
    this.mounted = { ...sides };
  }

  async pressRun(order: PressOrder): Promise<PressedBatch> {
    await this.mountStampers(order.stamperSide);
    if (!this.platensWarm) {
      await this.warmPlatens;
    }

    const batch: PressedBatch = { catalogNo: order.catalogNo, good: 0, rejected: 0 };
    while (batch.good < order.copies) {
      const result = await hydraulics.cycle(this.pressId, { grams: order.weightGrams, colour: order.colour });
      if (result.warped || result.nonFill) {
        batch.rejected += 1;
        if (batch.rejected > order.copies * 0.2) {
          throw new Error(`reject rate too high on ${order.catalogNo}`);
        }
      } else {
        batch.good += 1;
      }
    }
    await qcLog.record(this.pressId, batch);
    return batch;
  }

  coolDown(): void {
    this.platensWarm = false;
  }
}

export async function pressQueue(line: PressLine, orders: PressOrder[]): Promise<PressedBatch[]> {
  const done: PressedBatch[] = [];
  for (const order of orders) {
    done.push(await line.pressRun(order));
  }
  line.coolDown();
  return done;
}
