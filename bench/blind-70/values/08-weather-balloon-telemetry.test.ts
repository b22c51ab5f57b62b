// expect: none
// correct: packets are collected by an event listener, and the array is read only after awaiting the 'burst' event that ends the flight.
import { EventEmitter, once } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  toBeLessThan(n: number): void;
};

interface Packet {
  seq: number;
  altitudeM: number;
  celsius: number;
  hPa: number;
}

class ReplayRadiosonde extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly burstAltitudeM: number) {
    super();
  }

  launch(ascentPerPacketM: number): void {
    let seq = 0;
    this.timer = setInterval(() => {
      const altitudeM = seq * ascentPerPacketM;
      if (altitudeM >= this.burstAltitudeM) {
        clearInterval(this.timer);
        this.emit('burst', { seq, altitudeM });
        return;
      }
      this.emit('packet', {
        seq,
        altitudeM,
        celsius: Number((15 - altitudeM * 0.0065).toFixed(2)),
        hPa: Number((1013.25 * Math.exp(-altitudeM / 8_400)).toFixed(1)),
      } satisfies Packet);
      seq += 1;
    }, 1);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

describe('radiosonde ascent replay', () => {
  let sonde: ReplayRadiosonde;
  let packets: Packet[];

  beforeEach(() => {
    sonde = new ReplayRadiosonde(12_000);
    packets = [];
    sonde.on('packet', (p: Packet) => packets.push(p));
  });

  afterEach(() => {
    sonde.stop();
    sonde.removeAllListeners();
  });

  it('receives every packet up to burst altitude', async () => {
    const burst = once(sonde, 'burst');
    sonde.launch(1_000);
    const [info] = (await burst) as [{ seq: number; altitudeM: number }];

    expect(info.altitudeM).toBe(12_000);
    expect(packets.length).toBe(12);
    expect(packets.map((p) => p.seq)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('records a falling temperature lapse rate', async () => {
    const burst = once(sonde, 'burst');
    sonde.launch(2_000);
    await burst;

    const first = packets[0];
    const last = packets[packets.length - 1];
    expect(last.celsius).toBeLessThan(first.celsius);
    expect(last.hPa).toBeLessThan(320);
    expect(first.hPa).toBeGreaterThan(1_000);
  });
});
