// expect: no-promise-as-value
// The init message carries the un-awaited Promise from loadNamedRanges(); postMessage cannot structured-clone a Promise, so it throws a DataCloneError, start() rejects and the recalculation worker is never initialised.
type CellValue = number | string | boolean | null;

interface NamedRange {
  name: string;
  ref: string;
}

declare const workbookApi: {
  namedRanges(sheetId: string): Promise<NamedRange[]>;
  cells(sheetId: string, range: string): Promise<Array<{ ref: string; formula?: string; value: CellValue }>>;
};

interface Pending {
  resolve: (values: Record<string, CellValue>) => void;
  reject: (err: Error) => void;
}

export class RecalcEngine {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private seq = 0;

  constructor(
    private readonly sheetId: string,
    private readonly locale: string = navigator.language,
  ) {}

  private loadNamedRanges(): Promise<Record<string, string>> {
    return workbookApi.namedRanges(this.sheetId).then((list) => Object.fromEntries(list.map((r) => [r.name.toUpperCase(), r.ref])));
  }

  async start(): Promise<void> {
    if (this.worker) return;
    const cells = await workbookApi.cells(this.sheetId, 'A1:ZZ5000');
    const worker = new Worker(new URL('./recalc.worker.js', location.href), {
      type: 'module',
      name: `recalc-${this.sheetId}`,
    });
    worker.addEventListener('message', (ev: MessageEvent<{ id: number; values: Record<string, CellValue> }>) => {
      this.pending.get(ev.data.id)?.resolve(ev.data.values);
      this.pending.delete(ev.data.id);
    });
    worker.addEventListener('error', (ev) => {
      const err = new Error(`recalc worker crashed: ${ev.message}`);
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
      this.worker = null;
    });
    worker.postMessage({
      type: 'init',
      sheetId: this.sheetId,
      locale: this.locale,
      cells: cells.filter((c) => c.formula !== undefined || c.value !== null),
      namedRanges: this.loadNamedRanges(),
      maxIterations: 100,
    });
    this.worker = worker;
  }

  recalc(changed: Record<string, CellValue>): Promise<Record<string, CellValue>> {
    const worker = this.worker;
    if (!worker) return Promise.reject(new Error('recalc engine not started'));
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ type: 'recalc', id, changed });
    });
  }
}
