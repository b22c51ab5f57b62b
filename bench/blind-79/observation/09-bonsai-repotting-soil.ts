// expect: no-unobserved-promise
// Bug: all reservations are started up front but awaited one by one; the loop throws on the first failure and leaves the later promises with no handler.
interface RepotTask {
  treeId: string;
  species: string;
  potLitres: number;
  mix: { akadama: number; pumice: number; lava: number };
}

interface SoilReservation {
  treeId: string;
  ok: boolean;
  binIds: string[];
  shortBy?: string;
}

declare const soilShed: {
  reserve(treeId: string, litres: { akadama: number; pumice: number; lava: number }): Promise<SoilReservation>;
  releaseAll(treeIds: string[]): Promise<void>;
};
declare const greenhouseCalendar: {
  book(day: string, treeIds: string[]): Promise<{ bench: string }>;
};

const SIEVE_LOSS = 1.15;

function litresFor(task: RepotTask) {
  const total = task.mix.akadama + task.mix.pumice + task.mix.lava;
  const scale = (task.potLitres * SIEVE_LOSS) / total;
  return {
    akadama: Math.round(task.mix.akadama * scale * 10) / 10,
    pumice: Math.round(task.mix.pumice * scale * 10) / 10,
    lava: Math.round(task.mix.lava * scale * 10) / 10,
  };
}

export async function prepareRepottingDay(
  day: string,
  tasks: readonly RepotTask[],
): Promise<{ bench: string; bins: Map<string, string[]> }> {
  const pending = tasks.map((t) => soilShed.reserve(t.treeId, litresFor(t)));

  const bins = new Map<string, string[]>();
  for (const reservation of pending) {
    const r = await reservation;
    if (!r.ok) {
      await soilShed.releaseAll([...bins.keys()]);
      throw new Error(`not enough substrate for ${r.treeId}: short of ${r.shortBy ?? 'unknown'}`);
    }
    bins.set(r.treeId, r.binIds);
  }

  const { bench } = await greenhouseCalendar.book(day, [...bins.keys()]);
  return { bench, bins };
}

export function springWindow(species: string, month: number): boolean {
  const deciduous = /maple|elm|zelkova|hornbeam|beech/i.test(species);
  const conifer = /pine|juniper|spruce|larch/i.test(species);
  if (deciduous) return month === 2 || month === 3;
  if (conifer) return month >= 3 && month <= 4;
  return month >= 3 && month <= 5;
}
