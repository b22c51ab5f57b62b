// expect: none
// Async work per rack goes through Promise.all(map(async ...)) or for...of with await; the only forEach has a synchronous callback.
export interface DryingRack {
  rackId: string;
  row: number;
  species: 'sugar-kelp' | 'dulse' | 'wakame';
  hungAt: number;
  moisturePct: number;
}

export interface TurnoverResult {
  harvested: string[];
  rehung: string[];
  skipped: Array<{ rackId: string; reason: string }>;
}

declare const rackSensors: {
  moisture(rackId: string): Promise<number>;
};

declare const yard: {
  racks(): Promise<DryingRack[]>;
  harvest(rackId: string): Promise<{ kg: number }>;
  rehang(rackId: string): Promise<void>;
  recordYield(rackId: string, kg: number): Promise<void>;
};

declare const weather: {
  rainWithinHours(hours: number): Promise<boolean>;
};

const DRY_ENOUGH_PCT = 14;
const MIN_HOURS_HUNG = 18;

export async function refreshMoisture(racks: DryingRack[]): Promise<DryingRack[]> {
  return Promise.all(
    racks.map(async (rack) => ({
      ...rack,
      moisturePct: await rackSensors.moisture(rack.rackId),
    })),
  );
}

export async function turnOverYard(now = Date.now()): Promise<TurnoverResult> {
  const result: TurnoverResult = { harvested: [], rehung: [], skipped: [] };
  const racks = await refreshMoisture(await yard.racks());
  const rainSoon = await weather.rainWithinHours(3);

  const byRow = new Map<number, DryingRack[]>();
  racks.forEach((rack) => {
    const list = byRow.get(rack.row) ?? [];
    list.push(rack);
    byRow.set(rack.row, list);
  });

  // One tractor per row: rows run in parallel, racks within a row run in order.
  await Promise.all(
    [...byRow.values()].map(async (rowRacks) => {
      for (const rack of rowRacks) {
        const hoursHung = (now - rack.hungAt) / 3_600_000;
        if (hoursHung < MIN_HOURS_HUNG && !rainSoon) {
          result.skipped.push({ rackId: rack.rackId, reason: `only ${hoursHung.toFixed(1)}h on rack` });
          continue;
        }
        if (rack.moisturePct <= DRY_ENOUGH_PCT || rainSoon) {
          const { kg } = await yard.harvest(rack.rackId);
          await yard.recordYield(rack.rackId, kg);
          result.harvested.push(rack.rackId);
        } else {
          await yard.rehang(rack.rackId);
          result.rehung.push(rack.rackId);
        }
      }
    }),
  );

  result.harvested.sort();
  result.rehung.sort();
  return result;
}

export async function harvestRow(row: number): Promise<number> {
  let totalKg = 0;
  for (const rack of await yard.racks()) {
    if (rack.row !== row) continue;
    const { kg } = await yard.harvest(rack.rackId);
    await yard.recordYield(rack.rackId, kg);
    totalKg += kg;
  }
  return totalKg;
}
