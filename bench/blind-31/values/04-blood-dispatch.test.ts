// expect: none
// Assertions use awaited values or vitest's awaited .resolves/.rejects helpers, so no promise is ever compared or asserted on as a plain value.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeTruthy(): void;
  resolves: { toEqual(expected: unknown): Promise<void>; toBe(expected: unknown): Promise<void> };
  rejects: { toThrow(match?: string | RegExp): Promise<void> };
};

type Component = 'RBC' | 'platelets' | 'plasma';

interface Unit {
  unitId: string;
  group: string;
  component: Component;
  expiresOn: string;
}

class DispatchDesk {
  private readonly shelf: Unit[];
  readonly dispatched: string[] = [];

  constructor(units: Unit[]) {
    this.shelf = [...units];
  }

  async available(group: string, component: Component): Promise<number> {
    await Promise.resolve();
    return this.shelf.filter((u) => u.group === group && u.component === component).length;
  }

  async dispatch(group: string, component: Component, count: number): Promise<string[]> {
    const matching = this.shelf
      .filter((u) => u.group === group && u.component === component)
      .sort((a, b) => a.expiresOn.localeCompare(b.expiresOn));
    if (matching.length < count) {
      throw new Error(`only ${matching.length} ${group} ${component} units on the shelf`);
    }
    const picked = matching.slice(0, count).map((u) => u.unitId);
    for (const id of picked) {
      this.shelf.splice(this.shelf.findIndex((u) => u.unitId === id), 1);
    }
    this.dispatched.push(...picked);
    return picked;
  }
}

describe('blood bank dispatch desk', () => {
  let desk: DispatchDesk;

  beforeEach(() => {
    desk = new DispatchDesk([
      { unitId: 'U1', group: 'O-', component: 'RBC', expiresOn: '2024-07-02' },
      { unitId: 'U2', group: 'O-', component: 'RBC', expiresOn: '2024-06-20' },
      { unitId: 'U3', group: 'O-', component: 'RBC', expiresOn: '2024-06-28' },
      { unitId: 'U4', group: 'A+', component: 'platelets', expiresOn: '2024-06-12' },
    ]);
  });

  it('dispatches the units closest to expiry first', async () => {
    await expect(desk.dispatch('O-', 'RBC', 2)).resolves.toEqual(['U2', 'U3']);
    expect(desk.dispatched).toEqual(['U2', 'U3']);
  });

  it('updates stock after a dispatch', async () => {
    await desk.dispatch('O-', 'RBC', 1);
    const remaining = await desk.available('O-', 'RBC');
    expect(remaining).toBe(2);
    await expect(desk.available('A+', 'platelets')).resolves.toBe(1);
  });

  it('refuses to split an order it cannot fill', async () => {
    await expect(desk.dispatch('A+', 'platelets', 3)).rejects.toThrow('only 1 A+ platelets units');
    expect(await desk.available('A+', 'platelets')).toBe(1);
  });

  it('reports whether emergency O- stock is present', async () => {
    const hasEmergencyStock = (await desk.available('O-', 'RBC')) > 0;
    expect(hasEmergencyStock).toBeTruthy();
  });
});
