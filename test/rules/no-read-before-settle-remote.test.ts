import rule from '../../rules/no-read-before-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A call on the emitter may fire its listeners at once (`emit` inside a method of an in-process
// emitter), except on channels whose events come from another thread, process or peer.
typedRuleTester().run('no-read-before-settle', rule, {
  valid: [
    // a function of this file named connect emits the handshake at once, as a loopback fake would: not judged
    `import { EventEmitter } from 'node:events';
interface Feed extends EventEmitter { connect(host: string): void }
declare function schedule(latencyMs: number): number[];
class LoopbackFeed extends EventEmitter {
  connect(host: string): void {
    this.emit('handshake', { latencyMs: host.length });
  }
}
export function start(feed: Feed, host: string): number[] {
  let latencyMs = 0;
  feed.once('handshake', (hs: { latencyMs: number }) => {
    latencyMs = hs.latencyMs;
  });
  feed.connect(host);
  return schedule(latencyMs);
}
export const loopback = new LoopbackFeed();`,
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
    // a declared connect() on the emitter opens a link whose handshake comes in a later turn: the read right after sees the old value
    {
      code: `import { EventEmitter } from 'node:events';
interface Feed extends EventEmitter { connect(host: string): void }
declare function schedule(latencyMs: number): number[];
export function start(feed: Feed, host: string): number[] {
  let latencyMs = 0;
  feed.once('handshake', (hs: { latencyMs: number }) => {
    latencyMs = hs.latencyMs;
  });
  feed.connect(host);
  return schedule(latencyMs);
}`,
      output: null,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 10,
          column: 19,
          endLine: 10,
          endColumn: 28,
          suggestions: [],
        },
      ],
    },
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
