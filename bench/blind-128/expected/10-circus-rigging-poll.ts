// expect: none
// pollUntil calls probe() afresh on each iteration, and the shared in-flight promise is only reused by concurrent callers while it is pending and is cleared once it settles.
import { setTimeout as sleep } from 'node:timers/promises';

export interface WinchStatus {
  winch: string;
  heightM: number;
  loadKg: number;
  brakeEngaged: boolean;
}

export interface WinchController {
  status(winch: string): Promise<WinchStatus>;
  moveTo(winch: string, heightM: number): Promise<void>;
}

export async function pollUntil<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  { intervalMs = 250, timeoutMs = 30_000 }: { intervalMs?: number; timeoutMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() + intervalMs > deadline) {
      throw new Error(`condition not met within ${timeoutMs}ms`);
    }
    await sleep(intervalMs);
  }
}

export class TrapezeFlyRig {
  private readonly statusInflight = new Map<string, Promise<WinchStatus>>();

  constructor(private readonly winches: WinchController) {}

  status(winch: string): Promise<WinchStatus> {
    const pending = this.statusInflight.get(winch);
    if (pending) return pending;
    const request = this.winches.status(winch).finally(() => {
      this.statusInflight.delete(winch);
    });
    this.statusInflight.set(winch, request);
    return request;
  }

  async flyTo(winch: string, heightM: number, toleranceM = 0.02): Promise<WinchStatus> {
    await this.winches.moveTo(winch, heightM);
    const settled = await pollUntil(
      () => this.status(winch),
      (s) => s.brakeEngaged && Math.abs(s.heightM - heightM) <= toleranceM,
      { intervalMs: 200, timeoutMs: 45_000 },
    );
    if (settled.loadKg > 350) {
      throw new Error(`${winch}: load ${settled.loadKg}kg above trapeze bar rating`);
    }
    return settled;
  }

  async flyAct(cues: { winch: string; heightM: number }[]): Promise<WinchStatus[]> {
    const reached: WinchStatus[] = [];
    for (const cue of cues) {
      reached.push(await this.flyTo(cue.winch, cue.heightM));
    }
    return reached;
  }
}
