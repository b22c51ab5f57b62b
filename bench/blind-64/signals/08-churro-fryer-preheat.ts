// expect: none
// The race's losers are tied to a local AbortController that is aborted in finally, so the once() listener and the timeout timer are both torn down.
import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface FryerStatus {
  fryerId: string;
  oilTempC: number;
  heating: boolean;
}

declare class Fryer extends EventEmitter {
  readonly id: string;
  setpoint(celsius: number): void;
  status(): FryerStatus;
  heaterOff(): void;
}

declare const standLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
};

export class PreheatTimeout extends Error {
  constructor(readonly fryerId: string, readonly lastTempC: number, ms: number) {
    super(`fryer ${fryerId} stuck at ${lastTempC}C after ${ms}ms of preheat`);
    this.name = 'PreheatTimeout';
  }
}

const CHURRO_OIL_C = 190;

export async function preheat(
  fryer: Fryer,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<FryerStatus> {
  const current = fryer.status();
  if (current.oilTempC >= CHURRO_OIL_C - 2) return current;

  const local = new AbortController();
  const combined = signal ? AbortSignal.any([signal, local.signal]) : local.signal;

  fryer.setpoint(CHURRO_OIL_C);
  try {
    const reached = once(fryer, 'at-setpoint', { signal: combined }).then(([s]) => s as FryerStatus);
    const expired = sleep(timeoutMs, undefined, { signal: combined }).then(() => {
      throw new PreheatTimeout(fryer.id, fryer.status().oilTempC, timeoutMs);
    });
    const status = await Promise.race([reached, expired]);
    standLog.info('fryer ready', { fryerId: fryer.id, oilTempC: status.oilTempC });
    return status;
  } catch (err) {
    fryer.heaterOff();
    throw err;
  } finally {
    local.abort();
  }
}

export async function openStand(fryers: Fryer[], signal?: AbortSignal): Promise<FryerStatus[]> {
  const results = await Promise.allSettled(fryers.map((f) => preheat(f, 12 * 60_000, signal)));
  const ready: FryerStatus[] = [];
  for (const r of results) {
    if (r.status === 'fulfilled') {
      ready.push(r.value);
    } else if (r.reason instanceof PreheatTimeout) {
      standLog.info('fryer left cold', { fryerId: r.reason.fryerId });
    } else {
      throw r.reason;
    }
  }
  if (ready.length === 0) throw new Error('no fryer reached churro temperature');
  return ready;
}
