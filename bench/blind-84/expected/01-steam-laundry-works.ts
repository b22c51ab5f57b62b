// expect: none
// runLimited() takes thunks on purpose and calls each one itself, and Array.from(..., lane) invokes lane per slot, so every function reference here is called before its promise is awaited.
export interface LaundryBatch {
  batchId: string;
  customer: "hotel" | "hospital" | "restaurant" | "private";
  weightKg: number;
  starch: "none" | "light" | "heavy";
  ironing: boolean;
}

export interface WashOutcome {
  batchId: string;
  drum: number;
  cycleMinutes: number;
  waterLitres: number;
}

declare const boilerHouse: {
  pressureBar(): Promise<number>;
  fire(targetBar: number): Promise<void>;
};

declare const drums: {
  wash(batch: LaundryBatch, profile: { tempC: number; minutes: number }): Promise<WashOutcome>;
};

declare const rota: {
  loadShift(day: string): Promise<{ attendants: string[]; drumsInService: number[] }>;
};

const WORKING_PRESSURE_BAR = 6.5;

export async function runLimited<T>(tasks: ReadonlyArray<() => Promise<T>>, limit: number): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;

  async function lane(): Promise<void> {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  }

  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, lane));
  return results;
}

function profileFor(batch: LaundryBatch): { tempC: number; minutes: number } {
  switch (batch.customer) {
    case "hospital":
      return { tempC: 90, minutes: 70 };
    case "hotel":
    case "restaurant":
      return { tempC: 60, minutes: 55 };
    default:
      return { tempC: 40, minutes: 45 };
  }
}

export class SteamLaundry {
  constructor(private readonly day: string) {}

  private async raiseSteam(): Promise<void> {
    const current = await boilerHouse.pressureBar();
    if (current < WORKING_PRESSURE_BAR) await boilerHouse.fire(WORKING_PRESSURE_BAR);
  }

  async runShift(batches: LaundryBatch[]): Promise<WashOutcome[]> {
    const [, shift] = await Promise.all([this.raiseSteam(), rota.loadShift(this.day)]);
    const drumsAvailable = shift.drumsInService.length;
    if (drumsAvailable === 0) throw new Error(`no drums in service on ${this.day}`);

    // hospital linen goes first so it clears the disinfection cycle before noon
    const ordered = [...batches].sort(
      (a, b) => Number(b.customer === "hospital") - Number(a.customer === "hospital"),
    );
    const tasks = ordered.map((batch) => () => drums.wash(batch, profileFor(batch)));
    return runLimited(tasks, drumsAvailable);
  }
}

export function waterUsage(outcomes: WashOutcome[]): number {
  return outcomes.reduce((sum, o) => sum + o.waterLitres, 0);
}
