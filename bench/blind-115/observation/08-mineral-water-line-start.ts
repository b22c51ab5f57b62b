// expect: none
// The label load and capper warm-up run concurrently but are joined with Promise.all immediately, and the filler priming is awaited where it is called.
export interface BottlingOrder {
  orderId: string;
  sku: string;
  sourceWell: 'north' | 'south';
  bottles: number;
  capSize: 28 | 38;
}

export interface LabelSpool {
  sku: string;
  spoolId: string;
  remaining: number;
}

export interface LabelStore {
  load(sku: string): Promise<LabelSpool>;
}

export interface Capper {
  warmUp(capSize: 28 | 38): Promise<{ torqueNm: number }>;
}

export interface Filler {
  prime(well: 'north' | 'south'): Promise<{ flowLpm: number }>;
  start(bottles: number): Promise<string>;
}

export interface LineRun {
  orderId: string;
  runId: string;
  spoolId: string;
  torqueNm: number;
  flowLpm: number;
}

export class BottlingLine {
  constructor(
    private readonly labels: LabelStore,
    private readonly capper: Capper,
    private readonly filler: Filler,
  ) {}

  async start(order: BottlingOrder): Promise<LineRun> {
    const [spool, capper] = await Promise.all([
      this.labels.load(order.sku),
      this.capper.warmUp(order.capSize),
    ]);

    if (spool.remaining < order.bottles) {
      throw new Error(`spool ${spool.spoolId} has ${spool.remaining} labels, order needs ${order.bottles}`);
    }

    const { flowLpm } = await this.filler.prime(order.sourceWell);
    if (flowLpm < 40) {
      throw new Error(`${order.sourceWell} well flow too low (${flowLpm} L/min)`);
    }

    const runId = await this.filler.start(order.bottles);
    return { orderId: order.orderId, runId, spoolId: spool.spoolId, torqueNm: capper.torqueNm, flowLpm };
  }
}
