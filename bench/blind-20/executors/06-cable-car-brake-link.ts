// expect: no-multiple-settle
// The connect timer is only cleared on error; after a successful connect it still fires, destroys the socket already handed to the caller and calls reject on a settled promise.
import net from 'node:net';
import { EventEmitter } from 'node:events';

export interface BrakeSample {
  cabinId: string;
  padTempC: number;
  hydraulicBar: number;
  engaged: boolean;
}

export class BrakeTelemetryLink extends EventEmitter {
  private socket: net.Socket | null = null;
  private buffer = '';

  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {
    super();
  }

  private openSocket(timeoutMs: number): Promise<net.Socket> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: this.host, port: this.port });

      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`brake controller ${this.host}:${this.port} did not answer in ${timeoutMs}ms`));
      }, timeoutMs);

      const onError = (err: Error) => {
        clearTimeout(timer);
        reject(err);
      };

      socket.once('error', onError);
      socket.once('connect', () => {
        socket.off('error', onError);
        socket.setNoDelay(true);
        socket.setKeepAlive(true, 5_000);
        resolve(socket);
      });
    });
  }

  async connect(timeoutMs = 3_000): Promise<void> {
    const socket = await this.openSocket(timeoutMs);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => this.ingest(chunk));
    socket.on('error', (err) => this.emit('link-error', err));
    socket.on('close', () => {
      this.socket = null;
      this.emit('disconnected');
    });
    this.socket = socket;
    socket.write('SUBSCRIBE BRAKES\n');
  }

  private ingest(chunk: string) {
    this.buffer += chunk;
    let nl: number;
    while ((nl = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, nl);
      this.buffer = this.buffer.slice(nl + 1);
      const [cabinId, temp, bar, engaged] = line.split(',');
      if (!cabinId) continue;
      const sample: BrakeSample = {
        cabinId,
        padTempC: Number(temp),
        hydraulicBar: Number(bar),
        engaged: engaged === '1',
      };
      this.emit('sample', sample);
      if (sample.padTempC > 260 || sample.hydraulicBar < 80) this.emit('alarm', sample);
    }
  }

  close() {
    this.socket?.end('UNSUBSCRIBE\n');
    this.socket = null;
  }
}
