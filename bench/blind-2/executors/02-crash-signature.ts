// expect: none
// Every path settles once: the first complete panic block resolves and closes the reader, 'close' at EOF resolves with null, and a read error (forwarded to the interface's 'error') rejects.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface CrashSignature {
  message: string;
  frames: string[];
}

const PANIC = /^panic: (.+)$/;
const FRAME = /^\s+at (.+)$/;
const MAX_FRAMES = 12;

export function firstCrashSignature(logFile: string): Promise<CrashSignature | null> {
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: createReadStream(logFile, { encoding: 'utf8' }), crlfDelay: Infinity });
    let current: CrashSignature | null = null;
    let done = false;

    const finish = (sig: CrashSignature | null) => {
      if (done) return;
      done = true;
      resolve(sig);
      rl.close();
    };

    rl.on('line', (line) => {
      if (done) return;
      if (current) {
        const frame = FRAME.exec(line);
        if (frame && current.frames.length < MAX_FRAMES) {
          current.frames.push(frame[1]);
          return;
        }
        finish(current);
        return;
      }
      const m = PANIC.exec(line);
      if (m) current = { message: m[1], frames: [] };
    });
    rl.once('close', () => finish(current));
    rl.once('error', (err: Error) => {
      done = true;
      reject(new Error(`cannot read ${logFile}: ${err.message}`, { cause: err }));
    });
  });
}

export function fingerprint(sig: CrashSignature): string {
  const top = sig.frames.slice(0, 3).map((f) => f.replace(/:\d+:\d+\)?$/, '')).join(' <- ');
  return `${sig.message.replace(/0x[0-9a-f]+/gi, '0x?')} @ ${top || '<no frames>'}`;
}
