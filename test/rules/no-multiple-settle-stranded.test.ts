import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// Requests kept in a collection that only replies settle: when the connection ends, the ones in
// flight are stranded unless something goes through the collection and rejects them.
typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // The same chain when the reply type has no other kinds: nothing is left unnamed.
    `type Reply = { id: number; status: 'ok'; value: number } | { id: number; status: 'fault'; code: string };
interface Pending {
  deferred: PromiseWithResolvers<number>;
  timer: ReturnType<typeof setTimeout>;
}
export class Link {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  constructor(private readonly send: (line: string) => void) {}
  run(command: string): Promise<number> {
    const id = this.nextId++;
    const deferred = Promise.withResolvers<number>();
    const timer = setTimeout(() => {
      this.pending.delete(id);
      deferred.reject(new Error(\`no reply to \${id}\`));
    }, 60_000);
    this.pending.set(id, { deferred, timer });
    this.send(JSON.stringify({ id, command }));
    return deferred.promise;
  }
  onLine(line: string): void {
    const reply = JSON.parse(line) as Reply;
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    clearTimeout(entry.timer);
    if (reply.status === 'ok') {
      entry.deferred.resolve(reply.value);
    } else if (reply.status === 'fault') {
      entry.deferred.reject(new Error(reply.code));
    }
  }
}`,
    // every reply kind settles the whole deferred taken out
    `interface Deferred<T> { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: Error) => void }

type Reply = { id: number; kind: 'done'; strokes: number } | { id: number; kind: 'failed'; reason: string } | { id: number; kind: 'cancelled' };
declare const worker: { postMessage(message: unknown): void; on(event: 'message', listener: (reply: Reply) => void): void };

export class PounderRpc {
  private readonly pending = new Map<number, Deferred<number>>();
  private nextId = 1;

  constructor() {
    worker.on('message', (reply) => this.onReply(reply));
  }

  pound(grams: number): Promise<number> {
    const id = this.nextId++;
    const deferred = Promise.withResolvers<number>();
    this.pending.set(id, deferred);
    worker.postMessage({ id, grams });
    return deferred.promise;
  }

  private onReply(reply: Reply): void {
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    switch (reply.kind) {
      case 'done':
        entry.resolve(reply.strokes);
        break;
      case 'failed':
        entry.reject(new Error(reply.reason));
        break;
      case 'cancelled':
        console.info('batch cancelled', reply.id);
        entry.reject(new Error(\`batch \${reply.id} cancelled\`));
        break;
    }
  }
}`,
    // the worker's error listener rejects every waiting request through a spread of the entries
    `import { Worker } from 'node:worker_threads';

interface Pending { resolve: (grams: number) => void; reject: (reason: Error) => void; startedAt: number }

export class KettleWorker {
  private readonly worker = new Worker('./kettle.js');
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    this.worker.on('message', (reply: { id: number; grams: number }) => {
      this.pending.get(reply.id)?.resolve(reply.grams);
      this.pending.delete(reply.id);
    });
    this.worker.on('error', (err) => {
      console.error('kettle worker crashed', err.message, this.pending.size);
      [...this.pending.values()].forEach((p) => p.reject(err));
      this.pending.clear();
    });
  }

  boil(dozen: number): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject, startedAt: Date.now() });
      this.worker.postMessage({ id, dozen });
    });
  }

  inFlight(): Array<{ id: number; ageMs: number }> {
    const now = Date.now();
    return [...this.pending.entries()].map(([id, p]) => ({ id, ageMs: now - p.startedAt }));
  }
}`,
    // a worker's exit listener rejects and clears every waiting request
    `import { Worker } from 'node:worker_threads';

type Reply = { id: number; ok: true; bytes: number } | { id: number; ok: false; message: string };

export class FrameEncoder {
  private readonly worker = new Worker('./encoder.js');
  private readonly pending = new Map<number, { resolve: (bytes: number) => void; reject: (reason: Error) => void }>();
  private nextId = 1;

  constructor() {
    this.worker.on('message', (reply: Reply) => this.onReply(reply));
    this.worker.on('exit', (code) => {
      for (const entry of this.pending.values()) entry.reject(new Error(\`encoder exited with \${code}\`));
      this.pending.clear();
    });
  }

  encode(pixels: Uint8Array): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, pixels });
    });
  }

  private onReply(reply: Reply): void {
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    if (reply.ok) entry.resolve(reply.bytes);
    else entry.reject(new Error(reply.message));
  }
}`,
    // the same deferreds, rejected from the close listener
    `interface Pending {
  resolve: (value: string) => void;
  reject: (reason: Error) => void;
}

export class TillLink {
  private readonly waiting = new Map<number, Pending>();
  private seq = 0;

  constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event: MessageEvent<string>) => {
      const [id, text] = JSON.parse(event.data) as [number, string];
      this.waiting.get(id)?.resolve(text);
      this.waiting.delete(id);
    });
    socket.addEventListener('close', () => {
      for (const entry of this.waiting.values()) entry.reject(new Error('till link closed'));
      this.waiting.clear();
    });
  }

  ask(question: string): Promise<string> {
    const id = ++this.seq;
    const { promise, resolve, reject } = Promise.withResolvers<string>();
    this.waiting.set(id, { resolve, reject });
    this.socket.send(JSON.stringify([id, question]));
    return promise;
  }
}`,
    // detachedKinds: the listener takes itself off only in the branches that settle; an unnamed kind is an interim reply it keeps listening past
    `import { EventEmitter } from 'node:events';

type Reply =
  | { id: string; kind: 'progress'; step: string }
  | { id: string; kind: 'accepted'; slot: number }
  | { id: string; kind: 'refused'; reason: string }
  | { id: string; kind: 'waitlisted'; position: number };

export function book(desk: EventEmitter, id: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onReply = (reply: Reply) => {
      if (reply.id !== id || reply.kind === 'progress') return;
      if (reply.kind === 'accepted') {
        desk.off('reply', onReply);
        resolve(reply.slot);
      } else if (reply.kind === 'refused') {
        desk.off('reply', onReply);
        reject(new Error(reply.reason));
      }
    };
    desk.on('reply', onReply);
    desk.emit('request', id);
  });
}`,
    // detachedKinds: the chain ends in an else that rejects every other kind
    `import { EventEmitter } from 'node:events';

type Reply =
  | { id: string; kind: 'progress'; step: string }
  | { id: string; kind: 'accepted'; slot: number }
  | { id: string; kind: 'refused'; reason: string }
  | { id: string; kind: 'waitlisted'; position: number };

export function book(desk: EventEmitter, id: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onReply = (reply: Reply) => {
      if (reply.id !== id || reply.kind === 'progress') return;
      desk.off('reply', onReply);
      if (reply.kind === 'accepted') {
        resolve(reply.slot);
      } else if (reply.kind === 'refused') {
        reject(new Error(reply.reason));
      } else {
        reject(new Error(\`waitlisted at \${reply.position}\`));
      }
    };
    desk.on('reply', onReply);
    desk.emit('request', id);
  });
}`,
    // The same client rejects every waiting deferred when the connection closes.
    `import { createConnection, type Socket } from 'node:net';
interface Reply {
  seq: number;
  body: string;
}
export class LineClient {
  private readonly socket: Socket;
  private readonly waiting = new Map<number, ReturnType<typeof Promise.withResolvers<Reply>>>();
  private seq = 0;
  constructor(port: number) {
    this.socket = createConnection({ port });
    this.socket.on('data', (chunk) => {
      const reply = JSON.parse(String(chunk)) as Reply;
      const deferred = this.waiting.get(reply.seq);
      this.waiting.delete(reply.seq);
      deferred?.resolve(reply);
    });
    this.socket.on('close', () => {
      for (const deferred of this.waiting.values()) deferred.reject(new Error('connection closed'));
      this.waiting.clear();
    });
  }
  ask(question: string): Promise<Reply> {
    const seq = ++this.seq;
    const deferred = Promise.withResolvers<Reply>();
    this.waiting.set(seq, deferred);
    this.socket.write(\`\${JSON.stringify({ seq, question })}\\n\`);
    return deferred.promise;
  }
}`,
    // Every kind of the union is named, two of them in one test joined by ||.
    `type Reply =
  | { id: number; kind: 'result'; rows: string[] }
  | { id: number; kind: 'error'; message: string }
  | { id: number; kind: 'cancelled' };
interface Port {
  on(event: 'message', listener: (reply: Reply) => void): void;
  send(message: { id: number; sql: string }): void;
}
export class QueryChannel {
  private readonly waiting = new Map<number, { resolve: (rows: string[]) => void; reject: (error: Error) => void }>();
  private next = 0;
  constructor(private readonly port: Port) {
    port.on('message', (reply) => this.receive(reply));
  }
  query(sql: string): Promise<string[]> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.port.send({ id, sql });
    });
  }
  private receive(reply: Reply): void {
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    this.waiting.delete(reply.id);
    if (reply.kind === 'result') waiter.resolve(reply.rows);
    else if (reply.kind === 'error' || reply.kind === 'cancelled') waiter.reject(new Error(\`query \${reply.id} \${reply.kind}\`));
  }
}`,
    // A default case settles every kind the switch does not name.
    `type Reply =
  | { id: number; kind: 'result'; rows: string[] }
  | { id: number; kind: 'error'; message: string }
  | { id: number; kind: 'cancelled' };
interface Port {
  on(event: 'message', listener: (reply: Reply) => void): void;
  send(message: { id: number; sql: string }): void;
}
export class QueryChannel {
  private readonly waiting = new Map<number, { resolve: (rows: string[]) => void; reject: (error: Error) => void }>();
  private next = 0;
  constructor(private readonly port: Port) {
    port.on('message', (reply) => this.receive(reply));
  }
  query(sql: string): Promise<string[]> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.port.send({ id, sql });
    });
  }
  private receive(reply: Reply): void {
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    switch (reply.kind) {
      case 'result':
        this.waiting.delete(reply.id);
        waiter.resolve(reply.rows);
        break;
      case 'error':
        this.waiting.delete(reply.id);
        waiter.reject(new Error(reply.message));
        break;
      default:
        this.waiting.delete(reply.id);
        waiter.reject(new Error(\`request \${reply.id} ended with \${reply.kind}\`));
    }
  }
}`,
    // The uncovered kind is progress on the way (progress), not an outcome: no settle call is due.
    `type Reply =
  | { id: number; kind: 'result'; rows: string[] }
  | { id: number; kind: 'error'; message: string }
  | { id: number; kind: 'progress'; percent: number };
interface Port {
  on(event: 'message', listener: (reply: Reply) => void): void;
  send(message: { id: number; sql: string }): void;
}
export class QueryChannel {
  private readonly waiting = new Map<number, { resolve: (rows: string[]) => void; reject: (error: Error) => void }>();
  private next = 0;
  constructor(private readonly port: Port) {
    port.on('message', (reply) => this.receive(reply));
  }
  query(sql: string): Promise<string[]> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.port.send({ id, sql });
    });
  }
  private receive(reply: Reply): void {
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    switch (reply.kind) {
      case 'result':
        this.waiting.delete(reply.id);
        waiter.resolve(reply.rows);
        break;
      case 'error':
        this.waiting.delete(reply.id);
        waiter.reject(new Error(reply.message));
        break;
    }
  }
}`,
    // the close listener rejects every waiting request
    `interface Entry { resolve: (value: unknown) => void; reject: (error: Error) => void }
export class RpcClient {
  private readonly pending = new Map<string, Entry>();
  private seq = 0;
  constructor(private readonly ws: WebSocket) {
    ws.addEventListener('message', (event: MessageEvent<string>) => this.onReply(event.data));
    ws.addEventListener('close', () => {
      console.warn('rpc connection closed');
      for (const entry of this.pending.values()) entry.reject(new Error('connection closed'));
      this.pending.clear();
    });
  }
  private onReply(raw: string): void {
    const reply = JSON.parse(raw) as { id: string; result?: unknown; error?: string };
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    if (reply.error) entry.reject(new Error(reply.error));
    else entry.resolve(reply.result);
  }
  call(method: string, params: object): Promise<unknown> {
    const id = String(++this.seq);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }
}`,
    // each request has its own timeout, which rejects it
    `interface Entry { resolve: (value: unknown) => void; reject: (error: Error) => void }
export class RpcClient {
  private readonly pending = new Map<string, Entry>();
  private seq = 0;
  constructor(private readonly ws: WebSocket) {
    ws.addEventListener('message', (event: MessageEvent<string>) => this.onReply(event.data));
    ws.addEventListener('close', () => {
      console.warn('rpc connection closed');
    });
  }
  private onReply(raw: string): void {
    const reply = JSON.parse(raw) as { id: string; result?: unknown; error?: string };
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    if (reply.error) entry.reject(new Error(reply.error));
    else entry.resolve(reply.result);
  }
  call(method: string, params: object): Promise<unknown> {
    const id = String(++this.seq);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      setTimeout(() => {
        if (this.pending.delete(id)) reject(new Error(\`\${method} timed out\`));
      }, 10_000);
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }
}`,
  ],
  invalid: [
    // A deferred kept as a part of its entry, taken out by a reply whose `if` chain leaves the type's `'busy'` unnamed and has no `else`.
    {
      code: `type Reply = { id: number; status: 'ok'; value: number } | { id: number; status: 'fault'; code: string } | { id: number; status: 'busy' };
interface Pending {
  deferred: PromiseWithResolvers<number>;
  timer: ReturnType<typeof setTimeout>;
}
export class Link {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  constructor(private readonly send: (line: string) => void) {}
  run(command: string): Promise<number> {
    const id = this.nextId++;
    const deferred = Promise.withResolvers<number>();
    const timer = setTimeout(() => {
      this.pending.delete(id);
      deferred.reject(new Error(\`no reply to \${id}\`));
    }, 60_000);
    this.pending.set(id, { deferred, timer });
    this.send(JSON.stringify({ id, command }));
    return deferred.promise;
  }
  onLine(line: string): void {
    const reply = JSON.parse(line) as Reply;
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    clearTimeout(entry.timer);
    if (reply.status === 'ok') {
      entry.deferred.resolve(reply.value);
    } else if (reply.status === 'fault') {
      entry.deferred.reject(new Error(reply.code));
    }
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'droppedWaiter',
          line: 29,
          column: 12,
          endLine: 31,
          endColumn: 6,
          suggestions: [
            {
              messageId: 'suggestRejectDropped',
              output: `type Reply = { id: number; status: 'ok'; value: number } | { id: number; status: 'fault'; code: string } | { id: number; status: 'busy' };
interface Pending {
  deferred: PromiseWithResolvers<number>;
  timer: ReturnType<typeof setTimeout>;
}
export class Link {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  constructor(private readonly send: (line: string) => void) {}
  run(command: string): Promise<number> {
    const id = this.nextId++;
    const deferred = Promise.withResolvers<number>();
    const timer = setTimeout(() => {
      this.pending.delete(id);
      deferred.reject(new Error(\`no reply to \${id}\`));
    }, 60_000);
    this.pending.set(id, { deferred, timer });
    this.send(JSON.stringify({ id, command }));
    return deferred.promise;
  }
  onLine(line: string): void {
    const reply = JSON.parse(line) as Reply;
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    clearTimeout(entry.timer);
    if (reply.status === 'ok') {
      entry.deferred.resolve(reply.value);
    } else if (reply.status === 'fault') {
      entry.deferred.reject(new Error(reply.code));
    } else {
      entry.deferred.reject(new Error('no result for this request'));
    }
  }
}`,
            },
          ],
        },
      ],
    },
    // a whole deferred taken out by the reply handler, its cancelled case settling nothing
    {
      code: `interface Deferred<T> { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: Error) => void }

type Reply = { id: number; kind: 'done'; strokes: number } | { id: number; kind: 'failed'; reason: string } | { id: number; kind: 'cancelled' };
declare const worker: { postMessage(message: unknown): void; on(event: 'message', listener: (reply: Reply) => void): void };

export class PounderRpc {
  private readonly pending = new Map<number, Deferred<number>>();
  private nextId = 1;

  constructor() {
    worker.on('message', (reply) => this.onReply(reply));
  }

  pound(grams: number): Promise<number> {
    const id = this.nextId++;
    const deferred = Promise.withResolvers<number>();
    this.pending.set(id, deferred);
    worker.postMessage({ id, grams });
    return deferred.promise;
  }

  private onReply(reply: Reply): void {
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    switch (reply.kind) {
      case 'done':
        entry.resolve(reply.strokes);
        break;
      case 'failed':
        entry.reject(new Error(reply.reason));
        break;
      case 'cancelled':
        console.info('batch cancelled', reply.id);
        break;
    }
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'droppedWaiter',
          line: 33,
          column: 7,
          endLine: 35,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'suggestRejectDropped',
              output: `interface Deferred<T> { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: Error) => void }

type Reply = { id: number; kind: 'done'; strokes: number } | { id: number; kind: 'failed'; reason: string } | { id: number; kind: 'cancelled' };
declare const worker: { postMessage(message: unknown): void; on(event: 'message', listener: (reply: Reply) => void): void };

export class PounderRpc {
  private readonly pending = new Map<number, Deferred<number>>();
  private nextId = 1;

  constructor() {
    worker.on('message', (reply) => this.onReply(reply));
  }

  pound(grams: number): Promise<number> {
    const id = this.nextId++;
    const deferred = Promise.withResolvers<number>();
    this.pending.set(id, deferred);
    worker.postMessage({ id, grams });
    return deferred.promise;
  }

  private onReply(reply: Reply): void {
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    switch (reply.kind) {
      case 'done':
        entry.resolve(reply.strokes);
        break;
      case 'failed':
        entry.reject(new Error(reply.reason));
        break;
      case 'cancelled':
        console.info('batch cancelled', reply.id);
        entry.reject(new Error('no result for this request'));
        break;
    }
  }
}`,
            },
          ],
        },
      ],
    },
    // the only visit of the entries is a status list; the error listener only logs
    {
      code: `import { Worker } from 'node:worker_threads';

interface Pending { resolve: (grams: number) => void; reject: (reason: Error) => void; startedAt: number }

export class KettleWorker {
  private readonly worker = new Worker('./kettle.js');
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    this.worker.on('message', (reply: { id: number; grams: number }) => {
      this.pending.get(reply.id)?.resolve(reply.grams);
      this.pending.delete(reply.id);
    });
    this.worker.on('error', (err) => {
      console.error('kettle worker crashed', err.message, this.pending.size);
    });
  }

  boil(dozen: number): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject, startedAt: Date.now() });
      this.worker.postMessage({ id, dozen });
    });
  }

  inFlight(): Array<{ id: number; ageMs: number }> {
    const now = Date.now();
    return [...this.pending.entries()].map(([id, p]) => ({ id, ageMs: now - p.startedAt }));
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'strandedSettlers',
          line: 23,
          column: 7,
          endLine: 23,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'suggestRejectOnEnd',
              output: `import { Worker } from 'node:worker_threads';

interface Pending { resolve: (grams: number) => void; reject: (reason: Error) => void; startedAt: number }

export class KettleWorker {
  private readonly worker = new Worker('./kettle.js');
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    this.worker.on('message', (reply: { id: number; grams: number }) => {
      this.pending.get(reply.id)?.resolve(reply.grams);
      this.pending.delete(reply.id);
    });
    this.worker.on('error', (err) => {
      for (const entry of this.pending.values()) entry.reject(new Error('connection ended (error) while waiting for a reply')); this.pending.clear();
      console.error('kettle worker crashed', err.message, this.pending.size);
    });
  }

  boil(dozen: number): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject, startedAt: Date.now() });
      this.worker.postMessage({ id, dozen });
    });
  }

  inFlight(): Array<{ id: number; ageMs: number }> {
    const now = Date.now();
    return [...this.pending.entries()].map(([id, p]) => ({ id, ageMs: now - p.startedAt }));
  }
}`,
            },
          ],
        },
      ],
    },
    // a worker read for replies alone: it declares exit, not close, and nothing listens for it
    {
      code: `import { Worker } from 'node:worker_threads';

type Reply = { id: number; ok: true; bytes: number } | { id: number; ok: false; message: string };

export class FrameEncoder {
  private readonly worker = new Worker('./encoder.js');
  private readonly pending = new Map<number, { resolve: (bytes: number) => void; reject: (reason: Error) => void }>();
  private nextId = 1;

  constructor() {
    this.worker.on('message', (reply: Reply) => this.onReply(reply));
  }

  encode(pixels: Uint8Array): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, pixels });
    });
  }

  private onReply(reply: Reply): void {
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    if (reply.ok) entry.resolve(reply.bytes);
    else entry.reject(new Error(reply.message));
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'unwatchedConnection',
          line: 17,
          column: 7,
          endLine: 17,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'suggestRejectOnClose',
              output: `import { Worker } from 'node:worker_threads';

type Reply = { id: number; ok: true; bytes: number } | { id: number; ok: false; message: string };

export class FrameEncoder {
  private readonly worker = new Worker('./encoder.js');
  private readonly pending = new Map<number, { resolve: (bytes: number) => void; reject: (reason: Error) => void }>();
  private nextId = 1;

  constructor() {
    this.worker.on('message', (reply: Reply) => this.onReply(reply));
    this.worker.on('exit', () => {
      for (const entry of this.pending.values()) entry.reject(new Error('connection exited while waiting for a reply'));
      this.pending.clear();
    });
  }

  encode(pixels: Uint8Array): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, pixels });
    });
  }

  private onReply(reply: Reply): void {
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    if (reply.ok) entry.resolve(reply.bytes);
    else entry.reject(new Error(reply.message));
  }
}`,
            },
          ],
        },
      ],
    },
    // a destructured Promise.withResolvers() deferred kept in the map: the close listener only logs, so the asks in flight wait forever
    {
      code: `interface Pending {
  resolve: (value: string) => void;
  reject: (reason: Error) => void;
}

