// expect: no-multiple-settle
// waitForRiders never clears its timeout after resolving, so the timer later calls reject on an already-resolved promise.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface GateScan {
  gateId: string;
  passId: string;
  at: number;
  valid: boolean;
}

class TurnstileBank extends EventEmitter {
  readonly scans: GateScan[] = [];
  private closed = false;

  constructor(readonly liftId: string, readonly gateIds: string[]) {
    super();
  }

  scan(gateId: string, passId: string, valid = true): void {
    if (this.closed) throw new Error(`Lift ${this.liftId} is closed`);
    const scan: GateScan = { gateId, passId, at: Date.now(), valid };
    this.scans.push(scan);
    setImmediate(() => this.emit('scan', scan));
  }

  ridersBoarded(): number {
    return this.scans.filter((s) => s.valid).length;
  }

  shutDown(): void {
    this.closed = true;
    this.removeAllListeners();
  }
}

function waitForRiders(bank: TurnstileBank, expected: number, timeoutMs = 500): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      bank.off('scan', onScan);
      reject(new Error(`only ${bank.ridersBoarded()} of ${expected} riders boarded on ${bank.liftId}`));
    }, timeoutMs);

    const onScan = () => {
      const boarded = bank.ridersBoarded();
      if (boarded >= expected) {
        bank.off('scan', onScan);
        resolve(boarded);
      }
    };

    bank.on('scan', onScan);
    onScan();
  });
}

describe('turnstile bank at the summit chair', () => {
  let bank: TurnstileBank;

  beforeEach(() => {
    bank = new TurnstileBank('summit-express', ['G1', 'G2', 'G3']);
  });

  afterEach(() => {
    bank.shutDown();
  });

  it('counts valid scans across all gates', async () => {
    bank.scan('G1', 'P-1001');
    bank.scan('G2', 'P-1002');
    bank.scan('G3', 'P-1003');
    const boarded = await waitForRiders(bank, 3);
    assert.equal(boarded, 3);
  });

  it('ignores rejected passes when counting riders', async () => {
    bank.scan('G1', 'P-2001');
    bank.scan('G1', 'P-2002', false);
    bank.scan('G2', 'P-2003');
    const boarded = await waitForRiders(bank, 2);
    assert.equal(boarded, 2);
    assert.equal(bank.scans.length, 3);
  });

  it('times out when the line stalls', async () => {
    bank.scan('G1', 'P-3001');
    await assert.rejects(waitForRiders(bank, 4, 50), /only 1 of 4 riders/);
  });

  it('refuses scans once the lift is shut down', () => {
    bank.shutDown();
    assert.throws(() => bank.scan('G2', 'P-4001'), /closed/);
  });
});
