// expect: no-read-before-settle
// installedVersion is assigned inside the execFile callback but compared right after execFile is called, so it is still undefined and every turbine gets re-flashed.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface TurbineTarget {
  id: string;
  nacelleHost: string;
  firmwareImage: string;
  version: string;
}

export interface FlashResult {
  id: string;
  action: 'skipped' | 'flashed';
  version: string;
}

const TOOL = '/opt/windfarm/bin/nacelle-ctl';

function parseVersion(stdout: string): string | undefined {
  const match = /firmware:\s*(\S+)/.exec(stdout);
  return match?.[1];
}

export async function ensureFirmware(target: TurbineTarget): Promise<FlashResult> {
  let installedVersion: string | undefined;

  execFile(TOOL, ['--host', target.nacelleHost, 'status'], { timeout: 15_000 }, (err, stdout) => {
    if (err) {
      console.error(`turbine ${target.id}: status query failed: ${err.message}`);
      return;
    }
    installedVersion = parseVersion(stdout);
  });

  if (installedVersion === target.version) {
    return { id: target.id, action: 'skipped', version: target.version };
  }

  // Yaw lock must be engaged before the controller will accept an image.
  await execFileAsync(TOOL, ['--host', target.nacelleHost, 'yaw-lock', 'on']);
  try {
    await execFileAsync(TOOL, ['--host', target.nacelleHost, 'flash', '--image', target.firmwareImage], { timeout: 10 * 60_000 });
  } finally {
    await execFileAsync(TOOL, ['--host', target.nacelleHost, 'yaw-lock', 'off']);
  }
  return { id: target.id, action: 'flashed', version: target.version };
}

export async function rollOut(targets: TurbineTarget[]): Promise<FlashResult[]> {
  const results: FlashResult[] = [];
  // One turbine at a time so the string never loses more than one unit.
  for (const t of targets) {
    results.push(await ensureFirmware(t));
  }
  return results;
}
