// expect: none
// Correct: each once() promise is awaited together with the action that triggers it via Promise.all, and the t.after cleanup returns its promise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

interface Vehicle {
  plate: string;
  lengthM: number;
  heightM: number;
  hazmat: boolean;
}

class VehicleDeck extends EventEmitter {
  private usedLaneMetres = 0;
  private readonly onboard: string[] = [];
  private open = true;

  constructor(private readonly laneMetres: number, private readonly maxHeightM: number) {
    super();
  }

  async scan(v: Vehicle): Promise<void> {
    await new Promise((r) => setTimeout(r, 1));
    if (!this.open) throw new Error('ramp closed');
    if (v.hazmat) {
      this.emit('refused', v.plate, 'hazmat requires a dedicated sailing');
      return;
    }
    if (v.heightM > this.maxHeightM || this.usedLaneMetres + v.lengthM > this.laneMetres) {
      this.emit('refused', v.plate, 'no space');
      return;
    }
    this.usedLaneMetres += v.lengthM + 0.5;
    this.onboard.push(v.plate);
    this.emit('boarded', v.plate, this.laneMetres - this.usedLaneMetres);
  }

  async closeRamp(): Promise<string[]> {
    await new Promise((r) => setTimeout(r, 1));
    this.open = false;
    return [...this.onboard];
  }
}

test('fjord ferry vehicle deck', async (t) => {
  const deck = new VehicleDeck(40, 4.2);
  t.after(() => deck.closeRamp());

  await t.test('boards a car and reports remaining lane metres', async () => {
    const [[plate, remaining]] = await Promise.all([
      once(deck, 'boarded'),
      deck.scan({ plate: 'SF 12345', lengthM: 4.5, heightM: 1.5, hazmat: false }),
    ]);
    assert.equal(plate, 'SF 12345');
    assert.equal(remaining, 35);
  });

  await t.test('refuses a fuel tanker on a passenger sailing', async () => {
    const [[plate, reason]] = await Promise.all([
      once(deck, 'refused'),
      deck.scan({ plate: 'HA 99881', lengthM: 12, heightM: 3.8, hazmat: true }),
    ]);
    assert.equal(plate, 'HA 99881');
    assert.match(reason, /hazmat/);
  });

  await t.test('refuses a vehicle taller than the mezzanine deck clearance', async () => {
    const [[, reason]] = await Promise.all([
      once(deck, 'refused'),
      deck.scan({ plate: 'BT 40404', lengthM: 9, heightM: 4.4, hazmat: false }),
    ]);
    assert.equal(reason, 'no space');
  });

  await t.test('rejects scans once the ramp is closed', async () => {
    const onboard = await deck.closeRamp();
    assert.deepEqual(onboard, ['SF 12345']);
    await assert.rejects(
      deck.scan({ plate: 'VG 11111', lengthM: 4, heightM: 1.4, hazmat: false }),
      /ramp closed/,
    );
  });
});
