// expect: no-unchecked-settled-results
// The allSettled outcomes of the per-block calibration runs are only counted; rejected entries are never examined, so failed calibrations vanish silently.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';

const execFileAsync = promisify(execFile);

export interface ObservationBlock {
  blockId: string;
  measurementSet: string;
  band: 'L' | 'S' | 'C' | 'X';
  calibrator: string;
}

interface NightLedger {
  night: string;
  blocks: number;
  calibratedAt: string;
  host: string;
}

const CALIBRATE_BIN = process.env.CALIBRATE_BIN ?? '/opt/rt-pipeline/bin/bandpass-cal';

async function discoverBlocks(nightDir: string): Promise<ObservationBlock[]> {
  const entries = await readdir(nightDir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && e.name.endsWith('.ms'))
    .map((e) => {
      const [blockId, band, calibrator] = e.name.replace(/\.ms$/, '').split('_');
      return {
        blockId,
        band: (band?.toUpperCase() ?? 'L') as ObservationBlock['band'],
        calibrator: calibrator ?? '3C286',
        measurementSet: path.join(nightDir, e.name),
      };
    });
}

async function calibrateBlock(block: ObservationBlock, signal: AbortSignal): Promise<string> {
  const { stdout } = await execFileAsync(
    CALIBRATE_BIN,
    ['--ms', block.measurementSet, '--band', block.band, '--cal', block.calibrator, '--quiet'],
    { signal, maxBuffer: 16 * 1024 * 1024 },
  );
  return stdout.trim();
}

/** Runs bandpass calibration on every block recorded during one night. */
export async function calibrateNight(nightDir: string, maxMinutes = 90): Promise<NightLedger> {
  const blocks = await discoverBlocks(nightDir);
  const signal = AbortSignal.timeout(maxMinutes * 60_000);

  const outcomes = await Promise.allSettled(blocks.map((block) => calibrateBlock(block, signal)));

  const ledger: NightLedger = {
    night: path.basename(nightDir),
    blocks: outcomes.length,
    calibratedAt: new Date().toISOString(),
    host: os.hostname(),
  };
  await writeFile(path.join(nightDir, 'calibration-ledger.json'), JSON.stringify(ledger, null, 2));
  return ledger;
}
