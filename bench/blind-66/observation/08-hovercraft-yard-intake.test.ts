// expect: no-floating-promises
// The 'queues every arriving craft' test submits crafts with forEach(async ...), so the submissions are dropped and the assertions run before (and regardless of) them.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toContain(item: unknown): void;
  rejects: { toThrow(pattern: RegExp | string): Promise<void> };
};

interface Hovercraft {
  hull: string;
  model: 'SR.N6' | 'Griffon 2000' | 'BHT-130';
  liftFanHours: number;
  skirtSegmentsDamaged: number;
}

interface WorkOrder {
  hull: string;
  bay: number;
  tasks: string[];
}

class RepairYard {
  private readonly orders = new Map<string, WorkOrder>();
  private nextBay = 1;

  constructor(private readonly bays: number) {}

  async submit(craft: Hovercraft): Promise<WorkOrder> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.orders.has(craft.hull)) throw new Error(`hull ${craft.hull} already in the yard`);
    if (this.orders.size >= this.bays) throw new Error('no free repair bay');

    const tasks: string[] = [];
    if (craft.skirtSegmentsDamaged > 0) tasks.push(`replace ${craft.skirtSegmentsDamaged} skirt segments`);
    if (craft.liftFanHours > 2000) tasks.push('overhaul lift fan gearbox');
    if (tasks.length === 0) tasks.push('routine inspection');

    const order = { hull: craft.hull, bay: this.nextBay++, tasks };
    this.orders.set(craft.hull, order);
    return order;
  }

  occupiedBays(): number[] {
    return [...this.orders.values()].map((o) => o.bay).sort((a, b) => a - b);
  }

  order(hull: string): WorkOrder | undefined {
    return this.orders.get(hull);
  }
}

const arrivals: Hovercraft[] = [
  { hull: 'GH-2091', model: 'Griffon 2000', liftFanHours: 2310, skirtSegmentsDamaged: 4 },
  { hull: 'SR-006', model: 'SR.N6', liftFanHours: 640, skirtSegmentsDamaged: 0 },
  { hull: 'BH-130-2', model: 'BHT-130', liftFanHours: 1180, skirtSegmentsDamaged: 1 },
];

describe('hovercraft repair yard intake', () => {
  let yard: RepairYard;

  beforeEach(() => {
    yard = new RepairYard(3);
  });

  it('writes skirt and gearbox tasks for a worn Griffon', async () => {
    const order = await yard.submit(arrivals[0]);
    expect(order.tasks).toContain('replace 4 skirt segments');
    expect(order.tasks).toContain('overhaul lift fan gearbox');
  });

  it('queues every arriving craft without exceeding the bay count', async () => {
    arrivals.forEach(async (craft) => {
      const order = await yard.submit(craft);
      expect(yard.order(craft.hull)).toEqual(order);
    });
    expect(yard.occupiedBays().every((bay) => bay >= 1 && bay <= 3)).toBe(true);
  });

  it('gives a clean craft a routine inspection only', async () => {
    const order = await yard.submit(arrivals[1]);
    expect(order.tasks).toEqual(['routine inspection']);
  });

  it('refuses a hull that is already in the yard', async () => {
    await yard.submit(arrivals[2]);
    await expect(yard.submit(arrivals[2])).rejects.toThrow(/already in the yard/);
  });
});
