// expect: no-multiple-settle
// The async executor awaits loadSiteConfig before anything settles; if that rejects, the rejection is lost and the promise never settles.
import { Worker } from 'node:worker_threads';
import { readFile } from 'node:fs/promises';

export interface SiteConfig {
  latitude: number;
  longitude: number;
  declinationDeg: number;
  faceRadiusMm: number;
}

export interface HourLine {
  hour: number;
  angleDeg: number;
}

async function loadSiteConfig(siteFile: string): Promise<SiteConfig> {
  const raw = JSON.parse(await readFile(siteFile, 'utf8')) as Partial<SiteConfig>;
  if (typeof raw.latitude !== 'number' || typeof raw.longitude !== 'number') {
    throw new Error(`site file ${siteFile} is missing coordinates`);
  }
  return {
    latitude: raw.latitude,
    longitude: raw.longitude,
    declinationDeg: raw.declinationDeg ?? 0,
    faceRadiusMm: raw.faceRadiusMm ?? 300,
  };
}

const WORKER_URL = new URL('./hour-line-worker.js', import.meta.url);

export function computeHourLines(siteFile: string): Promise<HourLine[]> {
  return new Promise(async (resolve, reject) => {
    const config = await loadSiteConfig(siteFile);
    const worker = new Worker(WORKER_URL, { workerData: config });

    worker.once('message', (lines: HourLine[]) => {
      resolve(lines);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`hour-line worker exited with code ${code}`));
    });
  });
}

export function describeDial(lines: HourLine[]): string {
  return lines
    .filter((l) => l.hour >= 6 && l.hour <= 18)
    .map((l) => `${String(l.hour).padStart(2, '0')}:00  ${l.angleDeg.toFixed(2)}°`)
    .join('\n');
}

export async function printDial(siteFile: string): Promise<void> {
  const lines = await computeHourLines(siteFile);
  process.stdout.write(`${describeDial(lines)}\n`);
}
