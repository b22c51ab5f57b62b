// expect: no-multiple-settle
// readHive's 'offline' branch only logs and settles nothing, so a query for an offline hive leaves the promise pending forever.
export type HiveReading =
  | { status: 'ok'; hiveId: string; broodTempC: number; humidity: number; foragersOut: number; at: number }
  | { status: 'stale'; hiveId: string; lastGood: { broodTempC: number; humidity: number; at: number } }
  | { status: 'offline'; hiveId: string; since: number };

export interface HiveSnapshot {
  hiveId: string;
  broodTempC: number;
  humidity: number;
  foragersOut: number | null;
  at: number;
  fresh: boolean;
}

declare const greenhouseGateway: {
  query(hiveId: string, cb: (err: Error | null, reading: HiveReading) => void): void;
};

declare const log: { warn(msg: string): void };

declare const ventController: {
  setVents(bay: string, openPercent: number): Promise<void>;
};

const STALE_LIMIT_MS = 15 * 60_000;

function readHive(hiveId: string): Promise<HiveSnapshot> {
  return new Promise<HiveSnapshot>((resolve, reject) => {
    greenhouseGateway.query(hiveId, (err, reading) => {
      if (err) {
        reject(err);
        return;
      }
      switch (reading.status) {
        case 'ok':
          resolve({
            hiveId,
            broodTempC: reading.broodTempC,
            humidity: reading.humidity,
            foragersOut: reading.foragersOut,
            at: reading.at,
            fresh: true,
          });
          break;
        case 'stale':
          if (Date.now() - reading.lastGood.at <= STALE_LIMIT_MS) {
            resolve({ hiveId, ...reading.lastGood, foragersOut: null, fresh: false });
          } else {
            reject(new Error(`hive ${hiveId} data older than ${STALE_LIMIT_MS / 60_000} min`));
          }
          break;
        case 'offline':
          log.warn(`hive ${hiveId} offline since ${new Date(reading.since).toISOString()}`);
          break;
      }
    });
  });
}

export interface BayPlan {
  bay: string;
  hives: string[];
}

function ventOpeningFor(snapshots: HiveSnapshot[]): number {
  const warmest = Math.max(...snapshots.map((s) => s.broodTempC));
  const dampest = Math.max(...snapshots.map((s) => s.humidity));
  let opening = 10;
  if (warmest > 35.5) opening += 30;
  if (warmest > 36.5) opening += 30;
  if (dampest > 75) opening += 15;
  return Math.min(opening, 90);
}

export async function balanceBay(plan: BayPlan): Promise<{ bay: string; opening: number; hivesRead: number }> {
  const snapshots: HiveSnapshot[] = [];
  for (const hiveId of plan.hives) {
    try {
      snapshots.push(await readHive(hiveId));
    } catch (err) {
      log.warn(`skipping hive ${hiveId}: ${(err as Error).message}`);
    }
  }
  if (snapshots.length === 0) {
    return { bay: plan.bay, opening: 0, hivesRead: 0 };
  }
  const opening = ventOpeningFor(snapshots);
  await ventController.setVents(plan.bay, opening);
  return { bay: plan.bay, opening, hivesRead: snapshots.length };
}
