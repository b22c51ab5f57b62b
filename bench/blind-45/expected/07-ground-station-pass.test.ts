// expect: none
// The handshake promise is memoized on purpose and re-awaited by every caller; waitForLock makes a fresh readLock() call on each poll.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: <T>(actual: T) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  rejects: { toThrow(pattern: RegExp): Promise<void> };
};
declare const vi: {
  fn<A extends unknown[], R>(impl: (...args: A) => R): ((...args: A) => R) & { mock: { calls: A[] } };
};

interface LockState {
  locked: boolean;
  snrDb: number;
}

interface ModemLink {
  handshake(stationId: string): Promise<{ sessionId: string }>;
  readLock(sessionId: string): Promise<LockState>;
}

class PassSession {
  private handshakeDone?: Promise<string>;

  constructor(private readonly link: ModemLink, private readonly stationId: string) {}

  ready(): Promise<string> {
    this.handshakeDone ??= this.link.handshake(this.stationId).then((r) => r.sessionId);
    return this.handshakeDone;
  }

  async waitForLock(minSnrDb: number, maxPolls = 5): Promise<LockState> {
    const sessionId = await this.ready();
    for (let i = 0; i < maxPolls; i++) {
      const state = await this.link.readLock(sessionId);
      if (state.locked && state.snrDb >= minSnrDb) return state;
    }
    throw new Error(`no carrier lock above ${minSnrDb} dB after ${maxPolls} polls`);
  }
}

describe('PassSession', () => {
  let lockSequence: LockState[];
  let handshake: ReturnType<typeof vi.fn<[string], Promise<{ sessionId: string }>>>;
  let readLock: ReturnType<typeof vi.fn<[string], Promise<LockState>>>;
  let session: PassSession;

  beforeEach(() => {
    lockSequence = [
      { locked: false, snrDb: 0 },
      { locked: true, snrDb: 4.5 },
      { locked: true, snrDb: 9.2 },
    ];
    handshake = vi.fn(async (stationId: string) => ({ sessionId: `${stationId}-S1` }));
    readLock = vi.fn(async (_sessionId: string) => lockSequence.shift() ?? { locked: false, snrDb: 0 });
    session = new PassSession({ handshake, readLock }, 'SVALBARD-3');
  });

  it('shares one handshake between concurrent callers', async () => {
    const first = session.ready();
    const second = session.ready();
    expect(first).toBe(second);
    expect(await first).toBe('SVALBARD-3-S1');
    expect(await second).toBe('SVALBARD-3-S1');
    expect(handshake.mock.calls.length).toBe(1);
  });

  it('polls the modem until the SNR threshold is met', async () => {
    const state = await session.waitForLock(8);
    expect(state.snrDb).toBeGreaterThan(8);
    expect(readLock.mock.calls.length).toBe(3);
  });

  it('gives up when the carrier never locks', async () => {
    lockSequence = [];
    await expect(session.waitForLock(8, 3)).rejects.toThrow(/no carrier lock/);
    expect(readLock.mock.calls.length).toBe(3);
  });
});
