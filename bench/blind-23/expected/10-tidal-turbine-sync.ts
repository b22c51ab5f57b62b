// expect: none
// Each poll iteration calls readTurbineState() again, and the brake-release promise is started once and raced once against a watchdog, so nothing settled is re-awaited as a retry.
import { setTimeout as sleep } from 'node:timers/promises';
import { EventEmitter } from 'node:events';

export type TurbinePhase = 'parked' | 'spinning-up' | 'synchronised' | 'tripped';

export interface TurbineState {
  turbineId: string;
  phase: TurbinePhase;
  rotorRpm: number;
  gridFrequencyHz: number;
  outputKw: number;
}

declare const scada: {
  readTurbineState(turbineId: string, signal?: AbortSignal): Promise<TurbineState>;
  releaseBrake(turbineId: string): Promise<void>;
  requestSync(turbineId: string): Promise<{ accepted: boolean }>;
};

export class TurbineSyncError extends Error {}

const POLL_MS = 2_000;

export class TurbineSequencer extends EventEmitter {
  constructor(private readonly turbineId: string) {
    super();
  }

  async waitForPhase(target: TurbinePhase, timeoutMs: number): Promise<TurbineState> {
    const controller = new AbortController();
    const deadline = Date.now() + timeoutMs;
    try {
      while (Date.now() < deadline) {
        const state = await scada.readTurbineState(this.turbineId, controller.signal);
        this.emit('state', state);
        if (state.phase === 'tripped') {
          throw new TurbineSyncError(`turbine ${this.turbineId} tripped at ${state.rotorRpm} rpm`);
        }
        if (state.phase === target) return state;
        await sleep(POLL_MS, undefined, { signal: controller.signal });
      }
    } finally {
      controller.abort();
    }
    throw new TurbineSyncError(`turbine ${this.turbineId} did not reach ${target} within ${timeoutMs} ms`);
  }

  async bringOnline(timeoutMs = 120_000): Promise<TurbineState> {
    const brakeReleased = scada.releaseBrake(this.turbineId);
    const watchdog = new AbortController();
    try {
      await Promise.race([
        brakeReleased,
        sleep(15_000, undefined, { signal: watchdog.signal }).then(() => {
          throw new TurbineSyncError('brake release not acknowledged');
        }),
      ]);
    } finally {
      watchdog.abort();
    }

    await this.waitForPhase('spinning-up', timeoutMs);

    const sync = await scada.requestSync(this.turbineId);
    if (!sync.accepted) {
      throw new TurbineSyncError(`grid operator refused sync for ${this.turbineId}`);
    }
    return this.waitForPhase('synchronised', timeoutMs);
  }
}

export async function bringArrayOnline(turbineIds: string[], concurrency = 2): Promise<Map<string, TurbineState | Error>> {
  const results = new Map<string, TurbineState | Error>();
  const queue = [...turbineIds];
  const worker = async (): Promise<void> => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      try {
        results.set(id, await new TurbineSequencer(id).bringOnline());
      } catch (err) {
        results.set(id, err instanceof Error ? err : new Error(String(err)));
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}
