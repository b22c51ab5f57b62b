// expect: no-multiple-settle
// decodeSonde settles only on exit code 0: a non-zero exit just logs, and a spawn 'error' has no listener, so the promise never settles.
import { spawn } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface SondeLevel {
  pressureHpa: number;
  windDirDeg: number;
  windKt: number;
  tempC: number;
}

export interface SondeProfile {
  sondeId: string;
  launchTime: string;
  levels: SondeLevel[];
  splashLat?: number;
  splashLon?: number;
}

export interface DecodeOptions {
  aspenBinary?: string;
  outputDir: string;
  qcLevel?: 'raw' | 'auto' | 'full';
}

const DEFAULT_BINARY = '/opt/aspen/bin/aspen-qc';

function decodeSonde(rawFile: string, opts: DecodeOptions): Promise<SondeProfile> {
  return new Promise((resolve, reject) => {
    const args = ['--input', rawFile, '--format', 'json', '--qc', opts.qcLevel ?? 'auto'];
    const child = spawn(opts.aspenBinary ?? DEFAULT_BINARY, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
    });

    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.on('close', (code) => {
      if (code === 0) {
        try {
          resolve(JSON.parse(stdout) as SondeProfile);
        } catch (err) {
          reject(new Error(`aspen produced unparseable output for ${rawFile}: ${(err as Error).message}`));
        }
      } else {
        console.warn(`[sonde] aspen exited with ${code} for ${path.basename(rawFile)}: ${stderr.trim()}`);
      }
    });
  });
}

function surfaceWind(profile: SondeProfile): SondeLevel | undefined {
  return profile.levels.reduce<SondeLevel | undefined>(
    (best, lvl) => (!best || lvl.pressureHpa > best.pressureHpa ? lvl : best),
    undefined,
  );
}

export async function decodeMission(missionDir: string, opts: DecodeOptions): Promise<SondeProfile[]> {
  const entries = await readdir(missionDir);
  const rawFiles = entries.filter((f) => f.endsWith('.avp')).sort();
  await mkdir(opts.outputDir, { recursive: true });

  const profiles: SondeProfile[] = [];
  for (const file of rawFiles) {
    const profile = await decodeSonde(path.join(missionDir, file), opts);
    profiles.push(profile);
    await writeFile(
      path.join(opts.outputDir, `${profile.sondeId}.json`),
      JSON.stringify(profile, null, 2),
    );
    const sfc = surfaceWind(profile);
    if (sfc) {
      console.log(`[sonde] ${profile.sondeId} surface wind ${sfc.windDirDeg}/${sfc.windKt}kt`);
    }
  }
  return profiles;
}
