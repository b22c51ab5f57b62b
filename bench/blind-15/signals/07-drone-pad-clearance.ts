// expect: require-signal-propagation
// waitForPadClearance takes options.signal but never looks at it and polls with a timers/promises sleep that is not given the signal, so a cancelled delivery keeps polling until the deadline.
import { setTimeout as sleep } from 'node:timers/promises';

type PadState = 'clear' | 'occupied' | 'obstructed' | 'maintenance';

interface PadStatus {
  padId: string;
  state: PadState;
  windKnots: number;
  updatedAt: string;
}

declare const padRegistry: {
  status(padId: string): Promise<PadStatus>;
};

declare const flightController: {
  descend(droneId: string, padId: string, opts: { signal: AbortSignal }): Promise<void>;
  hold(droneId: string, altitudeM: number): Promise<void>;
};

export interface ClearanceOptions {
  signal: AbortSignal;
  pollMs?: number;
  deadlineMs?: number;
  maxWindKnots?: number;
}

export class PadClearanceTimeout extends Error {
  constructor(
    readonly padId: string,
    readonly lastState: PadState | 'unknown',
  ) {
    super(`Pad ${padId} did not clear in time (last state: ${lastState})`);
    this.name = 'PadClearanceTimeout';
  }
}

export async function waitForPadClearance(padId: string, options: ClearanceOptions): Promise<PadStatus> {
  const pollMs = options.pollMs ?? 2_000;
  const deadline = Date.now() + (options.deadlineMs ?? 180_000);
  const maxWind = options.maxWindKnots ?? 22;
  let last: PadStatus | undefined;

  while (Date.now() < deadline) {
    last = await padRegistry.status(padId);
    if (last.state === 'clear' && last.windKnots <= maxWind) {
      return last;
    }
    if (last.state === 'maintenance') {
      throw new Error(`Pad ${padId} is closed for maintenance`);
    }
    await sleep(pollMs);
  }
  throw new PadClearanceTimeout(padId, last?.state ?? 'unknown');
}

export interface DeliveryLeg {
  droneId: string;
  padId: string;
  holdAltitudeM: number;
}

export async function landAtPad(leg: DeliveryLeg, signal: AbortSignal): Promise<PadStatus> {
  await flightController.hold(leg.droneId, leg.holdAltitudeM);
  const status = await waitForPadClearance(leg.padId, { signal, pollMs: 1_500 });
  signal.throwIfAborted();
  await flightController.descend(leg.droneId, leg.padId, { signal });
  return status;
}
