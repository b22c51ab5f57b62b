// expect: no-multiple-settle
// The success path removes its listeners but never clears the timeout, which later fires reject on an already-resolved promise.
import { EventEmitter } from 'node:events';

export interface FurnaceReading {
  furnaceId: string;
  celsius: number;
  takenAt: number;
}

export interface FurnaceFault {
  furnaceId: string;
  code: 'THERMOCOUPLE_OPEN' | 'GAS_PRESSURE_LOW' | 'DOOR_AJAR';
  message: string;
}

export class FurnaceTimeoutError extends Error {
  constructor(readonly furnaceId: string, readonly targetC: number, readonly lastC: number | undefined) {
    super(`Furnace ${furnaceId} did not reach ${targetC}°C (last reading ${lastC ?? 'none'})`);
    this.name = 'FurnaceTimeoutError';
  }
}

declare const burnerControl: {
  setPoint(furnaceId: string, celsius: number): void;
  hold(furnaceId: string): void;
};

export class FurnaceMonitor {
  private readonly bus = new EventEmitter();
  private readonly latest = new Map<string, FurnaceReading>();

  constructor(private readonly toleranceC = 8) {
    this.bus.setMaxListeners(50);
  }

  ingest(reading: FurnaceReading): void {
    this.latest.set(reading.furnaceId, reading);
    this.bus.emit(`reading:${reading.furnaceId}`, reading);
  }

  reportFault(fault: FurnaceFault): void {
    burnerControl.hold(fault.furnaceId);
    this.bus.emit(`fault:${fault.furnaceId}`, fault);
  }

  lastReading(furnaceId: string): FurnaceReading | undefined {
    return this.latest.get(furnaceId);
  }

  rampTo(furnaceId: string, targetC: number, timeoutMs: number): Promise<FurnaceReading> {
    const current = this.latest.get(furnaceId);
    if (current && Math.abs(current.celsius - targetC) <= this.toleranceC) {
      return Promise.resolve(current);
    }

    burnerControl.setPoint(furnaceId, targetC);

    return new Promise<FurnaceReading>((resolve, reject) => {
      const readingEvent = `reading:${furnaceId}`;
      const faultEvent = `fault:${furnaceId}`;

      const onReading = (reading: FurnaceReading) => {
        if (Math.abs(reading.celsius - targetC) > this.toleranceC) return;
        this.bus.off(readingEvent, onReading);
        this.bus.off(faultEvent, onFault);
        resolve(reading);
      };

      const onFault = (fault: FurnaceFault) => {
        clearTimeout(timer);
        this.bus.off(readingEvent, onReading);
        reject(new Error(`Furnace ${furnaceId} fault ${fault.code}: ${fault.message}`));
      };

      const timer = setTimeout(() => {
        this.bus.off(readingEvent, onReading);
        this.bus.off(faultEvent, onFault);
        burnerControl.hold(furnaceId);
        reject(new FurnaceTimeoutError(furnaceId, targetC, this.latest.get(furnaceId)?.celsius));
      }, timeoutMs);

      this.bus.on(readingEvent, onReading);
      this.bus.once(faultEvent, onFault);
    });
  }
}

export async function prepareGatherCycle(monitor: FurnaceMonitor, furnaceId: string): Promise<number> {
  const melt = await monitor.rampTo(furnaceId, 1150, 20 * 60_000);
  const working = await monitor.rampTo(furnaceId, 1080, 10 * 60_000);
  return working.takenAt - melt.takenAt;
}
