// expect: none
// All exits (line clear, refusal, link close, stream error, timeout) funnel through one finish() that is idempotent, clears the timer and detaches listeners, so the offer settles once on every path.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

export type BellCode = 'IS_LINE_CLEAR' | 'LINE_CLEAR' | 'REFUSED' | 'TRAIN_ENTERING' | 'OUT_OF_SECTION';

export interface BellMessage {
  block: string;
  code: BellCode;
  beats: string;
}

export interface AcceptanceResult {
  block: string;
  accepted: boolean;
  beats: string;
  elapsedMs: number;
}

const KNOWN_CODES = new Set<BellCode>([
  'IS_LINE_CLEAR',
  'LINE_CLEAR',
  'REFUSED',
  'TRAIN_ENTERING',
  'OUT_OF_SECTION',
]);

export function parseBellLine(line: string): BellMessage | undefined {
  const [block, code, beats = ''] = line.trim().split(/\s+/);
  if (!block || !code || !KNOWN_CODES.has(code as BellCode)) return undefined;
  return { block, code: code as BellCode, beats };
}

export function offerTrain(
  input: Readable,
  output: Writable,
  block: string,
  timeoutMs = 120_000,
): Promise<AcceptanceResult> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const rl = createInterface({ input, crlfDelay: Infinity });
    const timer = setTimeout(() => {
      finish(() => reject(new Error(`no answer from box ahead for block ${block}`)));
    }, timeoutMs);
    let done = false;

    function finish(settle: () => void): void {
      if (done) return;
      done = true;
      clearTimeout(timer);
      rl.off('line', onLine);
      rl.off('close', onClose);
      input.off('error', onError);
      rl.close();
      settle();
    }

    function onLine(line: string): void {
      const msg = parseBellLine(line);
      if (!msg || msg.block !== block) return;
      const elapsedMs = Date.now() - started;
      if (msg.code === 'LINE_CLEAR') {
        finish(() => resolve({ block, accepted: true, beats: msg.beats, elapsedMs }));
      } else if (msg.code === 'REFUSED') {
        finish(() => resolve({ block, accepted: false, beats: msg.beats, elapsedMs }));
      }
    }

    function onClose(): void {
      finish(() => reject(new Error(`block instrument link closed while offering ${block}`)));
    }

    function onError(err: Error): void {
      finish(() => reject(err));
    }

    rl.on('line', onLine);
    rl.on('close', onClose);
    input.on('error', onError);
    output.write(`${block} IS_LINE_CLEAR 3-1\n`);
  });
}
