import rule from '../../rules/no-read-before-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A variable declared around the function that registers the callback and reads it: that function
// reads the old value too, when every write sits in a callback it registers.
typedRuleTester().run('no-read-before-settle', rule, {
  valid: [
    // the function waits for `listening` before it reads; another function reads it later
    `import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
let port = 0;
export async function start(): Promise<string> {
  const server = createServer();
  server.listen(0, '127.0.0.1', () => {
    port = (server.address() as AddressInfo).port;
  });
  await once(server, 'listening');
  return \`http://127.0.0.1:\${port}/hooks\`;
}
export function url(): string {
  return \`http://127.0.0.1:\${port}/hooks\`;
}`,
  ],
  invalid: [
    // the URL is built with port 0, before `listen`'s callback ran
    {
      code: `import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
let port = 0;
export function start(): string {
  const server = createServer();
  server.listen(0, '127.0.0.1', () => {
    port = (server.address() as AddressInfo).port;
  });
  return \`http://127.0.0.1:\${port}/hooks\`;
}`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 9,
          column: 30,
          endLine: 9,
          endColumn: 34,
          suggestions: [],
        },
      ],
    },
  ],
});
