import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

/** A spooler whose status handler takes a job out and settles nothing on `paused`. */
const spoolerCode = `import { EventEmitter } from 'node:events';
interface Printer extends EventEmitter {
  submit(id: number, pages: string[]): void;
}
type Pending = { resolve: (pages: number) => void; reject: (error: Error) => void; timer: NodeJS.Timeout };
export class Spooler extends EventEmitter {
  private nextId = 1;
  private readonly jobs = new Map<number, Pending>();
  constructor(private readonly printer: Printer) {
    super();
    printer.on('status', (id: number, state: string, printed: number) => this.onStatus(id, state, printed));
  }
  print(pages: string[]): Promise<number> {
    const id = this.nextId++;
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.jobs.delete(id);
        reject(new Error(\`job \${id} timed out\`));
      }, 60_000);
      this.jobs.set(id, { resolve, reject, timer });
      this.printer.submit(id, pages);
    });
  }
  private onStatus(id: number, state: string, printed: number): void {
    const job = this.jobs.get(id);
    if (!job) return;
    this.jobs.delete(id);
    clearTimeout(job.timer);
    if (state === 'done') {
      job.resolve(printed);
    } else if (state === 'jammed') {
      job.reject(new Error(\`printer jammed on job \${id}\`));
    } else if (state === 'paused') {
      this.emit('paused', id);
    }
  }
}`;

const ruleTester = typedRuleTester();

