// expect: none
// The radio is opened before the executor runs, and the executor cleans up listeners and the timer on ack, error, timeout or a throwing transmit, so it settles exactly once.
import { EventEmitter } from 'node:events';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function expect<T>(actual: T): {
  toBe(expected: T): void;
  toEqual(expected: unknown): void;
};

interface SmokeReport {
  id: string;
  tower: string;
  bearingDeg: number;
  distanceKm: number;
}

interface Ack {
  reportId: string;
  dispatcher: string;
}

class LookoutRadio extends EventEmitter {
  opened = false;
  sent: SmokeReport[] = [];

  constructor(private readonly behaviour: 'ack' | 'static' | 'silent') {
    super();
  }

  async open(): Promise<void> {
    await new Promise((r) => setTimeout(r, 5));
    this.opened = true;
  }

  transmit(report: SmokeReport): void {
    if (!this.opened) throw new Error('radio not open');
    this.sent.push(report);
    setTimeout(() => {
      if (this.behaviour === 'ack') this.emit('ack', { reportId: report.id, dispatcher: 'north-desk' });
      if (this.behaviour === 'static') this.emit('error', new Error('carrier lost'));
    }, 10);
  }
}

async function sendAndAwaitAck(radio: LookoutRadio, report: SmokeReport, ms = 200): Promise<Ack> {
  await radio.open();
  return new Promise<Ack>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      radio.off('ack', onAck);
      radio.off('error', onError);
    };
    const onAck = (ack: Ack) => {
      if (ack.reportId !== report.id) return;
      cleanup();
      resolve(ack);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no ack for ${report.id}`));
    }, ms);

    radio.on('ack', onAck);
    radio.on('error', onError);
    try {
      radio.transmit(report);
    } catch (err) {
      cleanup();
      reject(err);
    }
  });
}

const report: SmokeReport = { id: 'sr-881', tower: 'Granite Peak', bearingDeg: 214, distanceKm: 6.5 };

describe('sendAndAwaitAck', () => {
  it('resolves with the dispatcher ack', async () => {
    const radio = new LookoutRadio('ack');
    const ack = await sendAndAwaitAck(radio, report);
    expect(ack).toEqual({ reportId: 'sr-881', dispatcher: 'north-desk' });
    expect(radio.listenerCount('ack')).toBe(0);
  });

  it('rejects when the carrier drops', async () => {
    const radio = new LookoutRadio('static');
    const message = await sendAndAwaitAck(radio, report).then(
      () => 'resolved',
      (e: Error) => e.message,
    );
    expect(message).toBe('carrier lost');
    expect(radio.listenerCount('error')).toBe(0);
  });

  it('times out when dispatch never answers', async () => {
    const radio = new LookoutRadio('silent');
    const message = await sendAndAwaitAck(radio, report, 50).then(
      () => 'resolved',
      (e: Error) => e.message,
    );
    expect(message).toBe('no ack for sr-881');
  });
});
