import rule from '../../rules/no-floating-promises.js';
import { typedRuleTester } from '../rule-tester.js';

// In a test file that awaits `close()` elsewhere, a dropped `close()` stays reported: the test may
// end while it still runs. Not when this test waits for the object's end itself: `await
// nc.closed()`, or a `for await` over what the object reports (`nc.status()`), which ends with it.
// The stop is then the step the test waits on; `.then()` with no arguments changes nothing.
typedRuleTester().run('no-floating-promises', rule, {
  valid: [
    // the test closes the connection and waits for it to be closed
    {
      code: `interface Connection {
  close(): Promise<void>;
  closed(): Promise<void | Error>;
  status(): AsyncIterable<{ type: string }>;
}
declare function connect(): Promise<Connection>;
Deno.test('close resolves closed', async () => {
  const nc = await connect();
  nc.close().then();
  const error = await nc.closed();
  if (error) throw error;
});
Deno.test('closing twice is fine', async () => {
  const nc = await connect();
  await nc.close();
  await nc.close();
});`,
      filename: 'deno_test.ts',
    },
    // a timer closes the connection whose status the test iterates until it ends
    {
      code: `interface Connection {
  close(): Promise<void>;
  status(): AsyncIterable<{ type: string }>;
}
declare function connect(): Promise<Connection>;
Deno.test('reports close', async () => {
  const nc = await connect();
  setTimeout(() => {
    nc.close();
  }, 100);
  let closes = 0;
  for await (const s of nc.status()) {
    if (s.type === 'close') closes++;
  }
  if (closes !== 1) throw new Error('one close expected');
});
Deno.test('closes cleanly', async () => {
  const nc = await connect();
  await nc.close();
});`,
      filename: 'deno_test.ts',
    },
  ],
  invalid: [
    // the file awaits its closes, and this test neither awaits the close nor waits for the end
    {
      code: `interface Connection {
  close(): Promise<void>;
  closed(): Promise<void | Error>;
  publish(subject: string): void;
}
declare function connect(): Promise<Connection>;
Deno.test('publishes and leaves', async () => {
  const nc = await connect();
  nc.publish('greet');
  nc.close();
});
Deno.test('closes cleanly', async () => {
  const nc = await connect();
  await nc.close();
});`,
      filename: 'deno_test.ts',
      output: null,
      errors: [
        {
          messageId: 'floating',
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `interface Connection {
  close(): Promise<void>;
  closed(): Promise<void | Error>;
  publish(subject: string): void;
}
declare function connect(): Promise<Connection>;
Deno.test('publishes and leaves', async () => {
  const nc = await connect();
  nc.publish('greet');
  await nc.close();
});
Deno.test('closes cleanly', async () => {
  const nc = await connect();
  await nc.close();
});`,
            },
            {
              messageId: 'suggestCatch',
              output: `interface Connection {
  close(): Promise<void>;
  closed(): Promise<void | Error>;
  publish(subject: string): void;
}
declare function connect(): Promise<Connection>;
Deno.test('publishes and leaves', async () => {
  const nc = await connect();
  nc.publish('greet');
  nc.close().catch((error: unknown) => { console.error(error); });
});
Deno.test('closes cleanly', async () => {
  const nc = await connect();
  await nc.close();
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `interface Connection {
  close(): Promise<void>;
  closed(): Promise<void | Error>;
  publish(subject: string): void;
}
declare function connect(): Promise<Connection>;
Deno.test('publishes and leaves', async () => {
  const nc = await connect();
  nc.publish('greet');
  void nc.close();
});
Deno.test('closes cleanly', async () => {
  const nc = await connect();
  await nc.close();
});`,
            },
          ],
        },
      ],
    },
  ],
});
