// expect: no-unobserved-promise
// Bug: the humidity read is started before awaiting wheelsDueForTurning; if it rejects during that await nothing is attached to it yet (unhandled rejection).
export interface CheeseWheel {
  wheelId: string;
  style: 'alpine' | 'cheddar' | 'tomme' | 'gouda';
  rackSlot: string;
  lastTurnedAt: Date;
  rindScore: number;
}

export interface TurnReport {
  caveId: string;
  turned: string[];
  brushed: string[];
  skipped: string[];
  humidityPct: number;
}

declare const caveSensors: {
  humidity(caveId: string): Promise<{ relativePct: number; tempC: number }>;
};
declare const inventory: {
  wheelsDueForTurning(caveId: string, before: Date): Promise<CheeseWheel[]>;
  markTurned(wheelIds: string[], at: Date): Promise<void>;
};
declare const turningRobot: {
  turn(rackSlot: string): Promise<void>;
  brineBrush(rackSlot: string): Promise<void>;
};

const TURN_INTERVAL_H: Record<CheeseWheel['style'], number> = {
  alpine: 48,
  cheddar: 72,
  tomme: 24,
  gouda: 48,
};

function dueCutoff(now: Date): Date {
  const minInterval = Math.min(...Object.values(TURN_INTERVAL_H));
  return new Date(now.getTime() - minInterval * 3600_000);
}

function isDue(wheel: CheeseWheel, now: Date): boolean {
  const hours = (now.getTime() - wheel.lastTurnedAt.getTime()) / 3600_000;
  return hours >= TURN_INTERVAL_H[wheel.style];
}

export async function runTurningCycle(caveId: string, now = new Date()): Promise<TurnReport> {
  const humidityReading = caveSensors.humidity(caveId);
  const candidates = await inventory.wheelsDueForTurning(caveId, dueCutoff(now));
  const due = candidates.filter((w) => isDue(w, now));

  const { relativePct } = await humidityReading;
  // Washed-rind styles need a brine brush when the cave runs dry.
  const brushBelow = 88;

  const turned: string[] = [];
  const brushed: string[] = [];
  const skipped: string[] = [];

  for (const wheel of due) {
    if (wheel.rindScore < 2) {
      skipped.push(wheel.wheelId);
      continue;
    }
    await turningRobot.turn(wheel.rackSlot);
    turned.push(wheel.wheelId);
    if (relativePct < brushBelow && (wheel.style === 'tomme' || wheel.style === 'alpine')) {
      await turningRobot.brineBrush(wheel.rackSlot);
      brushed.push(wheel.wheelId);
    }
  }

  if (turned.length > 0) await inventory.markTurned(turned, now);
  return { caveId, turned, brushed, skipped, humidityPct: relativePct };
}

export function formatReport(r: TurnReport): string {
  return `${r.caveId}: turned ${r.turned.length}, brushed ${r.brushed.length}, skipped ${r.skipped.length} at ${r.humidityPct}% RH`;
}
