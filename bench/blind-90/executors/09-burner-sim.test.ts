// expect: no-multiple-settle
// reachAltitude() attaches persistent `on` listeners that call resolve on every telemetry frame above the target and reject on any later fault, and never detaches them.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface Telemetry {
  altitudeFt: number;
  envelopeTempC: number;
  fuelPct: number;
}

class BurnerSimulator extends EventEmitter {
  private altitude = 0;
  private envelope = 60;
  private fuel = 100;
  private tick: NodeJS.Timeout | undefined;
  private burning = false;

  start(stepMs = 5) {
    this.tick = setInterval(() => {
      if (this.burning) {
        this.envelope += 4;
        this.fuel -= 0.5;
      } else {
        this.envelope -= 1.5;
      }
      this.altitude = Math.max(0, this.altitude + (this.envelope - 80) * 2);
      if (this.envelope > 120) this.emit('fault', new Error('envelope over-temperature'));
      this.emit('telemetry', { altitudeFt: this.altitude, envelopeTempC: this.envelope, fuelPct: this.fuel });
    }, stepMs);
  }
  burn(on: boolean) {
    this.burning = on;
  }
  stop() {
    clearInterval(this.tick);
  }
}

function reachAltitude(sim: BurnerSimulator, targetFt: number): Promise<Telemetry> {
  return new Promise((resolve, reject) => {
    sim.on('telemetry', (t: Telemetry) => {
      if (t.altitudeFt >= targetFt) resolve(t);
    });
    sim.on('fault', (err: Error) => reject(err));
  });
}

describe('burner simulator', () => {
  let sim: BurnerSimulator;

  beforeEach(() => {
    sim = new BurnerSimulator();
    sim.start();
  });

  afterEach(() => {
    sim.stop();
    sim.removeAllListeners();
  });

  it('climbs to 500 ft with the burner on', async () => {
    const reached = reachAltitude(sim, 500);
    sim.burn(true);
    const t = await reached;
    assert.ok(t.altitudeFt >= 500);
    assert.ok(t.fuelPct < 100);
  });

  it('levels off once the burner is cycled', async () => {
    const climbed = reachAltitude(sim, 300);
    sim.burn(true);
    const top = await climbed;
    sim.burn(false);
    assert.ok(top.envelopeTempC > 80);
  });

  it('reports an over-temperature fault if the burner is left on', async () => {
    const faulted = new Promise<Error>((resolve) => sim.once('fault', resolve));
    sim.burn(true);
    const err = await faulted;
    assert.match(err.message, /over-temperature/);
  });
});
