// expect: none
// The reply captured in the listener is only read after awaiting the promise that the listener resolves; `expect(...).resolves` awaits its promise.
import { EventEmitter, once } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toMatch(pattern: RegExp): void;
  resolves: { toBe(expected: unknown): Promise<void>; toEqual(expected: unknown): Promise<void> };
};

interface Outgoing {
  channel: string;
  text: string;
}

type Handler = (args: string[], channel: string) => Promise<string>;

class CommandRouter extends EventEmitter {
  private readonly handlers = new Map<string, Handler>();

  register(name: string, handler: Handler): this {
    this.handlers.set(name, handler);
    return this;
  }

  async dispatch(channel: string, text: string): Promise<boolean> {
    const [cmd, ...args] = text.trim().replace(/^!/, '').split(/\s+/);
    const handler = this.handlers.get(cmd ?? '');
    if (!handler) return false;
    const reply = await handler(args, channel);
    setImmediate(() => this.emit('reply', { channel, text: reply } satisfies Outgoing));
    return true;
  }
}

function buildRouter(): CommandRouter {
  return new CommandRouter()
    .register('ping', async () => 'pong')
    .register('deploy', async ([service = ''], channel) => {
      if (!service) return 'usage: !deploy <service>';
      return `queued deploy of ${service} (requested in ${channel})`;
    });
}

describe('CommandRouter', () => {
  it('replies to !ping', async () => {
    const router = buildRouter();
    let reply: Outgoing | undefined;
    const replied = new Promise<void>((resolve) => {
      router.once('reply', (msg: Outgoing) => {
        reply = msg;
        resolve();
      });
    });
    await router.dispatch('#ops', '!ping');
    await replied;
    expect(reply).toEqual({ channel: '#ops', text: 'pong' });
  });

  it('includes the service name in deploy replies', async () => {
    const router = buildRouter();
    const next = once(router, 'reply') as Promise<[Outgoing]>;
    await router.dispatch('#releases', '!deploy billing-api');
    const [msg] = await next;
    expect(msg.text).toMatch(/billing-api/);
  });

  it('ignores unknown commands', async () => {
    const router = buildRouter();
    await expect(router.dispatch('#ops', '!dance')).resolves.toBe(false);
  });
});
