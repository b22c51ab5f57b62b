// expect: none
// The shutdown signal is passed to events.once and timers, the abort listener is removed in finally, and AbortErrors are rethrown after the belts are stopped.
import { EventEmitter, once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

export interface BeltState {
  beltId: string;
  running: boolean;
  loadKg: number;
}

interface SortingLine extends EventEmitter {
  readonly lineId: string;
  belts(): BeltState[];
  stopInfeed(): Promise<void>;
  stopBelt(beltId: string): Promise<void>;
  emergencyStop(): void;
}

declare const plantLog: {
  info(msg: string, meta?: object): void;
  warn(msg: string, meta?: object): void;
};

const BELT_CLEAR_KG = 2;

async function waitUntilClear(line: SortingLine, beltId: string, signal: AbortSignal): Promise<void> {
  for (;;) {
    const belt = line.belts().find((b) => b.beltId === beltId);
    if (!belt || belt.loadKg <= BELT_CLEAR_KG) return;
    await once(line, 'load-sample', { signal });
  }
}

export async function controlledShutdown(line: SortingLine, options: { signal: AbortSignal; settleMs?: number }): Promise<string[]> {
  const { signal } = options;
  const stopped: string[] = [];
  const onAbort = () => {
    plantLog.warn('controlled shutdown aborted, tripping emergency stop', { lineId: line.lineId });
    line.emergencyStop();
  };
  signal.addEventListener('abort', onAbort, { once: true });

  try {
    signal.throwIfAborted();
    await line.stopInfeed();

    const downstreamFirst = [...line.belts()].reverse();
    for (const belt of downstreamFirst) {
      if (!belt.running) continue;
      await waitUntilClear(line, belt.beltId, signal);
      await line.stopBelt(belt.beltId);
      stopped.push(belt.beltId);
      await delay(options.settleMs ?? 1_500, undefined, { signal });
    }

    plantLog.info('sorting line shut down cleanly', { lineId: line.lineId, belts: stopped.length });
    return stopped;
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') {
      plantLog.warn('shutdown interrupted after stopping belts', { lineId: line.lineId, stopped });
    }
    throw err;
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

export function shutdownOnSignal(line: SortingLine, processSignal: NodeJS.Signals, graceMs: number): Promise<string[]> {
  return once(process, processSignal).then(() =>
    controlledShutdown(line, { signal: AbortSignal.timeout(graceMs) }),
  );
}
