// expect: no-uncalled-async-function
// Bug: beforeEach does `await sim.homeArm;` (the method, not its call), so the arm is never homed and tests start from wherever the last test left it.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';

interface Vec3 {
  x: number;
  y: number;
  z: number;
}

interface RoverSim {
  loadTerrain(name: string): Promise<void>;
  homeArm(): Promise<void>;
  armPose(): Promise<{ shoulderDeg: number; elbowDeg: number; wristDeg: number }>;
  drive(metres: number, headingDeg: number): Promise<Vec3>;
  scoop(depthCm: number): Promise<{ regolithGrams: number }>;
  step(seconds: number): Promise<void>;
  dispose(): Promise<void>;
}

declare function createSimulator(opts: { seed: number; gravity: number; tickHz: number }): Promise<RoverSim>;

const HOME = { shoulderDeg: 0, elbowDeg: 150, wristDeg: -60 };

function distance(a: Vec3, b: Vec3): number {
  return Math.hypot(a.x - b.x, a.y - b.y, a.z - b.z);
}

describe('lunar rover simulator: sampling arm', () => {
  let sim: RoverSim;

  beforeEach(async () => {
    sim = await createSimulator({ seed: 42, gravity: 1.62, tickHz: 50 });
    await sim.loadTerrain('mare-tranquillitatis-4');
    await sim.homeArm;
  });

  afterEach(async () => {
    await sim.dispose();
  });

  it('starts each test with the arm in its stowed pose', async () => {
    const pose = await sim.armPose();
    assert.deepEqual(pose, HOME);
  });

  it('collects regolith when scooping at 5 cm', async () => {
    const { regolithGrams } = await sim.scoop(5);
    assert.ok(regolithGrams > 20, `only ${regolithGrams} g collected`);
    assert.ok(regolithGrams < 400, `${regolithGrams} g exceeds scoop volume`);
  });

  it('drives in a straight line on flat mare', async () => {
    const start = await sim.drive(0, 0);
    const end = await sim.drive(12, 90);
    assert.ok(Math.abs(distance(start, end) - 12) < 0.3);
  });

  it('settles the arm after a scoop within 4 simulated seconds', async () => {
    await sim.scoop(8);
    await sim.step(4);
    const pose = await sim.armPose();
    assert.ok(Math.abs(pose.wristDeg - HOME.wristDeg) < 45);
  });

  it('refuses to scoop deeper than the arm can reach', async () => {
    await assert.rejects(sim.scoop(40), /reach/);
  });
});
