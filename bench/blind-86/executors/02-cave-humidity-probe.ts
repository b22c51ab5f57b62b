// expect: none
// readLine listens on 'data' repeatedly but finish() removes every listener and clears the timer before settling, and error/close/timeout all settle exactly once.
import { EventEmitter } from 'node:events';

export interface ProbePort extends EventEmitter {
  write(cmd: string): boolean;
  readonly isOpen: boolean;
}

export interface CaveReading {
  probeId: string;
  relativeHumidity: number;
  temperatureC: number;
  takenAt: Date;
}

export class ProbeTimeoutError extends Error {
  constructor(readonly probeId: string, readonly waitedMs: number) {
    super(`probe ${probeId} did not answer within ${waitedMs}ms`);
    this.name = 'ProbeTimeoutError';
  }
}

function readLine(port: ProbePort, probeId: string, timeoutMs: number): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let buffer = '';

    const finish = (err: Error | null, line?: string) => {
      clearTimeout(timer);
      port.off('data', onData);
      port.off('error', onError);
      port.off('close', onClose);
      if (err) reject(err);
      else resolve(line!);
    };

    const onData = (chunk: Buffer) => {
      buffer += chunk.toString('ascii');
      const nl = buffer.indexOf('\r\n');
      if (nl === -1) return;
      finish(null, buffer.slice(0, nl));
    };
    const onError = (err: Error) => finish(err);
    const onClose = () => finish(new Error(`probe port closed while waiting for ${probeId}`));

    const timer = setTimeout(() => finish(new ProbeTimeoutError(probeId, timeoutMs)), timeoutMs);

    port.on('data', onData);
    port.on('error', onError);
    port.on('close', onClose);
    port.write(`RH? ${probeId}\r\n`);
  });
}

function parseReading(probeId: string, line: string): CaveReading {
  // e.g. "RH 94.2 T 11.8"
  const match = /^RH\s+([\d.]+)\s+T\s+(-?[\d.]+)$/.exec(line.trim());
  if (!match) throw new Error(`unexpected probe reply from ${probeId}: ${JSON.stringify(line)}`);
  return {
    probeId,
    relativeHumidity: Number(match[1]),
    temperatureC: Number(match[2]),
    takenAt: new Date(),
  };
}

export async function sampleCave(
  port: ProbePort,
  probeIds: string[],
  timeoutMs = 2_000,
): Promise<CaveReading[]> {
  if (!port.isOpen) throw new Error('probe port is not open');
  const readings: CaveReading[] = [];
  // The probes share one RS-485 bus, so they are asked strictly one at a time.
  for (const id of probeIds) {
    try {
      const line = await readLine(port, id, timeoutMs);
      readings.push(parseReading(id, line));
    } catch (err) {
      if (err instanceof ProbeTimeoutError) {
        console.warn(`[affinage] ${err.message}; skipping`);
        continue;
      }
      throw err;
    }
  }
  return readings;
}

export function needsMisting(readings: CaveReading[], targetRh = 92): boolean {
  if (readings.length === 0) return false;
  const avg = readings.reduce((s, r) => s + r.relativeHumidity, 0) / readings.length;
  return avg < targetRh;
}
