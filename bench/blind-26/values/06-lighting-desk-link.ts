// expect: none
// The socket's connect event is awaited with once() and every reply is consumed inside the data handler that resolves the matching command promise.
import { createConnection, type Socket } from 'node:net';
import { once } from 'node:events';

type Waiter = { resolve: (reply: string) => void; reject: (err: Error) => void; timer: NodeJS.Timeout };

export class LightingDeskLink {
  private socket?: Socket;
  private buffer = '';
  private seq = 0;
  private readonly waiters = new Map<number, Waiter>();
  firmware = 'unknown';

  async connect(host: string, port = 3032): Promise<string> {
    const socket = createConnection({ host, port });
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      let nl: number;
      while ((nl = this.buffer.indexOf('\n')) >= 0) {
        const line = this.buffer.slice(0, nl).trim();
        this.buffer = this.buffer.slice(nl + 1);
        if (line) this.handleLine(line);
      }
    });
    socket.on('close', () => {
      for (const [, w] of this.waiters) {
        clearTimeout(w.timer);
        w.reject(new Error('desk connection closed'));
      }
      this.waiters.clear();
    });

    await once(socket, 'connect');
    this.socket = socket;

    const hello = await this.command('HELLO');
    this.firmware = hello.split(' ')[1] ?? 'unknown';
    return this.firmware;
  }

  command(cmd: string, timeoutMs = 2_000): Promise<string> {
    const socket = this.socket;
    if (!socket) return Promise.reject(new Error('not connected to lighting desk'));
    const id = ++this.seq;
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(id);
        reject(new Error(`desk did not answer "${cmd}" within ${timeoutMs}ms`));
      }, timeoutMs);
      this.waiters.set(id, { resolve, reject, timer });
      socket.write(`${id} ${cmd}\n`);
    });
  }

  private handleLine(line: string): void {
    const space = line.indexOf(' ');
    const id = Number(line.slice(0, space));
    const waiter = this.waiters.get(id);
    if (!waiter) return;
    clearTimeout(waiter.timer);
    this.waiters.delete(id);
    waiter.resolve(line.slice(space + 1));
  }

  async goCue(list: number, cue: number): Promise<void> {
    const reply = await this.command(`GO ${list}/${cue}`);
    if (!reply.startsWith('OK')) {
      throw new Error(`desk rejected cue ${list}/${cue}: ${reply}`);
    }
  }

  async setChannel(channel: number, level: number): Promise<void> {
    const clamped = Math.max(0, Math.min(100, Math.round(level)));
    await this.command(`CHAN ${channel} @ ${clamped}`);
  }

  close(): void {
    this.socket?.end();
    this.socket = undefined;
  }
}
