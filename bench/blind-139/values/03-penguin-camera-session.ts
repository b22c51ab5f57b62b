// expect: none
// The 'ready' listener stores the firmware and resolution, and they are only read after awaiting once(socket, 'ready'), by which time the listener has run.
import { EventEmitter, once } from 'node:events';

export interface CameraHello {
  firmware: string;
  width: number;
  height: number;
  irCapable: boolean;
}

export interface CameraSocket extends EventEmitter {
  connect(host: string, port: number): void;
  send(command: string): void;
  close(): void;
}

export class PenguinCameraSession {
  private firmware = 'unknown';
  private resolution: [number, number] = [0, 0];
  private irCapable = false;
  private frames = 0;

  constructor(private readonly socket: CameraSocket, readonly cameraId: string) {
    socket.on('ready', (hello: CameraHello) => {
      this.firmware = hello.firmware;
      this.resolution = [hello.width, hello.height];
      this.irCapable = hello.irCapable;
    });
    socket.on('frame', () => {
      this.frames++;
    });
  }

  async open(host: string, port: number, timeoutMs = 5_000): Promise<{ firmware: string; megapixels: number }> {
    const ready = once(this.socket, 'ready', { signal: AbortSignal.timeout(timeoutMs) });
    this.socket.connect(host, port);
    await ready;

    if (this.firmware.startsWith('0.')) {
      this.socket.close();
      throw new Error(`camera ${this.cameraId} runs pre-release firmware ${this.firmware}`);
    }
    const [w, h] = this.resolution;
    return { firmware: this.firmware, megapixels: Math.round((w * h) / 100_000) / 10 };
  }

  async startNightMode(): Promise<void> {
    if (!this.irCapable) {
      throw new Error(`camera ${this.cameraId} has no infrared illuminator`);
    }
    const ack = once(this.socket, 'ack', { signal: AbortSignal.timeout(2_000) });
    this.socket.send('IR ON');
    await ack;
  }

  get frameCount(): number {
    return this.frames;
  }
}
