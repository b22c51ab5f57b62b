// expect: none
// Executor settles on 'finish' or 'error' of the write stream, guarded so only the first event settles and listeners are removed.
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";

export interface FlyCue {
  cueNumber: string;
  lineSet: number;
  targetTrim: number;
  speedFtPerSec: number;
  operator: string;
}

declare const stageClock: { now(): Date };

function formatCue(cue: FlyCue, at: Date): string {
  return [
    at.toISOString(),
    cue.cueNumber,
    `LS${cue.lineSet.toString().padStart(2, "0")}`,
    cue.targetTrim.toFixed(2),
    cue.speedFtPerSec.toFixed(1),
    cue.operator,
  ].join(",");
}

function endStream(stream: WriteStream): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onFinish = () => {
      cleanup();
      resolve();
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const cleanup = () => {
      stream.off("finish", onFinish);
      stream.off("error", onError);
    };
    stream.once("finish", onFinish);
    stream.once("error", onError);
    stream.end();
  });
}

export class CueLogWriter {
  private readonly stream: WriteStream;
  private written = 0;

  constructor(private readonly path: string) {
    this.stream = createWriteStream(path, { flags: "a", encoding: "utf8" });
  }

  async append(cue: FlyCue): Promise<void> {
    if (cue.speedFtPerSec > 8) {
      throw new RangeError(`cue ${cue.cueNumber} exceeds arbor speed limit`);
    }
    const ok = this.stream.write(formatCue(cue, stageClock.now()) + "\n");
    this.written += 1;
    if (!ok) {
      await once(this.stream, "drain");
    }
  }

  async appendAll(cues: readonly FlyCue[]): Promise<number> {
    for (const cue of cues) {
      await this.append(cue);
    }
    return cues.length;
  }

  get count(): number {
    return this.written;
  }

  async close(): Promise<string> {
    await endStream(this.stream);
    return this.path;
  }
}

export async function writeShowLog(path: string, cues: readonly FlyCue[]): Promise<number> {
  const writer = new CueLogWriter(path);
  try {
    return await writer.appendAll(cues);
  } finally {
    await writer.close();
  }
}
