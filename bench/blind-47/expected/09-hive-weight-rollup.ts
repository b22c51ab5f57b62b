// expect: none
// fetchHiveWeight is handed to map (which calls it) and rollupApiary to a scheduler that takes a job function; every awaited value is a called promise.
export interface HiveWeight {
  hiveId: string;
  kg: number;
  at: Date;
}

export interface ApiaryInfo {
  apiaryId: string;
  hiveIds: string[];
  emptyHiveKg: number;
}

export interface DailyRollup {
  apiaryId: string;
  day: string;
  nectarFlowKg: number;
  swarmSuspects: string[];
  rainMm: number;
}

declare const scaleGateway: {
  latest(hiveId: string): Promise<HiveWeight>;
  yesterday(hiveId: string): Promise<HiveWeight | null>;
};

declare const apiaryRegistry: {
  get(apiaryId: string): Promise<ApiaryInfo>;
  list(): Promise<string[]>;
};

declare const weatherStation: {
  rainfallMm(apiaryId: string, day: string): Promise<number>;
};

declare const scheduler: {
  every(cron: string, job: () => Promise<void>): { cancel(): void };
};

declare function saveRollup(rollup: DailyRollup): Promise<void>;

const SWARM_DROP_KG = 1.8;

async function fetchHiveWeight(hiveId: string): Promise<{ hiveId: string; today: HiveWeight; prior: HiveWeight | null }> {
  const [today, prior] = await Promise.all([scaleGateway.latest(hiveId), scaleGateway.yesterday(hiveId)]);
  return { hiveId, today, prior };
}

export async function rollupApiary(apiaryId: string, day: string): Promise<DailyRollup> {
  const [info, rainMm] = await Promise.all([apiaryRegistry.get(apiaryId), weatherStation.rainfallMm(apiaryId, day)]);
  const weights = await Promise.all(info.hiveIds.map(fetchHiveWeight));

  let nectarFlowKg = 0;
  const swarmSuspects: string[] = [];
  for (const w of weights) {
    if (!w.prior) {
      continue;
    }
    const delta = w.today.kg - w.prior.kg;
    if (delta <= -SWARM_DROP_KG) {
      swarmSuspects.push(w.hiveId);
    } else {
      nectarFlowKg += Math.max(0, delta);
    }
  }
  return { apiaryId, day, nectarFlowKg: Math.round(nectarFlowKg * 10) / 10, swarmSuspects, rainMm };
}

async function rollupAll(): Promise<void> {
  const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const apiaryIds = await apiaryRegistry.list();
  for (const apiaryId of apiaryIds) {
    const rollup = await rollupApiary(apiaryId, day);
    await saveRollup(rollup);
  }
}

export function startNightlyRollup(): () => void {
  const handle = scheduler.every('15 2 * * *', rollupAll);
  return () => handle.cancel();
}
