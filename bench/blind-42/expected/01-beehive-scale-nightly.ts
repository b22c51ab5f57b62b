// expect: no-uncalled-async-function
// prepareNightlyReport puts refreshTareOffsets itself (not its call) into Promise.all, so the tare refresh never runs before weights are read.
import { setTimeout as sleep } from 'node:timers/promises';

export interface HiveWeight {
  hiveId: string;
  grossKg: number;
  tareKg: number;
  readAt: string;
}

export interface NightlyReport {
  apiaryId: string;
  hives: Array<{ hiveId: string; netKg: number; deltaKg: number; alert?: string }>;
  generatedAt: string;
}

declare const gateway: {
  flushBuffered(apiaryId: string): Promise<number>;
};

declare const cloud: {
  listHives(apiaryId: string): Promise<string[]>;
  latestWeight(hiveId: string): Promise<HiveWeight>;
  weightAt(hiveId: string, isoTime: string): Promise<HiveWeight | undefined>;
  fetchTareTable(): Promise<Record<string, number>>;
};

const tareOffsets = new Map<string, number>();
let tareRefreshedAt = 0;

async function refreshTareOffsets(): Promise<void> {
  const table = await cloud.fetchTareTable();
  tareOffsets.clear();
  for (const [hiveId, kg] of Object.entries(table)) {
    tareOffsets.set(hiveId, kg);
  }
  tareRefreshedAt = Date.now();
}

function netWeight(w: HiveWeight): number {
  const tare = tareOffsets.get(w.hiveId) ?? w.tareKg;
  return Math.round((w.grossKg - tare) * 100) / 100;
}

function alertFor(deltaKg: number): string | undefined {
  if (deltaKg < -2.5) return 'possible swarm';
  if (deltaKg < -0.8) return 'robbing or heavy consumption';
  if (deltaKg > 3) return 'strong flow';
  return undefined;
}

export async function prepareNightlyReport(apiaryId: string): Promise<NightlyReport> {
  // Make sure the gateways have pushed their buffers and the tare table is current.
  await Promise.all([gateway.flushBuffered(apiaryId), refreshTareOffsets]);
  // The cloud ingests flushed samples asynchronously; give it a moment.
  await sleep(2_000);

  const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
  const hiveIds = await cloud.listHives(apiaryId);
  const hives: NightlyReport['hives'] = [];

  for (const hiveId of hiveIds) {
    const [now, before] = await Promise.all([cloud.latestWeight(hiveId), cloud.weightAt(hiveId, yesterday)]);
    const netKg = netWeight(now);
    const deltaKg = before ? Math.round((netKg - netWeight(before)) * 100) / 100 : 0;
    hives.push({ hiveId, netKg, deltaKg, alert: alertFor(deltaKg) });
  }

  return { apiaryId, hives, generatedAt: new Date().toISOString() };
}

export function tareAgeMinutes(): number {
  return tareRefreshedAt === 0 ? Infinity : (Date.now() - tareRefreshedAt) / 60_000;
}
