// expect: none
// this.limits is assigned in the constructor's .then callback, but every method awaits this.ready before reading it, and ready has a no-op catch so a failed load is only reported to callers
import { EventEmitter, once } from "node:events";

export interface MooringLimits {
  raftId: string;
  maxTensionKn: number;
  warnTensionKn: number;
  anchorCount: number;
}

export interface TensionSample {
  anchor: number;
  kn: number;
  at: Date;
}

declare const farmConfig: {
  mooringLimits(raftId: string): Promise<MooringLimits>;
};
declare const loadCells: EventEmitter;
declare const harbourAlerts: {
  raise(raftId: string, message: string): Promise<void>;
};

export class MooringMonitor {
  private limits: MooringLimits | null = null;
  private readonly ready: Promise<void>;
  private readonly peaks = new Map<number, number>();

  constructor(readonly raftId: string) {
    this.ready = farmConfig.mooringLimits(raftId).then((limits) => {
      this.limits = limits;
    });
    this.ready.catch(() => undefined);
  }

  private async requireLimits(): Promise<MooringLimits> {
    await this.ready;
    if (!this.limits) throw new Error(`no mooring limits for raft ${this.raftId}`);
    return this.limits;
  }

  async record(sample: TensionSample): Promise<"ok" | "warn" | "alarm"> {
    const limits = await this.requireLimits();
    if (sample.anchor < 1 || sample.anchor > limits.anchorCount) {
      throw new Error(`raft ${this.raftId} has no anchor ${sample.anchor}`);
    }
    this.peaks.set(sample.anchor, Math.max(this.peaks.get(sample.anchor) ?? 0, sample.kn));
    if (sample.kn >= limits.maxTensionKn) {
      await harbourAlerts.raise(this.raftId, `anchor ${sample.anchor} at ${sample.kn}kN (max ${limits.maxTensionKn})`);
      return "alarm";
    }
    return sample.kn >= limits.warnTensionKn ? "warn" : "ok";
  }

  async collect(samples: number): Promise<TensionSample[]> {
    const limits = await this.requireLimits();
    const collected: TensionSample[] = [];
    while (collected.length < samples) {
      const [sample] = (await once(loadCells, "sample")) as [TensionSample];
      if (sample.anchor <= limits.anchorCount) collected.push(sample);
    }
    return collected;
  }

  async stormReport(): Promise<string> {
    const limits = await this.requireLimits();
    const worst = [...this.peaks.entries()].sort((a, b) => b[1] - a[1])[0];
    if (!worst) return `raft ${this.raftId}: no tension samples yet`;
    const pct = Math.round((worst[1] / limits.maxTensionKn) * 100);
    return `raft ${this.raftId}: peak ${worst[1]}kN on anchor ${worst[0]} (${pct}% of limit)`;
  }
}
