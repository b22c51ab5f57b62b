// expect: none
// Both the ffmpeg child process and the wait for its exit take the job's signal, so cancelling the job kills the transcode.

import { spawn } from "node:child_process";
import { once } from "node:events";

interface TranscodeJob {
  id: string;
  input: string;
  output: string;
  signal: AbortSignal;
}

declare function reportProgress(jobId: string, line: string): void;

export async function transcode(job: TranscodeJob): Promise<void> {
  const ff = spawn("ffmpeg", ["-y", "-i", job.input, "-c:v", "libx264", "-preset", "fast", job.output], {
    signal: job.signal,
    stdio: ["ignore", "ignore", "pipe"],
  });
  ff.stderr.setEncoding("utf8").on("data", (line: string) => reportProgress(job.id, line));
  const [code, sig] = (await once(ff, "close", { signal: job.signal })) as [number | null, NodeJS.Signals | null];
  if (code !== 0) {
    throw new Error(`ffmpeg for ${job.id} failed (code=${code}, signal=${sig})`);
  }
}
