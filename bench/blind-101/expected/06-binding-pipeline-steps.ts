// expect: none
// The pipeline stores its stages as function references on purpose and runs them with `await step.run(order)`, and shutdown() calls `await this.drain()`, so each async function is invoked wherever its promise is awaited.
export interface Order {
  id: string;
  title: string;
  copies: number;
  binding: 'case' | 'perfect' | 'coptic';
  log: string[];
}

export interface BinderyMachines {
  fold(orderId: string, signatures: number): Promise<void>;
  sew(orderId: string, style: 'smyth' | 'coptic'): Promise<void>;
  glue(orderId: string): Promise<void>;
  caseIn(orderId: string): Promise<void>;
}

interface Stage {
  name: string;
  run: (order: Order) => Promise<void>;
}

export class BinderyPipeline {
  private readonly queue: Order[] = [];
  private running: Order | undefined;

  constructor(private readonly machines: BinderyMachines) {}

  private stagesFor(order: Order): Stage[] {
    const signatures = Math.max(1, Math.ceil(order.copies / 16));
    const fold: Stage = { name: 'fold', run: (o) => this.machines.fold(o.id, signatures) };
    switch (order.binding) {
      case 'case':
        return [fold, { name: 'sew', run: (o) => this.machines.sew(o.id, 'smyth') }, { name: 'case-in', run: (o) => this.machines.caseIn(o.id) }];
      case 'perfect':
        return [fold, { name: 'glue', run: (o) => this.machines.glue(o.id) }];
      case 'coptic':
        return [fold, { name: 'sew', run: (o) => this.machines.sew(o.id, 'coptic') }];
    }
  }

  enqueue(order: Order): void {
    this.queue.push(order);
  }

  private async process(order: Order): Promise<void> {
    this.running = order;
    try {
      for (const step of this.stagesFor(order)) {
        const started = Date.now();
        await step.run(order);
        order.log.push(`${step.name} ${((Date.now() - started) / 1000).toFixed(1)}s`);
      }
    } finally {
      this.running = undefined;
    }
  }

  async drain(): Promise<number> {
    let done = 0;
    for (let order = this.queue.shift(); order; order = this.queue.shift()) {
      await this.process(order);
      done += 1;
    }
    return done;
  }

  async shutdown(): Promise<string> {
    const finished = await this.drain();
    return this.running ? `stopped during ${this.running.id}` : `bindery idle after ${finished} orders`;
  }
}
