// expect: none
// Correct: 'line' fires many times but only collects; the promise settles once on 'close' or on 'error', which detaches the close handler first.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface Cue {
  atMs: number;
  module: number;
  pin: number;
  effect: string;
  line: number;
}

export interface CueSheet {
  cues: Cue[];
  warnings: string[];
}

const CUE_PATTERN = /^(\d{1,2}):(\d{2})\.(\d{3})\s+M(\d+)P(\d+)\s+(.+)$/;

function parseCue(text: string, line: number): Cue | string {
  const m = CUE_PATTERN.exec(text);
  if (!m) return `line ${line}: unrecognised cue "${text}"`;
  const [, min, sec, ms, mod, pin, effect] = m;
  const atMs = Number(min) * 60_000 + Number(sec) * 1000 + Number(ms);
  const module = Number(mod);
  const pinNo = Number(pin);
  if (pinNo < 1 || pinNo > 32) return `line ${line}: pin ${pinNo} out of range on module ${module}`;
  return { atMs, module, pin: pinNo, effect: effect.trim(), line };
}

export function loadCueSheet(file: string): Promise<CueSheet> {
  return new Promise<CueSheet>((resolve, reject) => {
    const input = createReadStream(file, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    const cues: Cue[] = [];
    const warnings: string[] = [];
    let lineNo = 0;

    const onLine = (line: string) => {
      lineNo++;
      const trimmed = line.trim();
      if (!trimmed || trimmed.startsWith('#')) return;
      const parsed = parseCue(trimmed, lineNo);
      if (typeof parsed === 'string') warnings.push(parsed);
      else cues.push(parsed);
    };

    const onClose = () => {
      rl.off('error', onError);
      cues.sort((a, b) => a.atMs - b.atMs || a.module - b.module);
      resolve({ cues, warnings });
    };

    const onError = (err: Error) => {
      rl.off('close', onClose);
      rl.close();
      input.destroy();
      reject(new Error(`cannot read cue sheet ${file}: ${err.message}`));
    };

    rl.on('line', onLine);
    rl.once('close', onClose);
    rl.once('error', onError);
  });
}

export function findCollisions(sheet: CueSheet, minGapMs = 40): Array<[Cue, Cue]> {
  const lastByPin = new Map<string, Cue>();
  const collisions: Array<[Cue, Cue]> = [];
  for (const cue of sheet.cues) {
    const key = `${cue.module}:${cue.pin}`;
    const prev = lastByPin.get(key);
    if (prev && cue.atMs - prev.atMs < minGapMs) collisions.push([prev, cue]);
    lastByPin.set(key, cue);
  }
  return collisions;
}
