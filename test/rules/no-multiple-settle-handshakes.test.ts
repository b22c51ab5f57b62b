import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A handshake on one emitter: a listener registered inside another listener on the same emitter
// (`socket.once('connect', () => socket.once('data', …))`) is a step of the wait the first one
// starts. A failure before any step ends them all, so the failure listener must be there from the
// start; one that only logs, or one registered after `connect`, leaves a refused connection pending.
typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // The error listener is registered with the first step.
    `import { createConnection } from 'node:net';
// The error listener is there from the start: a refused connection rejects, and so does a refusal reply.
export function handshake(host: string, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const socket = createConnection({ host, port });
    socket.once('error', reject);
    socket.once('connect', () => {
      socket.write('HELLO\\n');
      socket.once('data', (greeting: Buffer) => {
        if (greeting.toString().startsWith('OK')) resolve();
        else reject(new Error('refused'));
      });
    });
  });
}`,
  ],
  invalid: [
    // The error listener only logs: a refused connection settles nothing.
    {
      code: `import { createConnection, type Socket } from 'node:net';
export class Link {
  socket?: Socket;
  log(...args: unknown[]) { console.log(...args); }
  connect(host: string, port: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const socket = createConnection({ host, port });
      this.socket = socket;
      socket.on('error', (err) => this.log('socket error', err));
      socket.once('connect', () => {
        socket.write('HELLO\\n');
        socket.once('data', (greeting: Buffer) => {
          if (greeting.toString().startsWith('OK')) resolve();
          else {
            socket.destroy();
            reject(new Error('refused'));
          }
        });
      });
    });
  }
}`,
      errors: [
        {
          messageId: 'successOnly',
          line: 10,
          column: 7,
          endLine: 19,
          endColumn: 9,
          suggestions: [
            {
              messageId: 'suggestErrorListener',
              output: `import { createConnection, type Socket } from 'node:net';
export class Link {
  socket?: Socket;
  log(...args: unknown[]) { console.log(...args); }
  connect(host: string, port: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const socket = createConnection({ host, port });
      this.socket = socket;
      socket.on('error', (err) => this.log('socket error', err));
      socket.once('connect', () => {
        socket.write('HELLO\\n');
        socket.once('data', (greeting: Buffer) => {
          if (greeting.toString().startsWith('OK')) resolve();
          else {
            socket.destroy();
            reject(new Error('refused'));
          }
        });
      });
      socket.once('error', reject);
    });
  }
}`,
            },
          ],
        },
      ],
    },
    // The error listener comes after `connect`: a refused connection is never heard.
    {
      code: `import { createConnection } from 'node:net';
export function handshake(host: string, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const socket = createConnection({ host, port });
    socket.once('connect', () => {
      socket.once('error', reject);
      socket.once('data', () => resolve());
    });
  });
}`,
      errors: [
        {
          messageId: 'successOnly',
          line: 5,
          column: 5,
          endLine: 8,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'suggestErrorListener',
              output: `import { createConnection } from 'node:net';
export function handshake(host: string, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const socket = createConnection({ host, port });
    socket.once('connect', () => {
      socket.once('error', reject);
      socket.once('data', () => resolve());
    });
    socket.once('error', reject);
  });
}`,
            },
          ],
        },
      ],
    },
  ],
});
