// expect: none
// The deadline race clears its timer and aborts every outstanding tower probe once a winner (or failure) settles.
import { EventEmitter } from 'node:events';

export interface BeaconReading {
  towerId: string;
  receivedAt: number;
  smokeIndex: number;
  windKnots: number;
  operatorOnDuty: string | null;
}

declare const towerRadio: {
  ping(towerId: string, opts: { signal: AbortSignal; channel?: number }): Promise<BeaconReading>;
};

export class RollCallTimeoutError extends Error {
  constructor(
    readonly towers: readonly string[],
    readonly waitedMs: number,
  ) {
    super(`no lookout tower answered within ${waitedMs}ms (${towers.join(', ')})`);
    this.name = 'RollCallTimeoutError';
  }
}

export interface RollCallOptions {
  deadlineMs?: number;
  channel?: number;
  signal?: AbortSignal;
}

/**
 * Pings every tower in a district and resolves with whichever answers first.
 * Dispatch uses this to pick a spotter when a smoke report comes in.
 */
export class LookoutRollCall extends EventEmitter {
  constructor(private readonly towers: readonly string[]) {
    super();
  }

  async firstResponder(options: RollCallOptions = {}): Promise<BeaconReading> {
    const { deadlineMs = 8_000, channel, signal } = options;
    signal?.throwIfAborted();

    const probes = new AbortController();
    const forwardAbort = () => probes.abort(signal?.reason);
    signal?.addEventListener('abort', forwardAbort, { once: true });

    let deadlineTimer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      deadlineTimer = setTimeout(() => reject(new RollCallTimeoutError(this.towers, deadlineMs)), deadlineMs);
    });

    const pings = this.towers.map(async (towerId) => {
      const reading = await towerRadio.ping(towerId, { signal: probes.signal, channel });
      this.emit('reading', reading);
      return reading;
    });

    try {
      return await Promise.race([Promise.any(pings), deadline]);
    } catch (err) {
      if (signal?.aborted) throw signal.reason;
      if (err instanceof AggregateError) {
        throw new Error(`all ${this.towers.length} towers failed to answer`, { cause: err });
      }
      throw err;
    } finally {
      clearTimeout(deadlineTimer);
      probes.abort();
      signal?.removeEventListener('abort', forwardAbort);
    }
  }
}

export async function pickSpotter(district: readonly string[], signal?: AbortSignal): Promise<{ towerId: string; operator: string }> {
  const rollCall = new LookoutRollCall(district);
  const reading = await rollCall.firstResponder({ signal, deadlineMs: 5_000 });
  return {
    towerId: reading.towerId,
    operator: reading.operatorOnDuty ?? 'unstaffed',
  };
}
