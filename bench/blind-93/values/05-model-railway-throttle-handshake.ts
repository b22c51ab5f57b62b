// expect: none
// serverInfo is written in a 'message' callback, but connect() only reads it after awaiting once(socket, 'welcome'), which the same handler emits afterwards.
import { EventEmitter, once } from 'node:events';

export interface ServerInfo {
  name: string;
  protocol: string;
  fastClockRatio: number;
  roster: string[];
}

interface WiSocket extends EventEmitter {
  write(line: string): void;
  end(): void;
}

declare function openSocket(host: string, port: number): WiSocket;

export class ThrottleClient {
  private serverInfo: ServerInfo | null = null;
  private socket: WiSocket | null = null;

  async connect(host: string, port = 12090, timeoutMs = 4_000): Promise<ServerInfo> {
    const socket = openSocket(host, port);
    this.socket = socket;
    const partial: Partial<ServerInfo> = { roster: [] };

    socket.on('message', (line: string) => {
      if (line.startsWith('VN')) partial.protocol = line.slice(2);
      else if (line.startsWith('N')) partial.name = line.slice(1);
      else if (line.startsWith('PFT')) partial.fastClockRatio = Number(line.split('<;>')[1] ?? 1);
      else if (line.startsWith('RL')) partial.roster = line.split(']\\[').slice(1);
      else if (line === '*') {
        // heartbeat line: the server has finished its greeting
        this.serverInfo = {
          name: partial.name ?? host,
          protocol: partial.protocol ?? 'unknown',
          fastClockRatio: partial.fastClockRatio ?? 1,
          roster: partial.roster ?? [],
        };
        socket.emit('welcome');
      }
    });

    socket.write(`HU${process.pid}`);
    socket.write('Nmodel-railway-dashboard');

    await once(socket, 'welcome', { signal: AbortSignal.timeout(timeoutMs) });

    if (!this.serverInfo) throw new Error('handshake finished without server info');
    return this.serverInfo;
  }

  acquire(address: number, long = address > 127): void {
    if (!this.socket || !this.serverInfo) throw new Error('not connected');
    const id = `${long ? 'L' : 'S'}${address}`;
    this.socket.write(`MT+${id}<;>${id}`);
  }

  setSpeed(address: number, step: number): void {
    if (!this.socket) throw new Error('not connected');
    const clamped = Math.max(0, Math.min(126, Math.round(step)));
    this.socket.write(`MTA*<;>V${clamped}`);
  }

  get info(): ServerInfo | null {
    return this.serverInfo;
  }

  close(): void {
    this.socket?.write('Q');
    this.socket?.end();
    this.socket = null;
    this.serverInfo = null;
  }
}
