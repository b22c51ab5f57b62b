// expect: no-reused-settled-promise
// withRetry is handed one already-started spinUp promise, so every retry re-awaits the same rejected attempt instead of spinning up again.
import { setTimeout as sleep } from 'node:timers/promises';

export interface WheelStatus {
  wheelId: string;
  rpm: number;
  torqueNm: number;
  direction: 'cw' | 'ccw';
}

declare const motorBus: {
  spinUp(wheelId: string, rpm: number, direction: 'cw' | 'ccw'): Promise<WheelStatus>;
  coast(wheelId: string): Promise<void>;
  faultCode(wheelId: string): Promise<number>;
};

declare const studioLog: {
  info(message: string): void;
  warn(message: string): void;
};

const TRANSIENT_FAULTS = new Set([0x12, 0x13, 0x2a]);

export class WheelFaultError extends Error {
  constructor(readonly wheelId: string, readonly code: number) {
    super(`wheel ${wheelId} fault 0x${code.toString(16)}`);
    this.name = 'WheelFaultError';
  }
}

async function withRetry<T>(attempt: Promise<T>, tries: number, label: string): Promise<T> {
  let lastError: unknown;
  for (let i = 1; i <= tries; i++) {
    try {
      return await attempt;
    } catch (err) {
      lastError = err;
      studioLog.warn(`${label}: attempt ${i}/${tries} failed (${String(err)})`);
      await sleep(150 * i);
    }
  }
  throw lastError;
}

export interface ThrowingProgram {
  centeringRpm: number;
  openingRpm: number;
  pullingRpm: number;
  direction: 'cw' | 'ccw';
}

export class PotterWheel {
  constructor(private readonly wheelId: string) {}

  private async checkFault(): Promise<void> {
    const code = await motorBus.faultCode(this.wheelId);
    if (code !== 0 && !TRANSIENT_FAULTS.has(code)) {
      throw new WheelFaultError(this.wheelId, code);
    }
  }

  async setSpeed(rpm: number, direction: 'cw' | 'ccw'): Promise<WheelStatus> {
    await this.checkFault();
    const status = await withRetry(
      motorBus.spinUp(this.wheelId, rpm, direction),
      3,
      `spin-up ${this.wheelId}@${rpm}`,
    );
    studioLog.info(`wheel ${this.wheelId} at ${status.rpm} rpm (${status.torqueNm.toFixed(1)} Nm)`);
    return status;
  }

  async runProgram(program: ThrowingProgram, phaseMs: number): Promise<WheelStatus[]> {
    const phases = [program.centeringRpm, program.openingRpm, program.pullingRpm];
    const statuses: WheelStatus[] = [];
    try {
      for (const rpm of phases) {
        statuses.push(await this.setSpeed(rpm, program.direction));
        await sleep(phaseMs);
      }
    } finally {
      await motorBus.coast(this.wheelId);
    }
    return statuses;
  }
}
