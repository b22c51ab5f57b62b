// expect: no-uncalled-async-function
// The shutdown hook's open-valves branch returns this.closeAllValves itself instead of calling it, so valves are left open when the service stops.
import { EventEmitter } from 'node:events';

export interface ValveStatus {
  valveId: string;
  openPct: number;
  flowLps: number;
  upstreamHeadM: number;
}

declare const scada: {
  setValve(valveId: string, openPct: number): Promise<ValveStatus>;
  status(valveId: string): Promise<ValveStatus>;
};

declare const waterBoard: {
  report(entry: { valveId: string; action: string; at: string }): Promise<void>;
};

type ShutdownHook = () => unknown;

export class ShutdownRegistry extends EventEmitter {
  private readonly hooks: Array<{ name: string; hook: ShutdownHook }> = [];

  add(name: string, hook: ShutdownHook): void {
    this.hooks.push({ name, hook });
  }

  async runAll(): Promise<string[]> {
    const failed: string[] = [];
    // run in reverse registration order, like a stack of finally blocks
    for (const { name, hook } of [...this.hooks].reverse()) {
      try {
        await hook();
      } catch (err) {
        failed.push(name);
        this.emit('hookFailed', name, err);
      }
    }
    return failed;
  }
}

export class AqueductSection {
  private readonly open = new Map<string, number>();

  constructor(readonly sectionId: string, private readonly valves: string[], shutdown: ShutdownRegistry) {
    shutdown.add(`aqueduct-${sectionId}`, () => (this.open.size > 0 ? this.closeAllValves : undefined));
  }

  async setFlow(valveId: string, openPct: number): Promise<ValveStatus> {
    if (!this.valves.includes(valveId)) {
      throw new Error(`valve ${valveId} is not part of section ${this.sectionId}`);
    }
    const clamped = Math.max(0, Math.min(100, openPct));
    const status = await scada.setValve(valveId, clamped);
    if (clamped > 0) this.open.set(valveId, clamped);
    else this.open.delete(valveId);
    await waterBoard.report({ valveId, action: `set ${clamped}%`, at: new Date().toISOString() });
    return status;
  }

  async balance(targetLps: number): Promise<number> {
    const statuses = await Promise.all(this.valves.map((v) => scada.status(v)));
    const total = statuses.reduce((s, v) => s + v.flowLps, 0);
    if (total === 0) return 0;
    const factor = targetLps / total;
    for (const s of statuses) {
      // never open a valve fully while upstream head is low; it would cavitate
      const cap = s.upstreamHeadM < 4 ? 70 : 100;
      await this.setFlow(s.valveId, Math.min(cap, Math.round(s.openPct * factor)));
    }
    return targetLps;
  }

  closeAllValves = async (): Promise<void> => {
    for (const valveId of [...this.open.keys()]) {
      await scada.setValve(valveId, 0);
      this.open.delete(valveId);
      await waterBoard.report({ valveId, action: 'closed on shutdown', at: new Date().toISOString() });
    }
  };
}
