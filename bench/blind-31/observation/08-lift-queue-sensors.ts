// expect: no-unobserved-promise
// Gate counter reads start before the PLC status await and are abandoned with no handler when the closed/wind-hold checks throw.
export interface GateCount {
  gateId: string;
  waiting: number;
  sampledAt: number;
}

export interface LiftStatus {
  liftId: string;
  open: boolean;
  windKmh: number;
  carrierSpacingSec: number;
}

declare const queueCounters: {
  read(liftId: string, gateId: string): Promise<GateCount>;
};
declare const liftPlc: {
  status(liftId: string): Promise<LiftStatus>;
};
declare const resortBoard: {
  publishWait(liftId: string, minutes: number | 'closed'): Promise<void>;
};

export class LiftWindHold extends Error {
  constructor(readonly liftId: string, readonly windKmh: number) {
    super(`Lift ${liftId} on wind hold at ${windKmh} km/h`);
    this.name = 'LiftWindHold';
  }
}

const WIND_HOLD_KMH = 65;
const SEATS_PER_CHAIR = 6;

function waitMinutes(counts: GateCount[], spacingSec: number): number {
  const waiting = counts.reduce((sum, c) => sum + c.waiting, 0);
  const chairsNeeded = Math.ceil(waiting / SEATS_PER_CHAIR);
  return Math.round((chairsNeeded * spacingSec) / 60);
}

export async function estimateWait(liftId: string, gateIds: string[]): Promise<number> {
  const reads = gateIds.map((gateId) => queueCounters.read(liftId, gateId));

  const status = await liftPlc.status(liftId);
  if (!status.open) {
    throw new Error(`Lift ${liftId} is not running`);
  }
  if (status.windKmh >= WIND_HOLD_KMH) {
    throw new LiftWindHold(liftId, status.windKmh);
  }

  const counts = await Promise.all(reads);
  const stale = counts.filter((c) => Date.now() - c.sampledAt > 120_000);
  if (stale.length === counts.length) {
    throw new Error(`All queue counters for ${liftId} are stale`);
  }
  return waitMinutes(
    counts.filter((c) => !stale.includes(c)),
    status.carrierSpacingSec,
  );
}

export async function refreshBoard(lifts: Array<{ liftId: string; gates: string[] }>): Promise<Record<string, number | 'closed'>> {
  const board: Record<string, number | 'closed'> = {};
  for (const { liftId, gates } of lifts) {
    let value: number | 'closed';
    try {
      value = await estimateWait(liftId, gates);
    } catch {
      value = 'closed';
    }
    board[liftId] = value;
    await resortBoard.publishWait(liftId, value);
  }
  return board;
}
