// expect: no-promise-as-value
// closeBatch interpolates this.countRejects(batch.batchId), an async call, straight into the shift report, which then reads "[object Promise] rejects".
export interface LampBatch {
  batchId: string;
  colourway: string;
  units: number;
  waxLot: string;
  pouredAt: Date;
}

export interface QaRecord {
  serial: string;
  batchId: string;
  verdict: 'pass' | 'cloudy' | 'stuck-blob' | 'leak';
}

declare const qaDb: { recordsFor(batchId: string): Promise<QaRecord[]> };
declare const shiftChannel: { post(text: string): Promise<void> };
declare const batches: { markClosed(batchId: string, yieldPct: number): Promise<void> };

export class BatchCloseout {
  constructor(private readonly line: string) {}

  async countRejects(batchId: string): Promise<number> {
    const records = await qaDb.recordsFor(batchId);
    return records.filter((r) => r.verdict !== 'pass').length;
  }

  async defectBreakdown(batchId: string): Promise<Record<QaRecord['verdict'], number>> {
    const counts: Record<QaRecord['verdict'], number> = { pass: 0, cloudy: 0, 'stuck-blob': 0, leak: 0 };
    for (const record of await qaDb.recordsFor(batchId)) counts[record.verdict] += 1;
    return counts;
  }

  async closeBatch(batch: LampBatch): Promise<number> {
    const breakdown = await this.defectBreakdown(batch.batchId);
    const passed = breakdown.pass;
    const yieldPct = batch.units === 0 ? 0 : Math.round((passed / batch.units) * 1000) / 10;

    const worst = (Object.entries(breakdown) as Array<[QaRecord['verdict'], number]>)
      .filter(([verdict]) => verdict !== 'pass')
      .sort((a, b) => b[1] - a[1])[0];

    await batches.markClosed(batch.batchId, yieldPct);
    await shiftChannel.post(
      `[${this.line}] batch ${batch.batchId} (${batch.colourway}, wax lot ${batch.waxLot}) closed: ` +
        `${passed}/${batch.units} passed, ${this.countRejects(batch.batchId)} rejects, ` +
        `yield ${yieldPct}%` +
        (worst && worst[1] > 0 ? `, mostly ${worst[0]}` : ''),
    );
    return yieldPct;
  }

  async closeShift(toClose: LampBatch[]): Promise<number> {
    let weighted = 0;
    let units = 0;
    for (const batch of toClose.sort((a, b) => a.pouredAt.getTime() - b.pouredAt.getTime())) {
      const yieldPct = await this.closeBatch(batch);
      weighted += yieldPct * batch.units;
      units += batch.units;
    }
    const shiftYield = units === 0 ? 0 : weighted / units;
    await shiftChannel.post(`[${this.line}] shift yield ${shiftYield.toFixed(1)}% over ${toClose.length} batches`);
    return shiftYield;
  }
}
