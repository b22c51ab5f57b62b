// expect: none
// Each deferred is removed from the map and its timer cleared before it is settled, and the sensor watch checks a done flag, so late replies, late reads and late timers settle nothing twice.
import { EventEmitter } from 'node:events';

export interface CheckIn {
  towerId: string;
  smokeSighted: boolean;
  visibilityKm: number;
  at: number;
}

interface Pending {
  promise: Promise<CheckIn>;
  resolve: (c: CheckIn) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

export class RadioCheckInDesk {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly radio: EventEmitter,
    private readonly timeoutMs = 15 * 60_000,
  ) {
    radio.on('checkin', this.onCheckIn);
    radio.on('error', this.onRadioError);
  }

  expect(towerId: string): Promise<CheckIn> {
    const existing = this.pending.get(towerId);
    if (existing) return existing.promise;

    const { promise, resolve, reject } = Promise.withResolvers<CheckIn>();
    const timer = setTimeout(() => {
      this.pending.delete(towerId);
      reject(new Error(`tower ${towerId} missed its radio check-in`));
    }, this.timeoutMs);
    this.pending.set(towerId, { promise, resolve, reject, timer });
    return promise;
  }

  close(): void {
    this.radio.off('checkin', this.onCheckIn);
    this.radio.off('error', this.onRadioError);
    this.failAll('check-in desk closed');
  }

  private onCheckIn = (msg: CheckIn) => {
    const entry = this.pending.get(msg.towerId);
    if (!entry) return; // unsolicited check-ins are logged by the radio gateway
    this.pending.delete(msg.towerId);
    clearTimeout(entry.timer);
    entry.resolve(msg);
  };

  private onRadioError = (err: Error) => {
    this.failAll(`radio failure: ${err.message}`);
  };

  private failAll(reason: string): void {
    const entries = [...this.pending];
    this.pending.clear();
    for (const [towerId, entry] of entries) {
      clearTimeout(entry.timer);
      entry.reject(new Error(`${reason} (waiting for ${towerId})`));
    }
  }
}

export function watchSmokeSensor(
  readPpm: () => Promise<number>,
  thresholdPpm: number,
  windowMs: number,
  pollMs = 10_000,
): Promise<number | null> {
  const { promise, resolve, reject } = Promise.withResolvers<number | null>();
  let done = false;

  const finish = () => {
    done = true;
    clearInterval(poll);
    clearTimeout(deadline);
  };

  const poll = setInterval(() => {
    readPpm().then(
      (ppm) => {
        if (done || ppm < thresholdPpm) return;
        finish();
        resolve(ppm);
      },
      (err) => {
        if (done) return;
        finish();
        reject(err);
      },
    );
  }, pollMs);

  const deadline = setTimeout(() => {
    if (done) return;
    finish();
    resolve(null);
  }, windowMs);

  return promise;
}
