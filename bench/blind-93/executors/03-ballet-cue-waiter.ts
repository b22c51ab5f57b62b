// expect: none
// The 'cue' listener uses on() because it filters by name, but every settle path runs cleanup() first, removing it, the timer and the abort hook.
import { EventEmitter } from 'node:events';

export type CueName = `LX${number}` | `SQ${number}` | `FLY${number}` | 'HOUSE_OUT' | 'CURTAIN';

export interface CueEvent {
  name: CueName;
  firedAt: number;
  operator: string;
}

export interface WaitOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Stage-management cue bus fed by the prompt desk. */
export class CueBus extends EventEmitter {
  fire(name: CueName, operator: string): void {
    this.emit('cue', { name, firedAt: Date.now(), operator } satisfies CueEvent);
  }
}

export function waitForCue(bus: CueBus, name: CueName, opts: WaitOptions = {}): Promise<CueEvent> {
  const { timeoutMs = 30_000, signal } = opts;

  return new Promise<CueEvent>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }

    const onCue = (event: CueEvent) => {
      if (event.name !== name) return;
      cleanup();
      resolve(event);
    };
    const onBusError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onAbort = () => {
      cleanup();
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`cue ${name} was not called within ${timeoutMs}ms`));
    }, timeoutMs);

    function cleanup(): void {
      clearTimeout(timer);
      bus.off('cue', onCue);
      bus.off('error', onBusError);
      signal?.removeEventListener('abort', onAbort);
    }

    bus.on('cue', onCue);
    bus.once('error', onBusError);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export async function runActOpening(bus: CueBus, signal: AbortSignal): Promise<number> {
  const start = Date.now();
  await waitForCue(bus, 'HOUSE_OUT', { signal, timeoutMs: 10 * 60_000 });
  await waitForCue(bus, 'LX1', { signal });
  const curtain = await waitForCue(bus, 'CURTAIN', { signal });
  return curtain.firedAt - start;
}
