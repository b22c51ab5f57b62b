// expect: none
// Promises only reach expect() through the awaited .resolves/.rejects matchers; plain matchers always get awaited values.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: <T>(actual: T) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  resolves: { toBe(expected: unknown): Promise<void>; toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

type Stage = 'larvae' | 'spat' | 'seed';

interface TankState {
  id: string;
  stage: Stage;
  volumeL: number;
  salinityPpt: number;
  algaeCellsPerMl: number;
}

class HatcheryTank {
  private state: TankState;
  private draining = false;

  constructor(initial: TankState) {
    this.state = { ...initial };
  }

  async salinity(): Promise<number> {
    await Promise.resolve();
    return this.state.salinityPpt;
  }

  async feed(cellsPerMl: number): Promise<number> {
    if (this.draining) throw new Error(`tank ${this.state.id} is draining`);
    const cap = this.state.stage === 'larvae' ? 80_000 : 200_000;
    this.state.algaeCellsPerMl = Math.min(cap, this.state.algaeCellsPerMl + cellsPerMl);
    return this.state.algaeCellsPerMl;
  }

  async drain(): Promise<number> {
    if (this.draining) throw new Error(`tank ${this.state.id} is already draining`);
    this.draining = true;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const drained = this.state.volumeL;
    this.state.volumeL = 0;
    this.draining = false;
    return drained;
  }

  volume(): number {
    return this.state.volumeL;
  }
}

describe('oyster hatchery tank', () => {
  let tank: HatcheryTank;

  beforeEach(() => {
    tank = new HatcheryTank({ id: 'L-04', stage: 'larvae', volumeL: 1_500, salinityPpt: 26, algaeCellsPerMl: 20_000 });
  });

  it('reports salinity', async () => {
    await expect(tank.salinity()).resolves.toBe(26);
  });

  it('caps algae density for larvae', async () => {
    expect(await tank.feed(50_000)).toBe(70_000);
    expect(await tank.feed(50_000)).toBe(80_000);
  });

  it('drains the full volume', async () => {
    await expect(tank.drain()).resolves.toBe(1_500);
    expect(tank.volume()).toBe(0);
  });

  it('refuses to feed while draining', async () => {
    const [drained] = await Promise.all([tank.drain(), expect(tank.feed(1_000)).rejects.toThrow(/is draining/)]);
    expect(drained).toBeGreaterThan(0);
  });
});
