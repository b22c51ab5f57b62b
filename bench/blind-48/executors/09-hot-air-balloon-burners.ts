// expect: none
// Correct: the stored ignition deferred is detached before every settle and its timer cleared, so repeated flame events cannot settle it twice.
import { EventEmitter } from 'node:events';

export interface FlameEvent {
  burner: 'left' | 'right';
  flameTempC: number;
}

interface PendingIgnition {
  promise: Promise<FlameEvent>;
  resolve: (event: FlameEvent) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

declare const valveBus: {
  openPilot(burner: 'left' | 'right'): void;
  closePilot(burner: 'left' | 'right'): void;
  spark(burner: 'left' | 'right'): void;
};

const MIN_FLAME_TEMP_C = 650;

export class BurnerIgnition {
  private readonly pending = new Map<'left' | 'right', PendingIgnition>();

  constructor(private readonly sensors: EventEmitter, private readonly ignitionTimeoutMs = 3_000) {
    sensors.on('flame', (event: FlameEvent) => this.onFlame(event));
    sensors.on('fault', (burner: 'left' | 'right', reason: string) => this.fail(burner, new Error(`burner fault: ${reason}`)));
    sensors.on('disconnect', () => {
      for (const burner of [...this.pending.keys()]) {
        this.fail(burner, new Error('flame sensor bus disconnected'));
      }
    });
  }

  ignite(burner: 'left' | 'right'): Promise<FlameEvent> {
    const existing = this.pending.get(burner);
    if (existing) return existing.promise;

    let resolve!: (event: FlameEvent) => void;
    let reject!: (err: Error) => void;
    const promise = new Promise<FlameEvent>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const timer = setTimeout(() => {
      valveBus.closePilot(burner);
      this.fail(burner, new Error(`${burner} burner did not light within ${this.ignitionTimeoutMs}ms`));
    }, this.ignitionTimeoutMs);

    this.pending.set(burner, { promise, resolve, reject, timer });
    valveBus.openPilot(burner);
    valveBus.spark(burner);
    return promise;
  }

  private onFlame(event: FlameEvent): void {
    if (event.flameTempC < MIN_FLAME_TEMP_C) return;
    const entry = this.pending.get(event.burner);
    if (!entry) return;
    this.pending.delete(event.burner);
    clearTimeout(entry.timer);
    entry.resolve(event);
  }

  private fail(burner: 'left' | 'right', err: Error): void {
    const entry = this.pending.get(burner);
    if (!entry) return;
    this.pending.delete(burner);
    clearTimeout(entry.timer);
    entry.reject(err);
  }
}

export async function preflightBurners(ignition: BurnerIgnition): Promise<FlameEvent[]> {
  const left = await ignition.ignite('left');
  const right = await ignition.ignite('right');
  return [left, right];
}