describe('awaitBeforeSettle: an await that can leave before the promise settles', () => {
  ruleTester.run('no-multiple-settle', rule, {
    valid: [
      // Every stream of the chain rejects on its `error`; and a process stream the function did not make is not judged.
      `import { createReadStream, createWriteStream } from 'node:fs';
import { createGzip } from 'node:zlib';
export function gzipFile(source: string, target: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const input = createReadStream(source);
    const gzip = createGzip();
    const output = createWriteStream(target);
    input.once('error', reject);
    gzip.once('error', reject);
    output.once('finish', () => resolve());
    output.once('error', (err) => reject(err));
    input.pipe(gzip).pipe(output);
  });
}
export function copyFile(source: string, target: string, onChunk: (size: number) => void): Promise<void> {
  const output = createWriteStream(target);
  return new Promise<void>((resolve, reject) => {
    output.once('finish', () => resolve());
    output.once('error', reject);
    process.stdin.on('data', (chunk: Buffer) => onChunk(chunk.length));
    process.stdin.pipe(output);
  });
}`,
      // Waiting for a connection's `end` after closing it: an end of life comes after a failure too, whatever the program's `error` listener says.
      `import { EventEmitter } from 'node:events';
interface Connection extends EventEmitter {
  close(): void;
}
declare function open(): Connection;
declare function log(error: Error): void;
export class Driver {
  readonly #connection = open();
  constructor() {
    this.#connection.on('error', (error: Error) => log(error));
  }
  destroy(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.#connection.once('end', resolve);
      this.#connection.close();
    });
  }
}`,
      // The same wait that also rejects on the link's `error`.
      `import { EventEmitter } from 'node:events';
interface GateLink extends EventEmitter {
  send(command: string): void;
}
declare function openGateLink(host: string): GateLink;
declare function log(message: string): void;
export class Gates {
  private readonly link: GateLink;
  constructor(host: string) {
    this.link = openGateLink(host);
    this.link.on('error', (err: Error) => log(err.message));
  }
  arm(heatId: string): Promise<number> {
    const started = Date.now();
    return new Promise<number>((resolve, reject) => {
      this.link.once('armed', () => resolve(Date.now() - started));
      this.link.once('error', reject);
      this.link.send(\`ARM \${heatId}\`);
    });
  }
}`,
      // The `try` block's call is typed `never`: it always throws into the `catch` that rejects.
      `declare function throwAbortError(signal?: AbortSignal): never;
export async function sleep(delayMs: number, signal?: AbortSignal): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const timeout = setTimeout(() => {
      cleanup();
      resolve();
    }, delayMs);
    const onAbort = () => {
      cleanup();
      try {
        throwAbortError(signal);
      } catch (error) {
        reject(error);
      }
    };
    const cleanup = () => {
      clearTimeout(timeout);
      signal?.removeEventListener('abort', onAbort);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}`,
      // the same export with an error listener on the stream
      `import { createWriteStream } from 'node:fs';

export function exportCsv(path: string, rows: number[][]): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const out = createWriteStream(path);
    let bytes = 0;
    out.on('finish', () => resolve(bytes));
    out.on('error', reject);
    for (const row of rows) {
      if (row.some((cell) => !Number.isFinite(cell))) {
        out.destroy();
        reject(new Error('corrupt row'));
        return;
      }
      const line = \`\${row.join(',')}\\n\`;
      bytes += line.length;
      out.write(line);
    }
    out.end();
  });
}`,
      // a readline made for the wait, its close and the child's error both settle
      `import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export function startDaemon(bin: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const child = spawn(bin, [], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout! });
    const onClose = () => reject(new Error('daemon ended before READY'));
    const onLine = (line: string) => {
      const match = /^READY port=(\\d+)$/.exec(line);
      if (!match) return;
      lines.off('line', onLine);
      lines.off('close', onClose);
      resolve(Number(match[1]));
    };
    child.on('error', reject);
    lines.on('line', onLine);
    lines.on('close', onClose);
  });
}`,
      // the exit listener guarded by the settled flag rather than the code
      `import { Worker } from 'node:worker_threads';

type Reply = { kind: 'step' } | { kind: 'result'; total: number };

export function tally(file: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const worker = new Worker('./tally-worker.js', { workerData: file });
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    worker.on('message', (reply: Reply) => {
      if (reply.kind !== 'result') return;
      settled = true;
      resolve(reply.total);
    });
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => {
      if (!settled) fail(new Error(\`tally worker exited with \${code} before its result\`));
    });
  });
}`,
      // the exit listener rejects on every other exit too
      `import { Worker } from 'node:worker_threads';

type Reply = { kind: 'step'; done: number } | { kind: 'result'; total: number } | { kind: 'skipped'; why: string };

export function tally(file: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const worker = new Worker('./tally-worker.js', { workerData: file });
    worker.on('message', (reply: Reply) => {
      switch (reply.kind) {
        case 'step':
          console.debug('tally step', reply.done);
          break;
        case 'result':
          resolve(reply.total);
          break;
        case 'skipped':
          console.warn('tally skipped', reply.why);
          break;
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(\`tally worker exited with \${code}\`));
      else reject(new Error('tally worker exited without a result'));
    });
  });
}`,
      // the same guard, with the stream's error rejecting too
      `import { createWriteStream } from 'node:fs';

export function saveLabels(path: string, labels: string[]): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    if (labels.length === 0) return reject(new Error('nothing to save'));
    const sink = createWriteStream(path);
    sink.on('finish', () => resolve(labels.length));
    sink.on('error', reject);
    for (const label of labels) sink.write(\`\${label}\\n\`);
    sink.end();
  });
}`,
      // droppedWaiter: the branch settles the waiter before it takes it out of the map
      `import { EventEmitter } from 'node:events';

interface Waiter {
  resolve: (value: string) => void;
  reject: (reason: Error) => void;
}

export function attach(hub: EventEmitter) {
  const waiters = new Map<object, Waiter>();
  hub.on('connection', (socket: string, request: object) => {
    const waiter = waiters.get(request);
    if (waiter) {
      waiter.resolve(socket);
      waiters.delete(request);
    }
  });
  const rejectWaiter = (request: object) => {
    const waiter = waiters.get(request);
    if (waiter) {
      waiters.delete(request);
      waiter.reject(new Error('aborted'));
    }
  };
  const waitFor = (request: object) =>
    new Promise<string>((resolve, reject) => {
      waiters.set(request, { resolve, reject });
    });
  return { waitFor, rejectWaiter };
}`,
      // an idle timeout on a socket with a timeout listener, or given its callback: the timeout settles the promise
      `import { Socket } from 'node:net';
function readGreeting(socket: Socket): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    socket.setTimeout(2000);
    socket.once('timeout', () => socket.destroy(new Error('no greeting within 2 s')));
    const onData = (chunk: Buffer) => {
      socket.setTimeout(0);
      resolve(chunk.toString('utf8'));
    };
    socket.once('data', onData);
    socket.once('error', reject);
    socket.once('close', () => reject(new Error('closed before the greeting')));
  });
}
function readBanner(socket: Socket): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    socket.setTimeout(2000, () => reject(new Error('no banner within 2 s')));
    socket.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8')));
    socket.once('error', reject);
  });
}`,
      // a reply kind whose case takes the waiter out and hands it on: the other waiter may still settle it
      `type Reply = { kind: 'ok'; id: string; value: number } | { kind: 'gone'; id: string };
interface Waiter {
  resolve: (value: number) => void;
  reject: (error: Error) => void;
}
class Lab {
  private readonly waiters = new Map<string, Waiter>();
  ask(id: string): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.waiters.set(id, { resolve, reject });
    });
  }
  onReply(reply: Reply): void {
    const waiter = this.waiters.get(reply.id);
    if (!waiter) return;
    switch (reply.kind) {
      case 'ok':
        this.waiters.delete(reply.id);
        waiter.resolve(reply.value);
        break;
      case 'gone':
        this.waiters.delete(reply.id);
        this.retry(reply.id, waiter);
        break;
    }
  }
  private retry(id: string, waiter: Waiter): void {
    this.waiters.set(\`\${id}-again\`, waiter);
  }
}`,
      // a test helper's async executor that only waits for a sleep which cannot reject: no wait can leave it unsettled
      `import { EventEmitter } from 'node:events';
import { it } from 'vitest';
function delay(ms: number): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, ms);
  });
}
declare const worker: EventEmitter;
it('registers the worker', async () => {
  await new Promise<void>(async (resolve) => {
    worker.on('ready', () => {
      resolve();
    });
    await delay(1000);
    resolve();
  });
});`,
      // in test code, an async callback the executor registers is left alone (the runner reports its rejection); only async executors are judged
      `import { EventEmitter } from 'node:events';
import { it } from 'vitest';
declare function flush(): Promise<void>;
function pressed(press: EventEmitter): Promise<number> {
  return new Promise((resolve) => {
    press.once('pressed', async (weight: number) => {
      await flush();
      resolve(weight);
    });
  });
}
it('presses one record', async () => {
  const press = new EventEmitter();
  const waiting = pressed(press);
  press.emit('pressed', 180);
  await waiting;
});`,
      // The same wait also settles on close and error.
      `import { createConnection, type Socket } from 'node:net';
export class Scanner {
  private socket: Socket | null = null;
  connect(port: number): void {
    this.socket = createConnection({ port });
  }
  readTag(): Promise<string> {
    const socket = this.socket;
    if (!socket) return Promise.reject(new Error('not connected'));
    return new Promise((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        socket.off('data', onData);
        resolve(chunk.toString('ascii').trim());
      };
      socket.on('data', onData);
      socket.once('close', () => reject(new Error('scanner closed')));
      socket.once('error', reject);
      socket.write('READ\\n');
    });
  }
}`,
      // In test code, a waiter on an event of an object the test did not just start as a Node process (a worker's completed), and a start helper that settles on error and exit too.
      `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { fork } from 'node:child_process';
class JobWorker extends EventEmitter {
  constructor(readonly queue: string) {
    super();
  }
}
function startSimulator(script: string): Promise<number> {
  const child = fork(script, ['--port', '0']);
  return new Promise((resolve, reject) => {
    child.once('message', (message: { port: number }) => resolve(message.port));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(\`simulator exited with \${code}\`)));
  });
}
test('a job completes', async () => {
  const worker = new JobWorker('orders');
  const done = new Promise<string>((resolve) => {
    worker.on('completed', (id: string) => resolve(id));
  });
  worker.emit('completed', 'job-1');
  assert.equal(await done, 'job-1');
  assert.ok((await startSimulator('./simulator.js')) > 0);
});`,
      // a socket read until a terminator that also settles when the peer closes first
      `import net from 'node:net';
export function readUntilDot(port: number): Promise<string[]> {
  return new Promise<string[]>((resolve, reject) => {
    const lines: string[] = [];
    const socket = net.connect({ port });
    socket.setEncoding('ascii');
    socket.on('data', (chunk: string) => {
      for (const line of chunk.split('\\n')) {
        if (line === '.') {
          socket.end();
          resolve(lines);
          return;
        }
        lines.push(line);
      }
    });
    socket.on('error', (error) => reject(error));
    socket.on('close', () => reject(new Error('closed before the end of the listing')));
  });
}`,
      // droppedWaiter: a `switch` without `default` whose named cases all settle: the reply kinds it names may be all there are
      `import { EventEmitter } from 'node:events';
type Frame = { id: number; status: 'ACK' | 'NAK' | 'HOLD'; code?: string };
type Waiter = { resolve: () => void; reject: (error: Error) => void; timer: NodeJS.Timeout };
export class Link {
  private nextId = 1;
  private readonly waiters = new Map<number, Waiter>();
  constructor(private readonly bus: EventEmitter) {
    bus.on('frame', (frame: Frame) => this.onFrame(frame));
  }
  send(command: string): Promise<void> {
    const id = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(id);
        reject(new Error(\`\${command} timed out\`));
      }, 2_000);
      this.waiters.set(id, { resolve, reject, timer });
      this.bus.emit('send', { id, command });
    });
  }
  private onFrame(frame: Frame): void {
    const waiter = this.waiters.get(frame.id);
    if (!waiter) return;
    this.waiters.delete(frame.id);
    clearTimeout(waiter.timer);
    switch (frame.status) {
      case 'ACK':
        waiter.resolve();
        break;
      case 'NAK':
        waiter.reject(new Error(\`refused: \${frame.code}\`));
        break;
    }
  }
}`,
      // droppedWaiter: every case of the `switch` settles the taken waiter
      `import { EventEmitter } from 'node:events';
type Frame = { id: number; status: 'ACK' | 'NAK' | 'HOLD'; code?: string };
type Waiter = { resolve: () => void; reject: (error: Error) => void; timer: NodeJS.Timeout };
export class Link {
  private nextId = 1;
  private readonly waiters = new Map<number, Waiter>();
  constructor(private readonly bus: EventEmitter) {
    bus.on('frame', (frame: Frame) => this.onFrame(frame));
  }
  send(command: string): Promise<void> {
    const id = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(id);
        reject(new Error(\`\${command} timed out\`));
      }, 2_000);
      this.waiters.set(id, { resolve, reject, timer });
      this.bus.emit('send', { id, command });
    });
  }
  private onFrame(frame: Frame): void {
    const waiter = this.waiters.get(frame.id);
    if (!waiter) return;
    this.waiters.delete(frame.id);
    clearTimeout(waiter.timer);
    switch (frame.status) {
      case 'ACK':
        waiter.resolve();
        break;
      case 'NAK':
        waiter.reject(new Error(\`refused: \${frame.code}\`));
        break;
      case 'HOLD':
        console.warn(\`command \${frame.id} held\`);
        waiter.reject(new Error('held by an interlock'));
        break;
    }
  }
}`,
      // startUnwatched: in test code the runner reports the crash of a failed start
      `import { test } from 'vitest';
import { spawn } from 'node:child_process';
function thumbnail(video: string, out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ffmpeg = spawn('ffmpeg', ['-i', video, '-frames:v', '1', out]);
    ffmpeg.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(\`ffmpeg exited with \${code}\`));
    });
  });
}
test('makes a thumbnail', async () => {
  await thumbnail('clip.mp4', 'clip.png');
});`,
      // startUnwatched: the child is handed to `once(ffmpeg, 'error')`, which watches its failure
      `import { spawn } from 'node:child_process';
import { once } from 'node:events';
export function thumbnail(video: string, out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ffmpeg = spawn('ffmpeg', ['-i', video, '-frames:v', '1', out]);
    once(ffmpeg, 'error').then(([error]) => reject(error));
    ffmpeg.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(\`ffmpeg exited with \${code}\`))));
  });
}`,
      // startUnwatched: an `error` listener that only logs keeps a failed start from crashing, and `close` still follows it (look-alike in invalid: none)
      `import { spawn } from 'node:child_process';
export function thumbnail(video: string, out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ffmpeg = spawn('ffmpeg', ['-i', video, '-frames:v', '1', out]);
    ffmpeg.on("error", (error) => console.warn("ffmpeg", error.message));
    ffmpeg.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(\`ffmpeg exited with \${code}\`));
    });
  });
}`,
      // droppedWaiter: the job's timer is left running, so it still rejects the paused job
      `import { EventEmitter } from 'node:events';
interface Printer extends EventEmitter {
  submit(id: number, pages: string[]): void;
}
type Pending = { resolve: (pages: number) => void; reject: (error: Error) => void; timer: NodeJS.Timeout };
export class Spooler extends EventEmitter {
  private nextId = 1;
  private readonly jobs = new Map<number, Pending>();
  constructor(private readonly printer: Printer) {
    super();
    printer.on('status', (id: number, state: string, printed: number) => this.onStatus(id, state, printed));
  }
  print(pages: string[]): Promise<number> {
    const id = this.nextId++;
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.jobs.delete(id);
        reject(new Error(\`job \${id} timed out\`));
      }, 60_000);
      this.jobs.set(id, { resolve, reject, timer });
      this.printer.submit(id, pages);
    });
  }
  private onStatus(id: number, state: string, printed: number): void {
    const job = this.jobs.get(id);
    if (!job) return;
    this.jobs.delete(id);

    if (state === 'done') {
      job.resolve(printed);
    } else if (state === 'jammed') {
      job.reject(new Error(\`printer jammed on job \${id}\`));
    } else if (state === 'paused') {
      this.emit('paused', id);
    }
  }
}`,
      // droppedWaiter: the paused branch puts the job back, so a later status settles it (look-alike in invalid: it only emits)
      `import { EventEmitter } from 'node:events';
interface Printer extends EventEmitter {
  submit(id: number, pages: string[]): void;
}
type Pending = { resolve: (pages: number) => void; reject: (error: Error) => void; timer: NodeJS.Timeout };
export class Spooler extends EventEmitter {
  private nextId = 1;
  private readonly jobs = new Map<number, Pending>();
  constructor(private readonly printer: Printer) {
    super();
    printer.on('status', (id: number, state: string, printed: number) => this.onStatus(id, state, printed));
  }
  print(pages: string[]): Promise<number> {
    const id = this.nextId++;
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.jobs.delete(id);
        reject(new Error(\`job \${id} timed out\`));
      }, 60_000);
      this.jobs.set(id, { resolve, reject, timer });
      this.printer.submit(id, pages);
    });
  }
  private onStatus(id: number, state: string, printed: number): void {
    const job = this.jobs.get(id);
    if (!job) return;
    this.jobs.delete(id);
    clearTimeout(job.timer);
    if (state === 'done') {
      job.resolve(printed);
    } else if (state === 'jammed') {
      job.reject(new Error(\`printer jammed on job \${id}\`));
    } else if (state === 'paused') {
      this.emit("paused", id);
      this.jobs.set(id, job);
    }
  }
}`,
      // awaitBeforeSettle: the awaited session is set only right before `resolve(opened)`, so the await runs after the promise has settled (look-alike in invalid: set without settling)
      `import { EventEmitter } from 'node:events';
declare function openChannel(name: string, onReply: (reply: Buffer) => void): EventEmitter;
export function connect(name: string): Promise<EventEmitter | Buffer> {
  return new Promise((resolve, reject) => {
    let session: Promise<EventEmitter> | undefined;
    const channel = openChannel(name, (reply) => {
      void (async () => {
        if (session) {
          (await session).emit('early-reply', reply);
        }
        resolve(reply);
      })();
    });
    channel.once('error', reject);
    channel.once('session', (opened: Promise<EventEmitter>) => {
      session = opened;
      resolve(opened);
    });
  });
}`,
      // the jam path rejects after stopping, or leaves the deadline to reject
      `import { EventEmitter } from 'node:events';
interface JobEvent { id: number; done: boolean; jammed: boolean; pages: number }
export const jams: number[] = [];
export function pagesPrinted(printer: EventEmitter, jobId: number, limitMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => {
      printer.removeListener('job', onJob);
      reject(new Error(\`job \${jobId} still printing after \${limitMs} ms\`));
    }, limitMs);
    const stop = () => {
      clearTimeout(deadline);
      printer.removeListener('job', onJob);
    };
    const onJob = (job: JobEvent) => {
      if (job.id !== jobId) return;
      if (job.done) {
        stop();
        resolve(job.pages);
      } else if (job.jammed) {
        stop();
        reject(new Error(\`job \${job.id} jammed\`));
      }
    };
    printer.on('job', onJob);
  });
}
// a jam only stops listening: the deadline still rejects
export function pagesOrDeadline(printer: EventEmitter, jobId: number, limitMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => reject(new Error(\`job \${jobId} still printing\`)), limitMs);
    const onJob = (job: JobEvent) => {
      if (job.id !== jobId) return;
      if (job.done) {
        clearTimeout(deadline);
        printer.removeListener('job', onJob);
        resolve(job.pages);
      } else if (job.jammed) {
        printer.removeListener('job', onJob);
        jams.push(job.id);
      }
    };
    printer.on('job', onJob);
  });
}`,
      // one named failure listener registered on every stream of the chain, the destination's included
      `import { createReadStream, createWriteStream } from 'node:fs';
import { createGzip } from 'node:zlib';
export function compress(source: string, dest: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const input = createReadStream(source);
    const gzip = createGzip();
    const output = createWriteStream(dest);
    const fail = (error: Error) => {
      input.destroy();
      output.destroy();
      reject(error);
    };
    input.on('error', fail);
    gzip.on('error', fail);
    output.on('error', fail);
    output.on('finish', () => resolve(output.bytesWritten));
    input.pipe(gzip).pipe(output);
  });
}`,
      // batching loaders that settle every key asked for, or reject the keys no row matched (the pending map moved to a local is not dropped)
      `interface Row { id: string; name: string }
declare const db: { usersByIds(ids: readonly string[]): Promise<Row[]> };
interface Waiter { resolve(row: Row | null): void; reject(error: unknown): void }
// every key asked for is settled: missing rows resolve to null
export class UserLoader {
  private pending = new Map<string, Waiter>();
  load(id: string): Promise<Row | null> {
    return new Promise<Row | null>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (this.pending.size === 1) queueMicrotask(() => void this.flush());
    });
  }
  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    const ids = [...batch.keys()];
    try {
      const rows = await db.usersByIds(ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const id of ids) batch.get(id)?.resolve(byId.get(id) ?? null);
    } catch (error) {
      for (const waiter of batch.values()) waiter.reject(error);
    }
  }
}
// settled from the rows, then the keys left over are rejected
export class StrictLoader {
  private pending = new Map<string, Waiter>();
  load(id: string): Promise<Row | null> {
    return new Promise<Row | null>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (this.pending.size === 1) queueMicrotask(() => void this.flush());
    });
  }
  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    const rows = await db.usersByIds([...batch.keys()]);
    for (const row of rows) {
      batch.get(row.id)?.resolve(row);
      batch.delete(row.id);
    }
    for (const [id, waiter] of batch) waiter.reject(new Error(\`no user \${id}\`));
  }
}`,
      // the await in the async listener is guarded
      `import type { Readable } from 'node:stream';
declare function flush(rows: string[]): Promise<void>;
export function load(source: Readable): Promise<number> {
  return new Promise((resolve, reject) => {
    const rows: string[] = [];
    source.on('data', (row: string) => rows.push(row));
    source.once('error', reject);
    source.once('end', async () => {
      try {
        await flush(rows);
        resolve(rows.length);
      } catch (error) {
        reject(error);
      }
    });
  });
}`,
      // awaits run before the executor; an awaited `.catch(…)` cannot reject
      `declare function token(): Promise<string>;
declare function send(token: string, done: (err: Error | null) => void): void;
declare function audit(): Promise<void>;
export async function notify(): Promise<void> {
  const t = await token();
  return new Promise<void>((resolve, reject) => {
    send(t, async (err) => {
      await audit().catch(() => undefined);
      if (err) reject(err);
      else resolve();
    });
  });
}`,
    ],
    invalid: [
      // A source made inline in the chain has no listener at all.
      {
        code: `import { createReadStream, createWriteStream } from 'node:fs';
export function copyFile(source: string, target: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const output = createWriteStream(target);
    output.on('close', resolve);
    output.on('error', reject);
    createReadStream(source).pipe(output);
  });
}`,
        output: null,
        errors: [
          {
            messageId: 'pipeSourceUnwatched',
            line: 7,
            column: 5,
            endLine: 7,
            endColumn: 42,
            suggestions: [],
          },
        ],
      },
      // `pipe()` does not pass the source's `error` on: the executor waits on the last stream only.
      {
        code: `import { createReadStream, createWriteStream } from 'node:fs';
import { createGzip } from 'node:zlib';
export function gzipFile(source: string, target: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const input = createReadStream(source);
    const gzip = createGzip();
    const output = createWriteStream(target);
    output.once('finish', () => resolve());
    output.once('error', (err) => reject(err));
    input.pipe(gzip).pipe(output);
  });
}`,
        output: null,
        errors: [
          {
            messageId: 'pipeSourceUnwatched',
            line: 10,
            column: 5,
            endLine: 10,
            endColumn: 21,
            suggestions: [
              {
                messageId: 'suggestErrorListener',
                output: `import { createReadStream, createWriteStream } from 'node:fs';
import { createGzip } from 'node:zlib';
export function gzipFile(source: string, target: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const input = createReadStream(source);
    const gzip = createGzip();
    const output = createWriteStream(target);
    output.once('finish', () => resolve());
    output.once('error', (err) => reject(err));
    input.pipe(gzip).pipe(output);
    input.once('error', reject);
  });
}`,
              },
            ],
          },
        ],
      },
      // A plain `EventEmitter` names no events, but the program's own `error` listener on the type says the link can fail.
      {
        code: `import { EventEmitter } from 'node:events';
interface GateLink extends EventEmitter {
  send(command: string): void;
}
declare function openGateLink(host: string): GateLink;
declare function log(message: string): void;
export class Gates {
  private readonly link: GateLink;
  constructor(host: string) {
    this.link = openGateLink(host);
    this.link.on('error', (err: Error) => log(err.message));
  }
  arm(heatId: string): Promise<number> {
    const started = Date.now();
    return new Promise<number>((resolve) => {
      this.link.once('armed', () => resolve(Date.now() - started));
      this.link.send(\`ARM \${heatId}\`);
    });
  }
}`,
        output: null,
        errors: [
          {
            messageId: 'successOnly',
            line: 16,
            column: 7,
            endLine: 16,
            endColumn: 67,
            suggestions: [],
          },
        ],
      },
      // The same call typed `void` may return, and that path stops everything and settles nothing.
      {
        code: `declare function throwAbortError(signal?: AbortSignal): void;
export async function sleep(delayMs: number, signal?: AbortSignal): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const timeout = setTimeout(() => {
      cleanup();
      resolve();
    }, delayMs);
    const onAbort = () => {
      cleanup();
      try {
        throwAbortError(signal);
      } catch (error) {
        reject(error);
      }
    };
    const cleanup = () => {
      clearTimeout(timeout);
      signal?.removeEventListener('abort', onAbort);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}`,
        output: null,
        errors: [
          {
            messageId: 'disarmedWait',
            line: 11,
            column: 9,
            endLine: 11,
            endColumn: 32,
            suggestions: [
              {
                messageId: 'suggestRejectDisarmed',
                output: `declare function throwAbortError(signal?: AbortSignal): void;
export async function sleep(delayMs: number, signal?: AbortSignal): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const timeout = setTimeout(() => {
      cleanup();
      resolve();
    }, delayMs);
    const onAbort = () => {
      cleanup();
      try {
        throwAbortError(signal);
        reject(new Error('stopped waiting without a result'));
      } catch (error) {
        reject(error);
      }
    };
    const cleanup = () => {
      clearTimeout(timeout);
      signal?.removeEventListener('abort', onAbort);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}`,
              },
            ],
          },
        ],
      },
      // an input check in the executor's loop that rejects and leaves is no way out for the stream's failure
      {
        code: `import { createWriteStream } from 'node:fs';

export function exportCsv(path: string, rows: number[][]): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const out = createWriteStream(path);
    let bytes = 0;
    out.on('finish', () => resolve(bytes));
    for (const row of rows) {
      if (row.some((cell) => !Number.isFinite(cell))) {
        out.destroy();
        reject(new Error('corrupt row'));
        return;
      }
      const line = \`\${row.join(',')}\\n\`;
      bytes += line.length;
      out.write(line);
    }
    out.end();
  });
}`,
        output: null,
        errors: [
          {
            messageId: 'successOnly',
            line: 7,
            column: 5,
            endLine: 7,
            endColumn: 43,
            suggestions: [
              {
                messageId: 'suggestErrorListener',
                output: `import { createWriteStream } from 'node:fs';

export function exportCsv(path: string, rows: number[][]): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const out = createWriteStream(path);
    let bytes = 0;
    out.on('finish', () => resolve(bytes));
    out.once('error', reject);
    for (const row of rows) {
      if (row.some((cell) => !Number.isFinite(cell))) {
        out.destroy();
        reject(new Error('corrupt row'));
        return;
      }
      const line = \`\${row.join(',')}\\n\`;
      bytes += line.length;
      out.write(line);
    }
    out.end();
  });
}`,
              },
            ],
          },
        ],
      },
      // a named line listener taken off by name on a readline made for the wait: no shared channel, and the end of input settles nothing
      {
        code: `import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export function startDaemon(bin: string): Promise<number> {
  return new Promise<number>((resolve) => {
    const child = spawn(bin, [], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout! });
    const onLine = (line: string) => {
      const match = /^READY port=(\\d+)$/.exec(line);
      if (!match) return;
      lines.off('line', onLine);
      resolve(Number(match[1]));
    };
    lines.on('line', onLine);
  });
}`,
        output: null,
        errors: [
          {
            messageId: 'endUnsettled',
            line: 14,
            column: 5,
            endLine: 14,
            endColumn: 29,
            suggestions: [],
          },
        ],
      },
      // the same through a settle guard (fail) called from the listeners
      {
        code: `import { Worker } from 'node:worker_threads';

type Reply = { kind: 'step' } | { kind: 'result'; total: number };

export function tally(file: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const worker = new Worker('./tally-worker.js', { workerData: file });
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    worker.on('message', (reply: Reply) => {
      if (reply.kind !== 'result') return;
      settled = true;
      resolve(reply.total);
    });
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => {
      if (code !== 0) {
        fail(new Error(\`tally worker exited with \${code}\`));
      }
    });
  });
}`,
        output: null,
        errors: [
          {
            messageId: 'cleanExitUnsettled',
            line: 20,
            column: 5,
            endLine: 24,
            endColumn: 7,
            suggestions: [
              {
                messageId: 'suggestRejectOnCleanExit',
                output: `import { Worker } from 'node:worker_threads';

type Reply = { kind: 'step' } | { kind: 'result'; total: number };

export function tally(file: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const worker = new Worker('./tally-worker.js', { workerData: file });
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    worker.on('message', (reply: Reply) => {
      if (reply.kind !== 'result') return;
      settled = true;
      resolve(reply.total);
    });
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => {
      if (code !== 0) {
        fail(new Error(\`tally worker exited with \${code}\`));
      } else {
        reject(new Error(\`exited with code \${code} before replying\`));
      }
    });
  });
}`,
              },
            ],
          },
        ],
      },
      // a worker whose exit listener rejects only on a non-zero code, while its message listener settles nothing for some replies: a clean exit after one of those leaves the promise pending
      {
        code: `import { Worker } from 'node:worker_threads';

type Reply = { kind: 'step'; done: number } | { kind: 'result'; total: number } | { kind: 'skipped'; why: string };

export function tally(file: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const worker = new Worker('./tally-worker.js', { workerData: file });
    worker.on('message', (reply: Reply) => {
      switch (reply.kind) {
        case 'step':
          console.debug('tally step', reply.done);
          break;
        case 'result':
          resolve(reply.total);
          break;
        case 'skipped':
          console.warn('tally skipped', reply.why);
          break;
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(\`tally worker exited with \${code}\`));
    });
  });
}`,
        output: null,
        errors: [
          {
            messageId: 'cleanExitUnsettled',
            line: 22,
            column: 5,
            endLine: 24,
            endColumn: 7,
            suggestions: [
              {
                messageId: 'suggestRejectOnCleanExit',
                output: `import { Worker } from 'node:worker_threads';

type Reply = { kind: 'step'; done: number } | { kind: 'result'; total: number } | { kind: 'skipped'; why: string };

export function tally(file: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const worker = new Worker('./tally-worker.js', { workerData: file });
    worker.on('message', (reply: Reply) => {
      switch (reply.kind) {
        case 'step':
          console.debug('tally step', reply.done);
          break;
        case 'result':
          resolve(reply.total);
          break;
        case 'skipped':
          console.warn('tally skipped', reply.why);
          break;
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(\`tally worker exited with \${code}\`)); else {
        reject(new Error(\`exited with code \${code} before replying\`));
      }
    });
  });
}`,
              },
            ],
          },
        ],
      },
      // an input check at the top rejects and returns before the stream exists; the wait itself still settles only on finish
      {
        code: `import { createWriteStream } from 'node:fs';

export function saveLabels(path: string, labels: string[]): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    if (labels.length === 0) {
      reject(new Error('nothing to save'));
      return;
    }
    const sink = createWriteStream(path);
    sink.on('finish', () => resolve(labels.length));
    for (const label of labels) sink.write(\`\${label}\\n\`);
    sink.end();
  });
}`,
        output: null,
        errors: [
          {
            messageId: 'successOnly',
            line: 10,
            column: 5,
            endLine: 10,
            endColumn: 52,
            suggestions: [
              {
                messageId: 'suggestErrorListener',
                output: `import { createWriteStream } from 'node:fs';

export function saveLabels(path: string, labels: string[]): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    if (labels.length === 0) {
      reject(new Error('nothing to save'));
      return;
    }
    const sink = createWriteStream(path);
    sink.on('finish', () => resolve(labels.length));
    sink.once('error', reject);
    for (const label of labels) sink.write(\`\${label}\\n\`);
    sink.end();
  });
}`,
              },
            ],
          },
        ],
      },
      // droppedWaiter: the same branch taking the waiter out and only logging
      {
        code: `import { EventEmitter } from 'node:events';

interface Waiter {
  resolve: (value: string) => void;
  reject: (reason: Error) => void;
}

export function attach(hub: EventEmitter) {
  const waiters = new Map<object, Waiter>();
  hub.on('connection', (socket: string, request: object) => {
    const waiter = waiters.get(request);
    if (waiter) {
      waiters.delete(request);
      console.log('connected', socket);
    }
  });
  const rejectWaiter = (request: object) => {
    const waiter = waiters.get(request);
    if (waiter) {
      waiters.delete(request);
      waiter.reject(new Error('aborted'));
    }
  };
  const waitFor = (request: object) =>
    new Promise<string>((resolve, reject) => {
      waiters.set(request, { resolve, reject });
    });
  return { waitFor, rejectWaiter };
}`,
        output: null,
        errors: [
          {
            messageId: 'droppedWaiter',
            line: 12,
            column: 17,
            endLine: 15,
            endColumn: 6,
            suggestions: [
              {
                messageId: 'suggestRejectDropped',
                output: `import { EventEmitter } from 'node:events';

interface Waiter {
  resolve: (value: string) => void;
  reject: (reason: Error) => void;
}

export function attach(hub: EventEmitter) {
  const waiters = new Map<object, Waiter>();
  hub.on('connection', (socket: string, request: object) => {
    const waiter = waiters.get(request);
    if (waiter) {
      waiters.delete(request);
      console.log('connected', socket);
      waiter.reject(new Error('no result for this request'));
    }
  });
  const rejectWaiter = (request: object) => {
    const waiter = waiters.get(request);
    if (waiter) {
      waiters.delete(request);
      waiter.reject(new Error('aborted'));
    }
  };
  const waitFor = (request: object) =>
    new Promise<string>((resolve, reject) => {
      waiters.set(request, { resolve, reject });
    });
  return { waitFor, rejectWaiter };
}`,
              },
            ],
          },
        ],
      },
      // socket.setTimeout(ms) alone: an idle socket emits only timeout (nothing closes it), and the named data handler is what settles
      {
        code: `import { Socket } from 'node:net';
function readGreeting(socket: Socket): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    socket.setTimeout(2000);
    const onData = (chunk: Buffer) => {
      socket.setTimeout(0);
      resolve(chunk.toString('utf8'));
    };
    socket.once('data', onData);
    socket.once('error', reject);
    socket.once('close', () => reject(new Error('closed before the greeting')));
  });
}`,
        output: null,
        errors: [
          {
            messageId: 'timeoutUnhandled',
            line: 4,
            column: 5,
            endLine: 4,
            endColumn: 28,
            suggestions: [
              {
                messageId: 'suggestTimeoutListener',
                output: `import { Socket } from 'node:net';
function readGreeting(socket: Socket): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    socket.setTimeout(2000);
    socket.once('timeout', () => reject(new Error('timed out')));
    const onData = (chunk: Buffer) => {
      socket.setTimeout(0);
      resolve(chunk.toString('utf8'));
    };
    socket.once('data', onData);
    socket.once('error', reject);
    socket.once('close', () => reject(new Error('closed before the greeting')));
  });
}`,
              },
            ],
          },
        ],
      },
      // a reply kind whose case takes the waiter out of the map itself and settles nothing: its caller waits forever
      {
        code: `type Reply = { kind: 'ok'; id: string; value: number } | { kind: 'gone'; id: string };
interface Waiter {
  resolve: (value: number) => void;
  reject: (error: Error) => void;
}
class Lab {
  private readonly waiters = new Map<string, Waiter>();
  ask(id: string): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.waiters.set(id, { resolve, reject });
    });
  }
  onReply(reply: Reply): void {
    const waiter = this.waiters.get(reply.id);
    if (!waiter) return;
    switch (reply.kind) {
      case 'ok':
        this.waiters.delete(reply.id);
        waiter.resolve(reply.value);
        break;
      case 'gone':
        this.waiters.delete(reply.id);
        console.warn('sample gone', reply.id);
        break;
    }
  }
}`,
        output: null,
        errors: [
          {
            messageId: 'droppedWaiter',
            line: 21,
            column: 7,
            endLine: 24,
            endColumn: 15,
            suggestions: [
              {
                messageId: 'suggestRejectDropped',
                output: `type Reply = { kind: 'ok'; id: string; value: number } | { kind: 'gone'; id: string };
interface Waiter {
  resolve: (value: number) => void;
  reject: (error: Error) => void;
}
class Lab {
  private readonly waiters = new Map<string, Waiter>();
  ask(id: string): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.waiters.set(id, { resolve, reject });
    });
  }
  onReply(reply: Reply): void {
    const waiter = this.waiters.get(reply.id);
    if (!waiter) return;
    switch (reply.kind) {
      case 'ok':
        this.waiters.delete(reply.id);
        waiter.resolve(reply.value);
        break;
      case 'gone':
        this.waiters.delete(reply.id);
        console.warn('sample gone', reply.id);
        waiter.reject(new Error('no result for this request'));
        break;
    }
  }
}`,
              },
            ],
          },
        ],
      },
      {
        // a test helper's async executor waits before it wires its listeners: if that wait rejects, the runner reports the rejection but the test hangs until its timeout
        code: `import { EventEmitter } from 'node:events';
import { it } from 'vitest';
declare const line: { acquire(id: string): Promise<EventEmitter> };
function pressOne(id: string): Promise<number> {
  return new Promise(async (resolve, reject) => {
    const press = await line.acquire(id);
    press.once('pressed', (weight: number) => resolve(weight));
    press.once('fault', (error: Error) => reject(error));
  });
}
it('presses one record', async () => {
  await pressOne('p1');
});`,
        errors: [
          {
            messageId: 'awaitBeforeSettle',
            line: 6,
            column: 19,
            endLine: 6,
            endColumn: 41,
            suggestions: [
              {
                messageId: 'suggestTryReject',
                data: { reject: 'reject' },
                output: `import { EventEmitter } from 'node:events';
import { it } from 'vitest';
declare const line: { acquire(id: string): Promise<EventEmitter> };
function pressOne(id: string): Promise<number> {
  return new Promise(async (resolve, reject) => {
    try {
      const press = await line.acquire(id);
      press.once('pressed', (weight: number) => resolve(weight));
      press.once('fault', (error: Error) => reject(error));
    } catch (error: unknown) {
      reject(error);
    }
  });
}
it('presses one record', async () => {
  await pressOne('p1');
});`,
              },
            ],
          },
        ],
      },
      {
        // A data-only wait on the class's own socket read into a local first (const socket = this.socket): a close or error leaves it pending.
        code: `import { createConnection, type Socket } from 'node:net';
export class Scanner {
  private socket: Socket | null = null;
  connect(port: number): void {
    this.socket = createConnection({ port });
  }
  readTag(): Promise<string> {
    const socket = this.socket;
    if (!socket) return Promise.reject(new Error('not connected'));
    return new Promise((resolve) => {
      const onData = (chunk: Buffer) => {
        socket.off('data', onData);
        resolve(chunk.toString('ascii').trim());
      };
      socket.on('data', onData);
      socket.write('READ\\n');
    });
  }
}`,
        errors: [
          {
            messageId: 'successOnly',
            line: 15,
            column: 7,
            endLine: 15,
            endColumn: 32,
            suggestions: [],
          },
        ],
      },
      {
        // In test code, a socket the test opens itself and waits on only for its data: a refused connection is an uncaught `error` the runner reports, but when the peer closes without a greeting the test hangs to its timeout, with the cause lost.
        code: `import { it } from 'vitest';
import { connect } from 'node:net';
it('greets', async () => {
  const socket = connect(7000);
  await new Promise<string>((resolve) => {
    socket.once('data', (chunk) => resolve(chunk.toString()));
  });
});`,
        errors: [
          {
            messageId: 'endUnsettled',
            line: 6,
            column: 5,
            endLine: 6,
            endColumn: 62,
            suggestions: [],
          },
        ],
      },
      {
        // In test code, a helper that forks a simulator and waits only for its message: a simulator that crashes on start exits with a code and emits no `error`, leaving the test hanging with the cause lost.
        code: `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
function startSimulator(script: string): Promise<number> {
  const child = fork(script, ['--port', '0']);
  return new Promise((resolve) => {
    child.on('message', (message: { port: number }) => resolve(message.port));
  });
}
test('simulator answers on its port', async () => {
  const port = await startSimulator('./simulator.js');
  assert.ok(port > 0);
});`,
        errors: [
          {
            messageId: 'exitUnsettled',
            line: 7,
            column: 5,
            endLine: 7,
            endColumn: 78,
            suggestions: [],
          },
        ],
      },
      {
        // a socket read until a terminator with only an error listener besides: a peer that just closes (or an idle timeout's destroy()) leaves it pending
        code: `import net from 'node:net';
export function readUntilDot(port: number): Promise<string[]> {
  return new Promise<string[]>((resolve, reject) => {
    const lines: string[] = [];
    const socket = net.connect({ port });
    socket.setEncoding('ascii');
    socket.on('data', (chunk: string) => {
      for (const line of chunk.split('\\n')) {
        if (line === '.') {
          socket.end();
          resolve(lines);
          return;
        }
        lines.push(line);
      }
    });
    socket.on('error', (error) => reject(error));
  });
}`,
        errors: [
          {
            messageId: 'endUnsettled',
            line: 7,
            column: 5,
            endLine: 16,
            endColumn: 7,
            suggestions: [],
          },
        ],
      },
      {
        // droppedWaiter: a `switch` on the reply kind whose HOLD case only logs, after the waiter was taken out and its timer cleared
        code: `import { EventEmitter } from 'node:events';
type Frame = { id: number; status: 'ACK' | 'NAK' | 'HOLD'; code?: string };
type Waiter = { resolve: () => void; reject: (error: Error) => void; timer: NodeJS.Timeout };
export class Link {
  private nextId = 1;
  private readonly waiters = new Map<number, Waiter>();
  constructor(private readonly bus: EventEmitter) {
    bus.on('frame', (frame: Frame) => this.onFrame(frame));
  }
  send(command: string): Promise<void> {
    const id = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(id);
        reject(new Error(\`\${command} timed out\`));
      }, 2_000);
      this.waiters.set(id, { resolve, reject, timer });
      this.bus.emit('send', { id, command });
    });
  }
  private onFrame(frame: Frame): void {
    const waiter = this.waiters.get(frame.id);
    if (!waiter) return;
    this.waiters.delete(frame.id);
    clearTimeout(waiter.timer);
    switch (frame.status) {
      case 'ACK':
        waiter.resolve();
        break;
      case 'NAK':
        waiter.reject(new Error(\`refused: \${frame.code}\`));
        break;
      case 'HOLD':
        console.warn(\`command \${frame.id} held\`);
        break;
    }
  }
}`,
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
                data: { entry: 'waiter' },
                output: `import { EventEmitter } from 'node:events';
type Frame = { id: number; status: 'ACK' | 'NAK' | 'HOLD'; code?: string };
type Waiter = { resolve: () => void; reject: (error: Error) => void; timer: NodeJS.Timeout };
export class Link {
  private nextId = 1;
  private readonly waiters = new Map<number, Waiter>();
  constructor(private readonly bus: EventEmitter) {
    bus.on('frame', (frame: Frame) => this.onFrame(frame));
  }
  send(command: string): Promise<void> {
    const id = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(id);
        reject(new Error(\`\${command} timed out\`));
      }, 2_000);
      this.waiters.set(id, { resolve, reject, timer });
      this.bus.emit('send', { id, command });
    });
  }
  private onFrame(frame: Frame): void {
    const waiter = this.waiters.get(frame.id);
    if (!waiter) return;
    this.waiters.delete(frame.id);
    clearTimeout(waiter.timer);
    switch (frame.status) {
      case 'ACK':
        waiter.resolve();
        break;
      case 'NAK':
        waiter.reject(new Error(\`refused: \${frame.code}\`));
        break;
      case 'HOLD':
        console.warn(\`command \${frame.id} held\`);
        waiter.reject(new Error('no result for this request'));
        break;
    }
  }
}`,
              },
            ],
          },
        ],
      },
      {
        // droppedWaiter: an entry with no timer, taken out before its absence guard; the held branch returns without settling
        code: `type Waiter = { resolve: (slot: number) => void; reject: (error: Error) => void };
export class LockerBank {
  private readonly waiting = new Map<string, Waiter>();
  reserve(member: string): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.waiting.set(member, { resolve, reject });
    });
  }
  onAnswer(member: string, slot: number | 'held' | 'full'): void {
    const waiter = this.waiting.get(member);
    this.waiting.delete(member);
    if (!waiter) return;
    if (slot === 'full') {
      waiter.reject(new Error('no free locker'));
    } else if (slot === 'held') {
      console.info(\`locker held for \${member}\`);
      return;
    } else {
      waiter.resolve(slot);
    }
  }
}`,
        errors: [
          {
            messageId: 'droppedWaiter',
            line: 15,
            column: 33,
            endLine: 18,
            endColumn: 6,
            suggestions: [
              {
                messageId: 'suggestRejectDropped',
                data: { entry: 'waiter' },
                output: `type Waiter = { resolve: (slot: number) => void; reject: (error: Error) => void };
export class LockerBank {
  private readonly waiting = new Map<string, Waiter>();
  reserve(member: string): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.waiting.set(member, { resolve, reject });
    });
  }
  onAnswer(member: string, slot: number | 'held' | 'full'): void {
    const waiter = this.waiting.get(member);
    this.waiting.delete(member);
    if (!waiter) return;
    if (slot === 'full') {
      waiter.reject(new Error('no free locker'));
    } else if (slot === 'held') {
      console.info(\`locker held for \${member}\`);
      return;
      waiter.reject(new Error('no result for this request'));
    } else {
      waiter.resolve(slot);
    }
  }
}`,
              },
            ],
          },
        ],
      },
      {
        // startUnwatched: a child awaited only for its `close`, with no `error` listener: a missing binary crashes the process
        code: `import { spawn } from 'node:child_process';
export function thumbnail(video: string, out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ffmpeg = spawn('ffmpeg', ['-i', video, '-frames:v', '1', out]);
    ffmpeg.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(\`ffmpeg exited with \${code}\`));
    });
  });
}`,
        errors: [
          {
            messageId: 'startUnwatched',
            line: 5,
            column: 5,
            endLine: 8,
            endColumn: 7,
            suggestions: [
              {
                messageId: 'suggestErrorListener',
                data: { emitter: 'ffmpeg' },
                output: `import { spawn } from 'node:child_process';
export function thumbnail(video: string, out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ffmpeg = spawn('ffmpeg', ['-i', video, '-frames:v', '1', out]);
    ffmpeg.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(\`ffmpeg exited with \${code}\`));
    });
    ffmpeg.once('error', reject);
  });
}`,
              },
            ],
          },
        ],
      },
      {
        // droppedWaiter: the paused branch takes the job out, clears its timer and settles nothing
        code: spoolerCode,
        errors: [
          {
            messageId: 'droppedWaiter',
            line: 33,
            column: 36,
            endLine: 35,
            endColumn: 6,
            suggestions: [
              {
                messageId: 'suggestRejectDropped',
                data: { entry: 'job' },
                output: spoolerCode.replace(
                  "this.emit('paused', id);",
                  "this.emit('paused', id);\n      job.reject(new Error('no result for this request'));",
                ),
              },
            ],
          },
        ],
      },
      {
        // awaitBeforeSettle: the session is stored by a listener that does not settle, so the await can run while the promise is pending
        code: `import { EventEmitter } from 'node:events';
declare function openChannel(name: string, onReply: (reply: Buffer) => void): EventEmitter;
export function connect(name: string): Promise<EventEmitter | Buffer> {
  return new Promise((resolve, reject) => {
    let session: Promise<EventEmitter> | undefined;
    const channel = openChannel(name, (reply) => {
      void (async () => {
        if (session) {
          (await session).emit('early-reply', reply);
        }
        resolve(reply);
      })();
    });
    channel.once('error', reject);
    channel.once('session', (opened: Promise<EventEmitter>) => {
      session = opened;
      channel.emit("opened");
    });
  });
}`,
        errors: [
          {
            messageId: 'awaitBeforeSettle',
            line: 9,
            column: 12,
            endLine: 9,
            endColumn: 25,
            suggestions: [
              {
                messageId: 'suggestTryReject',
                data: { reject: 'reject' },
                output: `import { EventEmitter } from 'node:events';
declare function openChannel(name: string, onReply: (reply: Buffer) => void): EventEmitter;
export function connect(name: string): Promise<EventEmitter | Buffer> {
  return new Promise((resolve, reject) => {
    let session: Promise<EventEmitter> | undefined;
    const channel = openChannel(name, (reply) => {
      void (async () => {
        try {
          if (session) {
            (await session).emit('early-reply', reply);
          }
          resolve(reply);
        } catch (error: unknown) {
          reject(error);
        }
      })();
    });
    channel.once('error', reject);
    channel.once('session', (opened: Promise<EventEmitter>) => {
      session = opened;
      channel.emit("opened");
    });
  });
}`,
              },
            ],
          },
        ],
      },
      // a listener path that clears the deadline and removes the listener (through stop()) and settles nothing: the wait can never end
      {
        code: `import { EventEmitter } from 'node:events';
interface JobEvent { id: number; done: boolean; jammed: boolean; pages: number }
export const jams: number[] = [];
export function pagesPrinted(printer: EventEmitter, jobId: number, limitMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => {
      printer.removeListener('job', onJob);
      reject(new Error(\`job \${jobId} still printing after \${limitMs} ms\`));
    }, limitMs);
    const stop = () => {
      clearTimeout(deadline);
      printer.removeListener('job', onJob);
    };
    const onJob = (job: JobEvent) => {
      if (job.id !== jobId) return;
      if (job.done) {
        stop();
        resolve(job.pages);
      } else if (job.jammed) {
        stop();
        jams.push(job.id);
      }
    };
    printer.on('job', onJob);
  });
}`,
        errors: [
          {
            messageId: 'disarmedWait',
            line: 20,
            column: 9,
            endLine: 20,
            endColumn: 15,
            suggestions: [
              {
                messageId: 'suggestRejectDisarmed',
                data: { call: 'stop()' },
                output: `import { EventEmitter } from 'node:events';
interface JobEvent { id: number; done: boolean; jammed: boolean; pages: number }
export const jams: number[] = [];
export function pagesPrinted(printer: EventEmitter, jobId: number, limitMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => {
      printer.removeListener('job', onJob);
      reject(new Error(\`job \${jobId} still printing after \${limitMs} ms\`));
    }, limitMs);
    const stop = () => {
      clearTimeout(deadline);
      printer.removeListener('job', onJob);
    };
    const onJob = (job: JobEvent) => {
      if (job.id !== jobId) return;
      if (job.done) {
        stop();
        resolve(job.pages);
      } else if (job.jammed) {
        stop();
        reject(new Error('stopped waiting without a result'));
        jams.push(job.id);
      }
    };
    printer.on('job', onJob);
  });
}`,
              },
            ],
          },
        ],
      },
      // the named failure listener is registered on the sources only: the destination's failure settles nothing
      {
        code: `import { createReadStream, createWriteStream } from 'node:fs';
import { createGzip } from 'node:zlib';
export function compress(source: string, dest: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const input = createReadStream(source);
    const gzip = createGzip();
    const output = createWriteStream(dest);
    const fail = (error: Error) => {
      input.destroy();
      output.destroy();
      reject(error);
    };
    input.on('error', fail);
    gzip.on('error', fail);
    output.on('finish', () => resolve(output.bytesWritten));
    input.pipe(gzip).pipe(output);
  });
}`,
        errors: [
          {
            messageId: 'successOnly',
            line: 15,
            column: 5,
            endLine: 15,
            endColumn: 60,
            suggestions: [
              {
                messageId: 'suggestErrorListener',
                data: { emitter: 'output' },
                output: `import { createReadStream, createWriteStream } from 'node:fs';
import { createGzip } from 'node:zlib';
export function compress(source: string, dest: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const input = createReadStream(source);
    const gzip = createGzip();
    const output = createWriteStream(dest);
    const fail = (error: Error) => {
      input.destroy();
      output.destroy();
      reject(error);
    };
    input.on('error', fail);
    gzip.on('error', fail);
    output.on('finish', () => resolve(output.bytesWritten));
    output.once('error', reject);
    input.pipe(gzip).pipe(output);
  });
}`,
              },
            ],
          },
        ],
      },
      // a batching loader that fulfils waiters only for the rows that came back: a key with no row waits forever
      {
        code: `interface Row { id: string; name: string }
declare const db: { usersByIds(ids: readonly string[]): Promise<Row[]> };
interface Waiter { resolve(row: Row): void; reject(error: unknown): void }
export class UserLoader {
  private pending = new Map<string, Waiter>();
  load(id: string): Promise<Row> {
    return new Promise<Row>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (this.pending.size === 1) queueMicrotask(() => void this.flush());
    });
  }
  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    try {
      const rows = await db.usersByIds([...batch.keys()]);
      rows.forEach((row) => batch.get(row.id)?.resolve(row));
    } catch (error) {
      for (const waiter of batch.values()) waiter.reject(error);
    }
  }
}`,
        errors: [
          {
            messageId: 'unmatchedReplies',
            line: 17,
            column: 7,
            endLine: 17,
            endColumn: 11,
            suggestions: [],
          },
        ],
      },
      // an async executor awaits before it settles
      {
        code: `declare const storage: { signedUrl(key: string): Promise<string> };
declare function upload(url: string, done: (err: Error | null) => void): void;
export function put(key: string): Promise<void> {
  return new Promise<void>(async (resolve, reject) => {
    const url = await storage.signedUrl(key);
    upload(url, (err) => (err ? reject(err) : resolve()));
  });
}`,
        errors: [
          {
            messageId: 'awaitBeforeSettle',
            line: 5,
            column: 17,
            endLine: 5,
            endColumn: 45,
            suggestions: [
              {
                messageId: 'suggestTryReject',
                output: `declare const storage: { signedUrl(key: string): Promise<string> };
declare function upload(url: string, done: (err: Error | null) => void): void;
export function put(key: string): Promise<void> {
  return new Promise<void>(async (resolve, reject) => {
    try {
      const url = await storage.signedUrl(key);
      upload(url, (err) => (err ? reject(err) : resolve()));
    } catch (error: unknown) {
      reject(error);
    }
  });
}`,
              },
            ],
          },
        ],
      },
      // an async `end` listener awaits before it settles
      {
        code: `import type { Readable } from 'node:stream';
declare function flush(rows: string[]): Promise<void>;
export function load(source: Readable): Promise<number> {
  return new Promise((resolve, reject) => {
    const rows: string[] = [];
    source.on('data', (row: string) => rows.push(row));
    source.once('error', reject);
    source.once('end', async () => {
      await flush(rows);
      resolve(rows.length);
    });
  });
}`,
        errors: [
          {
            messageId: 'awaitBeforeSettle',
            line: 9,
            column: 7,
            endLine: 9,
            endColumn: 24,
            suggestions: [
              {
                messageId: 'suggestTryReject',
                output: `import type { Readable } from 'node:stream';
declare function flush(rows: string[]): Promise<void>;
export function load(source: Readable): Promise<number> {
  return new Promise((resolve, reject) => {
    const rows: string[] = [];
    source.on('data', (row: string) => rows.push(row));
    source.once('error', reject);
    source.once('end', async () => {
      try {
        await flush(rows);
        resolve(rows.length);
      } catch (error: unknown) {
        reject(error);
      }
    });
  });
}`,
              },
            ],
          },
        ],
      },
    ],
  });
});

