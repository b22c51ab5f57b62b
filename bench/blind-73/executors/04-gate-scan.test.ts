// expect: none
// nextEvent listens for the event, 'error' and a timer, and every path runs cleanup (clearTimeout + off) before settling once.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface ScanEvent {
  ticketId: string;
  lane: number;
  accepted: boolean;
}

class FakeFerryGate extends EventEmitter {
  private readonly valid = new Set<string>();
  private open = false;

  constructor(readonly lane: number) {
    super();
  }

  issue(ticketId: string): void {
    this.valid.add(ticketId);
  }

  present(ticketId: string): void {
    setImmediate(() => {
      if (ticketId === 'jammed') {
        this.emit('error', new Error(`lane ${this.lane} reader jammed`));
        return;
      }
      const accepted = this.valid.delete(ticketId);
      this.open = accepted;
      this.emit('scan', { ticketId, lane: this.lane, accepted } satisfies ScanEvent);
    });
  }

  isOpen(): boolean {
    return this.open;
  }
}

function nextEvent<T>(emitter: EventEmitter, name: string, ms = 500): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const cleanup = (): void => {
      clearTimeout(timer);
      emitter.off(name, onEvent);
      emitter.off('error', onError);
    };
    const onEvent = (value: T): void => {
      cleanup();
      resolve(value);
    };
    const onError = (err: Error): void => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${ms}ms waiting for '${name}'`));
    }, ms);
    emitter.on(name, onEvent);
    emitter.on('error', onError);
  });
}

describe('ferry ticket gate', () => {
  let gate: FakeFerryGate;

  beforeEach(() => {
    gate = new FakeFerryGate(3);
    gate.issue('T-1001');
  });

  afterEach(() => {
    gate.removeAllListeners();
  });

  it('opens for a valid ticket', async () => {
    const scan = nextEvent<ScanEvent>(gate, 'scan');
    gate.present('T-1001');
    const event = await scan;
    assert.equal(event.accepted, true);
    assert.equal(gate.isOpen(), true);
  });

  it('refuses a ticket that was already used', async () => {
    gate.present('T-1001');
    await nextEvent<ScanEvent>(gate, 'scan');
    const second = nextEvent<ScanEvent>(gate, 'scan');
    gate.present('T-1001');
    assert.deepEqual(await second, { ticketId: 'T-1001', lane: 3, accepted: false });
  });

  it('surfaces reader faults', async () => {
    const scan = nextEvent<ScanEvent>(gate, 'scan');
    gate.present('jammed');
    await assert.rejects(scan, /reader jammed/);
  });

  it('times out when nobody presents a ticket', async () => {
    await assert.rejects(nextEvent<ScanEvent>(gate, 'scan', 20), /timed out/);
  });
});
