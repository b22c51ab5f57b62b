// expect: none
// Correct: the generator yields the promise returned by calling cutPanel (an async generator awaits yielded promises), and the worker pool is handed a bound method to call, not a result to await.
export interface SailPanel {
  sailId: string;
  panelNo: number;
  cloth: string;
  outline: Array<[number, number]>;
}

export interface CutPanel extends SailPanel {
  cutAt: string;
  wasteM2: number;
}

interface Plotter {
  cut(panel: SailPanel): Promise<{ wasteM2: number }>;
}

export class WorkerPool<I, O> {
  #queue: Array<() => Promise<void>> = [];
  #running = 0;

  constructor(private readonly size: number, private readonly work: (input: I) => Promise<O>) {}

  run(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.#queue.push(() => this.work(input).then(resolve, reject));
      this.#drain();
    });
  }

  #drain(): void {
    while (this.#running < this.size && this.#queue.length > 0) {
      const job = this.#queue.shift()!;
      this.#running += 1;
      void job().finally(() => {
        this.#running -= 1;
        this.#drain();
      });
    }
  }
}

export class CuttingPipeline {
  constructor(private readonly plotter: Plotter) {}

  async cutPanel(panel: SailPanel): Promise<CutPanel> {
    const { wasteM2 } = await this.plotter.cut(panel);
    return { ...panel, cutAt: new Date().toISOString(), wasteM2 };
  }

  async *cutInOrder(panels: SailPanel[]): AsyncGenerator<CutPanel> {
    // Head panels first so the sailmaker can start broadseaming while the rest are cut.
    const ordered = [...panels].sort((a, b) => b.panelNo - a.panelNo);
    for (const panel of ordered) {
      yield this.cutPanel(panel);
    }
  }

  async cutWithPool(panels: SailPanel[], plotters: number): Promise<CutPanel[]> {
    const pool = new WorkerPool<SailPanel, CutPanel>(plotters, this.cutPanel.bind(this));
    return Promise.all(panels.map((p) => pool.run(p)));
  }
}
