// expect: none
// Each oven's async worker is collected by Promise.all and awaited, and batches within an oven are awaited in sequence, so every promise is observed.
export interface Oven {
  id: string;
  capacityDozens: number;
  load(batchId: string, dozens: number): Promise<void>;
  bake(minutes: number, tempC: number): Promise<{ coreTempC: number }>;
  unload(): Promise<void>;
}

export interface KettleBatch {
  batchId: string;
  style: 'plain' | 'sesame' | 'everything' | 'salt';
  dozens: number;
  boiledAt: Date;
}

export interface BakeRecord {
  batchId: string;
  ovenId: string;
  coreTempC: number;
  finishedAt: Date;
}

const bakeProfile: Record<KettleBatch['style'], { minutes: number; tempC: number }> = {
  plain: { minutes: 18, tempC: 230 },
  sesame: { minutes: 19, tempC: 225 },
  everything: { minutes: 20, tempC: 225 },
  salt: { minutes: 17, tempC: 235 },
};

export function assignBatches(ovens: Oven[], batches: KettleBatch[]): Map<Oven, KettleBatch[]> {
  const plan = new Map<Oven, KettleBatch[]>(ovens.map((o) => [o, []]));
  const sorted = [...batches].sort((a, b) => a.boiledAt.getTime() - b.boiledAt.getTime());
  for (const batch of sorted) {
    const oven = ovens
      .filter((o) => o.capacityDozens >= batch.dozens)
      .sort((a, b) => plan.get(a)!.length - plan.get(b)!.length)[0];
    if (!oven) throw new Error(`No oven can take ${batch.dozens} dozen (${batch.batchId})`);
    plan.get(oven)!.push(batch);
  }
  return plan;
}

export async function runMorningBake(ovens: Oven[], batches: KettleBatch[]): Promise<BakeRecord[]> {
  const plan = assignBatches(ovens, batches);

  const perOven = await Promise.all(
    [...plan].map(async ([oven, queue]) => {
      const records: BakeRecord[] = [];
      for (const batch of queue) {
        const profile = bakeProfile[batch.style];
        await oven.load(batch.batchId, batch.dozens);
        const { coreTempC } = await oven.bake(profile.minutes, profile.tempC);
        await oven.unload();
        records.push({ batchId: batch.batchId, ovenId: oven.id, coreTempC, finishedAt: new Date() });
      }
      return records;
    }),
  );

  return perOven.flat().sort((a, b) => a.finishedAt.getTime() - b.finishedAt.getTime());
}

export function underbaked(records: BakeRecord[], minCoreC = 93): string[] {
  return records.filter((r) => r.coreTempC < minCoreC).map((r) => r.batchId);
}
