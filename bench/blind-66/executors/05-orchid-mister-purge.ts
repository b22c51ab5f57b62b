// expect: no-multiple-settle
// waitForLinePressure never clears its timeout when the 'pressure' event arrives, so the timer later rejects an already-resolved promise and keeps the process alive.
import { EventEmitter } from 'node:events';

export interface MisterZone {
  id: string;
  house: 'phalaenopsis' | 'cattleya' | 'vanda';
  nozzleCount: number;
  targetKpa: number;
}

export interface PurgeReport {
  zoneId: string;
  reachedKpa: number;
  purgeMs: number;
}

interface PressureEvent {
  zoneId: string;
  kpa: number;
}

declare const misterController: EventEmitter & {
  openPurgeValve(zoneId: string): void;
  closePurgeValve(zoneId: string): void;
};

declare const climateLog: {
  record(zoneId: string, message: string): Promise<void>;
};

const DEFAULT_PURGE_TIMEOUT_MS = 20_000;

function waitForLinePressure(zone: MisterZone, timeoutMs: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const onPressure = (event: PressureEvent) => {
      if (event.zoneId !== zone.id || event.kpa < zone.targetKpa) return;
      misterController.off('pressure', onPressure);
      misterController.off('fault', onFault);
      resolve(event.kpa);
    };
    const onFault = (zoneId: string, code: string) => {
      if (zoneId !== zone.id) return;
      misterController.off('pressure', onPressure);
      misterController.off('fault', onFault);
      reject(new Error(`mister zone ${zone.id} reported fault ${code}`));
    };

    misterController.on('pressure', onPressure);
    misterController.on('fault', onFault);

    setTimeout(() => {
      misterController.off('pressure', onPressure);
      misterController.off('fault', onFault);
      reject(new Error(`zone ${zone.id} did not reach ${zone.targetKpa} kPa within ${timeoutMs}ms`));
    }, timeoutMs);
  });
}

export async function purgeZone(zone: MisterZone, timeoutMs = DEFAULT_PURGE_TIMEOUT_MS): Promise<PurgeReport> {
  const started = performance.now();
  misterController.openPurgeValve(zone.id);
  try {
    const reachedKpa = await waitForLinePressure(zone, timeoutMs);
    const purgeMs = Math.round(performance.now() - started);
    await climateLog.record(zone.id, `purged ${zone.nozzleCount} nozzles in ${purgeMs}ms at ${reachedKpa} kPa`);
    return { zoneId: zone.id, reachedKpa, purgeMs };
  } finally {
    misterController.closePurgeValve(zone.id);
  }
}

export async function purgeHouse(zones: readonly MisterZone[], house: MisterZone['house']): Promise<PurgeReport[]> {
  const reports: PurgeReport[] = [];
  for (const zone of zones) {
    if (zone.house !== house) continue;
    reports.push(await purgeZone(zone));
  }
  return reports;
}
