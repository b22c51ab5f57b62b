// expect: no-swallowed-abort
// Bug: downloadShots wraps every failure, including the AbortError from a cancelled read, in a generic SurveyDownloadError, so callers cannot tell a cancelled download from a device fault.
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';

declare const laserLink: {
  openLog(deviceId: string, options: { signal: AbortSignal }): Promise<Readable>;
};

export interface LaserShot {
  station: string;
  target: string;
  distanceM: number;
  azimuthDeg: number;
  inclinationDeg: number;
}

export class SurveyDownloadError extends Error {
  constructor(readonly deviceId: string, message: string, readonly shotsRead: number) {
    super(message);
    this.name = 'SurveyDownloadError';
  }
}

function parseShot(line: string): LaserShot | null {
  const parts = line.split(',').map((p) => p.trim());
  if (parts.length !== 5) return null;
  const [station, target, dist, az, inc] = parts;
  const distanceM = Number(dist);
  if (!Number.isFinite(distanceM) || distanceM <= 0) return null;
  return { station, target, distanceM, azimuthDeg: Number(az), inclinationDeg: Number(inc) };
}

export async function downloadShots(deviceId: string, signal: AbortSignal): Promise<LaserShot[]> {
  const shots: LaserShot[] = [];
  try {
    const log = await laserLink.openLog(deviceId, { signal });
    const lines = createInterface({ input: log, crlfDelay: Infinity, signal });
    for await (const line of lines) {
      if (line.startsWith('#')) continue;
      const shot = parseShot(line);
      if (shot) shots.push(shot);
    }
    return shots;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new SurveyDownloadError(deviceId, `download from ${deviceId} failed: ${reason}`, shots.length);
  }
}

export async function downloadSurveyTrip(deviceIds: string[], signal: AbortSignal): Promise<LaserShot[]> {
  const all: LaserShot[] = [];
  for (const deviceId of deviceIds) {
    const shots = await downloadShots(deviceId, signal);
    all.push(...shots);
  }
  return all;
}

export function splayShots(shots: LaserShot[]): Map<string, LaserShot[]> {
  const byStation = new Map<string, LaserShot[]>();
  for (const shot of shots) {
    if (shot.target !== '-') continue;
    const list = byStation.get(shot.station) ?? [];
    list.push(shot);
    byStation.set(shot.station, list);
  }
  return byStation;
}
