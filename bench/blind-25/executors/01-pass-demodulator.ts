// expect: no-multiple-settle
// close handler returns without settling when the decoder is stopped by a signal (code === null), which is exactly what the pass-end timer does, so the promise never settles.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface PassPlan {
  satellite: string;
  noradId: number;
  aosUtc: Date;
  losUtc: Date;
  downlinkHz: number;
  sampleRate: number;
}

export interface PassCapture {
  satellite: string;
  framesDecoded: number;
  outputFile: string;
  durationMs: number;
}

const DECODER_BIN = process.env.GS_DECODER_BIN ?? '/opt/groundstation/bin/lrpt-decoder';

function decoderArgs(plan: PassPlan, outFile: string): string[] {
  return [
    '--freq', String(plan.downlinkHz),
    '--rate', String(plan.sampleRate),
    '--norad', String(plan.noradId),
    '--out', outFile,
    '--stats-json',
  ];
}

export function capturePass(plan: PassPlan, archiveDir: string): Promise<PassCapture> {
  const outputFile = join(archiveDir, `${plan.noradId}-${plan.aosUtc.toISOString()}.cadu`);
  const started = Date.now();

  return new Promise<PassCapture>((resolve, reject) => {
    const proc = spawn(DECODER_BIN, decoderArgs(plan, outputFile), {
      stdio: ['ignore', 'pipe', 'pipe'],
    });

    let framesDecoded = 0;
    let stderrTail = '';

    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) {
        if (!line.startsWith('{')) continue;
        try {
          const stats = JSON.parse(line) as { frames?: number };
          if (typeof stats.frames === 'number') framesDecoded = stats.frames;
        } catch {
          // partial line from the decoder; next chunk will carry the rest
        }
      }
    });

    proc.stderr.setEncoding('utf8');
    proc.stderr.on('data', (chunk: string) => {
      stderrTail = (stderrTail + chunk).slice(-2000);
    });

    // Stop the decoder once the satellite drops below the horizon.
    const remaining = Math.max(0, plan.losUtc.getTime() - Date.now());
    const passTimer = setTimeout(() => {
      proc.kill('SIGINT');
    }, remaining);

    proc.on('error', (err) => {
      clearTimeout(passTimer);
      reject(err);
    });

    proc.on('close', (code, signal) => {
      clearTimeout(passTimer);
      if (code === null) {
        console.info(`[${plan.satellite}] decoder stopped by ${signal}, ${framesDecoded} frames`);
        return;
      }
      if (code === 0) {
        resolve({
          satellite: plan.satellite,
          framesDecoded,
          outputFile,
          durationMs: Date.now() - started,
        });
      } else {
        reject(new Error(`decoder exited with ${code}: ${stderrTail.trim()}`));
      }
    });
  });
}
