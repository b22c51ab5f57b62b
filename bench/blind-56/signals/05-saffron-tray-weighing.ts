// expect: no-leaked-race
// weighTray races the scale read against a setTimeout-based deadline that is never cleared, so every successful weighing leaves a live timer behind.
export interface HarvestTray {
  trayId: string;
  picker: string;
  field: string;
  flowersPicked: number;
  tareGrams: number;
}

export interface TrayWeight {
  trayId: string;
  netGrams: number;
  stigmaGramsEstimate: number;
}

declare const precisionScale: {
  weigh(trayId: string): Promise<{ grossGrams: number; stable: boolean }>;
};

declare const dryingRoom: {
  assignRack(trayId: string, netGrams: number): Promise<string>;
};

declare const harvestLedger: {
  credit(picker: string, field: string, stigmaGrams: number): Promise<void>;
  flag(trayId: string, reason: string): Promise<void>;
};

const SCALE_TIMEOUT_MS = 4_000;
const STIGMA_RATIO = 0.0155;

class ScaleTimeoutError extends Error {
  constructor(trayId: string) {
    super(`scale did not report a stable weight for tray ${trayId} within ${SCALE_TIMEOUT_MS}ms`);
    this.name = 'ScaleTimeoutError';
  }
}

function deadline(trayId: string): Promise<never> {
  return new Promise<never>((_, reject) => {
    setTimeout(() => reject(new ScaleTimeoutError(trayId)), SCALE_TIMEOUT_MS);
  });
}

export async function weighTray(tray: HarvestTray): Promise<TrayWeight> {
  const reading = await Promise.race([precisionScale.weigh(tray.trayId), deadline(tray.trayId)]);
  if (!reading.stable) {
    throw new Error(`unstable reading for tray ${tray.trayId}`);
  }
  const netGrams = Math.max(0, reading.grossGrams - tray.tareGrams);
  return {
    trayId: tray.trayId,
    netGrams,
    stigmaGramsEstimate: Math.round(netGrams * STIGMA_RATIO * 100) / 100,
  };
}

function plausible(tray: HarvestTray, weight: TrayWeight): boolean {
  const gramsPerFlower = tray.flowersPicked > 0 ? weight.netGrams / tray.flowersPicked : 0;
  return gramsPerFlower > 0.2 && gramsPerFlower < 0.6;
}

export async function receiveTrays(trays: readonly HarvestTray[]): Promise<{ racked: number; flagged: number }> {
  let racked = 0;
  let flagged = 0;
  for (const tray of trays) {
    try {
      const weight = await weighTray(tray);
      if (!plausible(tray, weight)) {
        await harvestLedger.flag(tray.trayId, `net ${weight.netGrams}g for ${tray.flowersPicked} flowers`);
        flagged += 1;
        continue;
      }
      await dryingRoom.assignRack(tray.trayId, weight.netGrams);
      await harvestLedger.credit(tray.picker, tray.field, weight.stigmaGramsEstimate);
      racked += 1;
    } catch (err) {
      await harvestLedger.flag(tray.trayId, err instanceof Error ? err.message : String(err));
      flagged += 1;
    }
  }
  return { racked, flagged };
}
