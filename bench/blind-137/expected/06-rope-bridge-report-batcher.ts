// expect: no-uncalled-async-function
// finalizeInspection awaits the flushPending method reference instead of calling it, so full batches are never written and the pending list keeps growing.
import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

export interface PlankFinding {
  plank: number;
  issue: 'rot' | 'split' | 'missing' | 'loose';
}

export interface InspectionDraft {
  bridgeId: string;
  inspector: string;
  handrailTensionKn: number;
  planks: PlankFinding[];
}

export interface InspectionReport extends InspectionDraft {
  id: string;
  rating: 'A' | 'B' | 'C' | 'D';
  completedAt: string;
}

export class ReportBatcher {
  private pending: InspectionReport[] = [];
  private seq = 0;

  constructor(
    private readonly outDir: string,
    private readonly batchSize = 20,
  ) {}

  private rate(draft: InspectionDraft): InspectionReport['rating'] {
    const missing = draft.planks.filter((p) => p.issue === 'missing').length;
    const rot = draft.planks.filter((p) => p.issue === 'rot').length;
    if (missing > 0 || draft.handrailTensionKn < 2) return 'D';
    if (rot > 3) return 'C';
    if (draft.planks.length > 0) return 'B';
    return 'A';
  }

  private async flushPending(): Promise<number> {
    if (this.pending.length === 0) return 0;
    const batch = this.pending;
    this.pending = [];
    await mkdir(this.outDir, { recursive: true });
    const file = path.join(this.outDir, `inspections-${new Date().toISOString().slice(0, 10)}.ndjson`);
    await appendFile(file, batch.map((r) => JSON.stringify(r)).join('\n') + '\n', 'utf8');
    return batch.length;
  }

  async finalizeInspection(draft: InspectionDraft): Promise<InspectionReport> {
    const report: InspectionReport = {
      ...draft,
      id: `${draft.bridgeId}-${++this.seq}`,
      rating: this.rate(draft),
      completedAt: new Date().toISOString(),
    };
    this.pending.push(report);
    if (this.pending.length >= this.batchSize || report.rating === 'D') {
      await this.flushPending;
    }
    return report;
  }

  async close(): Promise<number> {
    return this.flushPending();
  }
}
