// expect: none
// The stored withResolvers deferred is settled through one guarded settle() from the reading, fault, sensor-close and timeout paths, then replaced.
import { EventEmitter } from 'node:events';

export interface PressureReading {
  boilerId: string;
  psi: number;
  waterGlassPct: number;
  at: number;
}

export interface PressureSensor extends EventEmitter {
  on(event: 'reading', listener: (r: PressureReading) => void): this;
  on(event: 'fault', listener: (err: Error) => void): this;
  on(event: 'close', listener: () => void): this;
}

export class BoilerGateClosedError extends Error {
  constructor(reason: string) {
    super(`boiler gate closed: ${reason}`);
    this.name = 'BoilerGateClosedError';
  }
}

function createDeferred(): PromiseWithResolvers<PressureReading> {
  const d = Promise.withResolvers<PressureReading>();
  // A fault may arrive before anyone is waiting; callers still see it through `ready`.
  d.promise.catch(() => undefined);
  return d;
}

export class WorkingPressureGate {
  private deferred = createDeferred();
  private settled = false;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly sensor: PressureSensor,
    private readonly workingPsi: number,
    private readonly minWaterPct: number,
    private readonly raiseTimeoutMs: number,
  ) {
    sensor.on('reading', (r) => this.onReading(r));
    sensor.on('fault', (err) => this.settle({ error: err }));
    sensor.on('close', () => {
      this.closed = true;
      this.settle({ error: new BoilerGateClosedError('sensor disconnected') });
    });
    this.armTimer();
  }

  /** Resolves with the first reading at working pressure since the last reset. */
  get ready(): Promise<PressureReading> {
    return this.deferred.promise;
  }

  reset(): void {
    if (this.closed) throw new BoilerGateClosedError('sensor disconnected');
    if (!this.settled) return;
    this.deferred = createDeferred();
    this.settled = false;
    this.armTimer();
  }

  private armTimer(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.settle({
        error: new BoilerGateClosedError(`pressure not raised within ${this.raiseTimeoutMs}ms`),
      });
    }, this.raiseTimeoutMs);
  }

  private onReading(r: PressureReading): void {
    if (r.waterGlassPct < this.minWaterPct) {
      this.settle({ error: new Error(`low water on ${r.boilerId}: ${r.waterGlassPct}%`) });
      return;
    }
    if (r.psi >= this.workingPsi) this.settle({ reading: r });
  }

  private settle(outcome: { reading: PressureReading } | { error: Error }): void {
    if (this.settled) return;
    this.settled = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    if ('reading' in outcome) this.deferred.resolve(outcome.reading);
    else this.deferred.reject(outcome.error);
  }
}

export async function departWhenReady(
  gate: WorkingPressureGate,
  openRegulator: (psi: number) => Promise<void>,
): Promise<number> {
  const reading = await gate.ready;
  await openRegulator(reading.psi);
  gate.reset();
  return reading.psi;
}
