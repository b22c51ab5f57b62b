// expect: none
// The converter promise settles through a settled guard from either 'error' or 'close', covering spawn failure, non-zero exit and kill signals exactly once.
import { spawn } from 'node:child_process';

export type TrackFormat = 'gpx' | 'kml' | 'nmea';

export interface TripPoint {
  lat: number;
  lon: number;
  at: string;
}

export interface TripTrack {
  guideId: string;
  points: TripPoint[];
}

interface GeoJsonFeatureCollection {
  features: Array<{
    geometry: { type: string; coordinates: number[] };
    properties: { time?: string };
  }>;
}

export function convertTripLog(inputPath: string, format: TrackFormat): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const child = spawn('gpsbabel', ['-i', format, '-f', inputPath, '-o', 'geojson', '-F', '-']);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let settled = false;

    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      reject(err);
    };

    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.once('error', fail);
    child.once('close', (code, signal) => {
      if (settled) return;
      if (code === 0) {
        settled = true;
        resolve(Buffer.concat(stdout).toString('utf8'));
        return;
      }
      const detail = Buffer.concat(stderr).toString('utf8').trim();
      fail(new Error(`gpsbabel exited with ${code ?? signal}: ${detail || 'no output'}`));
    });
  });
}

export async function loadGuideTrip(guideId: string, inputPath: string, format: TrackFormat): Promise<TripTrack> {
  const raw = await convertTripLog(inputPath, format);
  const parsed = JSON.parse(raw) as GeoJsonFeatureCollection;
  const points: TripPoint[] = [];
  for (const feature of parsed.features) {
    if (feature.geometry.type !== 'Point') continue;
    const [lon, lat] = feature.geometry.coordinates;
    points.push({ lat, lon, at: feature.properties.time ?? '' });
  }
  return { guideId, points };
}

export function riverDistanceKm(track: TripTrack): number {
  let total = 0;
  for (let i = 1; i < track.points.length; i++) {
    const a = track.points[i - 1];
    const b = track.points[i];
    const dLat = (b.lat - a.lat) * 111.32;
    const dLon = (b.lon - a.lon) * 111.32 * Math.cos((a.lat * Math.PI) / 180);
    total += Math.hypot(dLat, dLon);
  }
  return Math.round(total * 100) / 100;
}
