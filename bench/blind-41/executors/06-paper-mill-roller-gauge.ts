// expect: none
// The gauge query listens for data, error and close plus a timeout, and one finish() clears the timer and listeners before settling.
import type { Duplex } from 'node:stream';

export interface NipPressure {
  rollerPair: string;
  kNPerMetre: number;
  crownMicrons: number;
}

declare const millLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

function parseGaugeLine(line: string): NipPressure {
  const match = /^NIP (\S+) P=([\d.]+) C=(-?[\d.]+)$/.exec(line.trim());
  if (!match) throw new Error(`unparseable gauge line: ${JSON.stringify(line)}`);
  return { rollerPair: match[1], kNPerMetre: Number(match[2]), crownMicrons: Number(match[3]) };
}

export function queryNipGauge(port: Duplex, rollerPair: string, timeoutMs = 1_500): Promise<NipPressure> {
  return new Promise<NipPressure>((resolve, reject) => {
    let buffer = '';

    const finish = (err: Error | null, value?: NipPressure) => {
      clearTimeout(timer);
      port.off('data', onData);
      port.off('error', onError);
      port.off('close', onClose);
      if (err) reject(err);
      else resolve(value as NipPressure);
    };

    const onData = (chunk: Buffer) => {
      buffer += chunk.toString('ascii');
      const newline = buffer.indexOf('\n');
      if (newline === -1) return;
      const line = buffer.slice(0, newline);
      try {
        finish(null, parseGaugeLine(line));
      } catch (err) {
        finish(err as Error);
      }
    };
    const onError = (err: Error) => finish(err);
    const onClose = () => finish(new Error(`gauge port closed while reading ${rollerPair}`));
    const timer = setTimeout(
      () => finish(new Error(`gauge for ${rollerPair} silent for ${timeoutMs}ms`)),
      timeoutMs,
    );

    port.on('data', onData);
    port.once('error', onError);
    port.once('close', onClose);
    port.write(`READ ${rollerPair}\r\n`);
  });
}

export async function profileCalenderStack(port: Duplex, pairs: string[]): Promise<NipPressure[]> {
  const results: NipPressure[] = [];
  for (const pair of pairs) {
    const reading = await queryNipGauge(port, pair);
    if (reading.kNPerMetre > 350) {
      millLog.warn('nip load above calender rating', { pair, load: reading.kNPerMetre });
    }
    results.push(reading);
  }
  return results;
}

export function crownDeviation(readings: NipPressure[]): number {
  if (readings.length === 0) return 0;
  const mean = readings.reduce((sum, r) => sum + r.crownMicrons, 0) / readings.length;
  return Math.max(...readings.map((r) => Math.abs(r.crownMicrons - mean)));
}
