// expect: no-multiple-settle
// The handshake promise settles on READY or on a socket error, but if the projector simply closes the connection without an error the promise never settles.
import { connect, type Socket } from 'node:net';

export interface ProjectorEndpoint {
  name: string;
  host: string;
  port: number;
}

export interface ProjectorSession {
  endpoint: ProjectorEndpoint;
  socket: Socket;
  firmware: string;
  lampHours: number;
}

const READY_PATTERN = /^READY fw=(\S+) lamp=(\d+)\r?$/m;

function parseBanner(banner: string): { firmware: string; lampHours: number } | null {
  const match = READY_PATTERN.exec(banner);
  if (!match) return null;
  return { firmware: match[1], lampHours: Number(match[2]) };
}

export function openProjector(endpoint: ProjectorEndpoint): Promise<ProjectorSession> {
  return new Promise<ProjectorSession>((resolve, reject) => {
    const socket = connect({ host: endpoint.host, port: endpoint.port });
    socket.setEncoding('utf8');
    let banner = '';

    const cleanup = () => {
      socket.off('data', onData);
      socket.off('error', onError);
    };

    const onData = (chunk: string) => {
      banner += chunk;
      const info = parseBanner(banner);
      if (!info) {
        if (banner.length > 4096) {
          cleanup();
          socket.destroy();
          reject(new Error(`${endpoint.name}: unrecognised banner`));
        }
        return;
      }
      cleanup();
      resolve({ endpoint, socket, ...info });
    };

    const onError = (err: Error) => {
      cleanup();
      socket.destroy();
      reject(new Error(`${endpoint.name}: ${err.message}`));
    };

    socket.on('data', onData);
    socket.on('error', onError);
    socket.once('connect', () => {
      socket.write('HELLO dome-control/2\r\n');
    });
  });
}

export async function openDome(endpoints: ProjectorEndpoint[]): Promise<ProjectorSession[]> {
  const sessions = await Promise.all(endpoints.map((ep) => openProjector(ep)));
  const lowLamp = sessions.filter((s) => s.lampHours > 1800);
  for (const s of lowLamp) {
    console.warn(`[dome] ${s.endpoint.name} lamp at ${s.lampHours}h, schedule replacement`);
  }
  return sessions;
}

export function closeDome(sessions: ProjectorSession[]): void {
  for (const s of sessions) {
    s.socket.end('BYE\r\n');
  }
}
