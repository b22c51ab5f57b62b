// expect: none
// The connect promise settles once via a guarded finish that detaches its listeners, and connect, error, timeout and close all lead to a settle.
import { connect, type Socket } from 'node:net';
import { createInterface } from 'node:readline';

export interface CollarFix {
  dogId: string;
  lat: number;
  lon: number;
  headingDeg: number;
  nosingDown: boolean;
  at: Date;
}

export interface BaseStationOptions {
  host: string;
  port?: number;
  connectTimeoutMs?: number;
}

export function openCollarLink(options: BaseStationOptions): Promise<Socket> {
  const { host, port = 7441, connectTimeoutMs = 5_000 } = options;

  return new Promise<Socket>((resolve, reject) => {
    const socket = connect({ host, port });
    let settled = false;

    const finish = (err?: Error) => {
      if (settled) return;
      settled = true;
      socket.setTimeout(0);
      socket.off('connect', onConnect);
      socket.off('error', onError);
      socket.off('timeout', onTimeout);
      socket.off('close', onClose);
      if (err) {
        socket.destroy();
        reject(err);
      } else {
        resolve(socket);
      }
    };

    const onConnect = () => finish();
    const onError = (err: Error) => finish(err);
    const onTimeout = () => finish(new Error(`base station ${host}:${port} did not answer in ${connectTimeoutMs} ms`));
    const onClose = () => finish(new Error(`base station ${host}:${port} closed the connection`));

    socket.setTimeout(connectTimeoutMs);
    socket.once('connect', onConnect);
    socket.once('error', onError);
    socket.once('timeout', onTimeout);
    socket.once('close', onClose);
  });
}

function parseFix(line: string): CollarFix | undefined {
  const parts = line.split('|');
  if (parts.length !== 6 || parts[0] === '') return undefined;
  const [dogId, lat, lon, heading, nose, epoch] = parts;
  return {
    dogId,
    lat: Number(lat),
    lon: Number(lon),
    headingDeg: Number(heading),
    nosingDown: nose === '1',
    at: new Date(Number(epoch)),
  };
}

export async function* collarFixes(options: BaseStationOptions): AsyncGenerator<CollarFix> {
  const socket = await openCollarLink(options);
  socket.on('error', () => socket.destroy());
  const lines = createInterface({ input: socket, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      const fix = parseFix(line.trim());
      if (fix) yield fix;
    }
  } finally {
    lines.close();
    socket.destroy();
  }
}
