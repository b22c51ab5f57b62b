// expect: none
// waitFor() takes a check function and calls it on each poll, and the upload Promise.all maps each drone to a called uploadChoreography().
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface Waypoint {
  t: number;
  x: number;
  y: number;
  z: number;
  rgb: [number, number, number];
}

class SimDrone {
  armed = false;
  uploaded: Waypoint[] = [];

  constructor(
    readonly id: string,
    private readonly bootMs: number,
  ) {}

  async uploadChoreography(track: Waypoint[]): Promise<void> {
    await sleep(2);
    this.uploaded = track;
  }

  arm(): void {
    setTimeout(() => {
      this.armed = this.uploaded.length > 0;
    }, this.bootMs);
  }
}

class SimFleet {
  constructor(readonly drones: SimDrone[]) {}

  allArmed = async (): Promise<boolean> => {
    await sleep(1);
    return this.drones.every((d) => d.armed);
  };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 500, intervalMs = 10): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(intervalMs);
  }
  throw new Error(`timed out after ${timeoutMs}ms`);
}

function spiralTrack(index: number, frames: number): Waypoint[] {
  return Array.from({ length: frames }, (_, t) => ({
    t,
    x: Math.cos(t / 10 + index) * 20,
    y: Math.sin(t / 10 + index) * 20,
    z: 30 + t * 0.2,
    rgb: [255, (index * 40) % 256, 80],
  }));
}

describe('pre-show upload and arming', () => {
  it('arms the whole fleet once every track is uploaded', async () => {
    const fleet = new SimFleet([new SimDrone('D01', 20), new SimDrone('D02', 35), new SimDrone('D03', 50)]);

    await Promise.all(fleet.drones.map((d, i) => d.uploadChoreography(spiralTrack(i, 120))));
    fleet.drones.forEach((d) => d.arm());

    await waitFor(fleet.allArmed);

    assert.ok(fleet.drones.every((d) => d.uploaded.length === 120));
  });

  it('refuses to arm a drone with no track', async () => {
    const fleet = new SimFleet([new SimDrone('D07', 5)]);
    fleet.drones[0].arm();
    await assert.rejects(waitFor(fleet.allArmed, 60), /timed out/);
  });
});
