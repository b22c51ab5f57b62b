// expect: none
// Variables written in 'frame' and 'exposure' listeners are only read after awaiting events.once for 'burst-done', which the camera emits after the last frame.
import { EventEmitter, once } from 'node:events';
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Frame {
  index: number;
  lux: number;
  turbidityNtu: number;
}

class ReefCamera extends EventEmitter {
  exposureMs = 8;

  constructor(private readonly scene: Array<{ lux: number; turbidityNtu: number }>) {
    super();
  }

  burst(count: number): void {
    let index = 0;
    const next = () => {
      if (index >= count || index >= this.scene.length) {
        this.emit('burst-done', index);
        return;
      }
      const { lux, turbidityNtu } = this.scene[index];
      this.emit('frame', { index, lux, turbidityNtu } satisfies Frame);
      // Auto-exposure: dim water gets a longer shutter on the next frame.
      if (lux < 50 && this.exposureMs < 32) {
        this.exposureMs *= 2;
        this.emit('exposure', this.exposureMs);
      }
      index++;
      setTimeout(next, 1);
    };
    setImmediate(next);
  }
}

const DUSK_DIVE = [
  { lux: 420, turbidityNtu: 1.2 },
  { lux: 180, turbidityNtu: 1.4 },
  { lux: 45, turbidityNtu: 2.1 },
  { lux: 30, turbidityNtu: 2.5 },
  { lux: 12, turbidityNtu: 3.0 },
];

describe('ReefCamera burst', () => {
  let camera: ReefCamera;

  beforeEach(() => {
    camera = new ReefCamera(DUSK_DIVE);
  });

  it('emits one frame per scene sample', async () => {
    const frames: Frame[] = [];
    camera.on('frame', (f: Frame) => frames.push(f));
    const done = once(camera, 'burst-done');
    camera.burst(10);
    const [count] = await done;
    assert.equal(count, 5);
    assert.deepEqual(
      frames.map((f) => f.index),
      [0, 1, 2, 3, 4],
    );
  });

  it('lengthens exposure as the light fades', async () => {
    let lastExposure = camera.exposureMs;
    let changes = 0;
    camera.on('exposure', (ms: number) => {
      lastExposure = ms;
      changes++;
    });
    const done = once(camera, 'burst-done');
    camera.burst(5);
    await done;
    assert.equal(changes, 2);
    assert.equal(lastExposure, 32);
  });

  it('tracks the murkiest frame of a short burst', async () => {
    let murkiest: Frame | undefined;
    camera.on('frame', (f: Frame) => {
      if (!murkiest || f.turbidityNtu > murkiest.turbidityNtu) murkiest = f;
    });
    const done = once(camera, 'burst-done');
    camera.burst(3);
    await done;
    assert.equal(murkiest?.index, 2);
  });
});
