// expect: none
// The aspect wait ignores non-matching aspect events and settles once through a guarded settle helper on match, offline or timeout, detaching its listeners and clearing the timer each time.
import { EventEmitter } from 'node:events';

export type Aspect = 'danger' | 'caution' | 'preliminary-caution' | 'clear';

export interface AspectChange {
  signalId: string;
  aspect: Aspect;
  at: number;
}

export class SignalBox extends EventEmitter {
  private readonly current = new Map<string, Aspect>();

  report(change: AspectChange): void {
    this.current.set(change.signalId, change.aspect);
    this.emit('aspect', change);
  }

  goOffline(reason: string): void {
    this.emit('offline', reason);
  }

  aspectOf(signalId: string): Aspect {
    return this.current.get(signalId) ?? 'danger';
  }

  waitForAspect(signalId: string, wanted: readonly Aspect[], timeoutMs = 10_000): Promise<AspectChange> {
    const now = this.aspectOf(signalId);
    if (wanted.includes(now)) {
      return Promise.resolve({ signalId, aspect: now, at: Date.now() });
    }

    return new Promise<AspectChange>((resolve, reject) => {
      let settled = false;

      const settle = (fn: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.off('aspect', onAspect);
        this.off('offline', onOffline);
        fn();
      };

      const onAspect = (change: AspectChange): void => {
        if (change.signalId !== signalId || !wanted.includes(change.aspect)) return;
        settle(() => resolve(change));
      };

      const onOffline = (reason: string): void => {
        settle(() => reject(new Error(`signal box offline while waiting on ${signalId}: ${reason}`)));
      };

      const timer = setTimeout(() => {
        settle(() => reject(new Error(`${signalId} stayed at ${this.aspectOf(signalId)} for ${timeoutMs}ms`)));
      }, timeoutMs);

      this.on('aspect', onAspect);
      this.on('offline', onOffline);
    });
  }
}

export async function departWhenClear(
  box: SignalBox,
  starterSignal: string,
  depart: () => Promise<void>,
): Promise<AspectChange> {
  const change = await box.waitForAspect(starterSignal, ['clear', 'preliminary-caution', 'caution']);
  await depart();
  return change;
}

export function isRestrictive(aspect: Aspect): boolean {
  return aspect === 'danger' || aspect === 'caution';
}
