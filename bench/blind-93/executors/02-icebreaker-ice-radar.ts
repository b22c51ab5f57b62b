// expect: no-multiple-settle
// The executor is async and awaits auth.token() before wiring handlers; if the token request rejects, connect() never settles.
import { EventEmitter } from 'node:events';

export interface IceFrame {
  bearingDeg: number;
  rangeNm: number;
  thicknessCm: number;
  concentration: number;
}

interface RadarSocket extends EventEmitter {
  send(message: string): void;
  close(): void;
}

declare const auth: { token(scope: string): Promise<string> };
declare function openRadarSocket(url: string, token: string): RadarSocket;

export class IceRadarClient {
  private socket: RadarSocket | null = null;
  private readonly frames = new EventEmitter();

  constructor(
    private readonly url: string,
    private readonly vessel: string,
  ) {}

  connect(): Promise<void> {
    return new Promise<void>(async (resolve, reject) => {
      const token = await auth.token('radar:read');
      const socket = openRadarSocket(`${this.url}?vessel=${encodeURIComponent(this.vessel)}`, token);

      socket.once('open', () => {
        this.socket = socket;
        socket.on('message', (raw: string) => this.handleMessage(raw));
        resolve();
      });
      socket.once('error', reject);
    });
  }

  private handleMessage(raw: string): void {
    let parsed: { type: string; frame?: IceFrame };
    try {
      parsed = JSON.parse(raw);
    } catch {
      return;
    }
    if (parsed.type === 'frame' && parsed.frame) {
      this.frames.emit('frame', parsed.frame);
    }
  }

  subscribeSector(fromDeg: number, toDeg: number): void {
    if (!this.socket) throw new Error('ice radar not connected');
    this.socket.send(JSON.stringify({ type: 'subscribe', fromDeg, toDeg }));
  }

  onFrame(handler: (frame: IceFrame) => void): () => void {
    this.frames.on('frame', handler);
    return () => this.frames.off('frame', handler);
  }

  thickestAhead(frames: IceFrame[], headingDeg: number, arcDeg = 20): IceFrame | undefined {
    const half = arcDeg / 2;
    return frames
      .filter((f) => Math.abs(((f.bearingDeg - headingDeg + 540) % 360) - 180) <= half)
      .sort((a, b) => b.thicknessCm - a.thicknessCm)[0];
  }

  close(): void {
    this.socket?.close();
    this.socket = null;
    this.frames.removeAllListeners();
  }
}
