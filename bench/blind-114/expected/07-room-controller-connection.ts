// expect: none
// connect() is actually called before each command and returns a shared in-flight promise that is reset on failure, so callers wait for a live socket.
import { connect as netConnect, type Socket } from 'node:net';
import { once } from 'node:events';

export type PropAction = 'trigger' | 'reset' | 'disable' | 'hint';

export interface ControllerAddress {
  host: string;
  port: number;
}

export class EscapeRoomController {
  private socket: Socket | null = null;
  private connecting: Promise<Socket> | null = null;
  private sent = 0;

  constructor(private readonly address: ControllerAddress) {}

  async trigger(room: string, prop: string, action: PropAction = 'trigger'): Promise<void> {
    const socket = await this.connect();
    const line = `${room} ${prop} ${action}\n`;
    if (!socket.write(line)) await once(socket, 'drain');
    this.sent += 1;
  }

  async startGame(room: string, props: string[]): Promise<void> {
    await this.connect();
    for (const prop of props) await this.trigger(room, prop, 'reset');
    await this.trigger(room, 'timer', 'trigger');
  }

  get commandsSent(): number {
    return this.sent;
  }

  close(): void {
    this.socket?.end();
    this.socket = null;
    this.connecting = null;
  }

  private connect(): Promise<Socket> {
    if (this.socket && !this.socket.destroyed) return Promise.resolve(this.socket);
    this.connecting ??= this.open().then(
      (socket) => {
        this.socket = socket;
        this.connecting = null;
        socket.once('close', () => {
          if (this.socket === socket) this.socket = null;
        });
        return socket;
      },
      (err: unknown) => {
        this.connecting = null;
        throw err;
      },
    );
    return this.connecting;
  }

  private async open(): Promise<Socket> {
    const socket = netConnect(this.address.port, this.address.host);
    socket.setNoDelay(true);
    try {
      await once(socket, 'connect');
    } catch (err) {
      socket.destroy();
      throw err;
    }
    socket.on('error', () => socket.destroy());
    return socket;
  }
}