describe('multipleSettle: code after a settle call in a try throws into a catch that settles', () => {
  ruleTester.run('no-multiple-settle', rule, {
    valid: [
      // only quiet code follows `resolve` in the `try`
      `declare const log: { debug(message: string): void };
declare const timer: ReturnType<typeof setTimeout>;
export function parse(raw: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    try {
      const value: unknown = JSON.parse(raw);
      resolve(value);
      clearTimeout(timer);
      log.debug('parsed');
    } catch (error) {
      reject(error);
    }
  });
}`,
    ],
    invalid: [
      // code after `resolve` in a `try` can throw into the `catch`
      {
        code: `declare const audit: { record(id: string): void };
export function parseOrder(raw: string): Promise<{ id: string }> {
  return new Promise((resolve, reject) => {
    try {
      const order = JSON.parse(raw) as { id: string };
      resolve(order);
      audit.record(order.id);
    } catch (error) {
      reject(error);
    }
  });
}`,
        errors: [
          {
            messageId: 'multipleSettle',
            line: 9,
            column: 7,
            endLine: 9,
            endColumn: 20,
            suggestions: [
              {
                messageId: 'suggestSettleLast',
                output: `declare const audit: { record(id: string): void };
export function parseOrder(raw: string): Promise<{ id: string }> {
  return new Promise((resolve, reject) => {
    try {
      const order = JSON.parse(raw) as { id: string };
      audit.record(order.id);
      resolve(order);
    } catch (error) {
      reject(error);
    }
  });
}`,
              },
            ],
          },
        ],
      },
    ],
  });
});

