// expect: none
// The poll loop calls this.freezer.status() anew on every iteration, so each await observes a fresh reading of the vault temperature instead of re-reading the first settled result.
import { setTimeout as sleep } from 'node:timers/promises';

export interface FreezerStatus {
  vault: string;
  tempC: number;
  doorOpen: boolean;
  compressorOn: boolean;
}

interface FreezerController {
  status(vault: string): Promise<FreezerStatus>;
  setCompressor(vault: string, on: boolean): Promise<void>;
}

interface AlarmPanel {
  raise(vault: string, message: string): Promise<void>;
}

export interface PollOptions {
  targetC: number;
  intervalMs: number;
  maxWaitMs: number;
}

const STORAGE_TARGET_C = -18;

export class VaultFreezerMonitor {
  constructor(
    private readonly freezer: FreezerController,
    private readonly alarms: AlarmPanel,
  ) {}

  async waitUntilCold(vault: string, opts: PollOptions): Promise<FreezerStatus> {
    const deadline = Date.now() + opts.maxWaitMs;
    for (;;) {
      const status = await this.freezer.status(vault);
      if (status.tempC <= opts.targetC && !status.doorOpen) return status;
      if (Date.now() >= deadline) {
        await this.alarms.raise(vault, `still at ${status.tempC.toFixed(1)}°C after ${opts.maxWaitMs / 60_000} min`);
        throw new Error(`vault ${vault} did not reach ${opts.targetC}°C`);
      }
      await sleep(opts.intervalMs);
    }
  }

  async afterAccessioning(vault: string): Promise<FreezerStatus> {
    const initial = await this.freezer.status(vault);
    if (initial.doorOpen) {
      await this.alarms.raise(vault, 'door left open after accessioning');
    }
    if (!initial.compressorOn) {
      await this.freezer.setCompressor(vault, true);
    }
    return this.waitUntilCold(vault, {
      targetC: STORAGE_TARGET_C,
      intervalMs: 30_000,
      maxWaitMs: 2 * 60 * 60_000,
    });
  }

  async sweep(vaults: string[]): Promise<string[]> {
    const warm: string[] = [];
    for (const vault of vaults) {
      const s = await this.freezer.status(vault);
      if (s.tempC > STORAGE_TARGET_C + 2) warm.push(`${vault} (${s.tempC.toFixed(1)}°C)`);
    }
    return warm;
  }
}
