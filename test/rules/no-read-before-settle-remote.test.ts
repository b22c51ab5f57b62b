import rule from '../../rules/no-read-before-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A call on the emitter may fire its listeners at once (`emit` inside a method of an in-process
// emitter), except on channels whose events come from another thread, process or peer.
typedRuleTester().run('no-read-before-settle', rule, {
  valid: [
    // an in-memory PassThrough may emit data during write(): the listener has run
    `import { PassThrough } from 'node:stream';
export function echo(text: string): string {
  const pipe = new PassThrough();
  let seen = '';
  pipe.on('data', (chunk: Buffer) => {
    seen += chunk.toString();
  });
  pipe.write(text);
  return seen;
}`,
    // an in-process emitter whose method emits synchronously: the listener has run
    `import { EventEmitter } from 'node:events';
class Hasher extends EventEmitter {
  digest(text: string): void {
    this.emit('message', { hex: text.length.toString(16) });
  }
}
export function checksum(hasher: Hasher, text: string): string | undefined {
  let digest: string | undefined;
  hasher.once('message', (reply: { hex: string }) => {
    digest = reply.hex;
  });
  hasher.digest(text);
  return digest;
}`,
  ],
  invalid: [
    // a network socket's data never arrives during write(): the read sees the initial value
    {
      code: `import { connect } from 'node:net';
export function handshake(host: string): { version: string } {
  const socket = connect({ host, port: 2404 });
  let version = 'unknown';
  socket.on('data', (chunk: Buffer) => {
    version = chunk.toString('ascii').trim();
  });
  socket.write('HELLO\\n');
  return { version };
}`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 9,
          column: 12,
          endLine: 9,
          endColumn: 19,
          suggestions: [],
        },
      ],
    },
    // a worker's reply comes from another thread, never during postMessage: the read sees undefined
    {
      code: `import { Worker } from 'node:worker_threads';
export function checksum(worker: Worker, text: string): string | undefined {
  let digest: string | undefined;
  worker.once('message', (reply: { hex: string }) => {
    digest = reply.hex;
  });
  worker.postMessage({ text });
  return digest;
}`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 8,
          column: 10,
          endLine: 8,
          endColumn: 16,
          suggestions: [],
        },
      ],
    },
  ],
});
