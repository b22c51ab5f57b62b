// expect: no-multiple-settle
// When the bridge reports an error the callback rejects but falls through to resolve() as well, settling twice.
export interface RawResurfacerStatus {
  machine_id: string;
  water_l: number;
  snow_tank_pct: number;
  blade_hours: number;
  battery_pct: number;
  last_pass_at: string | null;
}

export interface ResurfacerStatus {
  machineId: string;
  waterLitres: number;
  snowTankPercent: number;
  bladeHours: number;
  batteryPercent: number;
  lastPassAt: Date | null;
}

export class ResurfacerOfflineError extends Error {
  constructor(readonly machineId: string, cause?: Error) {
    super(`resurfacer ${machineId} did not answer`, { cause });
    this.name = 'ResurfacerOfflineError';
  }
}

declare const resurfacerBridge: {
  queryStatus(machineId: string, cb: (err: Error | null, status?: RawResurfacerStatus) => void): void;
};

declare const rinkLog: {
  warn(message: string, fields?: Record<string, unknown>): void;
};

const MIN_WATER_FOR_FLOOD_L = 350;
const BLADE_SERVICE_HOURS = 180;

export function fetchResurfacerStatus(machineId: string): Promise<ResurfacerStatus> {
  return new Promise<ResurfacerStatus>((resolve, reject) => {
    resurfacerBridge.queryStatus(machineId, (err, raw) => {
      if (err || !raw) {
        rinkLog.warn('resurfacer status query failed', { machineId, error: err?.message });
        reject(new ResurfacerOfflineError(machineId, err ?? undefined));
      }
      resolve({
        machineId,
        waterLitres: raw?.water_l ?? 0,
        snowTankPercent: raw?.snow_tank_pct ?? 0,
        bladeHours: raw?.blade_hours ?? 0,
        batteryPercent: raw?.battery_pct ?? 0,
        lastPassAt: raw?.last_pass_at ? new Date(raw.last_pass_at) : null,
      });
    });
  });
}

export interface ResurfaceReadiness {
  machineId: string;
  canFlood: boolean;
  problems: string[];
}

export function assessReadiness(status: ResurfacerStatus, now = new Date()): ResurfaceReadiness {
  const problems: string[] = [];
  if (status.waterLitres < MIN_WATER_FOR_FLOOD_L) {
    problems.push(`only ${status.waterLitres} L of hot water, need ${MIN_WATER_FOR_FLOOD_L}`);
  }
  if (status.snowTankPercent > 85) {
    problems.push('snow tank nearly full, dump before next pass');
  }
  if (status.bladeHours >= BLADE_SERVICE_HOURS) {
    problems.push(`blade at ${status.bladeHours} h, due for sharpening`);
  }
  if (status.batteryPercent < 30) {
    problems.push(`battery at ${status.batteryPercent}%`);
  }
  if (status.lastPassAt && now.getTime() - status.lastPassAt.getTime() < 20 * 60_000) {
    problems.push('last pass under 20 minutes ago, ice still setting');
  }
  return { machineId: status.machineId, canFlood: problems.length === 0, problems };
}

export async function pickMachine(machineIds: string[]): Promise<ResurfaceReadiness | null> {
  for (const id of machineIds) {
    try {
      const readiness = assessReadiness(await fetchResurfacerStatus(id));
      if (readiness.canFlood) return readiness;
      rinkLog.warn('resurfacer not ready', { id, problems: readiness.problems });
    } catch (err) {
      if (!(err instanceof ResurfacerOfflineError)) throw err;
    }
  }
  return null;
}
