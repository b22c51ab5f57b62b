// expect: no-multiple-settle
// The handshake promise settles on an ACK/NAK line or a socket error, but if the base station closes the connection cleanly before sending a full line nothing ever settles it.
import { connect, type Socket } from 'node:net';

export interface CollarUplinkOptions {
  host: string;
  port: number;
  herdId: string;
  collarIds: string[];
}

export interface UplinkSession {
  socket: Socket;
  sessionId: string;
  acceptedCollars: string[];
}

const ACK_PREFIX = 'ACK ';
const NAK_PREFIX = 'NAK ';

function encodeHello(opts: CollarUplinkOptions): string {
  return `HELLO herd=${opts.herdId} collars=${opts.collarIds.join(',')}\n`;
}

function parseAck(line: string): { sessionId: string; accepted: string[] } {
  const [sessionId, accepted = ''] = line.slice(ACK_PREFIX.length).trim().split(' ');
  return { sessionId, accepted: accepted ? accepted.split(',') : [] };
}

export function openCollarUplink(opts: CollarUplinkOptions): Promise<UplinkSession> {
  return new Promise<UplinkSession>((resolve, reject) => {
    const socket = connect({ host: opts.host, port: opts.port });
    socket.setEncoding('utf8');
    let buffer = '';

    const onData = (chunk: string) => {
      buffer += chunk;
      const newline = buffer.indexOf('\n');
      if (newline === -1) return;

      const line = buffer.slice(0, newline).trim();
      socket.off('data', onData);
      socket.off('error', onError);

      if (line.startsWith(ACK_PREFIX)) {
        const { sessionId, accepted } = parseAck(line);
        resolve({ socket, sessionId, acceptedCollars: accepted });
      } else if (line.startsWith(NAK_PREFIX)) {
        socket.destroy();
        reject(new Error(`base station refused herd ${opts.herdId}: ${line.slice(NAK_PREFIX.length)}`));
      } else {
        socket.destroy();
        reject(new Error(`unexpected handshake line from ${opts.host}: ${line}`));
      }
    };

    const onError = (err: Error) => {
      socket.off('data', onData);
      socket.destroy();
      reject(err);
    };

    socket.once('connect', () => socket.write(encodeHello(opts)));
    socket.on('data', onData);
    socket.on('error', onError);
  });
}

export function requestFixes(session: UplinkSession, sinceEpochSec: number): void {
  for (const collarId of session.acceptedCollars) {
    session.socket.write(`FIXES ${session.sessionId} ${collarId} ${sinceEpochSec}\n`);
  }
}

export function closeUplink(session: UplinkSession): void {
  session.socket.end(`BYE ${session.sessionId}\n`);
}

export function rejectedCollars(opts: CollarUplinkOptions, session: UplinkSession): string[] {
  const accepted = new Set(session.acceptedCollars);
  return opts.collarIds.filter((id) => !accepted.has(id));
}
