// expect: no-uncalled-async-function
// beforeEach awaits resetTurnstiles without calling it, so gate state and waiver store leak between tests.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toContain(item: unknown): void;
};

interface Waiver {
  guestId: string;
  signedAt: number;
  minor: boolean;
  guardianId?: string;
}

interface GateDecision {
  open: boolean;
  reason: 'ok' | 'no-waiver' | 'capacity' | 'needs-guardian';
}

class WaiverStore {
  private readonly waivers = new Map<string, Waiver>();
  async save(w: Waiver): Promise<void> {
    this.waivers.set(w.guestId, w);
  }
  async find(guestId: string): Promise<Waiver | undefined> {
    return this.waivers.get(guestId);
  }
  async clear(): Promise<void> {
    this.waivers.clear();
  }
}

class Turnstile {
  private inside = new Set<string>();
  constructor(private readonly waivers: WaiverStore, private readonly capacity: number) {}

  async scan(guestId: string, withGuardian?: string): Promise<GateDecision> {
    const waiver = await this.waivers.find(guestId);
    if (!waiver) return { open: false, reason: 'no-waiver' };
    if (waiver.minor && (!withGuardian || !this.inside.has(withGuardian))) {
      return { open: false, reason: 'needs-guardian' };
    }
    if (this.inside.size >= this.capacity) return { open: false, reason: 'capacity' };
    this.inside.add(guestId);
    return { open: true, reason: 'ok' };
  }

  async reset(): Promise<void> {
    this.inside = new Set();
  }

  occupancy(): number {
    return this.inside.size;
  }
}

const waivers = new WaiverStore();
const mainGate = new Turnstile(waivers, 3);

async function resetTurnstiles(): Promise<void> {
  await mainGate.reset();
  await waivers.clear();
  await waivers.save({ guestId: 'adult-1', signedAt: Date.now(), minor: false });
  await waivers.save({ guestId: 'adult-2', signedAt: Date.now(), minor: false });
  await waivers.save({ guestId: 'kid-1', signedAt: Date.now(), minor: true, guardianId: 'adult-1' });
}

describe('trampoline park turnstile', () => {
  beforeEach(async () => {
    await resetTurnstiles;
  });

  it('admits an adult with a signed waiver', async () => {
    const decision = await mainGate.scan('adult-1');
    expect(decision).toEqual({ open: true, reason: 'ok' });
    expect(mainGate.occupancy()).toBe(1);
  });

  it('turns away guests without a waiver', async () => {
    const decision = await mainGate.scan('walk-in-7');
    expect(decision.reason).toBe('no-waiver');
  });

  it('requires the guardian to be inside before a minor', async () => {
    expect((await mainGate.scan('kid-1', 'adult-1')).reason).toBe('needs-guardian');
    await mainGate.scan('adult-1');
    expect((await mainGate.scan('kid-1', 'adult-1')).open).toBe(true);
  });

  it('stops at capacity', async () => {
    await waivers.save({ guestId: 'adult-3', signedAt: Date.now(), minor: false });
    await waivers.save({ guestId: 'adult-4', signedAt: Date.now(), minor: false });
    const reasons: string[] = [];
    for (const id of ['adult-1', 'adult-2', 'adult-3', 'adult-4']) {
      reasons.push((await mainGate.scan(id)).reason);
    }
    expect(reasons).toEqual(['ok', 'ok', 'ok', 'capacity']);
  });
});
