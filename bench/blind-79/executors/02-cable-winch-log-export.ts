// expect: none
// Correct: the write-stream executor waits for both 'finish' and 'error', removes the other listener, and handles backpressure with 'drain'.
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';

interface WinchSample {
  towerId: string;
  at: Date;
  ropeTensionKn: number;
  motorRpm: number;
  brakeEngaged: boolean;
}

declare const telemetryStore: {
  samplesFor(lineId: string, day: string): AsyncIterable<WinchSample>;
};

function toCsvRow(s: WinchSample): string {
  return [
    s.towerId,
    s.at.toISOString(),
    s.ropeTensionKn.toFixed(2),
    s.motorRpm.toString(),
    s.brakeEngaged ? '1' : '0',
  ].join(',') + '\n';
}

function writeChunk(out: WriteStream, chunk: string): Promise<void> {
  if (out.errored) return Promise.reject(out.errored);
  if (out.write(chunk)) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
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
  if (out.errored) return Promise.reject(out.errored);
  return new Promise<void>((resolve, reject) => {
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

export async function exportWinchLog(
  lineId: string,
  day: string,
  targetDir: string,
): Promise<{ path: string; rows: number; maxTensionKn: number }> {
  const path = join(targetDir, `${lineId}-${day}-winch.csv`);
  const out = createWriteStream(path, { encoding: 'utf8' });
  // Errors between awaited writes are surfaced through out.errored on the next write.
  out.on('error', () => {});
  let rows = 0;
  let maxTensionKn = 0;

  try {
    await writeChunk(out, 'tower,at,tension_kn,rpm,brake\n');
    for await (const sample of telemetryStore.samplesFor(lineId, day)) {
      await writeChunk(out, toCsvRow(sample));
      rows += 1;
      maxTensionKn = Math.max(maxTensionKn, sample.ropeTensionKn);
    }
  } catch (err) {
    out.destroy();
    throw err;
  }

  await closeStream(out);
  return { path, rows, maxTensionKn };
}
