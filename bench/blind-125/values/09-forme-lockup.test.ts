// expect: no-promise-as-value
// The 'every capital' test passes the unawaited promise from the async reserve() to toBeTruthy, which always passes whatever reserve would have returned.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface SortDrawer {
  font: string;
  char: string;
  count: number;
}

class FormeLockup {
  private readonly drawers = new Map<string, SortDrawer>();
  private readonly reserved = new Map<string, number>();

  constructor(private readonly audit: (msg: string) => void = () => {}) {}

  stock(drawer: SortDrawer): void {
    this.drawers.set(`${drawer.font}/${drawer.char}`, drawer);
  }

  async reserve(font: string, char: string, count: number): Promise<boolean> {
    await Promise.resolve();
    const key = `${font}/${char}`;
    const drawer = this.drawers.get(key);
    const already = this.reserved.get(key) ?? 0;
    if (!drawer || already + count > drawer.count) {
      this.audit(`short of ${char} in ${font}`);
      return false;
    }
    this.reserved.set(key, already + count);
    return true;
  }

  available(font: string, char: string): number {
    const key = `${font}/${char}`;
    return (this.drawers.get(key)?.count ?? 0) - (this.reserved.get(key) ?? 0);
  }
}

describe('FormeLockup.reserve', () => {
  let audit: ReturnType<typeof vi.fn<(msg: string) => void>>;
  let lockup: FormeLockup;

  beforeEach(() => {
    audit = vi.fn<(msg: string) => void>();
    lockup = new FormeLockup(audit);
    lockup.stock({ font: 'plantin-14', char: 'e', count: 140 });
    lockup.stock({ font: 'plantin-14', char: 'W', count: 8 });
  });

  afterEach(() => {
    vi.clearAllMocks();
  });

  it('reserves sorts that are in the drawer', async () => {
    await expect(lockup.reserve('plantin-14', 'e', 100)).resolves.toBe(true);
    expect(lockup.available('plantin-14', 'e')).toBe(40);
  });

  it('can reserve every capital in the drawer', () => {
    expect(lockup.reserve('plantin-14', 'W', 8)).toBeTruthy();
  });

  it('refuses to reserve more capitals than the drawer holds', async () => {
    await expect(lockup.reserve('plantin-14', 'W', 12)).resolves.toBe(false);
    expect(lockup.available('plantin-14', 'W')).toBe(8);
  });

  it('logs a shortage for an unknown font', async () => {
    await lockup.reserve('albertus-36', 'A', 1);
    expect(audit).toHaveBeenCalledWith('short of A in albertus-36');
  });

  it('accumulates reservations across calls', async () => {
    await lockup.reserve('plantin-14', 'e', 70);
    await expect(lockup.reserve('plantin-14', 'e', 71)).resolves.toBe(false);
  });
});
