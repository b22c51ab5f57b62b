// expect: no-multiple-settle
// The polling interval is cleared on the fault and timeout paths but not when all channels report armed, so it keeps ticking and calls resolve (and may later call reject) again and again.
import { EventEmitter } from 'node:events';

export type ChannelState = 'safe' | 'armed' | 'fault';

export interface FiringConsole {
  channelStates(): Record<string, ChannelState>;
  armChannel(channel: string): void;
  disarmAll(): void;
  fire(blastId: string): void;
}

export interface BlastPlan {
  blastId: string;
  channels: string[];
  armWindowMs: number;
  pollMs?: number;
}

export interface ArmProgress {
  blastId: string;
  armed: number;
  total: number;
}

export class BlastSequencer extends EventEmitter {
  constructor(private readonly firing: FiringConsole) {
    super();
  }

  waitForArmed(plan: BlastPlan): Promise<string[]> {
    const pollMs = plan.pollMs ?? 250;
    const started = Date.now();

    return new Promise<string[]>((resolve, reject) => {
      const poll = setInterval(() => {
        const states = this.firing.channelStates();
        const faulted = plan.channels.filter((c) => states[c] === 'fault');
        if (faulted.length > 0) {
          clearInterval(poll);
          this.firing.disarmAll();
          reject(new Error(`blast ${plan.blastId}: faulted channels ${faulted.join(', ')}`));
          return;
        }

        const armed = plan.channels.filter((c) => states[c] === 'armed');
        const progress: ArmProgress = { blastId: plan.blastId, armed: armed.length, total: plan.channels.length };
        this.emit('progress', progress);

        if (armed.length === plan.channels.length) {
          this.emit('armed', plan.blastId);
          resolve(armed);
          return;
        }

        if (Date.now() - started > plan.armWindowMs) {
          clearInterval(poll);
          this.firing.disarmAll();
          reject(new Error(`blast ${plan.blastId}: arm window of ${plan.armWindowMs}ms elapsed`));
        }
      }, pollMs);
    });
  }

  async run(plan: BlastPlan, sirenClear: () => Promise<boolean>): Promise<void> {
    if (!(await sirenClear())) {
      throw new Error(`blast ${plan.blastId}: exclusion zone not confirmed clear`);
    }
    for (const channel of plan.channels) {
      this.firing.armChannel(channel);
    }
    await this.waitForArmed(plan);
    this.firing.fire(plan.blastId);
    this.emit('fired', plan.blastId);
  }
}

export function describeProgress(p: ArmProgress): string {
  const pct = p.total === 0 ? 100 : Math.round((p.armed / p.total) * 100);
  return `${p.blastId}: ${p.armed}/${p.total} channels armed (${pct}%)`;
}