describe('timeoutUnhandled: a request timeout that nothing handles', () => {
  ruleTester.run('no-multiple-settle', rule, {
    valid: [
      // `ontimeout` rejects
      `export function saveDraft(body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', '/api/draft');
    xhr.timeout = 5000;
    xhr.onload = () => resolve();
    xhr.onerror = () => reject(new Error('network error'));
    xhr.ontimeout = () => reject(new Error('timed out'));
    xhr.send(body);
  });
}`,
      // `loadend` comes after a timeout too
      `export function saveDraft(body: string): Promise<number> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', '/api/draft');
    xhr.timeout = 5000;
    xhr.onloadend = () => resolve(xhr.status);
    xhr.send(body);
  });
}`,
    ],
    invalid: [
      // `load` and `error` only: a timed-out request emits neither
      {
        code: `export function saveDraft(body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', '/api/draft');
    xhr.timeout = 5000;
    xhr.addEventListener('load', () => resolve());
    xhr.addEventListener('error', () => reject(new Error('network error')));
    xhr.send(body);
  });
}`,
        errors: [
          {
            messageId: 'timeoutUnhandled',
            line: 5,
            column: 5,
            endLine: 5,
            endColumn: 23,
            suggestions: [
              {
                messageId: 'suggestTimeoutHandler',
                output: `export function saveDraft(body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', '/api/draft');
    xhr.timeout = 5000;
    xhr.ontimeout = () => reject(new Error('timed out'));
    xhr.addEventListener('load', () => resolve());
    xhr.addEventListener('error', () => reject(new Error('network error')));
    xhr.send(body);
  });
}`,
              },
            ],
          },
        ],
      },
    ],
  });
});

