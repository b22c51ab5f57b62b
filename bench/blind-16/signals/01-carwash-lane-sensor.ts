// expect: none
// The lane-entry race clears its timeout and aborts the losing sensor wait in finally, and the caller's signal is forwarded.
import { EventEmitter, once } from 'node:events';

export interface LaneEvent {
  lane: number;
  vehiclePresent: boolean;
  at: number;
}

export class LaneTimeoutError extends Error {
  constructor(
    readonly lane: number,
    readonly ms: number,
  ) {
    super(`lane ${lane} did not report a vehicle within ${ms}ms`);
    this.name = 'LaneTimeoutError';
  }
}

declare const washController: {
  startProgram(lane: number, program: string, opts: { signal?: AbortSignal }): Promise<void>;
};

export class CarWashLane {
  private readonly sensors = new EventEmitter();

  constructor(
    readonly lane: number,
    private readonly entryTimeoutMs = 45_000,
  ) {}

  /** Called by the PLC bridge whenever the induction loop changes state. */
  report(vehiclePresent: boolean): void {
    const ev: LaneEvent = { lane: this.lane, vehiclePresent, at: Date.now() };
    this.sensors.emit('presence', ev);
  }

  async waitForVehicle(outer?: AbortSignal): Promise<LaneEvent> {
    outer?.throwIfAborted();
    const ac = new AbortController();
    const onOuterAbort = () => ac.abort(outer?.reason);
    outer?.addEventListener('abort', onOuterAbort, { once: true });

    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new LaneTimeoutError(this.lane, this.entryTimeoutMs)), this.entryTimeoutMs);
    });

    const arrival = (async () => {
      for (;;) {
        const [ev] = (await once(this.sensors, 'presence', { signal: ac.signal })) as [LaneEvent];
        if (ev.vehiclePresent) return ev;
      }
    })();

    try {
      return await Promise.race([arrival, timeout]);
    } finally {
      clearTimeout(timer);
      ac.abort();
      outer?.removeEventListener('abort', onOuterAbort);
    }
  }
}

export async function runWashCycle(
  lane: CarWashLane,
  program: 'basic' | 'deluxe' | 'ceramic',
  signal?: AbortSignal,
): Promise<{ lane: number; program: string; waitedMs: number }> {
  const queuedAt = Date.now();
  const arrived = await lane.waitForVehicle(signal);
  await washController.startProgram(lane.lane, program, { signal });
  return { lane: lane.lane, program, waitedMs: arrived.at - queuedAt };
}
