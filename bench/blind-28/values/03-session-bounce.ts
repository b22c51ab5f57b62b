// expect: no-read-before-settle
// Bug: exitCode is only set in the child's "close" listener, but it is checked synchronously right after spawning, so it is always still null.
import { spawn } from "node:child_process";
import { mkdir, stat } from "node:fs/promises";
import path from "node:path";

export interface BounceRequest {
  sessionId: string;
  stems: string[];
  sampleRate: 44100 | 48000 | 96000;
  loudnessTarget: number; // LUFS
  outputDir: string;
}

export interface BounceResult {
  file: string;
  bytes: number;
  stderrTail: string[];
}

function buildArgs(req: BounceRequest, outFile: string): string[] {
  const inputs = req.stems.flatMap((stem) => ["-i", stem]);
  const mix = `amix=inputs=${req.stems.length}:normalize=0,loudnorm=I=${req.loudnessTarget}:TP=-1.0`;
  return [
    "-hide_banner",
    "-y",
    ...inputs,
    "-filter_complex",
    mix,
    "-ar",
    String(req.sampleRate),
    "-c:a",
    "pcm_s24le",
    outFile,
  ];
}

export async function bounceSession(req: BounceRequest): Promise<BounceResult> {
  if (req.stems.length === 0) {
    throw new Error(`session ${req.sessionId} has no stems armed for bounce`);
  }
  await mkdir(req.outputDir, { recursive: true });
  const outFile = path.join(req.outputDir, `${req.sessionId}-master.wav`);

  const stderrTail: string[] = [];
  let exitCode: number | null = null;

  const child = spawn("ffmpeg", buildArgs(req, outFile), {
    stdio: ["ignore", "ignore", "pipe"],
  });

  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk: string) => {
    for (const line of chunk.split(/\r?\n/)) {
      if (!line.trim()) continue;
      stderrTail.push(line);
      if (stderrTail.length > 20) stderrTail.shift();
    }
  });

  child.on("close", (code) => {
    exitCode = code;
  });

  if (exitCode !== 0) {
    const detail = stderrTail.slice(-5).join("\n");
    throw new Error(`ffmpeg bounce failed for ${req.sessionId} (exit ${exitCode}):\n${detail}`);
  }

  const info = await stat(outFile);
  return { file: outFile, bytes: info.size, stderrTail };
}
