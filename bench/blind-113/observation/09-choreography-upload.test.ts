// expect: no-floating-promises
// The separation test calls assert.rejects without awaiting or returning it, so the test finishes before the assertion runs and a failure would only surface as a stray rejection.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface Keyframe {
  droneId: string;
  tMs: number;
  x: number;
  y: number;
  z: number;
  rgb: [number, number, number];
}

interface Show {
  name: string;
  keyframes: Keyframe[];
}

interface FleetApi {
  putTrack(droneId: string, frames: Keyframe[]): Promise<void>;
}

class ChoreographyUploader {
  constructor(
    private readonly api: FleetApi,
    private readonly maxDrones = 300,
    private readonly minSeparationM = 1.5,
  ) {}

  private validate(show: Show): Map<string, Keyframe[]> {
    const tracks = new Map<string, Keyframe[]>();
    for (const kf of show.keyframes) {
      const list = tracks.get(kf.droneId) ?? [];
      list.push(kf);
      tracks.set(kf.droneId, list);
    }
    if (tracks.size > this.maxDrones) throw new Error(`show uses ${tracks.size} drones, limit is ${this.maxDrones}`);
    const byTime = new Map<number, Keyframe[]>();
    for (const kf of show.keyframes) byTime.set(kf.tMs, [...(byTime.get(kf.tMs) ?? []), kf]);
    for (const [t, frames] of byTime) {
      for (let i = 0; i < frames.length; i++) {
        for (let j = i + 1; j < frames.length; j++) {
          const a = frames[i];
          const b = frames[j];
          const d = Math.hypot(a.x - b.x, a.y - b.y, a.z - b.z);
          if (d < this.minSeparationM) throw new Error(`separation ${d.toFixed(2)} m between ${a.droneId} and ${b.droneId} at ${t} ms`);
        }
      }
    }
    return tracks;
  }

  async upload(show: Show): Promise<number> {
    const tracks = this.validate(show);
    for (const [droneId, frames] of tracks) {
      await this.api.putTrack(droneId, frames.sort((a, b) => a.tMs - b.tMs));
    }
    return tracks.size;
  }
}

function kf(droneId: string, tMs: number, x: number, y = 0, z = 30): Keyframe {
  return { droneId, tMs, x, y, z, rgb: [255, 180, 40] };
}

describe('ChoreographyUploader', () => {
  let uploaded: Map<string, Keyframe[]>;
  let uploader: ChoreographyUploader;

  before(() => {
    uploaded = new Map();
    uploader = new ChoreographyUploader({
      async putTrack(droneId, frames) {
        uploaded.set(droneId, frames);
      },
    }, 3);
  });

  after(() => {
    uploaded.clear();
  });

  test('uploads one time-ordered track per drone', async () => {
    const count = await uploader.upload({ name: 'opening', keyframes: [kf('d1', 500, 0), kf('d2', 0, 5), kf('d1', 0, 0)] });
    assert.equal(count, 2);
    assert.deepEqual(uploaded.get('d1')?.map((f) => f.tMs), [0, 500]);
  });

  test('refuses a show with more drones than the fleet has', async () => {
    const keyframes = ['d1', 'd2', 'd3', 'd4'].map((id, i) => kf(id, 0, i * 4));
    await assert.rejects(uploader.upload({ name: 'too-big', keyframes }), /limit is 3/);
  });

  test('refuses two drones closer than the minimum separation', () => {
    assert.rejects(uploader.upload({ name: 'tight', keyframes: [kf('d1', 1000, 0), kf('d2', 1000, 1.2)] }), /separation/);
  });
});
