// expect: no-read-before-settle
// exitCode is assigned in the recorder's 'exit' listener but checked right after the listener is attached, long before the recording ends, so it is always null, every take is reported as failed and the WAV is discarded.
import { spawn } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

export interface Take {
  rank: string;
  note: string;
  windMm: number;
}

export interface RecordedTake extends Take {
  file: string;
}

export interface RecorderConfig {
  device: string;
  outDir: string;
  seconds: number;
}

function fileFor(cfg: RecorderConfig, take: Take): string {
  const safe = `${take.rank}-${take.note}-${take.windMm}mm`.replace(/[^\w.-]+/g, '_');
  return join(cfg.outDir, take.rank, `${safe}.wav`);
}

export async function recordTake(cfg: RecorderConfig, take: Take): Promise<RecordedTake> {
  const file = fileFor(cfg, take);
  await mkdir(join(cfg.outDir, take.rank), { recursive: true });

  let exitCode: number | null = null;
  let stderr = '';

  const child = spawn('arecord', ['-D', cfg.device, '-f', 'S24_LE', '-r', '96000', '-d', String(cfg.seconds), file], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    stderr += text;
  });
  child.on('error', (err) => {
    stderr += err.message;
  });
  child.on('exit', (code) => {
    exitCode = code;
  });

  if (exitCode !== 0) {
    await rm(file, { force: true });
    throw new Error(`recording ${take.rank} ${take.note} failed: ${stderr.trim() || `exit ${exitCode}`}`);
  }
  return { ...take, file };
}

export async function recordSweep(cfg: RecorderConfig, rank: string, notes: string[], windMm: number): Promise<RecordedTake[]> {
  const takes: RecordedTake[] = [];
  for (const note of notes) {
    takes.push(await recordTake(cfg, { rank, note, windMm }));
  }
  return takes;
}
