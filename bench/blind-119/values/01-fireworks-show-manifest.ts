// expect: none
// The checksum and the controller firmware are awaited before they are placed in the manifest header and the JSON body, so real values are written.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';

export interface Effect {
  cueId: string;
  product: string;
  calibreMm: number;
  atMs: number;
  position: string;
}

export interface ControllerInfo {
  firmwareVersion(): Promise<string>;
  serial: string;
}

export interface ManifestOptions {
  showId: string;
  scriptPath: string;
  outPath: string;
  operator: string;
}

async function sha256Of(path: string): Promise<string> {
  const data = await readFile(path);
  return createHash('sha256').update(data).digest('hex');
}

export function netExplosiveMassGrams(effects: Effect[]): number {
  const perCalibre: Record<number, number> = { 30: 18, 50: 45, 75: 110, 100: 240, 125: 420 };
  return effects.reduce((sum, e) => sum + (perCalibre[e.calibreMm] ?? 0), 0);
}

export async function writeShowManifest(
  controller: ControllerInfo,
  effects: Effect[],
  options: ManifestOptions,
): Promise<string> {
  const checksum = await sha256Of(options.scriptPath);
  const firmware = await controller.firmwareVersion();
  const ordered = [...effects].sort((a, b) => a.atMs - b.atMs);
  const lastMs = ordered.length ? ordered[ordered.length - 1].atMs : 0;

  const header =
    `# show ${options.showId} operator=${options.operator} ` +
    `controller=${controller.serial}@${firmware} script-sha256=${checksum}`;

  const body = JSON.stringify(
    {
      showId: options.showId,
      scriptChecksum: checksum,
      controller: { serial: controller.serial, firmware },
      durationSec: Math.ceil(lastMs / 1000),
      netExplosiveMassGrams: netExplosiveMassGrams(effects),
      effects: ordered,
    },
    null,
    2,
  );

  await writeFile(options.outPath, `${header}\n${body}\n`);
  return checksum;
}
