// expect: no-multiple-settle
// dispenseFeed settles only when the callback brings an error or a result; a feeder that calls back with neither (nothing dispensed) leaves the promise pending forever.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  rejects: { toThrow(msg?: string | RegExp): Promise<void> };
};

interface DispenseResult {
  stall: string;
  ration: 'hay' | 'oats' | 'beet-pulp';
  dispensedGrams: number;
}

type DispenseCallback = (err: Error | null, result?: DispenseResult) => void;

interface Feeder {
  dispense(stall: string, ration: DispenseResult['ration'], grams: number, cb: DispenseCallback): void;
}

function dispenseFeed(feeder: Feeder, stall: string, ration: DispenseResult['ration'], grams: number): Promise<DispenseResult> {
  return new Promise((resolve, reject) => {
    feeder.dispense(stall, ration, grams, (err, result) => {
      if (err) reject(err);
      else if (result) resolve(result);
    });
  });
}

interface Horse {
  name: string;
  stall: string;
  weightKg: number;
  workload: 'rest' | 'light' | 'hard';
}

async function runMorningRound(feeder: Feeder, horses: Horse[]): Promise<DispenseResult[]> {
  const out: DispenseResult[] = [];
  for (const horse of horses) {
    const hay = Math.round(horse.weightKg * 15);
    out.push(await dispenseFeed(feeder, horse.stall, 'hay', hay));
    if (horse.workload !== 'rest') {
      const oats = horse.workload === 'hard' ? 2_000 : 800;
      out.push(await dispenseFeed(feeder, horse.stall, 'oats', oats));
    }
  }
  return out;
}

class FakeFeeder implements Feeder {
  calls: Array<{ stall: string; ration: string; grams: number }> = [];
  jammedStalls = new Set<string>();

  dispense(stall: string, ration: DispenseResult['ration'], grams: number, cb: DispenseCallback): void {
    this.calls.push({ stall, ration, grams });
    setImmediate(() => {
      if (this.jammedStalls.has(stall)) {
        cb(new Error(`auger jammed at ${stall}`));
        return;
      }
      const rounded = Math.floor(grams / 50) * 50;
      if (rounded === 0) {
        cb(null);
        return;
      }
      cb(null, { stall, ration, dispensedGrams: rounded });
    });
  }
}

describe('morning feed round', () => {
  let feeder: FakeFeeder;
  const horses: Horse[] = [
    { name: 'Juniper', stall: 'S1', weightKg: 520, workload: 'hard' },
    { name: 'Pebble', stall: 'S2', weightKg: 310, workload: 'rest' },
    { name: 'Marlow', stall: 'S3', weightKg: 600, workload: 'light' },
  ];

  beforeEach(() => {
    feeder = new FakeFeeder();
  });

  it('gives hay to every horse and oats only to working horses', async () => {
    const results = await runMorningRound(feeder, horses);
    expect(results).toHaveLength(5);
    expect(feeder.calls.filter((c) => c.ration === 'oats').map((c) => c.stall)).toEqual(['S1', 'S3']);
  });

  it('scales hay with body weight', async () => {
    const [first] = await runMorningRound(feeder, [horses[1]]);
    expect(first.dispensedGrams).toBe(4_650);
  });

  it('stops the round when an auger jams', async () => {
    feeder.jammedStalls.add('S3');
    await expect(runMorningRound(feeder, horses)).rejects.toThrow('auger jammed at S3');
  });
});
