// expect: no-floating-promises
// In the handshake-timeout test the expect(...).rejects.toThrow() promise is neither awaited nor returned, so the test passes without checking anything.
import { EventEmitter } from 'node:events';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => void | Promise<void>): void;
declare function beforeEach(fn: () => void): void;
declare function expect<T>(actual: T): {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  resolves: { toBe(expected: unknown): Promise<void> };
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

class FakeSocket extends EventEmitter {
  sent: string[] = [];
  send(data: string): void {
    this.sent.push(data);
  }
  close(): void {
    this.emit('close', 1000);
  }
}

class ChatClient {
  private socket: FakeSocket | null = null;
  reconnects = 0;

  constructor(
    private readonly open: () => FakeSocket,
    private readonly handshakeMs = 50,
  ) {}

  connect(): Promise<void> {
    const socket = this.open();
    this.socket = socket;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('handshake timeout')), this.handshakeMs);
      socket.once('welcome', () => {
        clearTimeout(timer);
        socket.on('close', (code: number) => {
          if (code !== 1000) this.reconnects++;
        });
        resolve();
      });
    });
  }

  say(room: string, text: string): void {
    if (!this.socket) throw new Error('not connected');
    this.socket.send(JSON.stringify({ type: 'say', room, text }));
  }
}

describe('ChatClient', () => {
  let socket: FakeSocket;
  let client: ChatClient;

  beforeEach(() => {
    socket = new FakeSocket();
    client = new ChatClient(() => socket, 20);
  });

  it('resolves once the server says welcome', async () => {
    const pending = client.connect();
    socket.emit('welcome');
    await expect(pending).resolves.toBe(undefined);
  });

  it('fails when the handshake never completes', () => {
    expect(client.connect()).rejects.toThrow('handshake timeout');
  });

  it('serializes outgoing messages', async () => {
    const pending = client.connect();
    socket.emit('welcome');
    await pending;
    client.say('general', 'hi');
    expect(socket.sent).toEqual([JSON.stringify({ type: 'say', room: 'general', text: 'hi' })]);
  });

  it('counts abnormal closes as reconnects', async () => {
    const pending = client.connect();
    socket.emit('welcome');
    await pending;
    socket.emit('close', 1006);
    expect(client.reconnects).toBe(1);
  });
});