describe('successOnly: a callback Node registers as a listener of one success event', () => {
  ruleTester.run('no-multiple-settle', rule, {
    valid: [
      // nothing in the program listens for an end of the link, and its type names none: no sign that it has one
      `import { EventEmitter } from 'node:events';
export interface ModemLink extends EventEmitter {
  write(line: string): boolean;
}
declare function dial(port: string): Promise<ModemLink>;
export class ModemPool {
  private readonly links = new Map<string, ModemLink>();
  private async link(port: string): Promise<ModemLink> {
    const known = this.links.get(port);
    if (known) return known;
    const fresh = await dial(port);
    this.links.set(port, fresh);
    return fresh;
  }
  async query(port: string, command: string): Promise<string> {
    const link = await this.link(port);
    return new Promise<string>((resolve) => {
      const onData = (chunk: Buffer) => {
        const text = chunk.toString('ascii');
        if (text.startsWith('OK ')) {
          link.off('data', onData);
          resolve(text.slice(3));
        }
      };
      link.on('data', onData);
      link.write(\`\${command}\\r\\n\`);
    });
  }
}`,
      // the same wait also settles when the link closes
      `import { EventEmitter } from 'node:events';
export interface ModemLink extends EventEmitter {
  write(line: string): boolean;
}
declare function dial(port: string): Promise<ModemLink>;
export class ModemPool {
  private readonly links = new Map<string, ModemLink>();
  private async link(port: string): Promise<ModemLink> {
    const known = this.links.get(port);
    if (known) return known;
    const fresh = await dial(port);
    this.links.set(port, fresh);
    fresh.once('close', () => this.links.delete(port));
    return fresh;
  }
  async query(port: string, command: string): Promise<string> {
    const link = await this.link(port);
    return new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        const text = chunk.toString('ascii');
        if (text.startsWith('OK ')) {
          link.off('data', onData);
          resolve(text.slice(3));
        }
      };
      link.on('data', onData);
      link.once('close', () => {
        link.off('data', onData);
        reject(new Error(\`\${port} closed before OK\`));
      });
      link.write(\`\${command}\\r\\n\`);
    });
  }
}`,
      // In test code, an `error` listener that throws fails the test loudly; the throw in the listener is the test's way to fail, not an error lost in a callback
      `import { describe, it, expect } from 'vitest';
import http from 'node:http';
describe('health endpoint', () => {
  it('answers 200', async () => {
    const res = await new Promise<http.IncomingMessage>((resolve) => {
      const req = http.get('http://127.0.0.1:8080/health');
      req.on('error', (err) => {
        throw new Error(\`health check could not connect: \${err.message}\`);
      });
      req.on('response', resolve);
    });
    res.resume();
    expect(res.statusCode).toBe(200);
  });
});`,
      // In test code, a request the test makes with no `error` listener: a refused connection is an uncaught exception the runner reports as the test's failure, with its cause
      `import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
test('the upload is accepted', async () => {
  const code = await new Promise<number | undefined>((resolve) => {
    const upload = http.request('http://127.0.0.1:9000/upload', { method: 'PUT' });
    upload.once('response', (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    upload.end('payload');
  });
  assert.equal(code, 201);
});`,
      // a response handed to a callback is not judged for its own `error` (the request's listener is the idiom)
      `import { get } from 'node:https';
export function download(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = get(url, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve(body));
    });
    request.on('error', reject);
  });
}`,
      // the destination the executor creates has its own `error` listener
      `import { createReadStream, createWriteStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
export function restore(archive: string, destination: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const input = createReadStream(archive);
    const gunzip = createGunzip();
    const output = createWriteStream(destination, { flags: 'wx' });
    input.on('error', reject);
    gunzip.on('error', reject);
    output.on('error', reject);
    output.on('finish', () => resolve());
    input.pipe(gunzip).pipe(output);
  });
}`,
      // a bind failure rejects through the `error` listener
      `import { createServer } from 'node:net';
export function startEcho(port: number): Promise<void> {
  const server = createServer((socket) => socket.pipe(socket));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve());
  });
}`,
    ],
    invalid: [
      // a plain `EventEmitter` interface names no events, but the program's own pool listens for its links' `close`: a link that closes before the `OK` line leaves this wait pending (the link comes from a method of the class, which owns it)
      {
        code: `import { EventEmitter } from 'node:events';
export interface ModemLink extends EventEmitter {
  write(line: string): boolean;
}
declare function dial(port: string): Promise<ModemLink>;
export class ModemPool {
  private readonly links = new Map<string, ModemLink>();
  private async link(port: string): Promise<ModemLink> {
    const known = this.links.get(port);
    if (known) return known;
    const fresh = await dial(port);
    this.links.set(port, fresh);
    fresh.once('close', () => this.links.delete(port));
    return fresh;
  }
  async query(port: string, command: string): Promise<string> {
    const link = await this.link(port);
    return new Promise<string>((resolve) => {
      const onData = (chunk: Buffer) => {
        const text = chunk.toString('ascii');
        if (text.startsWith('OK ')) {
          link.off('data', onData);
          resolve(text.slice(3));
        }
      };
      link.on('data', onData);
      link.write(\`\${command}\\r\\n\`);
    });
  }
}`,
        output: null,
        errors: [
          {
            messageId: 'endUnsettled',
            line: 26,
            column: 7,
            endLine: 26,
            endColumn: 30,
            suggestions: [],
          },
        ],
      },
      // In test code, a worker whose `error` listener fails the test: its failure is loud, but a script that ends without posting leaves the test hanging to its timeout
      {
        code: `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
test('the indexer worker reports its document count', async () => {
  const indexer = new Worker(new URL('./indexer-worker.js', import.meta.url), { workerData: { shard: 3 } });
  indexer.once('error', (err) => assert.fail(err));
  const count = await new Promise<number>((resolve) => {
    indexer.once('message', (message: { documents: number }) => resolve(message.documents));
  });
  assert.equal(count, 120);
  await indexer.terminate();
});`,
        output: null,
        errors: [
          {
            messageId: 'exitUnsettled',
            line: 8,
            column: 5,
            endLine: 8,
            endColumn: 92,
            suggestions: [],
          },
        ],
      },
      // In test code, an `error` listener that only logs swallows the failure: the request fails, nothing settles the promise, and the test hangs to its timeout
      {
        code: `import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
test('the upload is accepted', async () => {
  const code = await new Promise<number | undefined>((resolve) => {
    const upload = http.request('http://127.0.0.1:9000/upload', { method: 'PUT' });
    upload.on('error', (err) => console.warn('upload failed', err.message));
    upload.once('response', (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    upload.end('payload');
  });
  assert.equal(code, 201);
});`,
        output: null,
        errors: [
          {
            messageId: 'successOnly',
            line: 8,
            column: 5,
            endLine: 11,
            endColumn: 7,
            suggestions: [],
          },
        ],
      },
      // the source and the gunzip reject on `error`, the destination created here only resolves on `finish`, and `pipe()` does not carry its error
      {
        code: `import { createReadStream, createWriteStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
export function restore(archive: string, destination: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const input = createReadStream(archive);
    const gunzip = createGunzip();
    const output = createWriteStream(destination, { flags: 'wx' });
    input.on('error', reject);
    gunzip.on('error', reject);
    output.on('finish', () => resolve());
    input.pipe(gunzip).pipe(output);
  });
}`,
        errors: [
          {
            messageId: 'successOnly',
            line: 10,
            column: 5,
            endLine: 10,
            endColumn: 41,
            suggestions: [
              {
                messageId: 'suggestErrorListener',
                data: { emitter: 'output' },
                output: `import { createReadStream, createWriteStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
export function restore(archive: string, destination: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const input = createReadStream(archive);
    const gunzip = createGunzip();
    const output = createWriteStream(destination, { flags: 'wx' });
    input.on('error', reject);
    gunzip.on('error', reject);
    output.on('finish', () => resolve());
    output.once('error', reject);
    input.pipe(gunzip).pipe(output);
  });
}`,
              },
            ],
          },
        ],
      },
      // `listen(port, cb)` registers `cb` for `listening` only: EADDRINUSE leaves the promise pending
      {
        code: `import { createServer } from 'node:net';
export function startEcho(port: number): Promise<void> {
  const server = createServer((socket) => socket.pipe(socket));
  return new Promise((resolve, reject) => {
    server.listen(port, () => resolve());
  });
}`,
        errors: [
          {
            messageId: 'successOnly',
            line: 5,
            column: 5,
            endLine: 5,
            endColumn: 41,
            suggestions: [
              {
                messageId: 'suggestErrorListener',
                output: `import { createServer } from 'node:net';
export function startEcho(port: number): Promise<void> {
  const server = createServer((socket) => socket.pipe(socket));
  return new Promise((resolve, reject) => {
    server.listen(port, () => resolve());
    server.once('error', reject);
  });
}`,
              },
            ],
          },
        ],
      },
    ],
  });
});

