// expect: none
// runDecoder forwards the job signal to execFile and to stream pipeline, and checks it between echo batches.
import { execFile } from "node:child_process";
import { createReadStream, createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { promisify } from "node:util";
import { join } from "node:path";

const execFileAsync = promisify(execFile);

export interface DecodeJob {
  stationCode: string;
  archivePath: string;
  workDir: string;
  signal: AbortSignal;
}

export interface MeteorEcho {
  utc: string;
  rangeKm: number;
  dopplerHz: number;
  snrDb: number;
}

function parseEchoLine(line: string): MeteorEcho | null {
  const parts = line.trim().split(/\s+/);
  if (parts.length < 4 || parts[0].startsWith("#")) return null;
  const [utc, range, doppler, snr] = parts;
  return { utc, rangeKm: Number(range), dopplerHz: Number(doppler), snrDb: Number(snr) };
}

export async function runDecoder(job: DecodeJob): Promise<MeteorEcho[]> {
  const rawPath = join(job.workDir, `${job.stationCode}.iq`);

  await pipeline(
    createReadStream(job.archivePath),
    createGunzip(),
    createWriteStream(rawPath),
    { signal: job.signal },
  );

  // The decoder is a long-running DSP binary; killing it on abort matters for the night batch
  const { stdout } = await execFileAsync(
    "/opt/radar/bin/echo-detect",
    ["--station", job.stationCode, "--min-snr", "6", rawPath],
    { signal: job.signal, maxBuffer: 64 * 1024 * 1024, killSignal: "SIGTERM" },
  );

  const echoes: MeteorEcho[] = [];
  const lines = stdout.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (i % 5000 === 0) {
      job.signal.throwIfAborted();
    }
    const echo = parseEchoLine(lines[i]);
    if (echo && Number.isFinite(echo.rangeKm) && echo.rangeKm > 70 && echo.rangeKm < 140) {
      echoes.push(echo);
    }
  }
  return echoes;
}

export function hourlyRate(echoes: MeteorEcho[]): Map<string, number> {
  const buckets = new Map<string, number>();
  for (const e of echoes) {
    const hour = e.utc.slice(0, 13);
    buckets.set(hour, (buckets.get(hour) ?? 0) + 1);
  }
  return buckets;
}
