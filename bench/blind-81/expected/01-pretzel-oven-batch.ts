// expect: no-uncalled-async-function
// runBatch puts the preheat closure itself into Promise.all instead of preheat(), so dough goes into ovens that were never brought to temperature.
export interface DoughBatch {
  batchId: string;
  style: 'bavarian' | 'philly' | 'laugenstange';
  pieces: number;
  lyeConcentration: number;
}

export interface OvenLine {
  lineId: string;
  ovenIds: string[];
  targetC: number;
  traysPerOven: number;
}

export interface BakeRecord {
  batchId: string;
  lineId: string;
  trays: number;
  bakedAt: Date;
  lyeBathSeconds: number;
}

declare const ovens: {
  preheat(ovenIds: string[], targetC: number): Promise<void>;
  load(ovenId: string, trays: number, bakeSeconds: number): Promise<void>;
};
declare const proofingRoom: {
  proof(batchId: string, minutes: number): Promise<{ risePercent: number }>;
};
declare const lyeStation: {
  dip(batchId: string, concentration: number): Promise<{ seconds: number }>;
};
declare const bakeryLog: {
  info(message: string, fields?: Record<string, unknown>): void;
};

const PIECES_PER_TRAY = 24;
const BAKE_SECONDS: Record<DoughBatch['style'], number> = {
  bavarian: 14 * 60,
  philly: 11 * 60,
  laugenstange: 16 * 60,
};
const PROOF_MINUTES: Record<DoughBatch['style'], number> = {
  bavarian: 35,
  philly: 25,
  laugenstange: 40,
};

function distributeTrays(trays: number, line: OvenLine): Map<string, number> {
  const plan = new Map<string, number>();
  let remaining = trays;
  for (const ovenId of line.ovenIds) {
    const share = Math.min(remaining, line.traysPerOven);
    if (share === 0) break;
    plan.set(ovenId, share);
    remaining -= share;
  }
  if (remaining > 0) {
    throw new Error(`line ${line.lineId} cannot hold ${trays} trays`);
  }
  return plan;
}

export async function runBatch(batch: DoughBatch, line: OvenLine): Promise<BakeRecord> {
  const trays = Math.ceil(batch.pieces / PIECES_PER_TRAY);
  const plan = distributeTrays(trays, line);
  const preheat = () => ovens.preheat(line.ovenIds, line.targetC);

  const [, proofed] = await Promise.all([preheat, proofingRoom.proof(batch.batchId, PROOF_MINUTES[batch.style])]);
  if (proofed.risePercent < 60) {
    throw new Error(`batch ${batch.batchId} under-proofed (${proofed.risePercent}%)`);
  }

  const lye = await lyeStation.dip(batch.batchId, batch.lyeConcentration);
  await Promise.all(
    [...plan].map(([ovenId, ovenTrays]) => ovens.load(ovenId, ovenTrays, BAKE_SECONDS[batch.style])),
  );

  bakeryLog.info('batch baked', { batchId: batch.batchId, lineId: line.lineId, trays });
  return {
    batchId: batch.batchId,
    lineId: line.lineId,
    trays,
    bakedAt: new Date(),
    lyeBathSeconds: lye.seconds,
  };
}

export async function runShift(batches: readonly DoughBatch[], line: OvenLine): Promise<BakeRecord[]> {
  const records: BakeRecord[] = [];
  for (const batch of batches) {
    records.push(await runBatch(batch, line));
  }
  return records;
}
