// expect: no-reused-settled-promise
// waitForPressure starts one gauge read before the loop and awaits that same settled promise on every poll, so it never sees the pressure rise.
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface BellowsConfig {
  bellowsId: string;
  targetKpa: number;
  pollIntervalMs: number;
  spinUpTimeoutMs: number;
}

export interface PumpStatus {
  bellowsId: string;
  running: boolean;
  kpa: number;
  motorAmps: number;
}

declare const pumpController: {
  start(bellowsId: string): Promise<void>;
  stop(bellowsId: string): Promise<void>;
  motorAmps(bellowsId: string): Promise<number>;
};

declare const gauge: {
  readKpa(bellowsId: string): Promise<number>;
};

export class BellowsPump extends EventEmitter {
  private running = false;

  constructor(private readonly config: BellowsConfig) {
    super();
  }

  async spinUp(): Promise<number> {
    if (this.running) {
      return gauge.readKpa(this.config.bellowsId);
    }
    await pumpController.start(this.config.bellowsId);
    this.running = true;
    try {
      const kpa = await this.waitForPressure(this.config.targetKpa, this.config.spinUpTimeoutMs);
      this.emit('wind-ready', { bellowsId: this.config.bellowsId, kpa });
      return kpa;
    } catch (err) {
      await pumpController.stop(this.config.bellowsId);
      this.running = false;
      throw err;
    }
  }

  async waitForPressure(targetKpa: number, timeoutMs: number): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    const sample = gauge.readKpa(this.config.bellowsId);
    let last = 0;
    while (Date.now() < deadline) {
      last = await sample;
      if (last >= targetKpa) {
        return last;
      }
      await sleep(this.config.pollIntervalMs);
    }
    throw new Error(
      `bellows ${this.config.bellowsId} reached only ${last.toFixed(2)} kPa of ${targetKpa} within ${timeoutMs}ms`,
    );
  }

  async status(): Promise<PumpStatus> {
    const [kpa, motorAmps] = await Promise.all([
      gauge.readKpa(this.config.bellowsId),
      pumpController.motorAmps(this.config.bellowsId),
    ]);
    return { bellowsId: this.config.bellowsId, running: this.running, kpa, motorAmps };
  }

  async shutdown(): Promise<void> {
    if (!this.running) return;
    await pumpController.stop(this.config.bellowsId);
    this.running = false;
    this.emit('wind-off', { bellowsId: this.config.bellowsId });
  }
}
