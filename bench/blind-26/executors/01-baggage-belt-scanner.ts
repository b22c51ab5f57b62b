// expect: no-multiple-settle
// readTag() only listens for 'data'; if the scanner socket errors or closes before a frame arrives, the promise never settles.
import { createConnection, type Socket } from 'node:net';
import { EventEmitter } from 'node:events';

export interface TagRead {
  belt: string;
  tag: string;
  weightKg: number;
  readAt: Date;
}

const FRAME_END = 0x0a;

export class BeltScannerClient extends EventEmitter {
  private socket: Socket | null = null;
  private buffer = Buffer.alloc(0);

  constructor(
    private readonly host: string,
    private readonly port: number,
    readonly belt: string,
  ) {
    super();
  }

  connect(): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = createConnection({ host: this.host, port: this.port });
      const onError = (err: Error) => {
        socket.off('connect', onConnect);
        reject(err);
      };
      const onConnect = () => {
        socket.off('error', onError);
        socket.setKeepAlive(true, 10_000);
        socket.on('error', (err) => this.emit('fault', err));
        socket.on('close', () => {
          this.socket = null;
          this.emit('disconnected', this.belt);
        });
        this.socket = socket;
        resolve();
      };
      socket.once('connect', onConnect);
      socket.once('error', onError);
    });
  }

  // Ask the scanner head for the next bag passing under the arch.
  readTag(): Promise<TagRead> {
    const socket = this.socket;
    if (!socket) {
      return Promise.reject(new Error(`belt ${this.belt}: scanner not connected`));
    }

    return new Promise((resolve) => {
      const onData = (chunk: Buffer) => {
        this.buffer = Buffer.concat([this.buffer, chunk]);
        const end = this.buffer.indexOf(FRAME_END);
        if (end === -1) return;

        const frame = this.buffer.subarray(0, end).toString('ascii').trim();
        this.buffer = this.buffer.subarray(end + 1);
        socket.off('data', onData);
        resolve(parseFrame(this.belt, frame));
      };
      socket.on('data', onData);
      socket.write('READ\n');
    });
  }

  close(): void {
    this.socket?.end();
    this.socket = null;
  }
}

function parseFrame(belt: string, frame: string): TagRead {
  // Frames look like: TAG;0123456789;23.4
  const [, tag = '', weight = ''] = frame.split(';');
  const weightKg = Number.parseFloat(weight);
  return {
    belt,
    tag: tag.padStart(10, '0'),
    weightKg: Number.isFinite(weightKg) ? weightKg : 0,
    readAt: new Date(),
  };
}

export async function routeBags(client: BeltScannerClient, count: number, sort: (t: TagRead) => void) {
  for (let i = 0; i < count; i++) {
    const read = await client.readTag();
    if (read.weightKg > 32) {
      client.emit('overweight', read);
    }
    sort(read);
  }
}
