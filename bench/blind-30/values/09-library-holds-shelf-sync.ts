// expect: none
// Truthiness and `!== undefined` tests on this.syncing ask whether a sync is running, not what it returned; the result itself is always awaited.
export interface ShelfScan {
  barcode: string;
  shelfCode: string;
  scannedAt: number;
}

export interface HoldShelfState {
  branch: string;
  onShelf: number;
  missing: string[];
  misplaced: Array<{ barcode: string; expected: string; found: string }>;
}

declare const circulation: {
  expectedHoldShelf(branch: string): Promise<Map<string, string>>;
  reportMissing(branch: string, barcodes: string[]): Promise<void>;
};

declare const scanner: {
  drain(branch: string): Promise<ShelfScan[]>;
};

export class HoldShelfSync {
  private syncing: Promise<HoldShelfState> | undefined;
  private last: HoldShelfState | null = null;
  private lastAt = 0;

  constructor(private readonly branch: string, private readonly minIntervalMs = 60_000) {}

  status(): { busy: boolean; lastAt: number; onShelf: number | null } {
    return { busy: this.syncing !== undefined, lastAt: this.lastAt, onShelf: this.last?.onShelf ?? null };
  }

  sync(force = false): Promise<HoldShelfState> {
    if (this.syncing) return this.syncing;
    if (!force && this.last && Date.now() - this.lastAt < this.minIntervalMs) {
      return Promise.resolve(this.last);
    }
    this.syncing = this.run().finally(() => {
      this.syncing = undefined;
    });
    return this.syncing;
  }

  private async run(): Promise<HoldShelfState> {
    const [expected, scans] = await Promise.all([circulation.expectedHoldShelf(this.branch), scanner.drain(this.branch)]);
    const seen = new Map<string, string>();
    for (const scan of scans) seen.set(scan.barcode, scan.shelfCode);

    const missing: string[] = [];
    const misplaced: HoldShelfState['misplaced'] = [];
    for (const [barcode, shelf] of expected) {
      const found = seen.get(barcode);
      if (found === undefined) missing.push(barcode);
      else if (found !== shelf) misplaced.push({ barcode, expected: shelf, found });
    }
    if (missing.length > 0) await circulation.reportMissing(this.branch, missing);

    const state: HoldShelfState = { branch: this.branch, onShelf: expected.size - missing.length, missing, misplaced };
    this.last = state;
    this.lastAt = Date.now();
    return state;
  }

  async shelfLabel(): Promise<string> {
    const state = await this.sync();
    const problems = state.missing.length + state.misplaced.length;
    return problems === 0
      ? `${state.branch}: ${state.onShelf} holds ready`
      : `${state.branch}: ${state.onShelf} ready, ${problems} need attention`;
  }
}
