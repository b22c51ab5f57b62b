// expect: no-multiple-settle
// waitForState registers a 'status' listener with on() and never removes it, so it keeps firing on every PLC broadcast and settles again for every later matching/fault status.
import { EventEmitter } from 'node:events';

export type BeltState = 'stopped' | 'starting' | 'running' | 'stopping';

export interface CarouselStatus {
  carouselId: string;
  state: BeltState;
  fault?: string;
  bagsOnBelt: number;
}

export interface PlcBus extends EventEmitter {
  write(carouselId: string, register: string, value: number): Promise<void>;
}

export class CarouselFaultError extends Error {
  constructor(
    readonly carouselId: string,
    readonly fault: string,
  ) {
    super(`carousel ${carouselId} fault: ${fault}`);
  }
}

export class CarouselController {
  private readonly assignments = new Map<string, string>();

  constructor(
    private readonly plc: PlcBus,
    private readonly stateTimeoutMs = 15_000,
  ) {}

  async openForFlight(carouselId: string, flightNo: string): Promise<void> {
    const current = this.assignments.get(carouselId);
    if (current && current !== flightNo) {
      throw new Error(`carousel ${carouselId} is still assigned to ${current}`);
    }
    this.assignments.set(carouselId, flightNo);
    await this.plc.write(carouselId, 'FIDS_FLIGHT', Number(flightNo.replace(/\D/g, '')));
    await this.plc.write(carouselId, 'MOTOR_CMD', 1);
    await this.waitForState(carouselId, 'running');
  }

  async close(carouselId: string): Promise<void> {
    await this.plc.write(carouselId, 'MOTOR_CMD', 0);
    await this.waitForState(carouselId, 'stopped');
    this.assignments.delete(carouselId);
    await this.plc.write(carouselId, 'FIDS_FLIGHT', 0);
  }

  flightFor(carouselId: string): string | undefined {
    return this.assignments.get(carouselId);
  }

  private waitForState(carouselId: string, target: BeltState): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`carousel ${carouselId} did not reach ${target} within ${this.stateTimeoutMs}ms`));
      }, this.stateTimeoutMs);

      this.plc.on('status', (status: CarouselStatus) => {
        if (status.carouselId !== carouselId) return;
        if (status.fault) {
          clearTimeout(timer);
          reject(new CarouselFaultError(carouselId, status.fault));
          return;
        }
        if (status.state === target) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
  }
}
