// expect: none
// The salinity poll requests a fresh reading on every iteration, and the cached layout promise is an intentional shared load that is evicted when it fails.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PenLayout {
  penId: string;
  tank: string;
  valve: string;
  targetPsu: number;
}

export interface SalinityReading {
  penId: string;
  psu: number;
  takenAt: number;
}

declare const farmApi: {
  fetchLayout(): Promise<PenLayout[]>;
};

declare const penSensors: {
  readSalinity(penId: string): Promise<SalinityReading>;
};

declare const valveBank: {
  setBrineRatio(valve: string, ratio: number): Promise<void>;
  close(valve: string): Promise<void>;
};

let layoutRequest: Promise<PenLayout[]> | undefined;

export function penLayout(): Promise<PenLayout[]> {
  layoutRequest ??= farmApi.fetchLayout().catch((err: unknown) => {
    layoutRequest = undefined;
    throw err;
  });
  return layoutRequest;
}

export async function findPen(penId: string): Promise<PenLayout> {
  const layout = await penLayout();
  const pen = layout.find((p) => p.penId === penId);
  if (!pen) throw new Error(`unknown abalone pen ${penId}`);
  return pen;
}

export async function waitForSalinity(
  penId: string,
  target: number,
  { tolerance = 0.4, intervalMs = 30_000, attempts = 20 } = {},
): Promise<SalinityReading> {
  let latest: SalinityReading | undefined;
  for (let i = 0; i < attempts; i++) {
    latest = await penSensors.readSalinity(penId);
    if (Math.abs(latest.psu - target) <= tolerance) return latest;
    await sleep(intervalMs);
  }
  throw new Error(`pen ${penId} stuck at ${latest?.psu ?? '?'} PSU (target ${target})`);
}

export async function rebalancePen(penId: string): Promise<SalinityReading> {
  const pen = await findPen(penId);
  const current = await penSensors.readSalinity(penId);
  const delta = pen.targetPsu - current.psu;
  if (Math.abs(delta) < 0.4) return current;

  const ratio = Math.max(0, Math.min(1, 0.5 + delta / 10));
  await valveBank.setBrineRatio(pen.valve, ratio);
  try {
    return await waitForSalinity(penId, pen.targetPsu);
  } finally {
    await valveBank.close(pen.valve);
  }
}

export async function rebalanceTank(tank: string): Promise<SalinityReading[]> {
  const layout = await penLayout();
  const readings: SalinityReading[] = [];
  for (const pen of layout.filter((p) => p.tank === tank)) {
    readings.push(await rebalancePen(pen.penId));
  }
  return readings;
}
