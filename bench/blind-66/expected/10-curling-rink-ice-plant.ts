// expect: none
// The defrost poll calls compressorStatus() afresh on each iteration and every Promise.all entry is an invoked call, so each await sees new data.
import { setTimeout as sleep } from 'node:timers/promises';

export interface BrineLoop {
  supplyC: number;
  returnC: number;
  flowLpm: number;
}

export interface CompressorStatus {
  mode: 'cooling' | 'defrost' | 'idle' | 'fault';
  suctionKpa: number;
  dischargeKpa: number;
  faultCode?: string;
}

export interface SheetReport {
  sheet: string;
  slabC: number;
  brine: BrineLoop;
  deltaC: number;
}

declare const icePlant: {
  readBrine(): Promise<BrineLoop>;
  readSlabTemp(sheet: string): Promise<number>;
  compressorStatus(): Promise<CompressorStatus>;
  startDefrost(): Promise<void>;
};

declare const rinkOps: {
  logSheets(reports: SheetReport[]): Promise<void>;
};

const SHEETS = ['A', 'B', 'C', 'D', 'E'];
const TARGET_SLAB_C = -5.5;

export async function surveySheets(): Promise<SheetReport[]> {
  const [brine, ...slabTemps] = await Promise.all([
    icePlant.readBrine(),
    ...SHEETS.map((sheet) => icePlant.readSlabTemp(sheet)),
  ]);
  const reports = SHEETS.map((sheet, i) => ({
    sheet,
    slabC: slabTemps[i],
    brine,
    deltaC: slabTemps[i] - TARGET_SLAB_C,
  }));
  await rinkOps.logSheets(reports);
  return reports;
}

export async function waitForCompressorMode(
  mode: CompressorStatus['mode'],
  timeoutMs = 10 * 60_000,
  pollMs = 5_000,
): Promise<CompressorStatus> {
  const deadline = Date.now() + timeoutMs;
  while (true) {
    const status = await icePlant.compressorStatus();
    if (status.mode === mode) return status;
    if (status.mode === 'fault') {
      throw new Error(`compressor fault ${status.faultCode ?? 'unknown'} while waiting for ${mode}`);
    }
    if (Date.now() + pollMs > deadline) {
      throw new Error(`compressor still in ${status.mode} after ${timeoutMs / 1000}s`);
    }
    await sleep(pollMs);
  }
}

export async function runNightlyDefrost(): Promise<SheetReport[]> {
  const before = await surveySheets();
  const warmest = Math.max(...before.map((r) => r.slabC));
  if (warmest > -3) {
    throw new Error(`sheet slab at ${warmest}C; defrost would soften the pebble, skipping`);
  }
  await icePlant.startDefrost();
  await waitForCompressorMode('defrost', 2 * 60_000);
  await waitForCompressorMode('cooling');
  return surveySheets();
}
