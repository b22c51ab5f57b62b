// expect: no-reused-settled-promise
// waitForWindPressure polls by awaiting one status promise created before the loop, so it sees the same startup reading every iteration until it times out.
import { setTimeout as delay } from 'node:timers/promises';

export interface BlowerStatus {
  running: boolean;
  staticPressureMmH2O: number;
  motorAmps: number;
  reservoirFull: boolean;
}

export interface OrganDivision {
  name: 'great' | 'swell' | 'choir' | 'pedal' | 'solo';
  windPressureMmH2O: number;
}

export interface BlowerClient {
  start(): Promise<void>;
  stop(): Promise<void>;
  readStatus(): Promise<BlowerStatus>;
}

declare const consoleDisplay: {
  show(line: string): void;
};

export class BlowerStartupError extends Error {
  constructor(message: string, readonly lastStatus?: BlowerStatus) {
    super(message);
    this.name = 'BlowerStartupError';
  }
}

export class OrganWindSystem {
  constructor(
    private readonly blower: BlowerClient,
    private readonly divisions: OrganDivision[],
    private readonly maxMotorAmps = 18,
  ) {}

  private requiredPressure(): number {
    return Math.max(...this.divisions.map((d) => d.windPressureMmH2O)) * 1.1;
  }

  async waitForWindPressure(target: number, timeoutMs: number): Promise<BlowerStatus> {
    const deadline = Date.now() + timeoutMs;
    const status = this.blower.readStatus();
    let last: BlowerStatus | undefined;
    while (Date.now() < deadline) {
      last = await status;
      if (last.motorAmps > this.maxMotorAmps) {
        throw new BlowerStartupError(`blower motor drawing ${last.motorAmps} A`, last);
      }
      if (last.running && last.reservoirFull && last.staticPressureMmH2O >= target) {
        return last;
      }
      consoleDisplay.show(`wind ${last.staticPressureMmH2O.toFixed(0)}/${target.toFixed(0)} mm`);
      await delay(500);
    }
    throw new BlowerStartupError(`wind did not reach ${target.toFixed(0)} mm within ${timeoutMs} ms`, last);
  }

  async startForService(timeoutMs = 45_000): Promise<BlowerStatus> {
    const target = this.requiredPressure();
    await this.blower.start();
    try {
      const status = await this.waitForWindPressure(target, timeoutMs);
      consoleDisplay.show('wind ready');
      return status;
    } catch (err) {
      await this.blower.stop();
      throw err;
    }
  }

  divisionsUnderPressure(status: BlowerStatus): OrganDivision['name'][] {
    return this.divisions
      .filter((d) => status.staticPressureMmH2O < d.windPressureMmH2O)
      .map((d) => d.name);
  }
}
