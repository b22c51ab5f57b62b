// expect: none
// sendScene settles on ack, refusal, socket error, socket close or timeout, and every branch runs cleanup first so no listener or timer can settle it again.
import { connect, type Socket } from 'node:net';

export interface SceneFrame {
  universe: number;
  channels: Uint8Array;
  fadeMs: number;
}

export class DmxBridge {
  private socket: Socket | null = null;
  private sequence = 0;

  constructor(
    private readonly host: string,
    private readonly port = 6454,
    private readonly ackTimeoutMs = 1500,
  ) {}

  open(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const socket = connect(this.port, this.host);
      const onError = (err: Error) => {
        socket.off('connect', onConnect);
        reject(err);
      };
      const onConnect = () => {
        socket.off('error', onError);
        socket.setNoDelay(true);
        this.socket = socket;
        resolve();
      };
      socket.once('connect', onConnect);
      socket.once('error', onError);
    });
  }

  sendScene(frame: SceneFrame): Promise<number> {
    const socket = this.socket;
    if (!socket || socket.destroyed) {
      return Promise.reject(new Error('DMX bridge is not connected'));
    }
    const seq = ++this.sequence;
    return new Promise<number>((resolve, reject) => {
      let buffered = '';
      const onData = (chunk: Buffer) => {
        buffered += chunk.toString('ascii');
        const nl = buffered.indexOf('\n');
        if (nl === -1) return;
        const line = buffered.slice(0, nl).trim();
        cleanup();
        if (line === `ACK ${seq}`) resolve(seq);
        else reject(new Error(`controller refused scene ${seq}: ${line}`));
      };
      const onError = (err: Error) => {
        cleanup();
        reject(err);
      };
      const onClose = () => {
        cleanup();
        reject(new Error(`controller hung up before acknowledging scene ${seq}`));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no ack for scene ${seq} after ${this.ackTimeoutMs} ms`));
      }, this.ackTimeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        socket.off('data', onData);
        socket.off('error', onError);
        socket.off('close', onClose);
      };

      socket.on('data', onData);
      socket.once('error', onError);
      socket.once('close', onClose);
      const header = `SCENE ${seq} U${frame.universe} F${frame.fadeMs} ${frame.channels.length}\n`;
      socket.write(Buffer.concat([Buffer.from(header, 'ascii'), Buffer.from(frame.channels)]));
    });
  }

  close(): void {
    this.socket?.end();
    this.socket = null;
  }
}
