// expect: none
// Every outcome (data line, parse failure, socket error, close, timeout) goes through a single guarded settle that also destroys the socket, so the probe promise settles exactly once.
import { Socket } from 'node:net';

export interface HumidityReading {
  shelf: string;
  relativeHumidity: number;
  tempC: number;
  at: Date;
}

export interface ProbeAddress {
  host: string;
  port: number;
  shelf: string;
}

export function parseProbeLine(line: string, shelf: string): HumidityReading {
  const fields = new Map<string, string>();
  for (const part of line.trim().split(';')) {
    const [key, value] = part.split('=');
    if (key && value !== undefined) fields.set(key.trim().toUpperCase(), value.trim());
  }
  const rh = Number(fields.get('RH'));
  const temp = Number(fields.get('T'));
  if (!Number.isFinite(rh) || !Number.isFinite(temp)) {
    throw new Error(`malformed probe line from ${shelf}: ${JSON.stringify(line)}`);
  }
  return { shelf, relativeHumidity: rh, tempC: temp, at: new Date() };
}

export function readProbe(probe: ProbeAddress, timeoutMs = 3000): Promise<HumidityReading> {
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    let buffer = '';
    let settled = false;

    const done = (settle: () => void) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      settle();
    };

    socket.setEncoding('utf8');
    socket.setTimeout(timeoutMs, () => {
      done(() => reject(new Error(`probe ${probe.shelf} timed out after ${timeoutMs}ms`)));
    });
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      const newline = buffer.indexOf('\n');
      if (newline === -1) return;
      const line = buffer.slice(0, newline);
      try {
        const reading = parseProbeLine(line, probe.shelf);
        done(() => resolve(reading));
      } catch (err) {
        done(() => reject(err));
      }
    });
    socket.on('error', (err) => done(() => reject(err)));
    socket.on('close', () => {
      done(() => reject(new Error(`probe ${probe.shelf} closed before sending a reading`)));
    });

    socket.connect(probe.port, probe.host, () => {
      socket.write(`READ ${probe.shelf}\n`);
    });
  });
}

export async function sweepCave(probes: ProbeAddress[]): Promise<Map<string, HumidityReading | Error>> {
  const results = new Map<string, HumidityReading | Error>();
  for (const probe of probes) {
    try {
      results.set(probe.shelf, await readProbe(probe));
    } catch (err) {
      results.set(probe.shelf, err instanceof Error ? err : new Error(String(err)));
    }
  }
  return results;
}
