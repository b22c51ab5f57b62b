// expect: no-reused-settled-promise
// acquireToken() calls requestToken once and re-awaits that same promise on every retry, so a busy instrument's rejection is just replayed after each backoff and the token is never actually requested again.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface Token {
  section: string;
  serial: number;
  issuedAt: number;
}

interface BlockInstrument {
  requestToken(section: string): Promise<Token>;
  returnToken(token: Token): Promise<void>;
}

class InstrumentBusyError extends Error {
  constructor(section: string) {
    super(`instrument for ${section} busy`);
    this.name = 'InstrumentBusyError';
  }
}

class TokenDesk {
  private readonly issued = new Map<string, Token>();

  constructor(
    private readonly instrument: BlockInstrument,
    private readonly maxAttempts = 3,
    private readonly backoffMs = 20,
  ) {}

  async acquireToken(section: string): Promise<Token> {
    if (this.issued.has(section)) throw new Error(`token for ${section} already out`);
    const request = this.instrument.requestToken(section);
    for (let attempt = 1; ; attempt++) {
      try {
        const token = await request;
        this.issued.set(section, token);
        return token;
      } catch (err) {
        if (!(err instanceof InstrumentBusyError) || attempt >= this.maxAttempts) throw err;
        await sleep(this.backoffMs * attempt);
      }
    }
  }

  async surrender(section: string): Promise<void> {
    const token = this.issued.get(section);
    if (!token) return;
    await this.instrument.returnToken(token);
    this.issued.delete(section);
  }

  async surrenderAll(): Promise<void> {
    for (const section of [...this.issued.keys()]) await this.surrender(section);
  }
}

class FakeInstrument implements BlockInstrument {
  busyFor = 0;
  requests = 0;
  returned: number[] = [];
  private serial = 100;

  async requestToken(section: string): Promise<Token> {
    this.requests += 1;
    if (this.busyFor > 0) {
      this.busyFor -= 1;
      throw new InstrumentBusyError(section);
    }
    return { section, serial: ++this.serial, issuedAt: Date.now() };
  }

  async returnToken(token: Token): Promise<void> {
    this.returned.push(token.serial);
  }
}

describe('TokenDesk', () => {
  let instrument: FakeInstrument;
  let desk: TokenDesk;

  beforeEach(() => {
    instrument = new FakeInstrument();
    desk = new TokenDesk(instrument);
  });

  afterEach(async () => {
    await desk.surrenderAll();
  });

  it('issues a token for a clear section', async () => {
    const token = await desk.acquireToken('Dunmore–Kilbeg');
    assert.equal(token.section, 'Dunmore–Kilbeg');
    assert.equal(token.serial, 101);
  });

  it('refuses a second token for the same section', async () => {
    await desk.acquireToken('Dunmore–Kilbeg');
    await assert.rejects(desk.acquireToken('Dunmore–Kilbeg'), /already out/);
  });

  it('gives up when the instrument stays busy', async () => {
    instrument.busyFor = 10;
    await assert.rejects(desk.acquireToken('Kilbeg–Ross'), InstrumentBusyError);
  });

  it('returns tokens on teardown', async () => {
    await desk.acquireToken('Kilbeg–Ross');
    await desk.surrenderAll();
    assert.deepEqual(instrument.returned, [101]);
  });
});
