// expect: none
// Correct: withDeadline races the work against an abortable timer and aborts the shared controller in finally, which cancels both the timer and the losing traverse.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface Pose {
  x: number;
  y: number;
  headingDeg: number;
}

interface RoverSim {
  traverse(waypoints: Pose[], opts: { signal: AbortSignal }): Promise<Pose>;
  pose(): Promise<Pose>;
  injectWheelSlip(wheel: number, ratio: number): Promise<void>;
  dispose(): Promise<void>;
}

declare function bootSimulator(opts: { terrain: string; timeScale: number }): Promise<RoverSim>;

class DeadlineExceeded extends Error {
  constructor(label: string, ms: number) {
    super(`${label} exceeded ${ms}ms`);
    this.name = 'DeadlineExceeded';
  }
}

async function withDeadline<T>(label: string, ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  try {
    return await Promise.race([
      work(controller.signal),
      sleep(ms, undefined, { signal: controller.signal }).then((): never => {
        throw new DeadlineExceeded(label, ms);
      }),
    ]);
  } finally {
    controller.abort();
  }
}

const square: Pose[] = [
  { x: 10, y: 0, headingDeg: 90 },
  { x: 10, y: 10, headingDeg: 0 },
  { x: 0, y: 10, headingDeg: 270 },
  { x: 0, y: 0, headingDeg: 180 },
];

describe('lunar rover simulator: traverses', () => {
  let sim: RoverSim;

  beforeEach(async () => {
    sim = await bootSimulator({ terrain: 'shackleton-rim', timeScale: 20 });
  });

  afterEach(async () => {
    await sim.dispose();
  });

  it('closes a 10 m square within half a metre', async () => {
    const end = await withDeadline('square traverse', 5_000, (signal) => sim.traverse(square, { signal }));
    assert.ok(Math.hypot(end.x, end.y) < 0.5, `ended ${end.x.toFixed(2)},${end.y.toFixed(2)} from origin`);
  });

  it('gives up on a traverse that cannot finish in time', async () => {
    await sim.injectWheelSlip(2, 0.95);
    await assert.rejects(
      withDeadline('slipping traverse', 300, (signal) => sim.traverse(square, { signal })),
      DeadlineExceeded,
    );
  });

  it('leaves the rover where the aborted traverse stopped', async () => {
    await sim.injectWheelSlip(0, 0.9);
    await assert.rejects(withDeadline('short leg', 200, (signal) => sim.traverse(square.slice(0, 1), { signal })));
    const pose = await sim.pose();
    assert.ok(pose.x < 10, 'rover should not have reached the first waypoint');
  });
});
