// expect: none
// The awaited message and the send are started together and combined with Promise.all, and the rejects assertion is awaited.
import { EventEmitter, once } from 'node:events';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => void): void;
declare function expect<T>(actual: T): {
  toBe(expected: T): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

type SignalMessage =
  | { type: 'offer' | 'answer'; room: string; sdp: string }
  | { type: 'candidate'; room: string; candidate: string }
  | { type: 'bye'; room: string };

class FakeSignallingServer extends EventEmitter {
  readonly received: SignalMessage[] = [];
  closed = false;

  deliver(msg: SignalMessage): void {
    if (this.closed) throw new Error('socket closed');
    this.received.push(msg);
    setTimeout(() => {
      if (msg.type === 'offer') {
        this.emit('message', { type: 'answer', room: msg.room, sdp: `answer-for:${msg.sdp}` });
      }
    }, 5);
  }
}

class SignallingClient {
  constructor(
    private readonly server: FakeSignallingServer,
    readonly room: string,
  ) {}

  async send(msg: SignalMessage): Promise<void> {
    await new Promise((r) => setImmediate(r));
    this.server.deliver(msg);
  }

  async nextMessage(type: SignalMessage['type'], timeoutMs = 1000): Promise<SignalMessage> {
    const signal = AbortSignal.timeout(timeoutMs);
    for (;;) {
      const [msg] = (await once(this.server, 'message', { signal })) as [SignalMessage];
      if (msg.type === type && msg.room === this.room) return msg;
    }
  }
}

describe('SignallingClient', () => {
  let server: FakeSignallingServer;
  let client: SignallingClient;

  beforeEach(() => {
    server = new FakeSignallingServer();
    client = new SignallingClient(server, 'room-42');
  });

  it('receives an answer for the offer it sends', async () => {
    const [answer] = await Promise.all([
      client.nextMessage('answer'),
      client.send({ type: 'offer', room: 'room-42', sdp: 'v=0 o=- 1 2 IN IP4 127.0.0.1' }),
    ]);
    expect(answer.type).toBe('answer');
    expect(server.received.length).toBe(1);
  });

  it('forwards ICE candidates in order', async () => {
    await client.send({ type: 'candidate', room: 'room-42', candidate: 'candidate:1 1 udp 2122260223 10.0.0.2 54400 typ host' });
    await client.send({ type: 'candidate', room: 'room-42', candidate: 'candidate:2 1 udp 1686052607 203.0.113.9 54400 typ srflx' });
    expect(server.received.map((m) => m.type)).toEqual(['candidate', 'candidate']);
  });

  it('fails to send once the socket has closed', async () => {
    server.closed = true;
    await expect(client.send({ type: 'bye', room: 'room-42' })).rejects.toThrow('socket closed');
  });
});