describe('droppedSettlers: a collection of stored settle functions emptied without settling them', () => {
  ruleTester.run('no-multiple-settle', rule, {
    valid: [
      // every entry is handed to a function that settles it
      `interface Pending {
  resolve: (value: string) => void;
  reject: (reason: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}
declare function fail(entry: Pending): void;
export class Channel {
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  constructor(private readonly port: MessagePort) {
    port.addEventListener('close', () => this.onClose());
  }
  request(body: string): Promise<string> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error('timed out'));
      }, 5000);
      this.pending.set(id, { resolve, reject, timer });
      this.port.postMessage({ id, body });
    });
  }
  private onClose(): void {
    this.pending.forEach((entry) => fail(entry));
    this.pending.clear();
  }
}`,
      // each waiting entry is rejected in the loop that stops its timer
      `interface Pending {
  resolve: (value: string) => void;
  reject: (reason: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}
export class Channel {
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  constructor(private readonly port: MessagePort) {
    port.addEventListener('close', () => this.onClose());
  }
  request(body: string): Promise<string> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error('timed out'));
      }, 5000);
      this.pending.set(id, { resolve, reject, timer });
      this.port.postMessage({ id, body });
    });
  }
  private onClose(): void {
    for (const entry of this.pending.values()) {
      clearTimeout(entry.timer);
      entry.reject(new Error("channel closed"));
    }
    this.pending.clear();
  }
}`,
      // every waiting entry is rejected before the map is cleared
      `export class PrintQueue {
  private readonly waiting = new Map<number, { resolve: () => void; reject: (err: Error) => void }>();
  private next = 0;
  print(doc: string, send: (id: number, doc: string) => void): Promise<void> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      send(id, doc);
    });
  }
  reset(): void {
    for (const { reject } of this.waiting.values()) reject(new Error('reset'));
    this.waiting.clear();
  }
}`,
      // a module-level list settled through `forEach` before it is emptied
      `const waiters: Array<{ resolve: (v: string) => void }> = [];
export function nextLine(): Promise<string> {
  return new Promise((resolve) => {
    waiters.push({ resolve });
  });
}
export function deliver(line: string): void {
  waiters.forEach((w) => w.resolve(line));
  waiters.length = 0;
}`,
    ],
    invalid: [
      // the loop over the entries only stops their timers: the promises still waiting are dropped with the map
      {
        code: `interface Pending {
  resolve: (value: string) => void;
  reject: (reason: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}
export class Channel {
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  constructor(private readonly port: MessagePort) {
    port.addEventListener('close', () => this.onClose());
  }
  request(body: string): Promise<string> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error('timed out'));
      }, 5000);
      this.pending.set(id, { resolve, reject, timer });
      this.port.postMessage({ id, body });
    });
  }
  private onClose(): void {
    for (const entry of this.pending.values()) clearTimeout(entry.timer);
    this.pending.clear();
  }
}`,
        errors: [
          {
            messageId: 'droppedSettlers',
            line: 25,
            column: 5,
            endLine: 25,
            endColumn: 25,
            suggestions: [
              {
                messageId: 'suggestRejectEntries',
                data: { collection: 'this.pending' },
                output: `interface Pending {
  resolve: (value: string) => void;
  reject: (reason: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}
export class Channel {
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  constructor(private readonly port: MessagePort) {
    port.addEventListener('close', () => this.onClose());
  }
  request(body: string): Promise<string> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error('timed out'));
      }, 5000);
      this.pending.set(id, { resolve, reject, timer });
      this.port.postMessage({ id, body });
    });
  }
  private onClose(): void {
    for (const entry of this.pending.values()) clearTimeout(entry.timer);
    for (const entry of this.pending.values()) entry.reject(new Error('closed while waiting'));
    this.pending.clear();
  }
}`,
              },
            ],
          },
        ],
      },
      // `reset()` drops every waiting print job
      {
        code: `export class PrintQueue {
  private readonly waiting = new Map<number, { resolve: () => void; reject: (err: Error) => void }>();
  private next = 0;
  print(doc: string, send: (id: number, doc: string) => void): Promise<void> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      send(id, doc);
    });
  }
  reset(): void {
    this.waiting.clear();
  }
}`,
        errors: [
          {
            messageId: 'droppedSettlers',
            line: 12,
            column: 5,
            endLine: 12,
            endColumn: 25,
            suggestions: [
              {
                messageId: 'suggestRejectEntries',
                output: `export class PrintQueue {
  private readonly waiting = new Map<number, { resolve: () => void; reject: (err: Error) => void }>();
  private next = 0;
  print(doc: string, send: (id: number, doc: string) => void): Promise<void> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      send(id, doc);
    });
  }
  reset(): void {
    for (const entry of this.waiting.values()) entry.reject(new Error('closed while waiting'));
    this.waiting.clear();
  }
}`,
              },
            ],
          },
        ],
      },
    ],
  });
});

