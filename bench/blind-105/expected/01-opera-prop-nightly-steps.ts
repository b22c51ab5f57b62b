// expect: none
// The uncalled method references go to runSteps and SerialQueue.push, both of which take functions and call them, so each async step is invoked and awaited exactly when its turn comes.
type Step = (this: PropWarehouse) => Promise<void>;
type Task = () => Promise<void>;

export class SerialQueue {
  private tail: Promise<void> = Promise.resolve();

  push(task: Task): Promise<void> {
    const run = this.tail.then(task);
    this.tail = run.catch(() => undefined);
    return run;
  }

  idle(): Promise<void> {
    return this.tail;
  }
}

export interface Inventory {
  overdueLoans(): Promise<string[]>;
  flagForRecall(propIds: string[]): Promise<void>;
  humidityByAisle(): Promise<Map<string, number>>;
  exportStocktake(path: string): Promise<number>;
}

async function runSteps(ctx: PropWarehouse, steps: Step[], log: (line: string) => void): Promise<void> {
  for (const step of steps) {
    const started = Date.now();
    await step.call(ctx);
    log(`${step.name} done in ${Date.now() - started} ms`);
  }
}

export class PropWarehouse {
  readonly queue = new SerialQueue();
  readonly dehumidifierOn = new Set<string>();

  constructor(private readonly inventory: Inventory, private readonly exportDir: string) {}

  async reconcileLoans(): Promise<void> {
    const overdue = await this.inventory.overdueLoans();
    if (overdue.length) await this.inventory.flagForRecall(overdue);
  }

  async rotateDehumidifiers(): Promise<void> {
    const humidity = await this.inventory.humidityByAisle();
    this.dehumidifierOn.clear();
    for (const [aisle, rh] of humidity) if (rh > 55) this.dehumidifierOn.add(aisle);
  }

  async exportStocktake(): Promise<void> {
    const stamp = new Date().toISOString().slice(0, 10);
    await this.inventory.exportStocktake(`${this.exportDir}/stocktake-${stamp}.csv`);
  }

  nightlyCycle(log: (line: string) => void): Promise<void> {
    return runSteps(this, [this.reconcileLoans, this.rotateDehumidifiers, this.exportStocktake], log);
  }

  scheduleExport(): Promise<void> {
    return this.queue.push(this.exportStocktake.bind(this));
  }
}
