// expect: none
// Every async result is awaited before it is tested, compared, defaulted with ?? or interpolated, so only plain values reach those expressions.
export type HornMode = 'two-long' | 'one-long-two-short' | 'silent';

export interface HornStatus {
  stationId: string;
  mode: HornMode;
  visibilityM: number;
  lastBlastAt: number | null;
}

interface FogHorn {
  isArmed(): Promise<boolean>;
  visibilityMeters(): Promise<number>;
  sound(mode: HornMode): Promise<number>;
  lastBlastAt(): Promise<number | null>;
}

declare const horns: {
  get(stationId: string): FogHorn;
};

declare const coastGuard: {
  defaultMode(stationId: string): Promise<HornMode>;
  report(status: HornStatus): Promise<void>;
};

declare const keeperLog: {
  info(message: string): void;
};

const modeOverrides = new Map<string, HornMode>();

export function overrideMode(stationId: string, mode: HornMode | null): void {
  if (mode === null) modeOverrides.delete(stationId);
  else modeOverrides.set(stationId, mode);
}

async function modeFor(stationId: string): Promise<HornMode> {
  return modeOverrides.get(stationId) ?? (await coastGuard.defaultMode(stationId));
}

export async function soundIfFoggy(stationId: string, thresholdM = 2_000): Promise<HornStatus> {
  const horn = horns.get(stationId);
  const [visibilityM, mode] = await Promise.all([horn.visibilityMeters(), modeFor(stationId)]);

  let lastBlastAt = await horn.lastBlastAt();
  if (visibilityM < thresholdM && mode !== 'silent') {
    if (await horn.isArmed()) {
      const blasts = await horn.sound(mode);
      lastBlastAt = Date.now();
      keeperLog.info(`${stationId}: ${blasts} blasts (${mode}) at visibility ${visibilityM}m`);
    } else {
      keeperLog.info(`${stationId}: fog at ${visibilityM}m but horn is not armed`);
    }
  }

  const status: HornStatus = { stationId, mode, visibilityM, lastBlastAt };
  await coastGuard.report(status);
  return status;
}

export async function sweepStations(stationIds: string[]): Promise<HornStatus[]> {
  const statuses: HornStatus[] = [];
  for (const stationId of stationIds) {
    statuses.push(await soundIfFoggy(stationId));
  }
  const silentInFog = statuses.filter((s) => s.visibilityM < 2_000 && s.lastBlastAt === null);
  if (silentInFog.length > 0) {
    keeperLog.info(`stations silent in fog: ${silentInFog.map((s) => s.stationId).join(', ')}`);
  }
  return statuses;
}
