// expect: require-signal-propagation
// runZone receives opts.signal and hands it to fetch and the settle delay, but the long soak wait uses timers/promises setTimeout without it, so aborting cannot interrupt a running zone.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ZonePlan {
  zoneId: string;
  valveIds: string[];
  soakMinutes: number;
  flowLitresPerMin: number;
}

export interface RunOptions {
  signal: AbortSignal;
  dryRun?: boolean;
}

export interface ZoneResult {
  zoneId: string;
  startedAt: Date;
  finishedAt: Date;
  litresDelivered: number;
}

const VALVE_SETTLE_MS = 1_500;
const CLOSE_DEADLINE_MS = 5_000;

export class IrrigationController {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
  ) {}

  private async setValve(valveId: string, state: 'open' | 'closed', signal: AbortSignal): Promise<void> {
    const res = await fetch(`${this.baseUrl}/valves/${encodeURIComponent(valveId)}`, {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${this.apiKey}`,
      },
      body: JSON.stringify({ state }),
      signal,
    });
    if (!res.ok) {
      throw new Error(`valve ${valveId} rejected state ${state}: HTTP ${res.status}`);
    }
  }

  private async closeAll(valveIds: string[]): Promise<void> {
    // Closing has its own deadline: it must still run after the caller cancels.
    const results = await Promise.allSettled(
      valveIds.map((id) => this.setValve(id, 'closed', AbortSignal.timeout(CLOSE_DEADLINE_MS))),
    );
    const failed = valveIds.filter((_, i) => results[i].status === 'rejected');
    if (failed.length > 0) {
      console.error(`[irrigation] valves still open after close attempt: ${failed.join(', ')}`);
    }
  }

  async runZone(plan: ZonePlan, opts: RunOptions): Promise<ZoneResult> {
    const { signal } = opts;
    signal.throwIfAborted();

    const startedAt = new Date();
    const opened: string[] = [];
    try {
      for (const valveId of plan.valveIds) {
        if (!opts.dryRun) {
          await this.setValve(valveId, 'open', signal);
        }
        opened.push(valveId);
      }
      await sleep(VALVE_SETTLE_MS, undefined, { signal });
      await sleep(plan.soakMinutes * 60_000);
    } finally {
      if (!opts.dryRun && opened.length > 0) {
        await this.closeAll(opened);
      }
    }

    return {
      zoneId: plan.zoneId,
      startedAt,
      finishedAt: new Date(),
      litresDelivered: opts.dryRun ? 0 : plan.flowLitresPerMin * plan.soakMinutes,
    };
  }

  async runSchedule(plans: ZonePlan[], opts: RunOptions): Promise<ZoneResult[]> {
    const results: ZoneResult[] = [];
    for (const plan of plans) {
      opts.signal.throwIfAborted();
      results.push(await this.runZone(plan, opts));
    }
    return results;
  }
}