export class TillLink {
  private readonly waiting = new Map<number, Pending>();
  private seq = 0;

  constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event: MessageEvent<string>) => {
      const [id, text] = JSON.parse(event.data) as [number, string];
      this.waiting.get(id)?.resolve(text);
      this.waiting.delete(id);
    });
    socket.addEventListener('close', () => {
      console.warn('till link closed');
    });
  }

  ask(question: string): Promise<string> {
    const id = ++this.seq;
    const { promise, resolve, reject } = Promise.withResolvers<string>();
    this.waiting.set(id, { resolve, reject });
    this.socket.send(JSON.stringify([id, question]));
    return promise;
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'strandedSettlers',
          line: 24,
          column: 5,
          endLine: 24,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'suggestRejectOnEnd',
              output: `interface Pending {
  resolve: (value: string) => void;
  reject: (reason: Error) => void;
}

export class TillLink {
  private readonly waiting = new Map<number, Pending>();
  private seq = 0;

  constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event: MessageEvent<string>) => {
      const [id, text] = JSON.parse(event.data) as [number, string];
      this.waiting.get(id)?.resolve(text);
      this.waiting.delete(id);
    });
    socket.addEventListener('close', () => {
      for (const entry of this.waiting.values()) entry.reject(new Error('connection ended (close) while waiting for a reply')); this.waiting.clear();
      console.warn('till link closed');
    });
  }

  ask(question: string): Promise<string> {
    const id = ++this.seq;
    const { promise, resolve, reject } = Promise.withResolvers<string>();
    this.waiting.set(id, { resolve, reject });
    this.socket.send(JSON.stringify([id, question]));
    return promise;
  }
}`,
            },
          ],
        },
      ],
    },
    // detachedKinds: the listener is off before the chain, and a waitlisted reply settles nothing
    {
      code: `import { EventEmitter } from 'node:events';

type Reply =
  | { id: string; kind: 'progress'; step: string }
  | { id: string; kind: 'accepted'; slot: number }
  | { id: string; kind: 'refused'; reason: string }
  | { id: string; kind: 'waitlisted'; position: number };

export function book(desk: EventEmitter, id: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onReply = (reply: Reply) => {
      if (reply.id !== id || reply.kind === 'progress') return;
      desk.off('reply', onReply);
      if (reply.kind === 'accepted') {
        resolve(reply.slot);
      } else if (reply.kind === 'refused') {
        reject(new Error(reply.reason));
      }
    };
    desk.on('reply', onReply);
    desk.emit('request', id);
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'detachedKinds',
          line: 14,
          column: 11,
          endLine: 14,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'suggestRejectOtherKinds',
              output: `import { EventEmitter } from 'node:events';

type Reply =
  | { id: string; kind: 'progress'; step: string }
  | { id: string; kind: 'accepted'; slot: number }
  | { id: string; kind: 'refused'; reason: string }
  | { id: string; kind: 'waitlisted'; position: number };

export function book(desk: EventEmitter, id: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onReply = (reply: Reply) => {
      if (reply.id !== id || reply.kind === 'progress') return;
      desk.off('reply', onReply);
      if (reply.kind === 'accepted') {
        resolve(reply.slot);
      } else if (reply.kind === 'refused') {
        reject(new Error(reply.reason));
      } else {
        reject(new Error(\`unexpected reply.kind \${reply.kind}\`));
      }
    };
    desk.on('reply', onReply);
    desk.emit('request', id);
  });
}`,
            },
          ],
        },
      ],
    },
    {
      // A whole withResolvers deferred kept per request, settled only from data replies on a socket that can close: the suggestion rejects them all on close.
      code: `import { createConnection, type Socket } from 'node:net';
interface Reply {
  seq: number;
  body: string;
}
export class LineClient {
  private readonly socket: Socket;
  private readonly waiting = new Map<number, ReturnType<typeof Promise.withResolvers<Reply>>>();
  private seq = 0;
  constructor(port: number) {
    this.socket = createConnection({ port });
    this.socket.on('data', (chunk) => {
      const reply = JSON.parse(String(chunk)) as Reply;
      const deferred = this.waiting.get(reply.seq);
      this.waiting.delete(reply.seq);
      deferred?.resolve(reply);
    });
  }
  ask(question: string): Promise<Reply> {
    const seq = ++this.seq;
    const deferred = Promise.withResolvers<Reply>();
    this.waiting.set(seq, deferred);
    this.socket.write(\`\${JSON.stringify({ seq, question })}\\n\`);
    return deferred.promise;
  }
}`,
      errors: [
        {
          messageId: 'unwatchedConnection',
          line: 22,
          column: 5,
          endLine: 22,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'suggestRejectOnClose',
              data: { collection: 'this.waiting', connection: 'this.socket', event: 'close' },
              output: `import { createConnection, type Socket } from 'node:net';
interface Reply {
  seq: number;
  body: string;
}
export class LineClient {
  private readonly socket: Socket;
  private readonly waiting = new Map<number, ReturnType<typeof Promise.withResolvers<Reply>>>();
  private seq = 0;
  constructor(port: number) {
    this.socket = createConnection({ port });
    this.socket.on('data', (chunk) => {
      const reply = JSON.parse(String(chunk)) as Reply;
      const deferred = this.waiting.get(reply.seq);
      this.waiting.delete(reply.seq);
      deferred?.resolve(reply);
    });
    this.socket.on('close', () => {
      for (const entry of this.waiting.values()) entry.reject(new Error('connection closed while waiting for a reply'));
      this.waiting.clear();
    });
  }
  ask(question: string): Promise<Reply> {
    const seq = ++this.seq;
    const deferred = Promise.withResolvers<Reply>();
    this.waiting.set(seq, deferred);
    this.socket.write(\`\${JSON.stringify({ seq, question })}\\n\`);
    return deferred.promise;
  }
}`,
            },
          ],
        },
      ],
    },
    {
      // The same with an if / else-if chain on the reply kind: the suggestion adds an else that rejects.
      code: `type Reply =
  | { id: number; kind: 'result'; rows: string[] }
  | { id: number; kind: 'error'; message: string }
  | { id: number; kind: 'cancelled' };
interface Port {
  on(event: 'message', listener: (reply: Reply) => void): void;
  send(message: { id: number; sql: string }): void;
}
export class QueryChannel {
  private readonly waiting = new Map<number, { resolve: (rows: string[]) => void; reject: (error: Error) => void }>();
  private next = 0;
  constructor(private readonly port: Port) {
    port.on('message', (reply) => this.receive(reply));
  }
  query(sql: string): Promise<string[]> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.port.send({ id, sql });
    });
  }
  private receive(reply: Reply): void {
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    if (reply.kind === 'result') {
      this.waiting.delete(reply.id);
      waiter.resolve(reply.rows);
    } else if (reply.kind === 'error') {
      this.waiting.delete(reply.id);
      waiter.reject(new Error(reply.message));
    }
  }
}`,
      errors: [
        {
          messageId: 'unsettledKinds',
          line: 25,
          column: 9,
          endLine: 25,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'suggestRejectOtherKinds',
              data: { property: 'reply.kind' },
              output: `type Reply =
  | { id: number; kind: 'result'; rows: string[] }
  | { id: number; kind: 'error'; message: string }
  | { id: number; kind: 'cancelled' };
interface Port {
  on(event: 'message', listener: (reply: Reply) => void): void;
  send(message: { id: number; sql: string }): void;
}
export class QueryChannel {
  private readonly waiting = new Map<number, { resolve: (rows: string[]) => void; reject: (error: Error) => void }>();
  private next = 0;
  constructor(private readonly port: Port) {
    port.on('message', (reply) => this.receive(reply));
  }
  query(sql: string): Promise<string[]> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.port.send({ id, sql });
    });
  }
  private receive(reply: Reply): void {
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    if (reply.kind === 'result') {
      this.waiting.delete(reply.id);
      waiter.resolve(reply.rows);
    } else if (reply.kind === 'error') {
      this.waiting.delete(reply.id);
      waiter.reject(new Error(reply.message));
    } else {
      waiter.reject(new Error(\`unexpected reply.kind \${reply.kind}\`));
    }
  }
}`,
            },
          ],
        },
      ],
    },
    {
      // A reply kind of the union (cancelled) that no case of the switch settles: that request's waiter hangs.
      code: `type Reply =
  | { id: number; kind: 'result'; rows: string[] }
  | { id: number; kind: 'error'; message: string }
  | { id: number; kind: 'cancelled' };
interface Port {
  on(event: 'message', listener: (reply: Reply) => void): void;
  send(message: { id: number; sql: string }): void;
}
export class QueryChannel {
  private readonly waiting = new Map<number, { resolve: (rows: string[]) => void; reject: (error: Error) => void }>();
  private next = 0;
  constructor(private readonly port: Port) {
    port.on('message', (reply) => this.receive(reply));
  }
  query(sql: string): Promise<string[]> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.port.send({ id, sql });
    });
  }
  private receive(reply: Reply): void {
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    switch (reply.kind) {
      case 'result':
        this.waiting.delete(reply.id);
        waiter.resolve(reply.rows);
        break;
      case 'error':
        this.waiting.delete(reply.id);
        waiter.reject(new Error(reply.message));
        break;
    }
  }
}`,
      errors: [
        {
          messageId: 'unsettledKinds',
          line: 25,
          column: 13,
          endLine: 25,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'suggestRejectOtherKinds',
              data: { property: 'reply.kind' },
              output: `type Reply =
  | { id: number; kind: 'result'; rows: string[] }
  | { id: number; kind: 'error'; message: string }
  | { id: number; kind: 'cancelled' };
interface Port {
  on(event: 'message', listener: (reply: Reply) => void): void;
  send(message: { id: number; sql: string }): void;
}
export class QueryChannel {
  private readonly waiting = new Map<number, { resolve: (rows: string[]) => void; reject: (error: Error) => void }>();
  private next = 0;
  constructor(private readonly port: Port) {
    port.on('message', (reply) => this.receive(reply));
  }
  query(sql: string): Promise<string[]> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.port.send({ id, sql });
    });
  }
  private receive(reply: Reply): void {
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    switch (reply.kind) {
      case 'result':
        this.waiting.delete(reply.id);
        waiter.resolve(reply.rows);
        break;
      case 'error':
        this.waiting.delete(reply.id);
        waiter.reject(new Error(reply.message));
        break;
      default:
        waiter.reject(new Error(\`unexpected reply.kind \${reply.kind}\`));
    }
  }
}`,
            },
          ],
        },
      ],
    },
    // the close listener only logs: calls in flight wait forever
    {
      code: `interface Entry { resolve: (value: unknown) => void; reject: (error: Error) => void }
export class RpcClient {
  private readonly pending = new Map<string, Entry>();
  private seq = 0;
  constructor(private readonly ws: WebSocket) {
    ws.addEventListener('message', (event: MessageEvent<string>) => this.onReply(event.data));
    ws.addEventListener('close', () => {
      console.warn('rpc connection closed');
    });
  }
  private onReply(raw: string): void {
    const reply = JSON.parse(raw) as { id: string; result?: unknown; error?: string };
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    if (reply.error) entry.reject(new Error(reply.error));
    else entry.resolve(reply.result);
  }
  call(method: string, params: object): Promise<unknown> {
    const id = String(++this.seq);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }
}`,
      errors: [
        {
          messageId: 'strandedSettlers',
          line: 22,
          column: 7,
          endLine: 22,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'suggestRejectOnEnd',
              data: { collection: 'this.pending', event: 'close' },
              output: `interface Entry { resolve: (value: unknown) => void; reject: (error: Error) => void }
export class RpcClient {
  private readonly pending = new Map<string, Entry>();
  private seq = 0;
  constructor(private readonly ws: WebSocket) {
    ws.addEventListener('message', (event: MessageEvent<string>) => this.onReply(event.data));
    ws.addEventListener('close', () => {
      for (const entry of this.pending.values()) entry.reject(new Error('connection ended (close) while waiting for a reply')); this.pending.clear();
      console.warn('rpc connection closed');
    });
  }
  private onReply(raw: string): void {
    const reply = JSON.parse(raw) as { id: string; result?: unknown; error?: string };
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    if (reply.error) entry.reject(new Error(reply.error));
    else entry.resolve(reply.result);
  }
  call(method: string, params: object): Promise<unknown> {
    const id = String(++this.seq);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }
}`,
            },
          ],
        },
      ],
    },
  ],
});