describe('abortUnhandled: an abort the executor causes that nothing handles', () => {
  ruleTester.run('no-multiple-settle', rule, {
    valid: [
      // the transaction's `onabort` rejects
      `export function addTag(db: IDBDatabase, tag: string, limit: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('tags', 'readwrite');
    const store = tx.objectStore('tags');
    const count = store.count();
    count.onsuccess = () => {
      if (count.result >= limit) {
        tx.abort();
        return;
      }
      store.add(tag);
    };
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(new Error('too many tags'));
  });
}`,
      // the listener that aborts the request rejects right after
      `export function upload(body: Blob, signal: AbortSignal): Promise<number> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/upload');
    xhr.onload = () => resolve(xhr.status);
    xhr.onerror = () => reject(new Error('network error'));
    signal.addEventListener('abort', () => {
      xhr.abort();
      reject(signal.reason);
    });
    xhr.send(body);
  });
}`,
      // \`loadend\` follows an abort too
      `export function ping(signal: AbortSignal): Promise<number> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', '/ping');
    xhr.onloadend = () => resolve(xhr.status);
    signal.addEventListener('abort', () => xhr.abort());
    xhr.send();
  });
}`,
      // an \`AbortController\` emits no event the promise waits on
      `export function poll(url: string): Promise<Response> {
  return new Promise((resolve, reject) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 1000);
    fetch(url, { signal: controller.signal }).then(resolve, reject).finally(() => clearTimeout(timer));
  });
}`,
    ],
    invalid: [
      // over the limit, the transaction is aborted: it emits \`abort\`, neither \`complete\` nor \`error\`
      {
        code: `export function addTag(db: IDBDatabase, tag: string, limit: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('tags', 'readwrite');
    const store = tx.objectStore('tags');
    const count = store.count();
    count.onsuccess = () => {
      if (count.result >= limit) {
        tx.abort();
        return;
      }
      store.add(tag);
    };
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}`,
        errors: [
          {
            messageId: 'abortUnhandled',
            line: 8,
            column: 9,
            endLine: 8,
            endColumn: 19,
            suggestions: [
              {
                messageId: 'suggestAbortHandler',
                output: `export function addTag(db: IDBDatabase, tag: string, limit: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('tags', 'readwrite');
    const store = tx.objectStore('tags');
    const count = store.count();
    count.onsuccess = () => {
      if (count.result >= limit) {
        tx.abort();
        return;
      }
      store.add(tag);
    };
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(new Error('aborted'));
    tx.onerror = () => reject(tx.error);
  });
}`,
              },
            ],
          },
        ],
      },
      // the caller's abort cancels the request, which then emits neither \`load\` nor \`error\`
      {
        code: `export function upload(body: Blob, signal: AbortSignal): Promise<number> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/upload');
    xhr.addEventListener('load', () => resolve(xhr.status));
    xhr.addEventListener('error', () => reject(new Error('network error')));
    signal.addEventListener('abort', () => xhr.abort());
    xhr.send(body);
  });
}`,
        errors: [
          {
            messageId: 'abortUnhandled',
            line: 7,
            column: 44,
            endLine: 7,
            endColumn: 55,
            suggestions: [
              {
                messageId: 'suggestAbortHandler',
                output: `export function upload(body: Blob, signal: AbortSignal): Promise<number> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/upload');
    xhr.addEventListener('load', () => resolve(xhr.status));
    xhr.onabort = () => reject(new Error('aborted'));
    xhr.addEventListener('error', () => reject(new Error('network error')));
    signal.addEventListener('abort', () => xhr.abort());
    xhr.send(body);
  });
}`,
              },
            ],
          },
        ],
      },
    ],
  });
});

