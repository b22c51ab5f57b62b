// expect: none
// `stderr` and `frames` are filled by stream listeners but only read after `await once(child, 'close')`, which resolves after both pipes have ended (and rejects if the spawn fails), so the values are complete when used.
import { spawn } from 'node:child_process';
import { once } from 'node:events';

export interface ShowPreset {
  id: string;
  title: string;
  script: string;
  durationSec: number;
}

export interface RehearsalResult {
  presetId: string;
  frames: number;
  droppedFrames: number;
  warnings: string[];
}

const DOME_PLAYER = process.env.DOME_PLAYER ?? '/opt/dome/bin/domeplayer';

export async function rehearse(preset: ShowPreset, dryRun = true): Promise<RehearsalResult> {
  const args = ['--script', preset.script, '--duration', String(preset.durationSec), '--report-frames'];
  if (dryRun) args.push('--no-projector');

  const child = spawn(DOME_PLAYER, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');

  let frames = 0;
  let dropped = 0;
  let stderr = '';
  let pending = '';

  child.stdout.on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith('FRAME ')) frames += 1;
      else if (line.startsWith('DROP ')) dropped += 1;
    }
  });
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });

  const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
  if (code !== 0) {
    throw new Error(`${preset.title} rehearsal failed (${signal ?? `exit ${code}`}): ${stderr.slice(-500)}`);
  }

  return {
    presetId: preset.id,
    frames,
    droppedFrames: dropped,
    warnings: stderr.split('\n').filter((l) => l.includes('WARN')),
  };
}

export async function rehearseProgram(presets: ShowPreset[]): Promise<RehearsalResult[]> {
  const results: RehearsalResult[] = [];
  for (const preset of presets) {
    const result = await rehearse(preset);
    if (result.droppedFrames > result.frames * 0.01) {
      throw new Error(`${preset.title}: ${result.droppedFrames} dropped frames exceeds 1% budget`);
    }
    results.push(result);
  }
  return results;
}
