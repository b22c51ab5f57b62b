// expect: none
// Each event promise from once() is created just before a synchronous trigger and awaited with no await in between, so a rejection always has a handler.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

interface Station {
  name: string;
  khz: number;
  strength: number;
}

class CrystalSet extends EventEmitter {
  private capacitancePf = 100;
  private readonly pending: NodeJS.Immediate[] = [];

  constructor(private readonly stations: Station[], private readonly coilUh = 240) {
    super();
  }

  turnDial(capacitancePf: number): void {
    if (capacitancePf < 10 || capacitancePf > 365) {
      this.pending.push(setImmediate(() => this.emit('error', new RangeError(`dial stop at ${capacitancePf}pF`))));
      return;
    }
    this.capacitancePf = capacitancePf;
    const khz = this.resonantKhz();
    const station = this.stations.find((s) => Math.abs(s.khz - khz) < 15);
    this.pending.push(setImmediate(() => this.emit(station ? 'tuned' : 'static', station ?? khz)));
  }

  resonantKhz(): number {
    const l = this.coilUh * 1e-6;
    const c = this.capacitancePf * 1e-12;
    return 1 / (2 * Math.PI * Math.sqrt(l * c)) / 1000;
  }

  powerDown(): void {
    for (const handle of this.pending) clearImmediate(handle);
    this.removeAllListeners();
  }
}

function capacitanceFor(khz: number, coilUh: number): number {
  const f = khz * 1000;
  return 1 / (4 * Math.PI ** 2 * f * f * coilUh * 1e-6) / 1e-12;
}

describe('crystal radio kit', () => {
  let radio: CrystalSet;
  const stations: Station[] = [
    { name: 'Harbour AM', khz: 702, strength: 0.8 },
    { name: 'Valley Talk', khz: 1206, strength: 0.4 },
  ];

  beforeEach(() => {
    radio = new CrystalSet(stations);
  });

  afterEach(() => {
    radio.powerDown();
  });

  it('tunes in the harbour station', async () => {
    const tuned = once(radio, 'tuned');
    radio.turnDial(capacitanceFor(702, 240));
    const [station] = (await tuned) as [Station];
    assert.equal(station.name, 'Harbour AM');
  });

  it('hears static between stations', async () => {
    const hiss = once(radio, 'static');
    radio.turnDial(capacitanceFor(950, 240));
    const [khz] = (await hiss) as [number];
    assert.ok(Math.abs(khz - 950) < 1);
  });

  it('reports the dial stop as an error', async () => {
    const tuned = once(radio, 'tuned');
    radio.turnDial(400);
    await assert.rejects(tuned, /dial stop at 400pF/);
  });

  it('can sweep across both stations', async () => {
    const found: string[] = [];
    for (const station of stations) {
      const tuned = once(radio, 'tuned');
      radio.turnDial(capacitanceFor(station.khz, 240));
      const [hit] = (await tuned) as [Station];
      found.push(hit.name);
    }
    assert.deepEqual(found, ['Harbour AM', 'Valley Talk']);
  });
});
