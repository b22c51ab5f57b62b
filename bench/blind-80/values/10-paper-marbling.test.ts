// expect: none
// `lastPattern` is written by the 'pulled' listener and read only after awaiting the pull together with once(tray, 'pulled'), and the resolves/rejects assertions are awaited matchers on the promises, not checks of the promises themselves.
import { once } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  resolves: { toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface Pull {
  pattern: 'stone' | 'nonpareil' | 'peacock' | 'bouquet';
  colours: string[];
  sheet: number;
}

class MarblingTray extends EventTarget {
  private drops: string[] = [];
  private sheet = 0;

  drop(colour: string): void {
    if (this.drops.length >= 6) throw new Error('size is crowded: skim before adding more colour');
    this.drops.push(colour);
  }

  async pull(pattern: Pull['pattern']): Promise<Pull> {
    if (this.drops.length === 0) throw new Error('nothing floated on the size');
    await new Promise<void>((resolve) => setTimeout(resolve, 2)); // laying the sheet down
    const result: Pull = { pattern, colours: [...this.drops], sheet: ++this.sheet };
    this.drops = [];
    this.dispatchEvent(new CustomEvent<Pull>('pulled', { detail: result }));
    return result;
  }
}

describe('MarblingTray', () => {
  let tray: MarblingTray;

  beforeEach(() => {
    tray = new MarblingTray();
  });

  it('pulls the floated colours onto a sheet', async () => {
    tray.drop('indigo');
    tray.drop('ochre');
    await expect(tray.pull('stone')).resolves.toEqual({ pattern: 'stone', colours: ['indigo', 'ochre'], sheet: 1 });
  });

  it('announces each pull to listeners', async () => {
    let lastPattern: string | null = null;
    tray.addEventListener('pulled', (event) => {
      lastPattern = (event as CustomEvent<Pull>).detail.pattern;
    });
    tray.drop('rose madder');
    const [pull, [event]] = await Promise.all([tray.pull('peacock'), once(tray, 'pulled')]);
    expect(lastPattern).toBe('peacock');
    expect((event as CustomEvent<Pull>).detail).toEqual(pull);
    expect(pull.sheet).toBe(1);
  });

  it('refuses to pull from an empty tray', async () => {
    await expect(tray.pull('nonpareil')).rejects.toThrow('nothing floated');
  });

  it('numbers sheets across pulls and clears the tray', async () => {
    tray.drop('black');
    const first = await tray.pull('bouquet');
    tray.drop('white');
    const second = await tray.pull('bouquet');
    expect([first.sheet, second.sheet]).toEqual([1, 2]);
    expect(second.colours).toEqual(['white']);
  });
});
