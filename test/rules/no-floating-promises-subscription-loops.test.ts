import rule from '../../rules/no-floating-promises.js';
import { typedRuleTester } from '../rule-tester.js';

// In a test under a runner that reports unhandled rejections, a consumer loop over a subscription
// (`for await (const m of sub) m.respond();`) ends when the connection it came from closes: the
// test owns its lifetime, and a failure in it reaches the runner. The connection counts when the
// subscription was made from it (`const sub = nc.subscribe(subject)`), when the loop sits in a
// local async function handed the subscription (`respond(sub).then()`), and when the test drains
// it (`await nc.drain()`). A loop over a connection the test never ends stays reported.
typedRuleTester().run('no-floating-promises', rule, {
  valid: [
    // the subscription comes from the connection the test hands to its cleanup helper
    {
      code: `interface Msg {
  respond(data?: string): boolean;
}
interface Subscription extends AsyncIterable<Msg> {
  unsubscribe(): void;
}
interface Connection {
  subscribe(subject: string): Subscription;
  request(subject: string, data?: string): Promise<Msg>;
  close(): Promise<void>;
}
declare function setup(): Promise<{ server: { stop(): Promise<void> }; nc: Connection }>;
declare function cleanup(server: { stop(): Promise<void> }, nc: Connection): Promise<void>;
Deno.test('answers a request', async () => {
  const { server, nc } = await setup();
  const sub = nc.subscribe('echo');
  (async () => {
    for await (const m of sub) {
      m.respond('pong');
    }
  })().then();
  await nc.request('echo', 'ping');
  await cleanup(server, nc);
});`,
      filename: 'deno_test.ts',
    },
    // a local responder handed each subscription, the connection drained at the end
    {
      code: `interface Msg {
  respond(data?: string): boolean;
}
interface Subscription extends AsyncIterable<Msg> {
  getReceived(): number;
}
interface Connection {
  subscribe(subject: string): Subscription;
  request(subject: string): Promise<Msg>;
  drain(): Promise<void>;
}
declare function connect(): Promise<Connection>;
Deno.test('spreads requests over the queue group', async () => {
  const nc = await connect();
  const respond = async (sub: Subscription) => {
    for await (const m of sub) {
      m.respond();
    }
  };
  const subs: Subscription[] = [];
  for (let i = 0; i < 3; i++) {
    const sub = nc.subscribe('work');
    respond(sub).then();
    subs.push(sub);
  }
  await nc.request('work');
  await nc.drain();
  if (subs.reduce((total, s) => total + s.getReceived(), 0) !== 1) throw new Error('one responder expected');
});`,
      filename: 'deno_test.ts',
    },
  ],
  invalid: [
    // the connection the subscription came from is never closed or drained by the test
    {
      code: `interface Msg {
  respond(data?: string): boolean;
}
interface Subscription extends AsyncIterable<Msg> {
  getReceived(): number;
}
interface Connection {
  subscribe(subject: string): Subscription;
  request(subject: string): Promise<Msg>;
}
declare function connect(): Promise<Connection>;
Deno.test('answers once', async () => {
  const nc = await connect();
  const sub = nc.subscribe('work');
  (async () => {
    for await (const m of sub) {
      m.respond();
    }
  })().then();
  await nc.request('work');
  if (sub.getReceived() !== 1) throw new Error('one message expected');
});`,
      filename: 'deno_test.ts',
      output: null,
      errors: [
        {
          messageId: 'floating',
          line: 15,
          column: 3,
          endLine: 19,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `interface Msg {
  respond(data?: string): boolean;
}
interface Subscription extends AsyncIterable<Msg> {
  getReceived(): number;
}
interface Connection {
  subscribe(subject: string): Subscription;
  request(subject: string): Promise<Msg>;
}
declare function connect(): Promise<Connection>;
Deno.test('answers once', async () => {
  const nc = await connect();
  const sub = nc.subscribe('work');
  (async () => {
    for await (const m of sub) {
      m.respond();
    }
  })().then().catch((error: unknown) => { console.error(error); });
  await nc.request('work');
  if (sub.getReceived() !== 1) throw new Error('one message expected');
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `interface Msg {
  respond(data?: string): boolean;
}
interface Subscription extends AsyncIterable<Msg> {
  getReceived(): number;
}
interface Connection {
  subscribe(subject: string): Subscription;
  request(subject: string): Promise<Msg>;
}
declare function connect(): Promise<Connection>;
Deno.test('answers once', async () => {
  const nc = await connect();
  const sub = nc.subscribe('work');
  void (async () => {
    for await (const m of sub) {
      m.respond();
    }
  })().then();
  await nc.request('work');
  if (sub.getReceived() !== 1) throw new Error('one message expected');
});`,
            },
          ],
        },
      ],
    },
  ],
});
