// expect: none
// Correct: the read stream's 'error' and 'end' are both handled, listeners are detached, and the promise settles exactly once.
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename } from 'node:path';

export interface ShipmentLogSummary {
  file: string;
  sha256: string;
  readings: number;
  excursions: number;
  maxTempC: number;
}

const SAFE_MIN_C = 2;
const SAFE_MAX_C = 8;

/**
 * Digests a data-logger CSV exported from a vaccine cold-chain shipper.
 * Each line is `iso-timestamp,probe-id,tempC`. The digest is attached to the
 * chain-of-custody record so the pharmacy can verify nothing was edited.
 */
export function summariseShipmentLog(path: string): Promise<ShipmentLogSummary> {
  return new Promise<ShipmentLogSummary>((resolve, reject) => {
    const hash = createHash('sha256');
    const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 64 * 1024 });

    let carry = '';
    let readings = 0;
    let excursions = 0;
    let maxTempC = Number.NEGATIVE_INFINITY;

    const consumeLine = (line: string) => {
      if (!line || line.startsWith('#')) return;
      const parts = line.split(',');
      const temp = Number(parts[2]);
      if (!Number.isFinite(temp)) return;
      readings++;
      if (temp < SAFE_MIN_C || temp > SAFE_MAX_C) excursions++;
      if (temp > maxTempC) maxTempC = temp;
    };

    const onData = (chunk: string | Buffer) => {
      const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
      hash.update(text);
      const lines = (carry + text).split(/\r?\n/);
      carry = lines.pop() ?? '';
      for (const line of lines) consumeLine(line);
    };

    const cleanup = () => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
    };

    const onEnd = () => {
      cleanup();
      consumeLine(carry);
      resolve({
        file: basename(path),
        sha256: hash.digest('hex'),
        readings,
        excursions,
        maxTempC: readings > 0 ? maxTempC : Number.NaN,
      });
    };

    const onError = (err: Error) => {
      cleanup();
      stream.destroy();
      reject(new Error(`cannot read logger export ${basename(path)}: ${err.message}`));
    };

    stream.on('data', onData);
    stream.once('end', onEnd);
    stream.once('error', onError);
  });
}

export async function summariseAll(paths: string[]): Promise<ShipmentLogSummary[]> {
  const out: ShipmentLogSummary[] = [];
  for (const p of paths) {
    out.push(await summariseShipmentLog(p));
  }
  return out;
}
