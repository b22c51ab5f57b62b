// expect: no-uncalled-async-function
// Bug: startShift puts the warmPlatens function itself into Promise.all instead of calling it, so platens are never heated before pressing starts.
declare const pressPlc: {
  setPlatenTemp(pressId: string, celsius: number): Promise<void>;
  readPlatenTemp(pressId: string): Promise<number>;
  startPressing(pressId: string, plan: PressPlan): Promise<void>;
};

declare const doughKitchen: {
  scheduleFor(lineId: string, date: string): Promise<DoughBatch[]>;
};

declare const lineConfig: {
  pressesOn(lineId: string): string[];
};

export interface DoughBatch {
  batchId: string;
  flour: 'corn' | 'wheat';
  ballGrams: number;
  count: number;
}

interface PressPlan {
  diameterCm: number;
  dwellMs: number;
  batches: DoughBatch[];
}

const PLATEN_TARGET_C: Record<DoughBatch['flour'], number> = { corn: 205, wheat: 190 };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class TortillaLine {
  private readonly presses: string[];

  constructor(private readonly lineId: string, private readonly targetC = 205) {
    this.presses = lineConfig.pressesOn(lineId);
  }

  private async warmPlatens(): Promise<void> {
    await Promise.all(this.presses.map((id) => pressPlc.setPlatenTemp(id, this.targetC)));
    for (let attempt = 0; attempt < 60; attempt++) {
      const temps = await Promise.all(this.presses.map((id) => pressPlc.readPlatenTemp(id)));
      if (temps.every((t) => t >= this.targetC - 5)) return;
      await sleep(5_000);
    }
    throw new Error(`platens on ${this.lineId} did not reach ${this.targetC}C`);
  }

  private async loadDoughSchedule(date: string): Promise<DoughBatch[]> {
    const batches = await doughKitchen.scheduleFor(this.lineId, date);
    return batches.filter((b) => b.count > 0);
  }

  private planFor(batches: DoughBatch[]): PressPlan {
    const heaviest = Math.max(...batches.map((b) => b.ballGrams));
    return {
      diameterCm: heaviest > 45 ? 30 : 20,
      dwellMs: batches.some((b) => b.flour === 'corn') ? 1_200 : 900,
      batches,
    };
  }

  async startShift(date: string): Promise<{ presses: number; batches: number }> {
    const [, batches] = await Promise.all([this.warmPlatens, this.loadDoughSchedule(date)]);
    if (batches.length === 0) {
      return { presses: 0, batches: 0 };
    }
    const flours = new Set(batches.map((b) => b.flour));
    if (flours.size > 1 && PLATEN_TARGET_C.corn !== this.targetC) {
      throw new Error(`mixed flour shift on ${this.lineId} needs corn temperature`);
    }
    const plan = this.planFor(batches);
    await Promise.all(this.presses.map((id) => pressPlc.startPressing(id, plan)));
    return { presses: this.presses.length, batches: batches.length };
  }
}
