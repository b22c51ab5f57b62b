// expect: none
// The star catalogue and the soundtrack are started together but joined with Promise.all immediately, so a rejection from either is observed at once rather than left dangling.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface ShowManifest {
  id: string;
  title: string;
  catalogue: string;
  soundtrack: string;
  domeSegments: number;
  cues: { atSec: number; action: string }[];
}

export interface StarRecord {
  hip: number;
  raDeg: number;
  decDeg: number;
  magnitude: number;
}

export interface LoadedShow {
  manifest: ShowManifest;
  stars: StarRecord[];
  soundtrack: Buffer;
}

export interface DomeRenderer {
  upload(segment: number, stars: StarRecord[]): Promise<void>;
  armAudio(track: Buffer): Promise<void>;
}

function parseCatalogue(csv: string, limitMag: number): StarRecord[] {
  const out: StarRecord[] = [];
  for (const line of csv.split('\n').slice(1)) {
    const [hip, ra, dec, mag] = line.split(',');
    const magnitude = Number(mag);
    if (!hip || !(magnitude <= limitMag)) continue;
    out.push({ hip: Number(hip), raDeg: Number(ra), decDeg: Number(dec), magnitude });
  }
  return out;
}

export class ShowLoader {
  constructor(private readonly root: string, private readonly limitMag = 6.5) {}

  async load(showId: string): Promise<LoadedShow> {
    const manifestText = await readFile(join(this.root, showId, 'manifest.json'), 'utf8');
    const manifest = JSON.parse(manifestText) as ShowManifest;

    const catalogueRead = readFile(join(this.root, showId, manifest.catalogue), 'utf8');
    const soundtrackRead = readFile(join(this.root, showId, manifest.soundtrack));
    const [catalogue, soundtrack] = await Promise.all([catalogueRead, soundtrackRead]);

    return { manifest, stars: parseCatalogue(catalogue, this.limitMag), soundtrack };
  }

  async preload(showId: string, renderer: DomeRenderer): Promise<ShowManifest> {
    const show = await this.load(showId);
    const perSegment = Math.ceil(show.stars.length / show.manifest.domeSegments);
    const uploads: Promise<void>[] = [];
    for (let seg = 0; seg < show.manifest.domeSegments; seg++) {
      uploads.push(renderer.upload(seg, show.stars.slice(seg * perSegment, (seg + 1) * perSegment)));
    }
    uploads.push(renderer.armAudio(show.soundtrack));
    await Promise.all(uploads);
    return show.manifest;
  }
}
