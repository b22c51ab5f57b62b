// expect: none
// uploadChoreography forwards the signal to both the transport and the pacing sleep, and the abort test asserts the AbortError surfaces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface Waypoint {
  droneId: number;
  t: number;
  x: number;
  y: number;
  z: number;
  rgb: [number, number, number];
}

interface FleetTransport {
  sendChunk(droneId: number, chunk: Waypoint[], opts: { signal?: AbortSignal }): Promise<void>;
}

async function uploadChoreography(
  transport: FleetTransport,
  frames: Waypoint[],
  opts: { chunkSize?: number; pacingMs?: number; signal?: AbortSignal } = {},
): Promise<number> {
  const { chunkSize = 64, pacingMs = 5, signal } = opts;
  const byDrone = new Map<number, Waypoint[]>();
  for (const wp of frames) {
    const list = byDrone.get(wp.droneId) ?? [];
    list.push(wp);
    byDrone.set(wp.droneId, list);
  }

  let chunks = 0;
  for (const [droneId, waypoints] of byDrone) {
    for (let i = 0; i < waypoints.length; i += chunkSize) {
      await transport.sendChunk(droneId, waypoints.slice(i, i + chunkSize), { signal });
      chunks++;
      await sleep(pacingMs, undefined, { signal });
    }
  }
  return chunks;
}

function makeFrames(drones: number, steps: number): Waypoint[] {
  const frames: Waypoint[] = [];
  for (let d = 0; d < drones; d++) {
    for (let s = 0; s < steps; s++) {
      frames.push({ droneId: d, t: s * 100, x: d, y: s, z: 30 + (s % 5), rgb: [255, 128, 0] });
    }
  }
  return frames;
}

test('uploads every drone in chunks', async () => {
  const sent: Array<[number, number]> = [];
  const transport: FleetTransport = {
    async sendChunk(droneId, chunk) {
      sent.push([droneId, chunk.length]);
    },
  };
  const chunks = await uploadChoreography(transport, makeFrames(3, 100), { chunkSize: 40, pacingMs: 0 });
  assert.equal(chunks, 9);
  assert.deepEqual(sent.slice(0, 3), [
    [0, 40],
    [0, 40],
    [0, 20],
  ]);
});

test('stops when the show director cancels', async () => {
  const controller = new AbortController();
  let calls = 0;
  const transport: FleetTransport = {
    async sendChunk(_droneId, _chunk, { signal }) {
      calls++;
      if (calls === 2) controller.abort();
      signal?.throwIfAborted();
    },
  };
  await assert.rejects(uploadChoreography(transport, makeFrames(4, 200), { chunkSize: 50, signal: controller.signal }), {
    name: 'AbortError',
  });
  assert.equal(calls, 2);
});
