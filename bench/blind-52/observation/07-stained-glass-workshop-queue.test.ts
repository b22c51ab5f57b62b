// expect: no-floating-promises
// beforeEach awaits the truncate but drops the promise from fixtures.seedPanes(), so tests can run before the panes exist.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  rejects: { toThrow(pattern?: RegExp | string): Promise<void> };
};

interface Pane {
  id: string;
  glassColour: string;
  leadCameMm: number;
  status: 'cut' | 'leaded' | 'soldered' | 'cemented';
}

declare const testDb: {
  truncate(table: 'panes' | 'orders'): Promise<void>;
  close(): Promise<void>;
};

declare const fixtures: {
  seedPanes(count: number, overrides?: Partial<Pane>): Promise<Pane[]>;
};

declare const workshop: {
  queue(): Promise<Pane[]>;
  advance(paneId: string): Promise<Pane>;
  reject(paneId: string, reason: string): Promise<void>;
};

const NEXT: Record<Pane['status'], Pane['status'] | null> = {
  cut: 'leaded',
  leaded: 'soldered',
  soldered: 'cemented',
  cemented: null,
};

describe('stained glass workshop queue', () => {
  beforeEach(async () => {
    await testDb.truncate('panes');
    fixtures.seedPanes(3, { status: 'cut', leadCameMm: 6 });
  });

  afterEach(async () => {
    await testDb.truncate('orders');
  });

  it('lists seeded panes in the queue', async () => {
    const panes = await workshop.queue();
    expect(panes).toHaveLength(3);
    expect(panes.every((p) => p.status === 'cut')).toBe(true);
  });

  it('advances a pane one stage at a time', async () => {
    const [first] = await workshop.queue();
    const advanced = await workshop.advance(first.id);
    expect(advanced.status).toBe(NEXT[first.status]);
  });

  it('walks a pane through every stage', async () => {
    const [first] = await workshop.queue();
    let pane = first;
    const seen: Pane['status'][] = [pane.status];
    while (NEXT[pane.status] !== null) {
      pane = await workshop.advance(pane.id);
      seen.push(pane.status);
    }
    expect(seen).toEqual(['cut', 'leaded', 'soldered', 'cemented']);
  });

  it('refuses to advance a cemented pane', async () => {
    const [first] = await workshop.queue();
    for (let i = 0; i < 3; i++) {
      await workshop.advance(first.id);
    }
    await expect(workshop.advance(first.id)).rejects.toThrow(/already cemented/);
  });

  it('drops rejected panes from the queue', async () => {
    const [first] = await workshop.queue();
    await workshop.reject(first.id, 'cracked during leading');
    const remaining = await workshop.queue();
    expect(remaining).toHaveLength(2);
    expect(remaining.some((p) => p.id === first.id)).toBe(false);
  });
});
