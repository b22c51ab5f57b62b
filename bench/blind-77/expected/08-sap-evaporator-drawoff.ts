// expect: no-reused-settled-promise
// Bug: waitForDrawOff polls by re-awaiting the one status promise created before the loop, so every iteration sees the same stale reading.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PanStatus {
  panId: string;
  brix: number;
  tempC: number;
  levelMm: number;
  sampledAt: number;
}

export interface EvaporatorPan {
  readonly panId: string;
  fetchStatus(): Promise<PanStatus>;
  openDrawOff(): Promise<void>;
  closeDrawOff(): Promise<void>;
  setFeedRate(litresPerHour: number): Promise<void>;
}

declare const sugarhouse: {
  boilingPointC(): Promise<number>;
  recordDraw(entry: { panId: string; brix: number; litres: number; at: Date }): Promise<void>;
};

/** Syrup is finished at 66.9 °Bx, roughly 4.1 °C above the local boiling point of water. */
const TARGET_BRIX = 66.9;
const OFFSET_C = 4.1;

export async function waitForDrawOff(
  pan: EvaporatorPan,
  opts: { intervalMs: number; timeoutMs: number },
): Promise<PanStatus> {
  const waterBoilsAt = await sugarhouse.boilingPointC();
  const deadline = Date.now() + opts.timeoutMs;
  const statusRequest = pan.fetchStatus();
  let last: PanStatus | undefined;

  do {
    last = await statusRequest;
    if (last.brix >= TARGET_BRIX && last.tempC >= waterBoilsAt + OFFSET_C) {
      return last;
    }
    if (last.levelMm < 20) {
      throw new Error(`pan ${pan.panId} running dry (${last.levelMm} mm) before draw-off`);
    }
    await sleep(opts.intervalMs);
  } while (Date.now() < deadline);

  throw new Error(`pan ${pan.panId} did not reach draw-off; last reading ${last.brix.toFixed(1)} °Bx at ${last.tempC} °C`);
}

export async function drawSyrup(pan: EvaporatorPan, litres: number): Promise<number> {
  const ready = await waitForDrawOff(pan, { intervalMs: 5_000, timeoutMs: 20 * 60_000 });
  await pan.openDrawOff();
  try {
    // Flow through the draw-off valve is about a litre every 12 seconds.
    await sleep(litres * 12_000);
  } finally {
    await pan.closeDrawOff();
  }
  await sugarhouse.recordDraw({ panId: pan.panId, brix: ready.brix, litres, at: new Date() });
  return ready.brix;
}

export function feedRateFor(status: PanStatus, targetLevelMm = 40): number {
  const deficit = targetLevelMm - status.levelMm;
  const base = 120;
  return Math.max(0, Math.min(400, base + deficit * 6));
}

export async function trimFeed(pan: EvaporatorPan): Promise<number> {
  const status = await pan.fetchStatus();
  const rate = feedRateFor(status);
  await pan.setFeedRate(rate);
  return rate;
}
