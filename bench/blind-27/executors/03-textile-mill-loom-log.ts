// expect: none
// The drain and finish waits each listen for success and 'error' once, remove the other listener, and reject straight away if the stream has already failed.
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';

export interface LoomReading {
  loomId: string;
  shift: 'A' | 'B' | 'C';
  picksPerMinute: number;
  warpBreaks: number;
  weftBreaks: number;
  efficiencyPct: number;
  recordedAt: Date;
}

const HEADER = 'loom_id,shift,ppm,warp_breaks,weft_breaks,efficiency_pct,recorded_at\n';

function toCsvRow(r: LoomReading): string {
  return [
    r.loomId,
    r.shift,
    r.picksPerMinute.toFixed(0),
    r.warpBreaks,
    r.weftBreaks,
    r.efficiencyPct.toFixed(2),
    r.recordedAt.toISOString(),
  ].join(',') + '\n';
}

function waitForDrain(out: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    if (out.errored) return reject(out.errored);
    const onDrain = () => {
      out.off('error', onError);
      resolve();
    };
    const onError = (err: Error) => {
      out.off('drain', onDrain);
      reject(err);
    };
    out.once('drain', onDrain);
    out.once('error', onError);
  });
}

function closeStream(out: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    if (out.errored) return reject(out.errored);
    const onFinish = () => {
      out.off('error', onError);
      resolve();
    };
    const onError = (err: Error) => {
      out.off('finish', onFinish);
      reject(err);
    };
    out.once('finish', onFinish);
    out.once('error', onError);
    out.end();
  });
}

export async function exportShiftLog(
  dir: string,
  date: string,
  readings: AsyncIterable<LoomReading>,
): Promise<{ file: string; rows: number }> {
  const file = join(dir, `looms-${date}.csv`);
  const out = createWriteStream(file, { flags: 'w', encoding: 'utf8' });
  // an open failure can arrive while we are between awaits; keep it rather than crash
  let failure: Error | undefined;
  out.on('error', (err) => {
    failure ??= err;
  });
  let rows = 0;
  try {
    if (!out.write(HEADER)) await waitForDrain(out);
    for await (const reading of readings) {
      if (failure) throw failure;
      if (!out.write(toCsvRow(reading))) {
        await waitForDrain(out);
      }
      rows++;
    }
    await closeStream(out);
  } catch (err) {
    out.destroy();
    throw err;
  }
  return { file, rows };
}
