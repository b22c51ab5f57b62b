// expect: no-reused-settled-promise
// pushTrack starts sendTrack once and the retry loop keeps re-awaiting that same settled promise, so a failed upload is never re-sent.
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

interface Waypoint {
  t: number;
  x: number;
  y: number;
  z: number;
  rgb: [number, number, number];
}

export interface Choreography {
  showId: string;
  tracks: Map<number, Waypoint[]>;
}

declare const groundStation: {
  sendTrack(droneId: number, payload: Buffer, checksum: string): Promise<{ ack: boolean }>;
  listOnline(): Promise<number[]>;
};

const BYTES_PER_POINT = 4 * 4 + 3;

function encodeTrack(points: Waypoint[]): Buffer {
  const buf = Buffer.alloc(points.length * BYTES_PER_POINT);
  points.forEach((p, i) => {
    const off = i * BYTES_PER_POINT;
    buf.writeFloatLE(p.t, off);
    buf.writeFloatLE(p.x, off + 4);
    buf.writeFloatLE(p.y, off + 8);
    buf.writeFloatLE(p.z, off + 12);
    buf.writeUInt8(p.rgb[0], off + 16);
    buf.writeUInt8(p.rgb[1], off + 17);
    buf.writeUInt8(p.rgb[2], off + 18);
  });
  return buf;
}

async function pushTrack(droneId: number, points: Waypoint[], maxAttempts = 4): Promise<number> {
  const payload = encodeTrack(points);
  const checksum = createHash('sha256').update(payload).digest('hex');
  const send = groundStation.sendTrack(droneId, payload, checksum);

  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      const { ack } = await send;
      if (ack) return attempt;
    } catch (err) {
      if (attempt === maxAttempts) throw err;
    }
    await sleep(250 * attempt);
  }
  throw new Error(`drone ${droneId} never acknowledged its track`);
}

export interface UploadReport {
  uploaded: number[];
  failed: Array<{ droneId: number; reason: string }>;
  offline: number[];
}

export async function uploadToFleet(show: Choreography): Promise<UploadReport> {
  const online = new Set(await groundStation.listOnline());
  const report: UploadReport = { uploaded: [], failed: [], offline: [] };

  const targets = [...show.tracks.entries()].filter(([id]) => {
    if (online.has(id)) return true;
    report.offline.push(id);
    return false;
  });

  const results = await Promise.allSettled(targets.map(([id, pts]) => pushTrack(id, pts)));
  results.forEach((r, i) => {
    const droneId = targets[i][0];
    if (r.status === 'fulfilled') report.uploaded.push(droneId);
    else report.failed.push({ droneId, reason: String(r.reason) });
  });
  return report;
}
