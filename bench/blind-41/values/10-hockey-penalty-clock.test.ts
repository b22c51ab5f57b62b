// expect: none
// Each assertion on the async penalty box is made on an awaited value, and vi.fn mocks are inspected only after the awaited calls complete.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeTruthy(): void;
  toBeFalsy(): void;
  toHaveBeenCalledTimes(n: number): void;
};
declare const vi: {
  fn<A extends unknown[], R>(impl: (...args: A) => R): ((...args: A) => R) & { mock: { calls: A[] } };
};

interface Penalty {
  player: number;
  team: 'home' | 'away';
  minutes: 2 | 4 | 5 | 10;
  startedAtGameSec: number;
}

class PenaltyBox {
  private readonly active: Penalty[] = [];

  constructor(private readonly announce: (text: string) => Promise<void>) {}

  async assess(p: Penalty): Promise<number> {
    this.active.push(p);
    await this.announce(`#${p.player} ${p.team}, ${p.minutes} minutes`);
    return this.skatersOnIce(p.team);
  }

  async isServing(player: number, gameSec: number): Promise<boolean> {
    return this.active.some((p) => p.player === player && gameSec < p.startedAtGameSec + p.minutes * 60);
  }

  async goalScoredAgainst(team: 'home' | 'away', gameSec: number): Promise<number | null> {
    const minors = this.active
      .filter((p) => p.team === team && p.minutes === 2 && gameSec < p.startedAtGameSec + 120)
      .sort((a, b) => a.startedAtGameSec - b.startedAtGameSec);
    const released = minors[0];
    if (!released) return null;
    this.active.splice(this.active.indexOf(released), 1);
    await this.announce(`#${released.player} released`);
    return released.player;
  }

  skatersOnIce(team: 'home' | 'away'): number {
    const serving = this.active.filter((p) => p.team === team && p.minutes !== 10).length;
    return Math.max(3, 5 - serving);
  }
}

describe('penalty box clock', () => {
  let announce: ReturnType<typeof vi.fn<[string], Promise<void>>>;
  let box: PenaltyBox;

  beforeEach(() => {
    announce = vi.fn(async (_text: string) => {});
    box = new PenaltyBox(announce);
  });

  it('reduces skaters for a minor penalty', async () => {
    expect(await box.assess({ player: 17, team: 'home', minutes: 2, startedAtGameSec: 300 })).toBe(4);
    expect(await box.isServing(17, 350)).toBeTruthy();
    expect(await box.isServing(17, 421)).toBeFalsy();
  });

  it('releases the earliest minor when the power play scores', async () => {
    await box.assess({ player: 8, team: 'away', minutes: 2, startedAtGameSec: 600 });
    await box.assess({ player: 44, team: 'away', minutes: 2, startedAtGameSec: 640 });
    expect(await box.goalScoredAgainst('away', 660)).toBe(8);
    expect(box.skatersOnIce('away')).toBe(4);
    expect(announce).toHaveBeenCalledTimes(3);
  });

  it('does not release a major on a power-play goal', async () => {
    await box.assess({ player: 3, team: 'home', minutes: 5, startedAtGameSec: 1200 });
    expect(await box.goalScoredAgainst('home', 1260)).toBe(null);
    expect(announce.mock.calls.map(([text]) => text)).toEqual(['#3 home, 5 minutes']);
  });
});
