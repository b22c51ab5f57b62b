// expect: no-promise-as-value
// The ledger event carries certificate: qc.issueCertificate(batch), an unawaited promise that serializes to {} when the ledger posts it.
export interface PanBatch {
  batchNo: string;
  diameterCm: number;
  steel: 'carbon' | 'enamelled' | 'stainless';
  units: number;
  wallThicknessMm: number[];
}

export interface Certificate {
  certNo: string;
  inspector: string;
  passed: boolean;
}

declare const qc: {
  issueCertificate(batch: PanBatch): Promise<Certificate>;
};

declare const ledger: {
  post(event: { type: string; batchNo: string; payload: Record<string, unknown> }): Promise<void>;
};

declare const warehouse: {
  receive(batchNo: string, units: number): Promise<{ bay: string }>;
};

// a paella pan must stay flat on a ring burner: wall thickness variation above this warps it
const MAX_WALL_SPREAD_MM = 0.25;

function wallSpread(batch: PanBatch): number {
  if (batch.wallThicknessMm.length === 0) return Number.POSITIVE_INFINITY;
  return Math.max(...batch.wallThicknessMm) - Math.min(...batch.wallThicknessMm);
}

export async function releaseBatch(batch: PanBatch): Promise<{ bay: string; spreadMm: number }> {
  const spreadMm = wallSpread(batch);
  if (spreadMm > MAX_WALL_SPREAD_MM) {
    await ledger.post({
      type: 'batch-rejected',
      batchNo: batch.batchNo,
      payload: { spreadMm, reason: 'wall thickness out of tolerance' },
    });
    throw new Error(`batch ${batch.batchNo} spread ${spreadMm.toFixed(2)}mm exceeds ${MAX_WALL_SPREAD_MM}mm`);
  }

  const { bay } = await warehouse.receive(batch.batchNo, batch.units);

  await ledger.post({
    type: 'batch-released',
    batchNo: batch.batchNo,
    payload: {
      diameterCm: batch.diameterCm,
      steel: batch.steel,
      units: batch.units,
      bay,
      spreadMm,
      certificate: qc.issueCertificate(batch),
    },
  });

  return { bay, spreadMm };
}
