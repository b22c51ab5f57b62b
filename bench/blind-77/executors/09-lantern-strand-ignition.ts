// expect: no-multiple-settle
// Bug: the timeout timer in waitForLit is never cleared, so after a 'lit' or 'fault' settles the promise the timer still fires reject().
export interface LitEvent {
  lanternId: string;
  lumens: number;
  wickTempC: number;
}

export interface FaultEvent {
  lanternId: string;
  reason: 'paper-scorch' | 'wick-out' | 'bus-timeout';
}

export interface LanternStrand extends EventTarget {
  readonly strandId: string;
  ignite(lanternId: string, intensity: number): void;
  extinguish(lanternId: string): void;
}

declare const festivalLog: { info(msg: string, data?: object): void; warn(msg: string, data?: object): void };

export function waitForLit(strand: LanternStrand, lanternId: string, timeoutMs = 4000): Promise<LitEvent> {
  return new Promise<LitEvent>((resolve, reject) => {
    const detach = () => {
      strand.removeEventListener('lit', onLit);
      strand.removeEventListener('fault', onFault);
    };

    const onLit = (ev: Event) => {
      const detail = (ev as CustomEvent<LitEvent>).detail;
      if (detail.lanternId !== lanternId) return;
      detach();
      resolve(detail);
    };

    const onFault = (ev: Event) => {
      const detail = (ev as CustomEvent<FaultEvent>).detail;
      if (detail.lanternId !== lanternId) return;
      detach();
      reject(new Error(`lantern ${lanternId} on ${strand.strandId} faulted: ${detail.reason}`));
    };

    strand.addEventListener('lit', onLit);
    strand.addEventListener('fault', onFault);

    setTimeout(() => {
      detach();
      reject(new Error(`lantern ${lanternId} did not light within ${timeoutMs}ms`));
    }, timeoutMs);
  });
}

export interface IgnitionPlan {
  lanternIds: string[];
  intensity: number;
  staggerMs: number;
}

export class StrandSequencer {
  private readonly litAt = new Map<string, number>();

  constructor(private readonly strand: LanternStrand) {}

  async lightSequence(plan: IgnitionPlan): Promise<{ lit: string[]; failed: string[] }> {
    const lit: string[] = [];
    const failed: string[] = [];

    for (const lanternId of plan.lanternIds) {
      const waiting = waitForLit(this.strand, lanternId);
      this.strand.ignite(lanternId, plan.intensity);
      try {
        const ev = await waiting;
        this.litAt.set(lanternId, Date.now());
        lit.push(lanternId);
        festivalLog.info('lantern lit', { lanternId, lumens: ev.lumens });
      } catch (err) {
        failed.push(lanternId);
        this.strand.extinguish(lanternId);
        festivalLog.warn('lantern skipped', { lanternId, error: String(err) });
      }
      await new Promise<void>((r) => setTimeout(r, plan.staggerMs));
    }

    return { lit, failed };
  }

  burnMinutes(lanternId: string, now = Date.now()): number {
    const since = this.litAt.get(lanternId);
    return since === undefined ? 0 : (now - since) / 60_000;
  }
}