// Replies read off a connection that can close, with nothing listening for the close at all.
typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // the channel's type declares no close event: nothing to listen for
    `interface Pending { resolve: (value: unknown) => void; reject: (error: Error) => void }
declare class Bus { addEventListener(type: 'message', listener: (event: { data: string }) => void): void; post(text: string): void }
export class RpcClient {
  private readonly pending = new Map<number, Pending>();
  private seq = 0;
  constructor(private readonly bus: Bus) {
    bus.addEventListener('message', (event) => {
      const reply = JSON.parse(event.data) as { id: number; result: unknown };
      this.pending.get(reply.id)?.resolve(reply.result);
      this.pending.delete(reply.id);
    });
  }
  call(method: string): Promise<unknown> {
    const id = ++this.seq;
    const reply = new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
    });
    this.bus.post(JSON.stringify({ id, method }));
    return reply;
  }
}`,
    // dispose() goes through the waiting entries and rejects them
    `interface Pending { resolve: (value: unknown) => void; reject: (error: Error) => void }
export class RpcClient {
  private readonly pending = new Map<number, Pending>();
  private seq = 0;
  constructor(private readonly ws: WebSocket) {
    ws.addEventListener('message', (event: MessageEvent<string>) => {
      const reply = JSON.parse(event.data) as { id: number; result: unknown };
      this.pending.get(reply.id)?.resolve(reply.result);
      this.pending.delete(reply.id);
    });
  }
  call(method: string): Promise<unknown> {
    const id = ++this.seq;
    const reply = new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
    });
    this.ws.send(JSON.stringify({ id, method }));
    return reply;
  }
  dispose(reason: Error): void {
    for (const entry of this.pending.values()) entry.reject(reason);
    this.pending.clear();
  }
}`,
  ],
  invalid: [
    // a class that reads replies off a WebSocket and never listens for its close: requests in flight hang
    {
      code: `interface Pending { resolve: (value: unknown) => void; reject: (error: Error) => void }
export class RpcClient {
  private readonly pending = new Map<number, Pending>();
  private seq = 0;
  constructor(private readonly ws: WebSocket) {
    ws.addEventListener('message', (event: MessageEvent<string>) => {
      const reply = JSON.parse(event.data) as { id: number; result: unknown };
      this.pending.get(reply.id)?.resolve(reply.result);
      this.pending.delete(reply.id);
    });
  }
  call(method: string): Promise<unknown> {
    const id = ++this.seq;
    const reply = new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
    });
    this.ws.send(JSON.stringify({ id, method }));
    return reply;
  }
}`,
      errors: [
        {
          messageId: 'unwatchedConnection',
          line: 15,
          column: 7,
          endLine: 15,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'suggestRejectOnClose',
              data: { collection: 'this.pending', connection: 'ws', event: 'close' },
              output: `interface Pending { resolve: (value: unknown) => void; reject: (error: Error) => void }
export class RpcClient {
  private readonly pending = new Map<number, Pending>();
  private seq = 0;
  constructor(private readonly ws: WebSocket) {
    ws.addEventListener('message', (event: MessageEvent<string>) => {
      const reply = JSON.parse(event.data) as { id: number; result: unknown };
      this.pending.get(reply.id)?.resolve(reply.result);
      this.pending.delete(reply.id);
    });
    ws.addEventListener('close', () => {
      for (const entry of this.pending.values()) entry.reject(new Error('connection closed while waiting for a reply'));
      this.pending.clear();
    });
  }
  call(method: string): Promise<unknown> {
    const id = ++this.seq;
    const reply = new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
    });
    this.ws.send(JSON.stringify({ id, method }));
    return reply;
  }
}`,
            },
          ],
        },
      ],
    },
  ],
});
