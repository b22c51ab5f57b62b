import rule from '../../rules/no-floating-promises.js';
import { typedRuleTester } from '../rule-tester.js';

// In a test whose runner reports unhandled rejections, a promise dropped in a plain callback the
// test hands to the code under test (`consume('jobs', (m) => { m.ack(); resolve(m); })`) fails the
// run loudly if it rejects, as it would in an async callback, and nothing could wait for it there.
// So does work on an object whose other operation, started before and awaited after, covers it
// (`const wait = consumer.wait(5000); consumer.cancel(); await expect(wait)…`). Timer and array
// callbacks stay reported: the test does not wait for that work.
typedRuleTester().run('no-floating-promises', rule, {
  valid: [
    // the ack dropped in the consumer callback would fail the run loudly, and the callback goes on
    {
      code: `import { expect, it } from 'vitest';
interface Message {
  body: string;
  ack(): Promise<void>;
}
declare const channel: { consume(queue: string, onMessage: (msg: Message) => void): Promise<void> };
it('receives a message', async () => {
  const msg = await new Promise<Message>((resolve, reject) => {
    channel
      .consume('jobs', (m) => {
        m.ack();
        resolve(m);
      })
      .catch(reject);
  });
  expect(msg.body).toBe('hello');
});`,
      filename: 'loud.spec.ts',
    },
    // the wait started before the cancel is awaited after it, through the same consumer
    {
      code: `import { expect, it } from 'vitest';
interface Consumer {
  wait(ms: number): Promise<void>;
  cancel(): Promise<void>;
}
declare function consume(queue: string): Promise<Consumer>;
it('clears the wait on cancel', async () => {
  const consumer = await consume('jobs');
  const wait = consumer.wait(5000);
  consumer.cancel();
  await expect(wait).resolves.toBeUndefined();
});`,
      filename: 'loud.spec.ts',
    },
  ],
  invalid: [
    // a timer's callback drops the ack, and nothing in the test waits for the timer
    {
      code: `import { expect, it } from 'vitest';
interface Message {
  body: string;
  ack(): Promise<void>;
}
declare function next(): Promise<Message>;
it('acks later', async () => {
  const msg = await next();
  setTimeout(() => {
    msg.ack();
  }, 10);
  expect(msg.body).toBe('hello');
});`,
      filename: 'loud.spec.ts',
      errors: [
        {
          messageId: 'floating',
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { expect, it } from 'vitest';
interface Message {
  body: string;
  ack(): Promise<void>;
}
declare function next(): Promise<Message>;
it('acks later', async () => {
  const msg = await next();
  setTimeout(() => {
    msg.ack().catch((error: unknown) => { console.error(error); });
  }, 10);
  expect(msg.body).toBe('hello');
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { expect, it } from 'vitest';
interface Message {
  body: string;
  ack(): Promise<void>;
}
declare function next(): Promise<Message>;
it('acks later', async () => {
  const msg = await next();
  setTimeout(() => {
    void msg.ack();
  }, 10);
  expect(msg.body).toBe('hello');
});`,
            },
          ],
        },
      ],
    },
    // an array method's callback drops each save
    {
      code: `import { expect, it } from 'vitest';
declare function save(item: string): Promise<void>;
it('saves all', () => {
  const items = ['a', 'b'];
  items.forEach((item) => {
    save(item);
  });
  expect(items).toHaveLength(2);
});`,
      filename: 'loud.spec.ts',
      errors: [
        {
          messageId: 'floating',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { expect, it } from 'vitest';
declare function save(item: string): Promise<void>;
it('saves all', () => {
  const items = ['a', 'b'];
  items.forEach((item) => {
    save(item).catch((error: unknown) => { console.error(error); });
  });
  expect(items).toHaveLength(2);
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { expect, it } from 'vitest';
declare function save(item: string): Promise<void>;
it('saves all', () => {
  const items = ['a', 'b'];
  items.forEach((item) => {
    void save(item);
  });
  expect(items).toHaveLength(2);
});`,
            },
          ],
        },
      ],
    },
    // a sleep dropped in the mock's callback waits for nothing
    {
      code: `import { expect, it, vi } from 'vitest';
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
declare function fetchPages(load: (page: number) => string): Promise<string[]>;
it('loads the first page', async () => {
  const load = vi.fn((page: number) => {
    sleep(10);
    return \`page \${page}\`;
  });
  expect(await fetchPages(load)).toEqual(['page 0']);
});`,
      filename: 'loud.spec.ts',
      errors: [
        {
          messageId: 'floating',
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `import { expect, it, vi } from 'vitest';
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
declare function fetchPages(load: (page: number) => string): Promise<string[]>;
it('loads the first page', async () => {
  const load = vi.fn((page: number) => {
    sleep(10).catch((error: unknown) => { console.error(error); });
    return \`page \${page}\`;
  });
  expect(await fetchPages(load)).toEqual(['page 0']);
});`,
            },
            {
              messageId: 'suggestVoid',
              output: `import { expect, it, vi } from 'vitest';
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
declare function fetchPages(load: (page: number) => string): Promise<string[]>;
it('loads the first page', async () => {
  const load = vi.fn((page: number) => {
    void sleep(10);
    return \`page \${page}\`;
  });
  expect(await fetchPages(load)).toEqual(['page 0']);
});`,
            },
          ],
        },
      ],
    },
  ],
});
