// expect: no-multiple-settle
// The handshake promise settles only on 'connect' then 'data'; a refused connection or a socket closed before the greeting only reaches the logging handler, so connect() never settles.
import { createConnection, type Socket } from 'node:net';
import { EventEmitter } from 'node:events';

export interface TelemetryFix {
  birdId: string;
  lat: number;
  lon: number;
  altitudeM: number;
  at: Date;
}

interface LinkOptions {
  host: string;
  port: number;
  clubCode: string;
  log?: (msg: string, err?: unknown) => void;
}

export class FalconTelemetryLink extends EventEmitter {
  private socket: Socket | null = null;
  private buffer = '';
  private readonly log: (msg: string, err?: unknown) => void;

  constructor(private readonly opts: LinkOptions) {
    super();
    this.log = opts.log ?? ((msg, err) => console.error(`[telemetry] ${msg}`, err ?? ''));
  }

  connect(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const socket = createConnection({ host: this.opts.host, port: this.opts.port });
      this.socket = socket;
      socket.setEncoding('utf8');

      // Keep the process alive if the base station misbehaves.
      socket.on('error', (err) => this.log('socket error', err));

      socket.once('connect', () => {
        socket.write(`HELLO ${this.opts.clubCode}\n`);
        socket.once('data', (greeting: string) => {
          const line = greeting.trim();
          if (line.startsWith('OK')) {
            socket.on('data', (chunk: string) => this.onChunk(chunk));
            resolve();
          } else {
            socket.destroy();
            reject(new Error(`base station refused club ${this.opts.clubCode}: ${line}`));
          }
        });
      });
    });
  }

  private onChunk(chunk: string): void {
    this.buffer += chunk;
    let idx: number;
    while ((idx = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, idx).trim();
      this.buffer = this.buffer.slice(idx + 1);
      if (!line.startsWith('FIX ')) continue;
      const [, birdId, lat, lon, alt, ts] = line.split(' ');
      const fix: TelemetryFix = {
        birdId,
        lat: Number(lat),
        lon: Number(lon),
        altitudeM: Number(alt),
        at: new Date(Number(ts) * 1000),
      };
      this.emit('fix', fix);
    }
  }

  subscribe(birdId: string): void {
    if (!this.socket) throw new Error('not connected');
    this.socket.write(`SUB ${birdId}\n`);
  }

  close(): void {
    this.socket?.end();
    this.socket = null;
  }
}

export async function openClubLink(host: string, clubCode: string, birds: string[]): Promise<FalconTelemetryLink> {
  const link = new FalconTelemetryLink({ host, port: 7301, clubCode });
  await link.connect();
  for (const bird of birds) link.subscribe(bird);
  return link;
}
