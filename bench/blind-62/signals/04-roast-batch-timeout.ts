// expect: no-leaked-race
// roastToColor races the colour watcher against a timers/promises sleep that is never cancelled, so every finished batch leaves a long timer behind
import { setTimeout as sleep } from "node:timers/promises";
import { EventEmitter, once } from "node:events";

export interface RoastBatch {
  batchId: string;
  variety: "hatch" | "poblano" | "anaheim" | "pueblo";
  kg: number;
  targetCharPct: number;
}

export interface RoastResult {
  batchId: string;
  charPct: number;
  seconds: number;
}

interface ColorFrame {
  batchId: string;
  charPct: number;
}

declare const drumCamera: EventEmitter;
declare const drum: {
  load(batch: RoastBatch): Promise<void>;
  ignite(burnerPct: number): Promise<void>;
  dump(): Promise<void>;
};

const MAX_ROAST_SECONDS: Record<RoastBatch["variety"], number> = {
  hatch: 420,
  poblano: 480,
  anaheim: 400,
  pueblo: 450,
};

async function watchForChar(batch: RoastBatch): Promise<number> {
  for (;;) {
    const [frame] = (await once(drumCamera, "frame")) as [ColorFrame];
    if (frame.batchId === batch.batchId && frame.charPct >= batch.targetCharPct) {
      return frame.charPct;
    }
  }
}

function burnerFor(batch: RoastBatch): number {
  const base = batch.variety === "poblano" ? 75 : 85;
  return Math.min(100, base + Math.round(batch.kg / 2));
}

export async function roastToColor(batch: RoastBatch): Promise<RoastResult> {
  await drum.load(batch);
  await drum.ignite(burnerFor(batch));
  const started = Date.now();
  const limitMs = MAX_ROAST_SECONDS[batch.variety] * 1000;

  const outcome = await Promise.race([
    watchForChar(batch).then((charPct) => ({ kind: "done" as const, charPct })),
    sleep(limitMs).then(() => ({ kind: "timeout" as const })),
  ]);

  await drum.dump();
  const seconds = Math.round((Date.now() - started) / 1000);
  if (outcome.kind === "timeout") {
    throw new Error(`batch ${batch.batchId} did not reach ${batch.targetCharPct}% char in ${seconds}s`);
  }
  return { batchId: batch.batchId, charPct: outcome.charPct, seconds };
}

export async function roastQueue(batches: RoastBatch[]): Promise<RoastResult[]> {
  const results: RoastResult[] = [];
  for (const batch of batches) {
    results.push(await roastToColor(batch));
  }
  return results;
}
