// expect: no-swallowed-abort
// syncMeterReads wraps every failure, including an AbortError from shutdown, in a plain MeterSyncError without the cause, so cancelled syncs get flagged as faulty meters.
import { setTimeout as sleep } from "node:timers/promises";

export interface MeterRead {
  meterId: string;
  cubicMetres: number;
  readAt: string;
  tamperFlag: boolean;
}

export interface SyncContext {
  districtId: string;
  since: string;
  signal: AbortSignal;
}

export class MeterSyncError extends Error {
  constructor(readonly meterId: string, message: string) {
    super(message);
    this.name = "MeterSyncError";
  }
}

declare const headEnd: {
  baseUrl: string;
  apiKey: string;
};

declare const ledger: {
  appendReads(meterId: string, reads: MeterRead[]): Promise<number>;
  flagMeter(meterId: string, reason: string): Promise<void>;
};

async function pullReads(meterId: string, ctx: SyncContext): Promise<MeterRead[]> {
  const url = new URL(`/districts/${ctx.districtId}/meters/${meterId}/reads`, headEnd.baseUrl);
  url.searchParams.set("since", ctx.since);
  const res = await fetch(url, { headers: { "x-api-key": headEnd.apiKey }, signal: ctx.signal });
  if (!res.ok) {
    throw new Error(`head-end ${res.status}`);
  }
  return (await res.json()) as MeterRead[];
}

export async function syncMeterReads(meterId: string, ctx: SyncContext): Promise<number> {
  try {
    const reads = await pullReads(meterId, ctx);
    const accepted = reads.filter((r) => r.cubicMetres >= 0 && !r.tamperFlag);
    if (accepted.length < reads.length) {
      await ledger.flagMeter(meterId, `${reads.length - accepted.length} reads rejected`);
    }
    return await ledger.appendReads(meterId, accepted);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new MeterSyncError(meterId, `sync of ${meterId} failed: ${detail}`);
  }
}

export async function syncDistrict(meterIds: string[], ctx: SyncContext): Promise<{ synced: number; faulty: string[] }> {
  let synced = 0;
  const faulty: string[] = [];

  for (const id of meterIds) {
    try {
      synced += await syncMeterReads(id, ctx);
    } catch (err) {
      if (err instanceof MeterSyncError) {
        faulty.push(err.meterId);
        await ledger.flagMeter(err.meterId, err.message);
        continue;
      }
      throw err;
    }
    // The head-end rate-limits per district
    await sleep(150, undefined, { signal: ctx.signal });
  }

  return { synced, faulty };
}
