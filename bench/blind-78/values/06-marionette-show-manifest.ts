// expect: none
// Every field placed in the manifest JSON comes from an awaited Promise.all destructuring or a synchronous helper, so no pending promise is serialised or sent.
import { writeFile } from 'node:fs/promises';

export interface Puppet {
  name: string;
  controlType: 'paddle' | 'airplane' | 'vertical';
  strings: number;
  heightCm: number;
}

export interface SceneCue {
  scene: number;
  puppets: string[];
  musicTrack: string;
  bridgeHeightCm: number;
}

export interface TourManifest {
  show: string;
  venue: string;
  generatedAt: string;
  puppets: Puppet[];
  scenes: SceneCue[];
  totalStrings: number;
  spareStringsMetres: number;
  bridgeChanges: number;
}

declare const workshop: {
  puppetsFor(show: string): Promise<Puppet[]>;
  scenesFor(show: string): Promise<SceneCue[]>;
  venueBridgeLimitCm(venue: string): Promise<number>;
};
declare const lightingDesk: { url: string };

function spareStringLength(puppets: Puppet[]): number {
  // Carry roughly two full restrings per puppet, string length ≈ 1.6 × (bridge to puppet) + tie-off.
  return Math.ceil(puppets.reduce((m, p) => m + p.strings * (p.heightCm * 1.6 + 40) * 2, 0) / 100);
}

function countBridgeChanges(scenes: SceneCue[]): number {
  let changes = 0;
  for (let i = 1; i < scenes.length; i++) {
    if (scenes[i].bridgeHeightCm !== scenes[i - 1].bridgeHeightCm) changes++;
  }
  return changes;
}

export async function buildManifest(show: string, venue: string): Promise<TourManifest> {
  const [puppets, scenes, bridgeLimitCm] = await Promise.all([
    workshop.puppetsFor(show),
    workshop.scenesFor(show),
    workshop.venueBridgeLimitCm(venue),
  ]);

  const tooHigh = scenes.filter((s) => s.bridgeHeightCm > bridgeLimitCm);
  if (tooHigh.length > 0) {
    throw new Error(`${venue} cannot rig the bridge for scenes ${tooHigh.map((s) => s.scene).join(', ')}`);
  }

  return {
    show,
    venue,
    generatedAt: new Date().toISOString(),
    puppets,
    scenes,
    totalStrings: puppets.reduce((n, p) => n + p.strings, 0),
    spareStringsMetres: spareStringLength(puppets),
    bridgeChanges: countBridgeChanges(scenes),
  };
}

export async function shipManifest(show: string, venue: string, outFile: string): Promise<void> {
  const manifest = await buildManifest(show, venue);
  const body = JSON.stringify(manifest, null, 2);

  const [res] = await Promise.all([
    fetch(`${lightingDesk.url}/shows/${encodeURIComponent(show)}/manifest`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body,
    }),
    writeFile(outFile, body, 'utf8'),
  ]);
  if (!res.ok) {
    throw new Error(`lighting desk refused manifest for ${show}: ${res.status}`);
  }
}