describe('exitUnsettled: a worker awaited for a message that can exit without one', () => {
  ruleTester.run('no-multiple-settle', rule, {
    valid: [
      // The same worker with error and exit listeners too.
      `import { Worker } from 'node:worker_threads';
export function decode(path: string, bytes: Uint8Array): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path, { workerData: bytes });
    worker.once('message', (pixels: Uint8Array) => resolve(pixels));
    worker.once('messageerror', reject);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(\`decoder exited with \${code}\`)));
  });
}`,
      // a forked child's `close` listener rejects on a failed exit
      `import { fork } from 'node:child_process';
export function compile(entry: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = fork('./compiler.js', [entry]);
    child.on('message', (output) => resolve(String(output)));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(\`compiler exited with \${code}\`));
    });
  });
}`,
      // an `exit` listener rejects: a reply that came first has settled the promise already
      `import { Worker } from 'node:worker_threads';
export function renderInWorker(script: string, page: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { page } });
    worker.once('message', (bytes: Uint8Array) => resolve(bytes));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(\`render worker exited with \${code}\`)));
  });
}`,
    ],
    invalid: [
      // A worker awaited for its message with only a messageerror listener: a script that ends without replying exits, and the promise never settles.
      {
        code: `import { Worker } from 'node:worker_threads';
export function decode(path: string, bytes: Uint8Array): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path, { workerData: bytes });
    worker.once('message', (pixels: Uint8Array) => resolve(pixels));
    worker.once('messageerror', reject);
  });
}`,
        output: null,
        errors: [
          {
            messageId: 'exitUnsettled',
            line: 5,
            column: 5,
            endLine: 5,
            endColumn: 68,
            suggestions: [
              {
                messageId: 'suggestExitListener',
                output: `import { Worker } from 'node:worker_threads';
export function decode(path: string, bytes: Uint8Array): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path, { workerData: bytes });
    worker.once('message', (pixels: Uint8Array) => resolve(pixels));
    worker.once('exit', (code) => reject(new Error(\`exited with code \${code} before replying\`)));
    worker.once('messageerror', reject);
  });
}`,
              },
            ],
          },
        ],
      },
      // `message` and `error` only: a worker that ends without posting emits `exit` alone
      {
        code: `import { Worker } from 'node:worker_threads';
export function renderInWorker(script: string, page: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { page } });
    worker.once('message', (bytes: Uint8Array) => resolve(bytes));
    worker.once('error', reject);
  });
}`,
        errors: [
          {
            messageId: 'exitUnsettled',
            line: 5,
            column: 5,
            endLine: 5,
            endColumn: 66,
            suggestions: [
              {
                messageId: 'suggestExitListener',
                data: { emitter: 'worker' },
                output: `import { Worker } from 'node:worker_threads';
export function renderInWorker(script: string, page: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { page } });
    worker.once('message', (bytes: Uint8Array) => resolve(bytes));
    worker.once('exit', (code) => reject(new Error(\`exited with code \${code} before replying\`)));
    worker.once('error', reject);
  });
}`,
              },
            ],
          },
        ],
      },
    ],
  });
});
