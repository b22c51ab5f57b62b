// expect: none
// The reply listener is attached with on() and only keeps waiting on STANDBY; every other reply (ACK, NAK or unexpected) detaches both listeners and settles, and a dropped link rejects via the close listener.
import { createConnection, type Socket } from 'node:net';
import { createInterface, type Interface } from 'node:readline';

export interface MusherArrival {
  bib: number;
  checkpoint: string;
  dogsIn: number;
  at: string;
}

export class CheckpointLink {
  private socket: Socket | null = null;
  private lines: Interface | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  standbys = 0;

  constructor(readonly checkpoint: string, private readonly host: string, private readonly port = 4800) {}

  async open(): Promise<void> {
    const socket = createConnection({ host: this.host, port: this.port });
    await new Promise<void>((resolve, reject) => {
      const onError = (err: Error) => {
        socket.off('connect', onConnect);
        reject(err);
      };
      const onConnect = () => {
        socket.off('error', onError);
        resolve();
      };
      socket.once('error', onError);
      socket.once('connect', onConnect);
    });
    socket.setEncoding('utf8');
    socket.on('error', () => socket.destroy());
    this.socket = socket;
    this.lines = createInterface({ input: socket, crlfDelay: Infinity });
  }

  private request(message: string): Promise<string> {
    const run = this.queue.then(() => this.send(message));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private send(message: string): Promise<string> {
    const socket = this.socket;
    const lines = this.lines;
    if (!socket || !lines) return Promise.reject(new Error(`link to ${this.checkpoint} not open`));

    return new Promise<string>((resolve, reject) => {
      const onClose = () => {
        lines.off('line', onLine);
        reject(new Error(`radio link to ${this.checkpoint} dropped`));
      };
      const onLine = (reply: string) => {
        if (reply.startsWith('STANDBY')) {
          // operator is busy logging another team; the real answer follows
          this.standbys++;
          return;
        }
        lines.off('line', onLine);
        lines.off('close', onClose);
        if (reply.startsWith('ACK ')) resolve(reply.slice(4));
        else if (reply.startsWith('NAK ')) reject(new Error(`${this.checkpoint} refused: ${reply.slice(4)}`));
        else reject(new Error(`unexpected reply from ${this.checkpoint}: ${reply}`));
      };
      lines.on('line', onLine);
      lines.once('close', onClose);
      socket.write(`${message}\r\n`);
    });
  }

  async reportArrival(arrival: MusherArrival): Promise<string> {
    if (arrival.dogsIn < 5) throw new RangeError(`bib ${arrival.bib} arrived with too few dogs to continue`);
    return this.request(`ARR ${arrival.bib} ${arrival.dogsIn} ${arrival.at}`);
  }

  async dropDog(bib: number, dogName: string): Promise<void> {
    await this.request(`DROP ${bib} ${dogName.replace(/\s+/g, '_')}`);
  }

  close(): void {
    this.lines?.close();
    this.socket?.end();
  }
}
