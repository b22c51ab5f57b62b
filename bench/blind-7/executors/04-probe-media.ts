// expect: no-multiple-settle
// The 2-minute kill timer is never cleared when ffprobe exits normally, so each probe keeps the event loop alive and the CLI sits idle for up to two minutes after printing its report (the late reject is silently ignored).
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export interface ProbeResult {
  file: string;
  durationSec: number;
  videoCodec: string | null;
}

interface FfprobeJson {
  format?: { duration?: string };
  streams?: Array<{ codec_type: string; codec_name: string }>;
}

const PROBE_TIMEOUT_MS = 120_000;
const MEDIA_EXT = new Set(['.mp4', '.mkv', '.mov', '.webm']);

function runProbe(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let errText = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      errText += chunk;
    });

    setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`ffprobe timed out after ${PROBE_TIMEOUT_MS}ms on ${file}`));
    }, PROBE_TIMEOUT_MS);

    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve(out);
      else reject(new Error(`ffprobe exited with ${code ?? signal} on ${file}: ${errText.trim()}`));
    });
  });
}

export async function probe(file: string): Promise<ProbeResult> {
  const parsed = JSON.parse(await runProbe(file)) as FfprobeJson;
  const video = parsed.streams?.find((s) => s.codec_type === 'video');
  return {
    file,
    durationSec: Number(parsed.format?.duration ?? 0),
    videoCodec: video?.codec_name ?? null,
  };
}

export async function main(dir: string): Promise<void> {
  const entries = await readdir(dir);
  const files = entries.filter((f) => MEDIA_EXT.has(path.extname(f).toLowerCase()));
  let failed = 0;
  for (const name of files) {
    try {
      const r = await probe(path.join(dir, name));
      console.log(`${name.padEnd(40)} ${r.durationSec.toFixed(1).padStart(8)}s  ${r.videoCodec ?? '-'}`);
    } catch (err) {
      failed++;
      console.error(`skip ${name}: ${(err as Error).message}`);
    }
  }
  console.log(`${files.length - failed}/${files.length} files probed`);
  if (failed > 0) process.exitCode = 1;
}
