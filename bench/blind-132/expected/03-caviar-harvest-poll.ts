// expect: no-reused-settled-promise
// The poll only refreshes `pending` in the salting branch; in every other in-progress stage it loops back and re-awaits the same settled status promise, so it never sees progress.
import { setTimeout as sleep } from 'node:timers/promises';

export type HarvestStage = 'queued' | 'extracting' | 'screening' | 'salting' | 'packed' | 'rejected';

export interface HarvestStatus {
  batchId: string;
  stage: HarvestStage;
  roeKg: number;
  grade?: '000' | '00' | '0' | '1';
  note?: string;
}

export interface HatcheryApi {
  harvestStatus(batchId: string): Promise<HarvestStatus>;
}

export interface PollOptions {
  intervalMs?: number;
  maxPolls?: number;
}

export class HarvestRejectedError extends Error {
  constructor(readonly status: HarvestStatus) {
    super(`batch ${status.batchId} rejected: ${status.note ?? 'no reason given'}`);
    this.name = 'HarvestRejectedError';
  }
}

export async function waitUntilPacked(
  api: HatcheryApi,
  batchId: string,
  opts: PollOptions = {},
): Promise<HarvestStatus> {
  const intervalMs = opts.intervalMs ?? 30_000;
  const maxPolls = opts.maxPolls ?? 120;

  let pending = api.harvestStatus(batchId);
  for (let poll = 1; poll <= maxPolls; poll++) {
    const status = await pending;
    switch (status.stage) {
      case 'packed':
        return status;
      case 'rejected':
        throw new HarvestRejectedError(status);
      case 'salting':
        // malossol salting takes several minutes, poll less often
        await sleep(intervalMs * 4);
        pending = api.harvestStatus(batchId);
        break;
      default:
        await sleep(intervalMs);
    }
  }
  throw new Error(`batch ${batchId} still not packed after ${maxPolls} polls`);
}

export function tinsNeeded(status: HarvestStatus, tinGrams = 125): number {
  return Math.ceil((status.roeKg * 1000) / tinGrams);
}

export async function packingOrder(api: HatcheryApi, batchIds: readonly string[]): Promise<Map<string, number>> {
  const order = new Map<string, number>();
  for (const batchId of batchIds) {
    const status = await waitUntilPacked(api, batchId);
    order.set(`${batchId}/${status.grade ?? 'ungraded'}`, tinsNeeded(status));
  }
  return order;
}
