// expect: none
// The handshake executor handles data, error, close and timeout; a shared cleanup clears the timer and detaches listeners so exactly one path settles.
import { connect, type Socket } from 'node:net';

export interface GaugeBanner {
  gaugeId: string;
  firmware: string;
  channels: number;
}

export interface GaugeSession extends GaugeBanner {
  socket: Socket;
  leftover: string;
}

export interface StrainFrame {
  gaugeId: string;
  channel: number;
  microstrain: number;
  at: number;
}

const BANNER_RE = /^SG(\d+) fw=(\S+) ch=(\d+)$/;

export function openGauge(host: string, port: number, timeoutMs = 5_000): Promise<GaugeSession> {
  return new Promise<GaugeSession>((resolve, reject) => {
    const socket = connect({ host, port });
    let buffer = '';

    const timer = setTimeout(() => {
      cleanup();
      socket.destroy();
      reject(new Error(`Gauge at ${host}:${port} sent no banner within ${timeoutMs}ms`));
    }, timeoutMs);

    function cleanup(): void {
      clearTimeout(timer);
      socket.pause();
      socket.off('data', onData);
      socket.off('error', onError);
      socket.off('close', onClose);
    }

    function onData(chunk: Buffer): void {
      buffer += chunk.toString('ascii');
      const newline = buffer.indexOf('\n');
      if (newline === -1) {
        return;
      }
      cleanup();
      const banner = buffer.slice(0, newline).trim();
      const match = BANNER_RE.exec(banner);
      if (!match) {
        socket.destroy();
        reject(new Error(`Unrecognised gauge banner from ${host}:${port}: ${JSON.stringify(banner)}`));
        return;
      }
      resolve({
        socket,
        gaugeId: `SG${match[1]}`,
        firmware: match[2],
        channels: Number(match[3]),
        leftover: buffer.slice(newline + 1),
      });
    }

    function onError(err: Error): void {
      cleanup();
      socket.destroy();
      reject(err);
    }

    function onClose(): void {
      cleanup();
      reject(new Error(`Gauge at ${host}:${port} closed the connection before its banner`));
    }

    socket.on('data', onData);
    socket.on('error', onError);
    socket.on('close', onClose);
  });
}

export function parseFrame(gaugeId: string, line: string): StrainFrame | null {
  const [ch, value, ts] = line.split(' ');
  const channel = Number(ch);
  const microstrain = Number(value);
  const at = Number(ts);
  if (!Number.isInteger(channel) || !Number.isFinite(microstrain) || !Number.isFinite(at)) {
    return null;
  }
  return { gaugeId, channel, microstrain, at };
}

export function streamFrames(
  session: GaugeSession,
  onFrame: (frame: StrainFrame) => void,
  onFault: (err: Error) => void,
): () => void {
  let pending = '';
  const onData = (chunk: Buffer) => {
    pending += chunk.toString('ascii');
    let newline: number;
    while ((newline = pending.indexOf('\n')) !== -1) {
      const frame = parseFrame(session.gaugeId, pending.slice(0, newline).trim());
      pending = pending.slice(newline + 1);
      if (frame) {
        onFrame(frame);
      }
    }
  };
  session.socket.on('data', onData);
  session.socket.on('error', onFault);
  onData(Buffer.from(session.leftover, 'ascii'));
  session.socket.resume();
  return () => {
    session.socket.off('data', onData);
    session.socket.off('error', onFault);
    session.socket.end();
  };
}
