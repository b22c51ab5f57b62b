// expect: none
// Function references go to runLimited, which takes thunks and calls each one itself; everywhere a promise is wanted the function is actually called.
interface TramCar {
  fleetNo: string;
  builtYear: number;
  bogieType: 'maximum-traction' | 'equal-wheel' | 'radial';
  lastOverhaul?: string;
}

declare const depotDb: {
  cars(): Promise<TramCar[]>;
  refreshPartsCatalogue(): Promise<void>;
  syncDonorLedger(year: number): Promise<void>;
  rebuildWorkOrders(): Promise<number>;
  overheadLineInspections(): Promise<Array<{ section: string; due: string }>>;
};

declare const heritageRegister: {
  listing(fleetNo: string): Promise<{ grade: 'I' | 'II*' | 'II' } | null>;
};

type Task<T = unknown> = () => Promise<T>;

export async function runLimited<T>(tasks: ReadonlyArray<Task<T>>, concurrency: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  async function lane(): Promise<void> {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, () => lane()));
  return results;
}

export async function nightlyDepotJobs(year: number): Promise<void> {
  const refresh = depotDb.refreshPartsCatalogue.bind(depotDb);
  const rebuild = depotDb.rebuildWorkOrders.bind(depotDb);
  await runLimited<unknown>(
    [refresh, () => depotDb.syncDonorLedger(year), rebuild],
    2,
  );
}

export interface OverhaulCandidate {
  fleetNo: string;
  ageYears: number;
  grade: string;
  priority: number;
}

export async function overhaulCandidates(now = new Date()): Promise<OverhaulCandidate[]> {
  const [cars, inspections] = await Promise.all([
    depotDb.cars(),
    depotDb.overheadLineInspections(),
  ]);
  const overdueSections = inspections.filter((i) => new Date(i.due) < now).length;

  const listings = await runLimited(
    cars.map((car) => () => heritageRegister.listing(car.fleetNo)),
    4,
  );

  return cars
    .map((car, i): OverhaulCandidate => {
      const ageYears = now.getFullYear() - car.builtYear;
      const grade = listings[i]?.grade ?? 'unlisted';
      const sinceOverhaul = car.lastOverhaul ? now.getFullYear() - new Date(car.lastOverhaul).getFullYear() : ageYears;
      const gradeWeight = grade === 'I' ? 3 : grade === 'II*' ? 2 : grade === 'II' ? 1.5 : 1;
      return { fleetNo: car.fleetNo, ageYears, grade, priority: sinceOverhaul * gradeWeight };
    })
    .filter((c) => c.priority > 10 || overdueSections > 3)
    .sort((a, b) => b.priority - a.priority);
}
