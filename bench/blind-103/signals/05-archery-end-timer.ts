// expect: none
// The race between the lane sensor and the timeout shares one AbortController that is aborted in finally, so the losing sleep timer is cancelled and the losing sensor wait is torn down whichever side wins; the caller's signal is folded in with AbortSignal.any.
import { setTimeout as sleep } from 'node:timers/promises';
import { EventEmitter } from 'node:events';

export interface LaneSensor {
  /** Resolves once the light curtain reports the lane empty; rejects with AbortError when signalled. */
  waitClear(lane: number, signal: AbortSignal): Promise<void>;
}

export interface Siren {
  sound(pattern: 'start' | 'two-minute' | 'stop'): void;
}

export async function awaitLaneClear(
  sensor: LaneSensor,
  lane: number,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<'clear' | 'timeout'> {
  const local = new AbortController();
  const both = AbortSignal.any([signal, local.signal]);
  try {
    return await Promise.race([
      sensor.waitClear(lane, both).then(() => 'clear' as const),
      sleep(timeoutMs, 'timeout' as const, { signal: both }),
    ]);
  } finally {
    local.abort();
  }
}

/** Runs one timed end: 240 s to shoot, with a warning at two minutes remaining. */
export class EndTimer extends EventEmitter {
  constructor(
    private readonly siren: Siren,
    private readonly sensor: LaneSensor,
    private readonly lanes: number[],
    private readonly endMs = 240_000,
  ) {
    super();
  }

  async runEnd(signal: AbortSignal): Promise<void> {
    const notClear = await this.checkLanes(signal);
    if (notClear.length > 0) {
      this.emit('hold', notClear);
      return;
    }
    this.siren.sound('start');
    this.emit('shooting');
    await sleep(this.endMs - 120_000, undefined, { signal });
    this.siren.sound('two-minute');
    await sleep(120_000, undefined, { signal });
    this.siren.sound('stop');
    this.emit('end-complete');
  }

  private async checkLanes(signal: AbortSignal): Promise<number[]> {
    const outcomes = await Promise.all(
      this.lanes.map(async (lane) => ({ lane, outcome: await awaitLaneClear(this.sensor, lane, 30_000, signal) })),
    );
    return outcomes.filter((o) => o.outcome === 'timeout').map((o) => o.lane);
  }
}
