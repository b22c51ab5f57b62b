// expect: require-signal-propagation
// pollController checks the signal between polls but waits with delay(intervalMs) without passing the signal, so an abort is not honoured until the full poll interval elapses.
import { EventEmitter } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

export interface CarStatus {
  carId: string;
  floor: number;
  doorState: 'open' | 'closed' | 'obstructed';
  faultCodes: string[];
  motorTempC: number;
}

export interface MonitorOptions {
  controllerUrl: string;
  intervalMs: number;
  motorTempLimitC: number;
  signal: AbortSignal;
}

export interface FaultEvent {
  carId: string;
  code: string;
  firstSeen: Date;
}

const IGNORED_CODES = new Set(['E00', 'I12']); // heartbeat and door-chime info codes

export class ElevatorFaultMonitor extends EventEmitter {
  private readonly openFaults = new Map<string, FaultEvent>();

  constructor(private readonly buildingId: string) {
    super();
  }

  private async readStatus(opts: MonitorOptions): Promise<CarStatus[]> {
    const res = await fetch(`${opts.controllerUrl}/buildings/${this.buildingId}/cars`, {
      headers: { accept: 'application/json' },
      signal: opts.signal,
    });
    if (!res.ok) {
      throw new Error(`controller returned HTTP ${res.status}`);
    }
    return (await res.json()) as CarStatus[];
  }

  private diff(cars: CarStatus[], tempLimit: number): void {
    const seen = new Set<string>();
    for (const car of cars) {
      const codes = car.faultCodes.filter((c) => !IGNORED_CODES.has(c));
      if (car.motorTempC > tempLimit) codes.push('MOTOR_OVERTEMP');
      for (const code of codes) {
        const key = `${car.carId}:${code}`;
        seen.add(key);
        if (!this.openFaults.has(key)) {
          const event: FaultEvent = { carId: car.carId, code, firstSeen: new Date() };
          this.openFaults.set(key, event);
          this.emit('fault-raised', event);
        }
      }
    }
    for (const [key, event] of this.openFaults) {
      if (!seen.has(key)) {
        this.openFaults.delete(key);
        this.emit('fault-cleared', event);
      }
    }
  }

  async pollController(opts: MonitorOptions): Promise<void> {
    let consecutiveErrors = 0;
    try {
      for (;;) {
        opts.signal.throwIfAborted();
        try {
          const cars = await this.readStatus(opts);
          consecutiveErrors = 0;
          this.diff(cars, opts.motorTempLimitC);
        } catch (err) {
          if (opts.signal.aborted) throw err;
          consecutiveErrors += 1;
          this.emit('poll-error', err, consecutiveErrors);
        }
        await delay(opts.intervalMs);
      }
    } finally {
      this.emit('stopped', this.buildingId);
    }
  }
}
