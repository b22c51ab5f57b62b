// expect: none
// The probe query settles on the first reply line, on socket error, on an early close and on timeout, and the cleanup clears the timer and detaches every listener.
import { createConnection, Socket } from 'node:net';
import { createInterface } from 'node:readline';

export interface MoistureReading {
  probeId: string;
  percent: number;
  coreTempC: number;
}

export interface ProbeAddress {
  host: string;
  port: number;
}

function parseReply(probeId: string, line: string): MoistureReading {
  const match = /^M=(\d+(?:\.\d+)?);T=(-?\d+(?:\.\d+)?)$/.exec(line.trim());
  if (!match) {
    throw new Error(`probe ${probeId} sent malformed reply: ${JSON.stringify(line)}`);
  }
  return { probeId, percent: Number(match[1]), coreTempC: Number(match[2]) };
}

export function queryProbe(probeId: string, addr: ProbeAddress, timeoutMs = 3_000): Promise<MoistureReading> {
  return new Promise<MoistureReading>((resolve, reject) => {
    const socket: Socket = createConnection(addr);
    const lines = createInterface({ input: socket });

    const cleanup = (): void => {
      clearTimeout(timer);
      lines.off('line', onLine);
      socket.off('error', onError);
      socket.off('close', onClose);
      lines.close();
      socket.destroy();
    };

    const onLine = (line: string): void => {
      cleanup();
      try {
        resolve(parseReply(probeId, line));
      } catch (err) {
        reject(err);
      }
    };
    const onError = (err: Error): void => {
      cleanup();
      reject(err);
    };
    const onClose = (): void => {
      cleanup();
      reject(new Error(`probe ${probeId} hung up before replying`));
    };

    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`probe ${probeId} timed out after ${timeoutMs}ms`));
    }, timeoutMs);

    lines.on('line', onLine);
    socket.on('error', onError);
    socket.on('close', onClose);
    socket.write(`READ ${probeId}\r\n`);
  });
}

export async function scanStack(probeIds: readonly string[], addr: ProbeAddress): Promise<MoistureReading[]> {
  const readings: MoistureReading[] = [];
  for (const id of probeIds) {
    readings.push(await queryProbe(id, addr));
  }
  return readings.sort((a, b) => b.percent - a.percent);
}
