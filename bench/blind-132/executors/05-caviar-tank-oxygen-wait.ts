// expect: no-multiple-settle
// The polling interval is only cleared on the timeout path, so once the oxygen target is reached it keeps calling resolve on every tick and can later call reject too.
export interface OxygenProbe {
  /** Latest dissolved-oxygen reading in mg/L, or undefined if the probe has not reported yet. */
  latest(tankId: string): number | undefined;
  setAeration(tankId: string, level: 'off' | 'low' | 'high'): void;
}

export interface OxygenWaitOptions {
  targetMgL: number;
  pollMs?: number;
  timeoutMs?: number;
}

export interface TankTransferPlan {
  sourceTank: string;
  destinationTank: string;
  sturgeonCount: number;
}

export class OxygenTimeoutError extends Error {
  constructor(readonly tankId: string, readonly lastReading: number | undefined) {
    super(`tank ${tankId} did not reach target oxygen (last reading ${lastReading ?? 'none'})`);
    this.name = 'OxygenTimeoutError';
  }
}

export function waitForOxygen(probe: OxygenProbe, tankId: string, opts: OxygenWaitOptions): Promise<number> {
  const pollMs = opts.pollMs ?? 2_000;
  const timeoutMs = opts.timeoutMs ?? 10 * 60_000;

  return new Promise<number>((resolve, reject) => {
    const started = Date.now();
    let last: number | undefined;

    const timer = setInterval(() => {
      last = probe.latest(tankId);
      if (last !== undefined && last >= opts.targetMgL) {
        resolve(last);
        return;
      }
      if (Date.now() - started >= timeoutMs) {
        clearInterval(timer);
        reject(new OxygenTimeoutError(tankId, last));
      }
    }, pollMs);
  });
}

export async function prepareTransfer(probe: OxygenProbe, plan: TankTransferPlan): Promise<void> {
  // sturgeon need roughly 8 mg/L when crowded during transfer
  const target = plan.sturgeonCount > 40 ? 9 : 8;
  probe.setAeration(plan.destinationTank, 'high');
  try {
    const reached = await waitForOxygen(probe, plan.destinationTank, { targetMgL: target });
    if (reached > target + 3) {
      probe.setAeration(plan.destinationTank, 'low');
    }
  } catch (err) {
    probe.setAeration(plan.destinationTank, 'low');
    throw err;
  }
}

export async function prepareTransfers(probe: OxygenProbe, plans: readonly TankTransferPlan[]): Promise<string[]> {
  const ready: string[] = [];
  for (const plan of plans) {
    await prepareTransfer(probe, plan);
    ready.push(plan.destinationTank);
  }
  return ready;
}
