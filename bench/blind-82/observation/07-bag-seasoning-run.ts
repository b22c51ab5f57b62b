// expect: no-unobserved-promise
// All leak tests are started and pushed into an array, then awaited one at a time with an early throw, so later tests that reject are never observed.
export interface PipeBag {
  serial: string;
  hide: 'sheep' | 'elk' | 'goretex';
  seasonedAt: string | null;
  owner: string;
}

export interface LeakTest {
  serial: string;
  startKpa: number;
  endKpa: number;
  minutes: number;
}

declare const pressureRig: {
  leakTest(serial: string, minutes: number): Promise<LeakTest>;
};

declare const workshopDb: {
  bagsAwaitingSeasoning(): Promise<PipeBag[]>;
  markSeasoned(serial: string, lossKpaPerMin: number): Promise<void>;
};

declare const seasoningSupplies: {
  reserve(hide: PipeBag['hide'], bags: number): Promise<{ batch: string; millilitres: number }>;
};

export class LeakyBagError extends Error {
  constructor(readonly serial: string, readonly lossKpaPerMin: number) {
    super(`bag ${serial} loses ${lossKpaPerMin.toFixed(2)} kPa/min after seasoning`);
    this.name = 'LeakyBagError';
  }
}

const MAX_LOSS_KPA_PER_MIN: Record<PipeBag['hide'], number> = {
  sheep: 0.4,
  elk: 0.5,
  goretex: 0.2,
};

function lossRate(test: LeakTest): number {
  return (test.startKpa - test.endKpa) / Math.max(test.minutes, 1);
}

export async function seasoningRun(testMinutes = 20): Promise<{ seasoned: string[]; supplyBatch: string | null }> {
  const bags = (await workshopDb.bagsAwaitingSeasoning()).filter((b) => b.seasonedAt === null);
  if (bags.length === 0) return { seasoned: [], supplyBatch: null };

  const hideCounts = new Map<PipeBag['hide'], number>();
  for (const bag of bags) hideCounts.set(bag.hide, (hideCounts.get(bag.hide) ?? 0) + 1);
  const [mainHide, mainCount] = [...hideCounts].sort((a, b) => b[1] - a[1])[0];
  const supply = await seasoningSupplies.reserve(mainHide, mainCount);

  const tests: Array<Promise<LeakTest>> = [];
  for (const bag of bags) {
    tests.push(pressureRig.leakTest(bag.serial, testMinutes));
  }

  const seasoned: string[] = [];
  for (let i = 0; i < bags.length; i++) {
    const bag = bags[i];
    const result = await tests[i];
    const loss = lossRate(result);
    if (loss > MAX_LOSS_KPA_PER_MIN[bag.hide]) {
      throw new LeakyBagError(bag.serial, loss);
    }
    await workshopDb.markSeasoned(bag.serial, loss);
    seasoned.push(bag.serial);
  }

  return { seasoned, supplyBatch: supply.batch };
}

export function describeRun(run: { seasoned: string[]; supplyBatch: string | null }): string {
  if (run.seasoned.length === 0) return 'no bags were waiting for seasoning';
  const batch = run.supplyBatch ? ` using seasoning batch ${run.supplyBatch}` : '';
  return `${run.seasoned.length} bag(s) seasoned${batch}: ${run.seasoned.join(', ')}`;
}
