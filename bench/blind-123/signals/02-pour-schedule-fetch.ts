// expect: none
// The caller's signal is forwarded to every fetch and to the back-off sleep, so aborting stops both in-flight requests and pending waits.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PourSlot {
  bellId: string;
  alloy: 'bell-bronze' | 'brass';
  massKg: number;
  scheduledAt: string;
}

export interface ScheduleClientOptions {
  baseUrl: string;
  token: string;
  attempts?: number;
}

export class PourScheduleClient {
  constructor(private readonly opts: ScheduleClientOptions) {}

  async slotsForWeek(weekStart: string, signal: AbortSignal): Promise<PourSlot[]> {
    const url = `${this.opts.baseUrl}/foundry/pours?week=${encodeURIComponent(weekStart)}`;
    const body = await this.getJson<{ slots: PourSlot[] }>(url, signal);
    return body.slots.sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  }

  async metalNeeded(weekStart: string, signal: AbortSignal): Promise<Record<string, number>> {
    const slots = await this.slotsForWeek(weekStart, signal);
    const totals: Record<string, number> = {};
    for (const slot of slots) {
      // allow 12% for runners, risers and the skim
      totals[slot.alloy] = (totals[slot.alloy] ?? 0) + Math.ceil(slot.massKg * 1.12);
    }
    return totals;
  }

  private async getJson<T>(url: string, signal: AbortSignal): Promise<T> {
    const attempts = this.opts.attempts ?? 4;
    let lastError: unknown;
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (attempt > 0) {
        await sleep(250 * 2 ** attempt, undefined, { signal });
      }
      let res: Response;
      try {
        res = await fetch(url, {
          headers: { authorization: `Bearer ${this.opts.token}` },
          signal,
        });
      } catch (err) {
        if (signal.aborted) throw err;
        lastError = err;
        continue;
      }
      if (res.ok) return (await res.json()) as T;
      lastError = new Error(`foundry schedule ${res.status} ${res.statusText}`);
      await res.body?.cancel();
      if (res.status < 500 && res.status !== 429) break;
    }
    throw lastError instanceof Error ? lastError : new Error(String(lastError));
  }
}

export async function printWeek(client: PourScheduleClient, weekStart: string, timeoutMs = 10_000): Promise<string[]> {
  const signal = AbortSignal.timeout(timeoutMs);
  const slots = await client.slotsForWeek(weekStart, signal);
  return slots.map((s) => `${s.scheduledAt}  ${s.bellId.padEnd(10)} ${s.alloy.padEnd(12)} ${s.massKg} kg`);
}
