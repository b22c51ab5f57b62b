// expect: none
// Async loaders are called inside Promise.all and the step list holds functions that the runner itself invokes, so every promise that is awaited is a real call result.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface GaugeTable {
  [note: string]: number;
}

interface PendingOrder {
  orderId: string;
  notes: string[];
}

interface WorkshopSource {
  gauges(): Promise<GaugeTable>;
  orders(): Promise<PendingOrder[]>;
}

type Step = () => Promise<void>;

class StringBatchPlanner {
  gauges: GaugeTable = {};
  orders: PendingOrder[] = [];
  log: string[] = [];

  constructor(private source: WorkshopSource) {}

  async loadGauges(): Promise<void> {
    this.gauges = await this.source.gauges();
  }

  async loadOrders(): Promise<void> {
    this.orders = await this.source.orders();
  }

  async prepare(): Promise<void> {
    await Promise.all([this.loadGauges(), this.loadOrders()]);
  }

  async runSteps(steps: Step[]): Promise<void> {
    for (const step of steps) {
      await step();
    }
  }

  batches(): Map<number, string[]> {
    const byGauge = new Map<number, string[]>();
    for (const order of this.orders) {
      for (const note of order.notes) {
        const g = this.gauges[note];
        if (g === undefined) throw new Error(`no gauge for ${note} in ${order.orderId}`);
        byGauge.set(g, [...(byGauge.get(g) ?? []), `${order.orderId}:${note}`]);
      }
    }
    return byGauge;
  }
}

describe('StringBatchPlanner', () => {
  let source: { gauges: ReturnType<typeof vi.fn>; orders: ReturnType<typeof vi.fn> };
  let planner: StringBatchPlanner;

  beforeEach(() => {
    source = {
      gauges: vi.fn(async () => ({ C4: 1.02, D4: 0.97, E4: 0.97, C5: 0.81 })),
      orders: vi.fn(async () => [
        { orderId: 'O-101', notes: ['C4', 'D4'] },
        { orderId: 'O-102', notes: ['E4', 'C5'] },
      ]),
    };
    planner = new StringBatchPlanner(source as unknown as WorkshopSource);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('loads gauges and orders together', async () => {
    await planner.prepare();
    expect(source.gauges).toHaveBeenCalledOnce();
    expect(source.orders).toHaveBeenCalledOnce();
    expect(planner.orders).toHaveLength(2);
  });

  it('groups strings sharing a gauge into one batch', async () => {
    await planner.prepare();
    expect(planner.batches().get(0.97)).toEqual(['O-101:D4', 'O-102:E4']);
  });

  it('runs steps in order', async () => {
    const steps: Step[] = [
      () => planner.loadGauges(),
      async () => {
        planner.log.push(`gauges:${Object.keys(planner.gauges).length}`);
      },
      () => planner.loadOrders(),
    ];
    await planner.runSteps(steps);
    expect(planner.log).toEqual(['gauges:4']);
    expect(planner.orders[1].orderId).toBe('O-102');
  });

  it('reports a note with no gauge', async () => {
    source.orders.mockResolvedValueOnce([{ orderId: 'O-103', notes: ['G7'] }]);
    await planner.prepare();
    expect(() => planner.batches()).toThrow('no gauge for G7 in O-103');
  });
});
