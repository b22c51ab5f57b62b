// expect: no-floating-promises
// applyCoat loops with instruments.forEach(async ...), so the per-instrument coat writes are dropped and the batch is marked coated before any of them finish.
export interface Instrument {
  serial: string;
  kind: 'violin' | 'viola' | 'cello';
  maker: string;
  coatsApplied: number;
  lastCoatAt?: Date;
}

export interface VarnishBatch {
  batchId: string;
  recipe: 'oil-amber' | 'spirit-golden' | 'oil-brown';
  instruments: Instrument[];
  targetCoats: number;
}

declare const uvCabinet: {
  schedule(serial: string, hours: number): Promise<{ slot: number; readyAt: Date }>;
};

declare const workshopRecords: {
  logCoat(serial: string, entry: { recipe: string; coat: number; readyAt: Date }): Promise<void>;
  markBatchCoated(batchId: string, coat: number): Promise<void>;
  flagForSanding(serial: string, reason: string): Promise<void>;
};

const CURE_HOURS: Record<VarnishBatch['recipe'], number> = {
  'oil-amber': 36,
  'spirit-golden': 6,
  'oil-brown': 48,
};

const MIN_HOURS_BETWEEN_COATS = 24;

function hoursSince(date: Date | undefined, now: Date): number {
  if (!date) return Infinity;
  return (now.getTime() - date.getTime()) / 3_600_000;
}

export function readyForNextCoat(instrument: Instrument, batch: VarnishBatch, now = new Date()): boolean {
  if (instrument.coatsApplied >= batch.targetCoats) return false;
  const minGap = batch.recipe === 'spirit-golden' ? 4 : MIN_HOURS_BETWEEN_COATS;
  return hoursSince(instrument.lastCoatAt, now) >= minGap;
}

export async function applyCoat(batch: VarnishBatch, now = new Date()): Promise<number> {
  const due = batch.instruments.filter((instrument) => readyForNextCoat(instrument, batch, now));
  if (due.length === 0) return 0;

  const coat = Math.min(...due.map((i) => i.coatsApplied)) + 1;
  const cureHours = CURE_HOURS[batch.recipe] + (batch.instruments.length > 6 ? 6 : 0);

  due.forEach(async (instrument) => {
    if (instrument.kind === 'cello' && batch.recipe === 'spirit-golden') {
      await workshopRecords.flagForSanding(instrument.serial, 'spirit varnish on cello needs extra levelling');
    }
    const { readyAt } = await uvCabinet.schedule(instrument.serial, cureHours);
    await workshopRecords.logCoat(instrument.serial, { recipe: batch.recipe, coat, readyAt });
    instrument.coatsApplied += 1;
    instrument.lastCoatAt = now;
  });

  await workshopRecords.markBatchCoated(batch.batchId, coat);
  return due.length;
}

export function batchProgress(batch: VarnishBatch): { done: number; remaining: number; pct: number } {
  const totalCoats = batch.instruments.length * batch.targetCoats;
  const done = batch.instruments.reduce((sum, i) => sum + Math.min(i.coatsApplied, batch.targetCoats), 0);
  return {
    done,
    remaining: totalCoats - done,
    pct: totalCoats === 0 ? 100 : Math.round((done / totalCoats) * 100),
  };
}
