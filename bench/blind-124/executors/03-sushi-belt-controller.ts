// expect: no-multiple-settle
// The reply handler is attached with once('line') and a HOLD reply only bumps a counter, so after a HOLD the listener is gone and the command promise never settles.
import { createConnection, type Socket } from 'node:net';
import { createInterface, type Interface } from 'node:readline';

export interface LaneStatus {
  lane: number;
  speedMmS: number;
  platesOnBelt: number;
}

export class BeltControllerClient {
  private socket: Socket | null = null;
  private lines: Interface | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  holdCount = 0;

  constructor(private readonly host: string, private readonly port = 7070) {}

  async connect(): Promise<void> {
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

  command(cmd: string): Promise<string> {
    const run = this.queue.then(() => this.send(cmd));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private send(command: string): Promise<string> {
    const socket = this.socket;
    const lines = this.lines;
    if (!socket || !lines) return Promise.reject(new Error('belt controller not connected'));

    return new Promise<string>((resolve, reject) => {
      const onClose = () => reject(new Error(`belt controller closed during "${command}"`));
      lines.once('close', onClose);
      lines.once('line', (line: string) => {
        lines.off('close', onClose);
        if (line.startsWith('OK')) {
          resolve(line.slice(2).trim());
        } else if (line.startsWith('ERR')) {
          reject(new Error(`belt controller: ${line.slice(3).trim()}`));
        } else if (line.startsWith('HOLD')) {
          // a lane is jammed; the controller answers for real once it clears
          this.holdCount++;
        }
      });
      socket.write(`${command}\n`);
    });
  }

  async laneStatus(lane: number): Promise<LaneStatus> {
    const payload = await this.command(`STATUS ${lane}`);
    const [speed, plates] = payload.split(/\s+/).map(Number);
    return { lane, speedMmS: speed, platesOnBelt: plates };
  }

  async setSpeed(lane: number, speedMmS: number): Promise<void> {
    if (speedMmS < 0 || speedMmS > 120) throw new RangeError(`belt speed ${speedMmS} out of range`);
    await this.command(`SPEED ${lane} ${Math.round(speedMmS)}`);
  }

  async close(): Promise<void> {
    await this.queue;
    this.lines?.close();
    this.socket?.end();
    this.socket = null;
    this.lines = null;
  }
}
