// expect: none
// recordBurst forwards its signal to every timer wait and lets the AbortError propagate, and the tests pass their own or t.signal through and assert the AbortError.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface Frame {
  index: number;
  beesVisible: number;
  flowerId: string;
}

interface FlowerCamera {
  flowerId: string;
  snap(index: number): Frame;
}

async function recordBurst(
  camera: FlowerCamera,
  frames: number,
  intervalMs: number,
  options: { signal?: AbortSignal } = {},
): Promise<Frame[]> {
  const captured: Frame[] = [];
  for (let i = 0; i < frames; i++) {
    options.signal?.throwIfAborted();
    captured.push(camera.snap(i));
    if (i < frames - 1) {
      await sleep(intervalMs, undefined, { signal: options.signal });
    }
  }
  return captured;
}

function visitRate(frames: Frame[]): number {
  if (frames.length === 0) return 0;
  return frames.filter((f) => f.beesVisible > 0).length / frames.length;
}

function fakeCamera(flowerId: string, pattern: number[]): FlowerCamera {
  return {
    flowerId,
    snap: (index) => ({ index, flowerId, beesVisible: pattern[index % pattern.length] }),
  };
}

describe('pollinator camera bursts', () => {
  it('captures the requested number of frames', async (t) => {
    const frames = await recordBurst(fakeCamera('tomato-14', [0, 1, 2]), 6, 1, { signal: t.signal });
    assert.equal(frames.length, 6);
    assert.equal(visitRate(frames), 4 / 6);
  });

  it('stops when the caller aborts mid-burst', async () => {
    const controller = new AbortController();
    const camera = fakeCamera('squash-3', [1]);
    const burst = recordBurst(camera, 100, 5, { signal: controller.signal });
    setTimeout(() => controller.abort(), 12);
    await assert.rejects(burst, { name: 'AbortError' });
  });

  it('does not snap at all with an already-aborted signal', async () => {
    let snaps = 0;
    const camera: FlowerCamera = {
      flowerId: 'pepper-7',
      snap: (index) => {
        snaps++;
        return { index, flowerId: 'pepper-7', beesVisible: 0 };
      },
    };
    await assert.rejects(recordBurst(camera, 3, 1, { signal: AbortSignal.abort() }), { name: 'AbortError' });
    assert.equal(snaps, 0);
  });

  it('honours a timeout signal', async () => {
    const started = Date.now();
    await assert.rejects(
      recordBurst(fakeCamera('melon-1', [0]), 1_000, 10, { signal: AbortSignal.timeout(30) }),
      (err: unknown) => err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError'),
    );
    assert.ok(Date.now() - started < 500);
  });
});
