// expect: none
// Correct: every async gate method is awaited (or passed to expect().resolves/rejects and awaited) before its result is asserted.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => void): void;
declare function expect(actual: unknown): {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  resolves: { toEqual(expected: unknown): Promise<void>; toBe(expected: unknown): Promise<void> };
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

interface Ticket {
  barcode: string;
  stand: 'north' | 'south' | 'east' | 'west';
  validFrom: Date;
}

class TurnstileGate {
  private scanned = new Set<string>();
  private locked = false;

  constructor(
    readonly stand: Ticket['stand'],
    private readonly lookup: (barcode: string) => Promise<Ticket | undefined>,
  ) {}

  async isOpen(): Promise<boolean> {
    return !this.locked;
  }

  async lock(): Promise<void> {
    this.locked = true;
  }

  async admit(barcode: string, now = new Date()): Promise<{ admitted: boolean; reason?: string }> {
    if (this.locked) throw new Error('gate locked');
    const ticket = await this.lookup(barcode);
    if (!ticket) return { admitted: false, reason: 'unknown' };
    if (ticket.stand !== this.stand) return { admitted: false, reason: 'wrong-stand' };
    if (ticket.validFrom > now) return { admitted: false, reason: 'too-early' };
    if (this.scanned.has(barcode)) return { admitted: false, reason: 'already-used' };
    this.scanned.add(barcode);
    return { admitted: true };
  }
}

describe('TurnstileGate', () => {
  const tickets = new Map<string, Ticket>([
    ['NTH-001', { barcode: 'NTH-001', stand: 'north', validFrom: new Date('2024-05-01T12:00:00Z') }],
    ['STH-044', { barcode: 'STH-044', stand: 'south', validFrom: new Date('2024-05-01T12:00:00Z') }],
  ]);
  const kickoff = new Date('2024-05-01T14:00:00Z');
  let gate: TurnstileGate;

  beforeEach(() => {
    gate = new TurnstileGate('north', async (code) => tickets.get(code));
  });

  it('starts open', async () => {
    expect(await gate.isOpen()).toBe(true);
  });

  it('admits a valid ticket once', async () => {
    const first = await gate.admit('NTH-001', kickoff);
    expect(first).toEqual({ admitted: true });
    await expect(gate.admit('NTH-001', kickoff)).resolves.toEqual({ admitted: false, reason: 'already-used' });
  });

  it('sends fans to the right stand', async () => {
    const result = await gate.admit('STH-044', kickoff);
    expect(result.reason).toBe('wrong-stand');
  });

  it('refuses everything once locked', async () => {
    await gate.lock();
    expect(await gate.isOpen()).toBe(false);
    await expect(gate.admit('NTH-001', kickoff)).rejects.toThrow('gate locked');
  });
});
