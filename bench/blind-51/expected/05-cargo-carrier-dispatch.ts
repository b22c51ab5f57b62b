// expect: no-uncalled-async-function
// The runExclusive task returns line.park (the method) on the stopped-line branch instead of calling it, so carriers on a stopped line are never parked.
export interface CargoCarrier {
  carrierId: string;
  weightKg: number;
  destination: string;
}

export interface RopewayLine {
  lineId: string;
  capacityKg: number;
  running: boolean;
  park(): Promise<void>;
  load(carrier: CargoCarrier): Promise<void>;
}

declare const manifestService: {
  record(carrierId: string, status: 'dispatched' | 'rejected' | 'held', reason?: string): Promise<void>;
};
declare const ropewayLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
};

export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  runExclusive<T>(task: () => T): Promise<Awaited<T>> {
    const run = this.tail.then(task, task) as Promise<Awaited<T>>;
    this.tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }
}

export class CarrierDispatcher {
  private readonly lock = new Mutex();
  private dispatched = 0;

  constructor(private readonly lines: Map<string, RopewayLine>) {}

  private async rejectCarrier(carrier: CargoCarrier, reason: string): Promise<void> {
    await manifestService.record(carrier.carrierId, 'rejected', reason);
    ropewayLog.info('carrier rejected', { carrierId: carrier.carrierId, reason });
  }

  private async dispatchCarrier(carrier: CargoCarrier, line: RopewayLine): Promise<void> {
    await line.load(carrier);
    await manifestService.record(carrier.carrierId, 'dispatched');
    this.dispatched += 1;
  }

  async submit(carrier: CargoCarrier): Promise<void> {
    const line = this.lines.get(carrier.destination);
    if (!line) {
      await this.rejectCarrier(carrier, `no line serves ${carrier.destination}`);
      return;
    }

    await this.lock.runExclusive(() => {
      if (carrier.weightKg > line.capacityKg) {
        return this.rejectCarrier(carrier, `overweight: ${carrier.weightKg}kg > ${line.capacityKg}kg`);
      }
      if (!line.running) {
        ropewayLog.info('line stopped, parking carriers', { lineId: line.lineId });
        return line.park;
      }
      return this.dispatchCarrier(carrier, line);
    });
  }

  async submitAll(carriers: CargoCarrier[]): Promise<number> {
    const before = this.dispatched;
    for (const carrier of carriers) {
      await this.submit(carrier);
    }
    return this.dispatched - before;
  }

  get totalDispatched(): number {
    return this.dispatched;
  }
}

export function heaviestFirst(carriers: readonly CargoCarrier[]): CargoCarrier[] {
  return [...carriers].sort((a, b) => b.weightKg - a.weightKg);
}
