// expect: no-multiple-settle
// Bug: onBatch fires for every batch; after the quota is hit the batch subscription is never removed, so later batches keep mutating the resolved array and call resolve again.
export interface HarvestBatch {
  bedId: string;
  kg: number;
  brix: number;
  floatedAt: number;
}

export interface Harvester {
  id: string;
  onBatch(listener: (batch: HarvestBatch) => void): () => void;
  onError(listener: (err: Error) => void): () => void;
  beginReel(bedId: string): void;
}

declare const harvesterFleet: {
  assign(bedId: string): Promise<Harvester>;
  releaseAfterShift(harvesterId: string): void;
};
declare const receivingStation: {
  book(bedId: string, batches: HarvestBatch[]): Promise<{ truckId: string }>;
};

export function collectUntilQuota(harvester: Harvester, bedId: string, quotaKg: number): Promise<HarvestBatch[]> {
  return new Promise<HarvestBatch[]>((resolve, reject) => {
    const batches: HarvestBatch[] = [];
    let totalKg = 0;

    const stopErrors = harvester.onError((err) => {
      stopBatches();
      reject(err);
    });

    const stopBatches = harvester.onBatch((batch) => {
      if (batch.bedId !== bedId) return;
      batches.push(batch);
      totalKg += batch.kg;
      if (totalKg >= quotaKg) {
        stopErrors();
        resolve(batches);
      }
    });

    harvester.beginReel(bedId);
  });
}

export function averageBrix(batches: HarvestBatch[]): number {
  if (batches.length === 0) return 0;
  const weighted = batches.reduce((sum, b) => sum + b.brix * b.kg, 0);
  const kg = batches.reduce((sum, b) => sum + b.kg, 0);
  return weighted / kg;
}

export interface BedHarvestResult {
  bedId: string;
  truckId: string;
  kg: number;
  brix: number;
}

export async function harvestBed(bedId: string, quotaKg: number): Promise<BedHarvestResult> {
  const harvester = await harvesterFleet.assign(bedId);
  try {
    const batches = await collectUntilQuota(harvester, bedId, quotaKg);
    const { truckId } = await receivingStation.book(bedId, batches);
    return {
      bedId,
      truckId,
      kg: batches.reduce((sum, b) => sum + b.kg, 0),
      brix: averageBrix(batches),
    };
  } finally {
    harvesterFleet.releaseAfterShift(harvester.id);
  }
}

export async function harvestBog(beds: Array<{ id: string; quotaKg: number }>): Promise<BedHarvestResult[]> {
  const results: BedHarvestResult[] = [];
  for (const bed of beds) {
    results.push(await harvestBed(bed.id, bed.quotaKg));
  }
  return results;
}
