// expect: no-uncalled-async-function
// prepareBatch puts this.mixWheatPaste into the Promise.all list without calling it, so the paste is never mixed and casing-in starts while the batch is marked ready.
export interface BindingBatch {
  batchId: string;
  volumes: Array<{ shelfmark: string; heightMm: number; spineMm: number }>;
  covering: 'buckram' | 'goatskin' | 'cloth';
}

export interface BinderyStores {
  cutBoards(heights: number[], thicknessMm: number): Promise<number>;
  issueThread(metres: number, weight: '18/3' | '25/3'): Promise<void>;
  issueCovering(material: BindingBatch['covering'], areaCm2: number): Promise<void>;
}

export interface PasteStation {
  cook(grams: number): Promise<void>;
  cooledBy(): Promise<Date>;
}

export interface BenchBoard {
  markReady(batchId: string, pasteReadyAt: Date | null): Promise<void>;
}

export class BindingBatchPrep {
  private pasteReadyAt: Date | null = null;

  constructor(
    private readonly stores: BinderyStores,
    private readonly paste: PasteStation,
    private readonly board: BenchBoard,
  ) {}

  async mixWheatPaste(): Promise<void> {
    await this.paste.cook(400);
    this.pasteReadyAt = await this.paste.cooledBy();
  }

  private async cutBoardsFor(batch: BindingBatch): Promise<void> {
    const heights = batch.volumes.map((v) => v.heightMm + 6);
    const cut = await this.stores.cutBoards(heights, batch.covering === 'goatskin' ? 3 : 2.5);
    if (cut < heights.length * 2) {
      throw new Error(`only ${cut} boards cut for batch ${batch.batchId}`);
    }
  }

  private async issueMaterials(batch: BindingBatch): Promise<void> {
    const threadMetres = batch.volumes.reduce((sum, v) => sum + v.heightMm * 0.02, 0);
    const coverArea = batch.volumes.reduce((sum, v) => sum + ((v.heightMm + 30) * (v.spineMm + 300)) / 100, 0);
    await this.stores.issueThread(threadMetres, threadMetres > 40 ? '25/3' : '18/3');
    await this.stores.issueCovering(batch.covering, coverArea);
  }

  async prepareBatch(batch: BindingBatch): Promise<void> {
    if (batch.volumes.length === 0) return;
    await Promise.all([this.cutBoardsFor(batch), this.issueMaterials(batch), this.mixWheatPaste]);
    await this.board.markReady(batch.batchId, this.pasteReadyAt);
  }
}
