// expect: no-read-before-settle
// Bug: `profile` is assigned in the execFile callback but checked and returned synchronously right after execFile is called, so it is always undefined.
import { execFile } from 'node:child_process';
import path from 'node:path';

export interface SnowLayer {
  depthCm: number;
  grainType: string;
  hardness: number;
}

export interface StabilityProfile {
  slopeId: string;
  layers: SnowLayer[];
  weakLayerDepthCm: number | null;
  rutschblockScore: number;
}

const MODEL_BIN = process.env.SNOWPACK_BIN ?? '/opt/snowpack/bin/snowpack-cli';
const MODEL_TIMEOUT_MS = 45_000;

function parseModelOutput(slopeId: string, stdout: string): StabilityProfile {
  const layers: SnowLayer[] = [];
  let weakLayerDepthCm: number | null = null;
  let rutschblockScore = 7;

  for (const raw of stdout.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [kind, ...rest] = line.split(/\s+/);
    if (kind === 'LAYER') {
      const [depth, grain, hardness] = rest;
      layers.push({ depthCm: Number(depth), grainType: grain, hardness: Number(hardness) });
    } else if (kind === 'WEAK') {
      weakLayerDepthCm = Number(rest[0]);
    } else if (kind === 'RB') {
      rutschblockScore = Number(rest[0]);
    }
  }

  return { slopeId, layers, weakLayerDepthCm, rutschblockScore };
}

export function dangerLevel(profile: StabilityProfile): 1 | 2 | 3 | 4 | 5 {
  if (profile.weakLayerDepthCm !== null && profile.weakLayerDepthCm < 80) {
    if (profile.rutschblockScore <= 2) return 5;
    if (profile.rutschblockScore <= 3) return 4;
    return 3;
  }
  return profile.rutschblockScore <= 4 ? 2 : 1;
}

export function runSnowpackModel(slopeId: string, observationFile: string): StabilityProfile {
  let profile: StabilityProfile | undefined;

  execFile(
    MODEL_BIN,
    ['--slope', slopeId, '--input', path.resolve(observationFile), '--format', 'plain'],
    { timeout: MODEL_TIMEOUT_MS, maxBuffer: 4 * 1024 * 1024 },
    (err, stdout, stderr) => {
      if (err) {
        console.error(`snowpack model failed for ${slopeId}: ${stderr || err.message}`);
        return;
      }
      profile = parseModelOutput(slopeId, stdout);
    },
  );

  if (!profile) {
    throw new Error(`no stability profile produced for slope ${slopeId}`);
  }
  return profile;
}

export function summariseForBulletin(slopeIds: string[], obsDir: string): string[] {
  return slopeIds.map((id) => {
    const profile = runSnowpackModel(id, path.join(obsDir, `${id}.obs`));
    const level = dangerLevel(profile);
    const weak = profile.weakLayerDepthCm === null ? 'none' : `${profile.weakLayerDepthCm} cm`;
    return `${id}: danger ${level}, weak layer ${weak}, RB${profile.rutschblockScore}`;
  });
}
