// expect: require-signal-propagation
// The press-batch job handler receives ctx.signal but never checks it or passes it on, so a cancelled job keeps pressing every remaining item.
export interface PressItem {
  itemId: string;
  fabric: "linen" | "cotton" | "wool" | "silk";
  kind: "sheet" | "tablecloth" | "shirt" | "uniform";
  starch: "none" | "light" | "heavy";
}

export interface PressBatch {
  batchId: string;
  customer: string;
  items: PressItem[];
}

interface JobContext {
  signal: AbortSignal;
  progress(fraction: number): void;
  log(message: string): void;
}

interface Job<T> {
  id: string;
  data: T;
}

declare const jobs: {
  register<T>(name: string, handler: (job: Job<T>, ctx: JobContext) => Promise<void>): void;
};

declare const ledger: {
  loadBatch(batchId: string): Promise<PressBatch>;
  markPressed(batchId: string, itemIds: string[]): Promise<void>;
};

declare const presses: {
  press(itemId: string, settings: { tempC: number; steam: boolean; seconds: number }): Promise<void>;
};

const FABRIC_TEMP_C: Record<PressItem["fabric"], number> = {
  linen: 230,
  cotton: 200,
  wool: 150,
  silk: 110,
};

export function settingsFor(item: PressItem): { tempC: number; steam: boolean; seconds: number } {
  const big = item.kind === "sheet" || item.kind === "tablecloth";
  return {
    tempC: FABRIC_TEMP_C[item.fabric],
    steam: item.fabric !== "silk",
    seconds: (big ? 25 : 12) + (item.starch === "heavy" ? 6 : 0),
  };
}

export function registerPressJobs(): void {
  jobs.register<{ batchId: string }>("laundry:press-batch", async (job, ctx) => {
    const batch = await ledger.loadBatch(job.data.batchId);
    const done: string[] = [];
    // silk last: the press must cool down before it can take it
    const ordered = [...batch.items].sort((a, b) => FABRIC_TEMP_C[b.fabric] - FABRIC_TEMP_C[a.fabric]);

    for (const [index, item] of ordered.entries()) {
      await presses.press(item.itemId, settingsFor(item));
      done.push(item.itemId);
      if (done.length % 10 === 0) await ledger.markPressed(batch.batchId, done.splice(0));
      ctx.progress((index + 1) / ordered.length);
    }

    if (done.length > 0) await ledger.markPressed(batch.batchId, done);
    ctx.log(`pressed ${ordered.length} items for ${batch.customer}`);
  });
}
