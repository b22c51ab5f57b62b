// expect: no-reused-settled-promise
// waitForArmedGate starts gate.readStatus() once before the loop and re-awaits that same settled promise every iteration, so the poll never sees a new status.
import { setTimeout as sleep } from 'node:timers/promises';

export interface GateStatus {
  gateId: 'start' | 'split-1' | 'split-2' | 'split-3' | 'finish';
  armed: boolean;
  photocellAligned: boolean;
  clockOffsetMicros: number;
}

export interface TimingGate {
  readStatus(): Promise<GateStatus>;
  arm(heatId: string): Promise<void>;
}

export interface Heat {
  heatId: string;
  sledNumber: number;
  crew: string[];
  discipline: 'two-man' | 'four-man' | 'monobob' | 'skeleton';
}

declare const trackGates: Record<GateStatus['gateId'], TimingGate>;

declare const raceControl: {
  announce(message: string): void;
  greenLight(heatId: string): Promise<void>;
  hold(heatId: string, reason: string): Promise<void>;
};

const MAX_CLOCK_OFFSET_MICROS = 250;

export class GateNotReadyError extends Error {
  constructor(readonly gateId: string, readonly lastStatus: GateStatus | undefined) {
    super(`gate ${gateId} not armed${lastStatus ? ` (photocell aligned: ${lastStatus.photocellAligned})` : ''}`);
    this.name = 'GateNotReadyError';
  }
}

export async function waitForArmedGate(
  gate: TimingGate,
  gateId: GateStatus['gateId'],
  { attempts = 10, intervalMs = 500 } = {},
): Promise<GateStatus> {
  let last: GateStatus | undefined;
  const status = gate.readStatus();
  for (let attempt = 1; attempt <= attempts; attempt++) {
    last = await status;
    if (last.armed && last.photocellAligned) {
      return last;
    }
    if (attempt < attempts) {
      await sleep(intervalMs);
    }
  }
  throw new GateNotReadyError(gateId, last);
}

export async function prepareHeat(heat: Heat): Promise<'green' | 'held'> {
  const order: GateStatus['gateId'][] = ['start', 'split-1', 'split-2', 'split-3', 'finish'];

  for (const gateId of order) {
    await trackGates[gateId].arm(heat.heatId);
  }

  const statuses: GateStatus[] = [];
  for (const gateId of order) {
    try {
      statuses.push(await waitForArmedGate(trackGates[gateId], gateId));
    } catch (err) {
      if (err instanceof GateNotReadyError) {
        await raceControl.hold(heat.heatId, err.message);
        return 'held';
      }
      throw err;
    }
  }

  const drifting = statuses.filter((s) => Math.abs(s.clockOffsetMicros) > MAX_CLOCK_OFFSET_MICROS);
  if (drifting.length > 0) {
    await raceControl.hold(
      heat.heatId,
      `clock drift on ${drifting.map((s) => s.gateId).join(', ')} exceeds ${MAX_CLOCK_OFFSET_MICROS}us`,
    );
    return 'held';
  }

  raceControl.announce(`Sled ${heat.sledNumber} (${heat.discipline}) to the start`);
  await raceControl.greenLight(heat.heatId);
  return 'green';
}
