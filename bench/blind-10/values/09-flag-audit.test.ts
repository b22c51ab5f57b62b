// expect: no-promise-as-value
// AuditLog.contains is async, so toBeTruthy() receives a pending Promise (always truthy) and the audit test passes even when setEnabled writes no audit entry.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => void): void;
interface Matchers<R> {
  toBe(expected: unknown): R;
  toEqual(expected: unknown): R;
  toBeTruthy(): R;
  toThrow(expected?: string | RegExp): R;
}
declare function expect(actual: unknown): Matchers<void> & { rejects: Matchers<Promise<void>> };

interface AuditEntry {
  flag: string;
  actor: string;
  enabled: boolean;
  at: number;
}

class AuditLog {
  private readonly entries: AuditEntry[] = [];
  async append(entry: AuditEntry): Promise<void> {
    this.entries.push(entry);
  }
  async contains(match: Partial<AuditEntry>): Promise<boolean> {
    return this.entries.some((e) => (Object.keys(match) as Array<keyof AuditEntry>).every((k) => e[k] === match[k]));
  }
  async count(flag: string): Promise<number> {
    return this.entries.filter((e) => e.flag === flag).length;
  }
}

class FlagService {
  private readonly state = new Map<string, boolean>();
  constructor(
    private readonly audit: AuditLog,
    private readonly known: ReadonlySet<string>,
  ) {}

  async isEnabled(flag: string): Promise<boolean> {
    return this.state.get(flag) ?? false;
  }

  async setEnabled(flag: string, enabled: boolean, actor: string): Promise<void> {
    if (!this.known.has(flag)) throw new Error(`unknown flag "${flag}"`);
    if ((await this.isEnabled(flag)) === enabled) return;
    this.state.set(flag, enabled);
    await this.audit.append({ flag, actor, enabled, at: Date.now() });
  }
}

describe('FlagService', () => {
  let audit: AuditLog;
  let flags: FlagService;

  beforeEach(() => {
    audit = new AuditLog();
    flags = new FlagService(audit, new Set(['checkout-v2', 'dark-mode']));
  });

  it('turns a flag on', async () => {
    await flags.setEnabled('checkout-v2', true, 'alice@example.com');
    expect(await flags.isEnabled('checkout-v2')).toBe(true);
  });

  it('records who toggled the flag', async () => {
    await flags.setEnabled('checkout-v2', true, 'alice@example.com');
    expect(audit.contains({ flag: 'checkout-v2', actor: 'alice@example.com', enabled: true })).toBeTruthy();
  });

  it('does not audit a no-op toggle', async () => {
    await flags.setEnabled('dark-mode', true, 'bob@example.com');
    await flags.setEnabled('dark-mode', true, 'bob@example.com');
    expect(await audit.count('dark-mode')).toBe(1);
  });

  it('rejects unknown flags', async () => {
    await expect(flags.setEnabled('checkout-v3', true, 'alice@example.com')).rejects.toThrow(/unknown flag/);
  });
});
