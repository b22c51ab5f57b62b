// expect: no-multiple-settle
// The handshake promise settles on a complete ACK line or a socket error, but if the gateway closes the connection before sending a full line nothing ever settles it.
import { connect, type Socket } from 'node:net';

export interface CraneSession {
  socket: Socket;
  craneId: string;
  firmware: string;
  spreaderModel: string;
}

export interface HandshakeOptions {
  host: string;
  port: number;
  craneId: string;
  token: string;
}

function parseAck(line: string, craneId: string): { firmware: string; spreaderModel: string } {
  // ACK <crane> fw=<version> spreader=<model>
  const parts = line.trim().split(/\s+/);
  if (parts[0] !== 'ACK' || parts[1] !== craneId) {
    throw new Error(`unexpected handshake reply from gateway: ${line}`);
  }
  const kv = Object.fromEntries(parts.slice(2).map((p) => p.split('=') as [string, string]));
  return { firmware: kv.fw ?? 'unknown', spreaderModel: kv.spreader ?? 'unknown' };
}

export function openCraneSession(opts: HandshakeOptions): Promise<CraneSession> {
  return new Promise<CraneSession>((resolve, reject) => {
    const socket = connect({ host: opts.host, port: opts.port });
    socket.setNoDelay(true);
    let buffer = '';

    const detach = () => {
      socket.off('data', onData);
      socket.off('error', onError);
    };

    const onError = (err: Error) => {
      detach();
      socket.destroy();
      reject(err);
    };

    const onData = (chunk: Buffer) => {
      buffer += chunk.toString('latin1');
      const newline = buffer.indexOf('\n');
      if (newline === -1) return;
      detach();
      const line = buffer.slice(0, newline);
      try {
        const info = parseAck(line, opts.craneId);
        resolve({ socket, craneId: opts.craneId, ...info });
      } catch (err) {
        socket.destroy();
        reject(err);
      }
    };

    socket.on('data', onData);
    socket.on('error', onError);
    socket.once('connect', () => {
      socket.write(`HELLO ${opts.craneId} ${opts.token}\n`);
    });
  });
}

export function describeSession(session: CraneSession): string {
  const { remoteAddress, remotePort } = session.socket;
  return `${session.craneId} via ${remoteAddress}:${remotePort} (fw ${session.firmware}, spreader ${session.spreaderModel})`;
}

export function requestTwistlockStatus(session: CraneSession): void {
  session.socket.write(`TWL? ${session.craneId}\n`);
}
