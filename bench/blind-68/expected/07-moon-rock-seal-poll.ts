// expect: no-reused-settled-promise
// Bug: waitForSeal starts one status request before the loop and re-awaits that settled promise on every poll, so it never sees the seal change.
import { setTimeout as sleep } from 'node:timers/promises';

export type SealState = 'venting' | 'purging' | 'nitrogen-fill' | 'sealed' | 'breached';

export interface CabinetStatus {
  cabinetId: string;
  state: SealState;
  o2ppm: number;
  pressureKpa: number;
}

declare const vaultController: {
  status(cabinetId: string): Promise<CabinetStatus>;
  beginPurge(cabinetId: string): Promise<void>;
  lockGlovePorts(cabinetId: string): Promise<void>;
};

declare const custodyLedger: {
  append(entry: { sampleId: string; cabinetId: string; event: string; o2ppm?: number }): Promise<void>;
};

const POLL_MS = 2_000;
const MAX_O2_PPM = 10;

export class SealTimeoutError extends Error {
  constructor(readonly cabinetId: string, readonly last: CabinetStatus | undefined) {
    super(`cabinet ${cabinetId} did not seal (last state: ${last?.state ?? 'unknown'})`);
  }
}

async function waitForSeal(cabinetId: string, timeoutMs: number): Promise<CabinetStatus> {
  const deadline = Date.now() + timeoutMs;
  const statusRequest = vaultController.status(cabinetId);
  let last: CabinetStatus | undefined;

  while (Date.now() < deadline) {
    last = await statusRequest;
    if (last.state === 'breached') {
      throw new Error(`cabinet ${cabinetId} breached during purge (${last.o2ppm} ppm O2)`);
    }
    if (last.state === 'sealed' && last.o2ppm <= MAX_O2_PPM) {
      return last;
    }
    await sleep(POLL_MS);
  }
  throw new SealTimeoutError(cabinetId, last);
}

export interface StowResult {
  sampleId: string;
  cabinetId: string;
  o2ppm: number;
  pressureKpa: number;
}

export async function stowSample(sampleId: string, cabinetId: string): Promise<StowResult> {
  await custodyLedger.append({ sampleId, cabinetId, event: 'transfer-in' });
  await vaultController.lockGlovePorts(cabinetId);
  await vaultController.beginPurge(cabinetId);

  const sealed = await waitForSeal(cabinetId, 15 * 60_000);

  await custodyLedger.append({ sampleId, cabinetId, event: 'sealed', o2ppm: sealed.o2ppm });
  return {
    sampleId,
    cabinetId,
    o2ppm: sealed.o2ppm,
    pressureKpa: sealed.pressureKpa,
  };
}

export async function stowBatch(samples: { sampleId: string; cabinetId: string }[]): Promise<StowResult[]> {
  const byCabinet = new Map<string, string[]>();
  for (const s of samples) {
    byCabinet.set(s.cabinetId, [...(byCabinet.get(s.cabinetId) ?? []), s.sampleId]);
  }
  const results: StowResult[] = [];
  // Cabinets purge independently, but samples inside one cabinet go in one at a time.
  const perCabinet = await Promise.all(
    [...byCabinet].map(async ([cabinetId, ids]) => {
      const done: StowResult[] = [];
      for (const id of ids) done.push(await stowSample(id, cabinetId));
      return done;
    }),
  );
  for (const list of perCabinet) results.push(...list);
  return results;
}
