// expect: none
// Each once() promise is created just before the synchronous trigger and awaited with no await in between, and seeding uses Promise.all rather than forEach.
import { EventEmitter, once } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeCloseTo(expected: number, digits?: number): void;
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

interface Tray {
  trayId: string;
  accession: string;
  seedsSown: number;
  pretreatment: 'none' | 'cold-stratified' | 'scarified';
}

interface TrialResult {
  trayId: string;
  germinated: number;
  rate: number;
  days: number;
}

class GerminationChamber extends EventEmitter {
  private readonly trays = new Map<string, Tray>();
  private day = 0;

  async load(tray: Tray): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.trays.has(tray.trayId)) throw new Error(`tray ${tray.trayId} already loaded`);
    this.trays.set(tray.trayId, tray);
  }

  advanceDays(days: number): void {
    this.day += days;
    for (const tray of this.trays.values()) {
      if (this.day < 14) continue;
      const factor = tray.pretreatment === 'cold-stratified' ? 0.9 : tray.pretreatment === 'scarified' ? 0.8 : 0.55;
      const germinated = Math.round(tray.seedsSown * factor);
      this.emit('trial-complete', { trayId: tray.trayId, germinated, rate: germinated / tray.seedsSown, days: this.day });
      this.trays.delete(tray.trayId);
    }
  }

  failPower(): void {
    this.emit('error', new Error('chamber lost power; trial invalid'));
  }
}

describe('GerminationChamber', () => {
  let chamber: GerminationChamber;

  beforeEach(async () => {
    chamber = new GerminationChamber();
    const trays: Tray[] = [
      { trayId: 'T1', accession: 'SB-2211', seedsSown: 50, pretreatment: 'cold-stratified' },
      { trayId: 'T2', accession: 'SB-2212', seedsSown: 40, pretreatment: 'none' },
    ];
    await Promise.all(trays.map((tray) => chamber.load(tray)));
  });

  it('reports the first completed tray after fourteen days', async () => {
    const completed = once(chamber, 'trial-complete');
    chamber.advanceDays(14);
    const [result] = (await completed) as [TrialResult];
    expect(result).toEqual({ trayId: 'T1', germinated: 45, rate: 0.9, days: 14 });
  });

  it('does not complete trials early', async () => {
    let completions = 0;
    chamber.on('trial-complete', () => completions++);
    chamber.advanceDays(7);
    expect(completions).toBe(0);
  });

  it('untreated seed germinates at a lower rate', async () => {
    const results: TrialResult[] = [];
    chamber.on('trial-complete', (r: TrialResult) => results.push(r));
    chamber.advanceDays(21);
    expect(results.find((r) => r.trayId === 'T2')?.rate).toBeCloseTo(0.55, 2);
  });

  it('surfaces power failures to anyone waiting on a trial', async () => {
    const completed = once(chamber, 'trial-complete');
    chamber.failPower();
    await expect(completed).rejects.toThrow(/lost power/);
  });

  it('refuses to load the same tray twice', async () => {
    await expect(chamber.load({ trayId: 'T1', accession: 'SB-2211', seedsSown: 10, pretreatment: 'none' })).rejects.toThrow(
      /already loaded/,
    );
  });
});
