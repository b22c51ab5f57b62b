// expect: no-multiple-settle
// The executor is async and awaits readFile before wiring up resolve/reject, so a missing or malformed schedule rejects only the executor's own promise and the returned promise never settles.
import { readFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';

interface ZoneSchedule {
  zone: string;
  litres: number;
  pulseSeconds: number;
}

interface WallSchedule {
  wallId: string;
  zones: ZoneSchedule[];
}

export interface IrrigationReport {
  wallId: string;
  zonesWatered: number;
  litres: number;
  durationMs: number;
  log: string[];
}

export function runIrrigation(schedulePath: string, pumpBinary = 'mosspump'): Promise<IrrigationReport> {
  const startedAt = Date.now();
  return new Promise<IrrigationReport>(async (resolve, reject) => {
    const schedule = JSON.parse(await readFile(schedulePath, 'utf8')) as WallSchedule;

    const args = ['--wall', schedule.wallId, '--mode', 'pulse'];
    for (const zone of schedule.zones) {
      args.push('--zone', `${zone.zone}:${zone.litres}:${zone.pulseSeconds}`);
    }

    const pump = spawn(pumpBinary, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    const log: string[] = [];
    pump.stdout.setEncoding('utf8');
    pump.stdout.on('data', (chunk: string) => {
      log.push(...chunk.split('\n').filter((line) => line.trim().length > 0));
    });

    pump.once('error', reject);
    pump.once('close', (code, signal) => {
      if (code !== 0) {
        reject(new Error(`mosspump for ${schedule.wallId} exited with ${code ?? signal}`));
        return;
      }
      const watered = log.filter((line) => line.startsWith('ZONE_OK'));
      resolve({
        wallId: schedule.wallId,
        zonesWatered: watered.length,
        litres: schedule.zones.reduce((sum, z) => sum + z.litres, 0),
        durationMs: Date.now() - startedAt,
        log,
      });
    });
  });
}

export async function irrigateGallery(schedulePaths: string[]): Promise<IrrigationReport[]> {
  const reports: IrrigationReport[] = [];
  // Walls share one header tank, so they are watered strictly one after another.
  for (const path of schedulePaths) {
    reports.push(await runIrrigation(path));
  }
  return reports;
}

export function summarizeGallery(reports: IrrigationReport[]): string {
  const totalLitres = reports.reduce((sum, r) => sum + r.litres, 0);
  const partial = reports.filter((r) => r.zonesWatered === 0).map((r) => r.wallId);
  const lines = reports.map(
    (r) => `${r.wallId.padEnd(12)} ${String(r.zonesWatered).padStart(3)} zones ${r.litres.toFixed(1)} L`,
  );
  lines.push(`total ${totalLitres.toFixed(1)} L`);
  if (partial.length > 0) lines.push(`no confirmed zones: ${partial.join(', ')}`);
  return lines.join('\n');
}
