import rule from '../../rules/require-signal-propagation.js';
import { typedRuleTester } from '../rule-tester.js';

const work = `declare function work(id: string, options?: { signal?: AbortSignal; retries?: number }): Promise<string>;
declare function poll(id: string, signal?: AbortSignal): Promise<void>;
`;

const lease = `interface Conn { id: string }
declare function open(id: string, options?: { signal?: AbortSignal }): Promise<Conn>;
declare function release(conn: Conn, options?: { signal?: AbortSignal }): Promise<void>;
declare function waitOrAbort<T>(pending: Promise<T>, signal: AbortSignal | undefined, onAbort?: () => void): Promise<T>;
declare function waitThen<T>(pending: Promise<T>, signal: AbortSignal | undefined, onDone?: () => void): Promise<T>;
`;

typedRuleTester().run('require-signal-propagation', rule, {
  valid: [
    // The same with the listener written inline.
    `import { Readable } from 'node:stream';
declare function makeCall(path: string): Readable & { cancel(): void };
declare function readAll<T>(stream: Readable, signal?: AbortSignal): AsyncIterable<T>;
export async function* stream<T>(path: string, options: { signal?: AbortSignal }): AsyncGenerator<T> {
  const signal = options.signal ?? new AbortController().signal;
  const call = makeCall(path);
  signal.addEventListener("abort", () => {
    call.cancel();
  });
  try {
    yield* readAll<T>(call);
  } finally {
    signal.removeEventListener('abort', abortListener);
    call.cancel();
  }
}`,
    // A call reading from a handle that an abort listener (registered before it) cancels ends with that handle: the abort is forwarded by hand.
    `import { Readable } from 'node:stream';
declare function makeCall(path: string): Readable & { cancel(): void };
declare function readAll<T>(stream: Readable, signal?: AbortSignal): AsyncIterable<T>;
export async function* stream<T>(path: string, options: { signal?: AbortSignal }): AsyncGenerator<T> {
  const signal = options.signal ?? new AbortController().signal;
  const call = makeCall(path);
  const abortListener = () => {
    call.cancel();
  };
  signal.addEventListener('abort', abortListener);
  try {
    yield* readAll<T>(call);
  } finally {
    signal.removeEventListener('abort', abortListener);
    call.cancel();
  }
}`,
    // Options made only when there is a signal: the call without them runs where the signal is absent.
    `interface Server {
  callTool(name: string, args: unknown, meta?: unknown, options?: { signal?: AbortSignal }): Promise<unknown>;
}
export async function invoke(server: Server, name: string, details?: { signal?: AbortSignal }): Promise<unknown> {
  const callOptions = details?.signal ? { signal: details.signal } : undefined;
  return callOptions ? await server.callTool(name, {}, undefined, callOptions) : await server.callTool(name, {});
}
export async function invokeIf(server: Server, name: string, signal?: AbortSignal): Promise<unknown> {
  return signal ? server.callTool(name, {}, undefined, { signal }) : server.callTool(name, {});
}`,
    // an interface closed in finally whose one operation gets the signal
    `import { createInterface } from 'node:readline/promises';

export async function confirm(prompt: string, signal: AbortSignal): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await rl.question(\`\${prompt} [y/N] \`, { signal });
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}`,
    // the abort listener that stops the kiln is in place before the wait for ready
    `import { once, type EventEmitter } from 'node:events';

interface Kiln extends EventEmitter {
  powerOn(): void;
  begin(): void;
  abort(): void;
}

export async function startFiring(kiln: Kiln, signal: AbortSignal): Promise<void> {
  signal.throwIfAborted();
  const onAbort = () => kiln.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    kiln.powerOn();
    await once(kiln, 'ready');
    kiln.begin();
    await once(kiln, 'complete');
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}`,
    // readline over the output of a child spawned with the signal: the abort ends its input
    `import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export async function countLines(tool: string, signal: AbortSignal): Promise<number> {
  const child = spawn(tool, ['--list'], { signal, stdio: ['ignore', 'pipe', 'inherit'] });
  let count = 0;
  const lines = createInterface({ input: child.stdout });
  lines.on('line', () => count++);
  await once(child, 'close', { signal });
  return count;
}`,
    // a helper that waits on a request handed in (which may carry the signal itself)
    `import { once } from 'node:events';
import type { ClientRequest, IncomingMessage } from 'node:http';

async function answer(request: ClientRequest): Promise<IncomingMessage> {
  const [response] = (await once(request, 'response')) as [IncomingMessage];
  return response;
}

export async function status(request: ClientRequest, options: { signal?: AbortSignal }): Promise<number> {
  options.signal?.throwIfAborted();
  const response = await answer(request);
  return response.statusCode ?? 0;
}`,
    // the same helper taking the signal and handing it to fetch
    `interface Job { id: string; reportUrl: string }

async function downloadReport(job: Job, signal?: AbortSignal): Promise<string> {
  const response = await fetch(job.reportUrl, { signal });
  return response.text();
}

export async function collect(jobs: Job[], options: { signal?: AbortSignal }): Promise<string[]> {
  const reports: string[] = [];
  for (const job of jobs) reports.push(await downloadReport(job, options.signal));
  return reports;
}`,
    // A zero-delay sleep and setImmediate from node:timers/promises only yield a turn of the event loop: an abort has nothing to cut short.
    `import { setImmediate as yieldTurn, setTimeout as sleep } from 'node:timers/promises';
export async function drainBatches(batches: string[][], signal: AbortSignal, send: (batch: string[], signal: AbortSignal) => Promise<void>): Promise<void> {
  for (const batch of batches) {
    await send(batch, signal);
    await sleep(0);
    await yieldTurn();
  }
}`,
    // The response comes from a request a helper made with the caller's options (signal included): waiting for its end needs no signal of its own.
    `import { request, type IncomingMessage, type ClientRequest } from 'node:http';
import { once } from 'node:events';

interface Init {
  path: string;
  signal?: AbortSignal;
}

function send(init: Init): ClientRequest {
  const req = request({ path: init.path, signal: init.signal });
  req.end();
  return req;
}

async function receive(req: ClientRequest): Promise<{ incoming: IncomingMessage; status: number }> {
  const [incoming] = (await once(req, 'response')) as [IncomingMessage];
  return { incoming, status: incoming.statusCode ?? 0 };
}

export async function fetchBody(init: Init): Promise<Buffer[]> {
  const { incoming } = await receive(send(init));
  const chunks: Buffer[] = [];
  incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
  await once(incoming, 'end');
  return chunks;
}`,
    // A closure named for the cancellation (cancel), run from the abort listener and the timeout, sends the cancelled notice without the signal that is aborting.
    `declare const transport: { send(message: object, options?: { signal?: AbortSignal }): Promise<void> };
export function request(id: number, options: { signal?: AbortSignal; timeoutMs: number }): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const cancel = (reason: unknown) => {
      transport.send({ method: 'notifications/cancelled', id, reason: String(reason) }).catch(() => {});
      reject(reason);
    };
    options.signal?.addEventListener('abort', () => cancel(options.signal?.reason), { once: true });
    setTimeout(() => cancel(new Error('timed out')), options.timeoutMs);
    transport.send({ method: 'call', id }, { signal: options.signal }).then(resolve, reject);
  });
}`,
    // The same loop ending quietly (it logs and returns): stopping by polling is its way out.
    `import { setTimeout as sleep } from 'node:timers/promises';
export async function waitForDrain(queue: { size(): number }, signal: AbortSignal, intervalMs: number): Promise<void> {
  while (!signal.aborted) {
    if (queue.size() === 0) return;
    await sleep(intervalMs);
  }
  console.info("stopped waiting for the queue");
}`,
    // pipeThrough hands back a readable the consumer pulls: nothing keeps running once the reader stops
    `export function decode(stream: ReadableStream<Uint8Array>, options: { signal?: AbortSignal }): ReadableStream<string> {
  if (options.signal?.aborted) throw new Error('aborted');
  return stream.pipeThrough(new TextDecoderStream());
}`,
    // the abort listener stops the emitter that `once(player, 'finished')` waits on: the function forwards the abort itself
    `import { EventEmitter, once } from 'node:events';
interface Player extends EventEmitter {
  play(piece: string): void;
  stop(): void;
}
export async function perform(player: Player, piece: string, signal?: AbortSignal): Promise<number> {
  let strikes = 0;
  const onStrike = () => {
    strikes += 1;
  };
  const onAbort = () => player.stop();
  player.on('strike', onStrike);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    player.play(piece);
    await once(player, 'finished');
  } finally {
    player.off('strike', onStrike);
    signal?.removeEventListener('abort', onAbort);
  }
  return strikes;
}`,
    // a socket stream kept in a const and handed to `pipeline(…, { signal })`, which destroys it on abort
    `import { connect } from 'node:net';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
export async function capture(host: string, file: string, signal: AbortSignal): Promise<void> {
  const upstream = connect({ host, port: 7070 });
  upstream.write('STREAM\\n');
  await pipeline(upstream, createWriteStream(file), { signal });
}`,
    // test code: the runner's context signal is the runner's; the helper passes its own on
    `import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
declare const registry: { scanStatus(id: string, options?: { signal?: AbortSignal }): Promise<'done' | 'running'> };
// the test's own context signal belongs to the runner; the helper passes its signal on
async function waitForScan(id: string, signal: AbortSignal): Promise<void> {
  while ((await registry.scanStatus(id, { signal })) !== 'done') await sleep(200, undefined, { signal });
}
test('scan finishes', async (t) => {
  await registry.scanStatus('img-1');
  await sleep(300);
  await waitForScan('img-1', t.signal);
});`,
    // a file stream cast to a fetch body in an options object cast to RequestInit: aborting the fetch ends the upload
    `import { createReadStream } from 'node:fs';
export async function upload(path: string, url: string, request: { signal: AbortSignal }): Promise<number> {
  const res = await fetch(url, {
    method: 'PUT',
    body: createReadStream(path) as unknown as BodyInit,
    duplex: 'half',
    signal: request.signal,
  } as RequestInit & { duplex: 'half' });
  return res.status;
}`,
    // the pipeline's source is the body of a fetch given the signal: the abort errors it, and the pipeline destroys the file stream
    `import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createWriteStream } from 'node:fs';
export async function download(url: string, to: string, signal: AbortSignal): Promise<void> {
  const res = await fetch(url, { signal });
  if (!res.body) throw new Error('no body');
  await pipeline(Readable.fromWeb(res.body as import('node:stream/web').ReadableStream), createWriteStream(to));
}`,
    // the stream is a value in an object handed to a call that gets the signal: the aborted upload ends it
    `import { createReadStream, type ReadStream } from 'node:fs';
declare const s3: {
  putObject(input: { Bucket: string; Body: ReadStream }, options?: { abortSignal?: AbortSignal }): Promise<{ ETag?: string }>;
};
export async function upload(bucket: string, path: string, signal?: AbortSignal): Promise<string | undefined> {
  const result = await s3.putObject({ Bucket: bucket, Body: createReadStream(path) }, { abortSignal: signal });
  return result.ETag;
}`,
    // the branch taken when no signal was given: passing it would pass \`undefined\`
    `${work}export async function fetchOne(id: string, options?: { signal?: AbortSignal }) {
  const { signal } = options || {};
  if (!signal) {
    return await work(id);
  }
  return await work(id, { signal });
}`,
    // the received options go through `Promise.resolve(…).then(…)` into a promise of options: the signal travels with them
    `interface Opts { body?: string; path?: string; signal?: AbortSignal }
declare function post(path: string, options?: Opts | Promise<Opts>): Promise<Response>;
export async function send(path: string, opts: Opts) {
  return post(path, Promise.resolve(opts).then((o) => ({ ...o, path })));
}`,
    // options that may be a promise hold no signal until awaited: `opts.signal` is not in hand
    `interface Opts { body?: string; signal?: AbortSignal }
declare function post(path: string, options?: Opts | Promise<Opts>): Promise<Response>;
declare function fetchIt(path: string, options?: { signal?: AbortSignal }): Promise<void>;
export async function send(path: string, opts: Opts | Promise<Opts>) {
  await fetchIt(path);
  return post(path, opts);
}`,
    // the function forwards the abort itself to a handle kept in a property, a `let`, or once awaited
    `import { spawn, type ChildProcess } from 'node:child_process';
export class Runner {
  child?: ChildProcess;
  start(cmd: string, signal: AbortSignal) {
    this.child = spawn(cmd);
    signal.addEventListener('abort', () => this.child?.kill());
  }
}`,
    `import { spawn, type ChildProcess } from 'node:child_process';
export function start(cmd: string, signal: AbortSignal) {
  let child: ChildProcess | undefined;
  signal.addEventListener('abort', () => child?.kill());
  child = spawn(cmd);
  return child;
}`,
    `declare function upload(file: string, options?: { signal?: AbortSignal }): Promise<{ abort(): void; done: Promise<void> }>;
export async function send(file: string, signal: AbortSignal) {
  const task = await upload(file);
  signal.addEventListener('abort', () => task.abort());
  await task.done;
}`,
    `import { createReadStream } from 'node:fs';
export function open(path: string, signal: AbortSignal) {
  const stream = createReadStream(path);
  signal.addEventListener('abort', () => stream.destroy(), { once: true });
  return stream;
}`,
    // calls that start nothing: in-memory streams
    `import { PassThrough, Readable } from 'node:stream';
export function make(signal: AbortSignal, value: string[]) {
  const out = new PassThrough();
  const src = Readable.from(value);
  return { out, src, signal };
}`,
    // a pipe from a source that already got the signal: the abort errors the source, and the error runs down the pipe
    `export async function save(url: string, sink: WritableStream<Uint8Array>, signal: AbortSignal) {
  const res = await fetch(url, { signal });
  await res.body!.pipeTo(sink);
}`,
    `export async function lines(url: string, signal: AbortSignal) {
  const body = (await fetch(url, { signal })).body!;
  return body.pipeThrough(new TextDecoderStream()).pipeTo(new WritableStream());
}`,
    // streams handed to a pipeline that gets the signal are destroyed by it
    `import { pipeline } from 'node:stream/promises';
import { createReadStream, createWriteStream } from 'node:fs';
export async function copy(from: string, to: string, signal: AbortSignal) {
  await pipeline(createReadStream(from), createWriteStream(to), { signal });
}`,
    `import { spawn } from 'node:child_process';
export function run(cmd: string, signal: AbortSignal) { return spawn(cmd, [], { stdio: 'inherit', signal }); }`,
    `export async function handler(request: Request) { const upstream = await fetch('https://x', { method: 'POST', signal: request.signal }); return upstream.text(); }`,
    // the signal is passed: directly, in options, combined, in a Request, through an options variable
    `async function f(signal: AbortSignal) { await fetch('/a', { signal }); }`,
    `async function f(signal: AbortSignal) { await fetch('/a', { method: 'POST', signal: AbortSignal.any([signal, AbortSignal.timeout(1000)]) }); }`,
    `${work}async function f(signal: AbortSignal) { await work('a', { signal: AbortSignal.any([signal, AbortSignal.timeout(500)]) }); }`,
    `${work}async function f(signal: AbortSignal) { await poll('a', signal); }`,
    `async function f(signal: AbortSignal) { const request = new Request('/a', { signal }); await fetch(request); }`,
    `async function f(signal: AbortSignal) { const init = { method: 'POST', signal }; await fetch('/a', init); }`,
    `async function f(signal: AbortSignal) { const init: RequestInit = { method: 'POST', signal }; await fetch('/a', init); }`,
    `async function f(init: RequestInit, signal: AbortSignal) { await fetch('/a', init); }`,
    `async function f(signal: AbortSignal, rest: RequestInit) { await fetch('/a', { ...rest }); }`,
    // a generic data parameter whose type argument happens to have a signal
    `declare function insert<T>(items: T[], value: T): void;
export function add(items: { id: string; signal?: AbortSignal }[], signal: AbortSignal) { const item = { id: 'a' }; insert(items, item); return signal; }`,
    // building a Request to resolve a URL starts no work
    `export function resolve(path: string, options: { base: string; signal?: AbortSignal }) { return new URL(path, new Request(options.base).url); }`,
    // no signal in hand
    `async function f() { await fetch('/a'); }`,
    `${work}async function f(options: { retries: number }) { await work('a', { retries: options.retries }); }`,
    // the callee takes no signal
    `declare function save(id: string, options?: { retries?: number }): Promise<void>;
async function f(signal: AbortSignal) { signal.throwIfAborted(); await save('a', { retries: 2 }); }`,
    `async function f(signal: AbortSignal) { await Promise.resolve(1); JSON.stringify({}); }`,
    // listener registration and cleanup after an abort
    `async function f(signal: AbortSignal, target: EventTarget) { target.addEventListener('message', () => {}); }`,
    `async function f(signal: AbortSignal) { signal.addEventListener('abort', () => { void fetch('/cancel', { method: 'POST' }); }); }`,
    `async function f(signal: AbortSignal) { try { await fetch('/a', { signal }); } catch (error) { await fetch('/log', { method: 'POST' }); throw error; } }`,
    `async function f(signal: AbortSignal) { try { await fetch('/a', { signal }); } finally { await fetch('/release', { method: 'POST' }); } }`,
    // a catch is checked only past an abort guard; these have none that lets every abort out before the call
    `declare function sleep(ms: number, options?: { signal?: AbortSignal }): Promise<void>;
async function f(signal: AbortSignal, retries: number) {
  for (let attempt = 0; ; attempt++) {
    try { return await fetch('/a', { signal }); } catch (err) { if (attempt >= retries) throw err; await sleep(100); }
  }
}`,
    `declare function sleep(ms: number, options?: { signal?: AbortSignal }): Promise<void>;
async function f(signal: AbortSignal) {
  try { return await fetch('/a', { signal }); } catch (err) { if (signal.aborted && Math.random() > 0.5) throw err; await sleep(100); return null; }
}`,
    `declare function sleep(ms: number, options?: { signal?: AbortSignal }): Promise<void>;
async function f(signal: AbortSignal) {
  try { return await fetch('/a', { signal }); } catch (err) { await sleep(100); if (signal.aborted) throw err; return null; }
}`,
    `declare function sleep(ms: number, options?: { signal?: AbortSignal }): Promise<void>;
async function f(signal: AbortSignal) {
  try { return await fetch('/a', { signal }); } catch (err) { if (signal.aborted) { console.warn('aborted'); } await sleep(100); return null; }
}`,
    `declare function sleep(ms: number, options?: { signal?: AbortSignal }): Promise<void>;
async function f(signal: AbortSignal) {
  try { return await fetch('/a', { signal }); } catch (err) { if (signal.aborted) { await sleep(100); } return null; }
}`,
    // past the guard, but reporting the error right before rethrowing it: still cleanup
    `async function f(signal: AbortSignal) {
  try { return await fetch('/a', { signal }); } catch (err) {
    if (signal.aborted) throw err;
    await fetch('/report', { method: 'POST', body: String(err) });
    throw err;
  }
}`,
    // a guard in the catch does not reach the finally
    `async function f(signal: AbortSignal) {
  try { return await fetch('/a', { signal }); } catch (err) { signal.throwIfAborted(); return null; } finally { await fetch('/release', { method: 'POST' }); }
}`,
    // a signal declared after the call, or in a sibling scope
    `async function f() { await fetch('/a'); const controller = new AbortController(); await fetch('/b', { signal: controller.signal }); }`,
    `async function f(ok: boolean) { if (ok) { const controller = new AbortController(); void controller; } await fetch('/b'); }`,
    // any-typed and generic options are not guessed at
    `async function f(signal: AbortSignal, init: any) { await fetch('/a', init); }`,
    // a nested function that runs once the signal has aborted, and the controller's own listener
    `async function f(signal: AbortSignal) { signal.onabort = () => { void fetch('/cancelled'); }; await fetch('/a', { signal }); }`,
    // the options variable may hold a signal: not guessed at
    `async function f(signal: AbortSignal, extra: { signal?: AbortSignal }) { await fetch('/a', extra); }`,
    // a signal passed positionally to a user function, or as undefined on purpose
    `${work}async function f(signal: AbortSignal) { await poll('a', undefined); }`,
    // a timeout signal is a signal too
    `${work}async function f(signal: AbortSignal) { await work('a', { signal: AbortSignal.timeout(100) }); }`,
    // the function does not hold the signal: it belongs to an object it was given
    `declare const job: { signal: AbortSignal }; async function f() { await fetch('/a'); return job.signal; }`,
    // a controller the function creates for its own tasks is not demanded elsewhere: it aims at the victim only, and is aborted already
    `${work}declare function sleep(ms: number, options?: { signal?: AbortSignal }): Promise<void>;
export async function probe() {
  const controller = new AbortController();
  const filler = work('filler');
  const victim = work('victim', { signal: controller.signal });
  controller.abort();
  await sleep(10);
  return [filler, victim];
}`,
    // nor when it aborts on a timer of its own
    `${work}async function f() {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 1000);
  await poll('a', controller.signal);
  return work('b', { retries: 1 });
}`,
    // a controller only linked to some other object's signal is still the function's own
    `${work}declare const shutdown: AbortSignal;
async function f() {
  const controller = new AbortController();
  shutdown.addEventListener('abort', () => controller.abort());
  await poll('a', controller.signal);
  await poll('b');
}`,
    // a synchronous factory whose options take a default signal starts nothing; the signal travels with the next call
    `declare class Manager {
  fork(options?: { signal?: AbortSignal; clear?: boolean }): Manager;
  find(id: string, options?: { signal?: AbortSignal }): Promise<string>;
}
export async function findFresh(em: Manager, id: string, options: { signal?: AbortSignal } = {}) {
  const fork = em.fork({ clear: true });
  return fork.find(id, { ...options });
}`,
    // a stream's super constructor: the subclass wires the signal itself
    `import { Duplex } from 'node:stream';
export class Download extends Duplex {
  constructor(readonly options: { signal?: AbortSignal } = {}) {
    super({ highWaterMark: 0 });
    options.signal?.addEventListener('abort', () => this.destroy());
  }
}`,
    // the received options handed on under another name, typed as a dictionary or narrowed
    `declare function populate(names: string[], options?: { signal?: AbortSignal; refresh?: boolean }): Promise<void>;
export async function load(options?: { signal?: AbortSignal; refresh?: boolean } | boolean) {
  const opts: Record<string, any> = typeof options === 'object' ? options : { refresh: options };
  await populate(['a'], opts);
}`,
    `declare function populate(names: string[], options?: { signal?: AbortSignal; refresh?: boolean }): Promise<void>;
export async function load(options: { signal?: AbortSignal; refresh?: boolean }) {
  let opts: { refresh?: boolean } = {};
  if (options.refresh) opts = options;
  await populate(['a'], opts);
}`,
    `declare function request(url: string, options?: { signal?: AbortSignal; retries?: number }): Promise<string>;
declare function merge<A, B>(a: A, b: B): A & B;
export async function retry(url: string, options: { signal?: AbortSignal; retries?: number }) {
  return request(url, merge(options, { retries: 0 }));
}`,
    // a stub that ignores the options it is handed: an unused `_options`, or options never read
    `import * as net from 'node:net';
export const agent = { createConnection(_options: { host: string; signal?: AbortSignal }) { return new net.Socket(); } };`,
    `import * as net from 'node:net';
export function createConnection(options: { host: string; signal?: AbortSignal }) { return new net.Socket(); }`,
    // real case: the received options (and their signal) go into `buildOptions(…)`, whose promise is the options: the
    // signal is handed on, not reported (the former edit `{ ...buildOptions(…), signal: options?.signal }` type-checked and
    // sent no options at all)
    `${work}interface Options { body?: string; signal?: AbortSignal }
declare function post(path: string, options?: Options | Promise<Options>): Promise<Response>;
declare function buildOptions(options: Options): Promise<Options>;
export async function send(path: string, body: string, options?: { signal?: AbortSignal }) {
  return post(path, buildOptions({ body, ...options }));
}`,
    // the work is stopped by hand on abort (real case: it kills the child and resolves with the output so far); passing
    // the signal would make it reject instead: not reported
    `import { spawn } from 'node:child_process';
export function run(cmd: string, signal: AbortSignal) {
  return new Promise<string>((resolve) => {
    let output = '';
    const child = spawn(cmd);
    signal.addEventListener('abort', () => child.kill());
    child.stdout.on('data', (chunk) => { output += String(chunk); });
    child.on('close', () => resolve(output));
  });
}`,
    // the same through a named listener on the options' signal
    `import { spawn } from 'node:child_process';
export function run(cmd: string, options: { signal?: AbortSignal } = {}) {
  const child = spawn(cmd);
  const stop = () => child.kill('SIGTERM');
  options.signal?.addEventListener('abort', stop, { once: true });
  return child;
}`,
    // a synchronous Node.js call whose options type (shared with the async sibling) lists `signal`: it is over before anyone can abort
    `import { writeFileSync } from 'node:fs';
export async function saveAll(dir: string, text: string, signal: AbortSignal) {
  writeFileSync(dir + '/a.txt', text, { encoding: 'utf8' });
  await work(dir, { signal });
}`,
    // the callee runs this callback only on abort: releasing what arrives later must not be handed the aborted signal
    `${lease}export async function acquire(id: string, options?: { signal?: AbortSignal }) {
  const pending = open(id, { signal: options?.signal });
  return await waitOrAbort(pending, options?.signal, () => {
    void pending.then((conn) => release(conn));
  });
}`,
    // the branch taken once the signal has aborted: cleanup that would fail at once with it
    `${lease}export async function acquireOrGiveBack(id: string, signal: AbortSignal) {
  const conn = await open(id, { signal });
  if (signal.aborted) {
    await release(conn);
    throw signal.reason;
  }
  return conn;
}`,
    // the work is raced against a promise that rejects on the same abort: the caller's abort is honoured
    `${work}export async function runTask(id: string, options: { signal?: AbortSignal }) {
  let operation = work(id);
  if (options.signal) {
    const { signal } = options;
    operation = Promise.race([
      operation,
      new Promise<never>((_resolve, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      }),
    ]);
  }
  return await operation;
}`,
    // a pause in a loop that stops by polling the signal: the loop ends quietly one short pause after the abort
    `import { setTimeout as pause } from 'node:timers/promises';
declare function publish(): Promise<void>;
export async function publishUntilStopped(controller: AbortController) {
  while (!controller.signal.aborted) {
    await publish();
    await pause(10);
  }
}`,
    // a file-local helper whose every caller writes its options out without a signal: there is none to hand on
    `import { once } from 'node:events';
import { createServer } from 'node:net';
async function startServer(socket: { port?: number; signal?: AbortSignal }) {
  const server = createServer();
  await once(server.listen(socket.port), 'listening');
  return server;
}
export async function both() {
  await startServer({ port: 1 });
  await startServer({});
}`,
    // a loop that polls the signal and stops quietly: the only helper it hands the signal to resolves on abort
    `declare function ping(id: string, options?: { signal?: AbortSignal }): Promise<{ live: boolean }>;
function nap(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
  });
}
export async function keepLeased(id: string, signal: AbortSignal) {
  while (!signal.aborted) {
    const { live } = await ping(id);
    if (!live) return;
    await nap(30_000, signal);
  }
}`,
  ],
  invalid: [
    // A listener that cancels another handle does not stop the read.
    {
      code: `import { Readable } from 'node:stream';
declare function makeCall(path: string): Readable & { cancel(): void };
declare function readAll<T>(stream: Readable, signal?: AbortSignal): AsyncIterable<T>;
export async function* stream<T>(path: string, options: { signal?: AbortSignal }): AsyncGenerator<T> {
  const signal = options.signal ?? new AbortController().signal;
  const call = makeCall(path);
  const audit = makeCall('/audit');
  signal.addEventListener('abort', () => {
    audit.cancel();
  });
  yield* readAll<T>(call);
}`,
      output: null,
      errors: [
        {
          messageId: 'missingSignal',
          line: 11,
          column: 10,
          endLine: 11,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              output: `import { Readable } from 'node:stream';
declare function makeCall(path: string): Readable & { cancel(): void };
declare function readAll<T>(stream: Readable, signal?: AbortSignal): AsyncIterable<T>;
export async function* stream<T>(path: string, options: { signal?: AbortSignal }): AsyncGenerator<T> {
  const signal = options.signal ?? new AbortController().signal;
  const call = makeCall(path);
  const audit = makeCall('/audit');
  signal.addEventListener('abort', () => {
    audit.cancel();
  });
  yield* readAll<T>(call, options.signal);
}`,
            },
            {
              messageId: 'suggestPassSignal',
              output: `import { Readable } from 'node:stream';
declare function makeCall(path: string): Readable & { cancel(): void };
declare function readAll<T>(stream: Readable, signal?: AbortSignal): AsyncIterable<T>;
export async function* stream<T>(path: string, options: { signal?: AbortSignal }): AsyncGenerator<T> {
  const signal = options.signal ?? new AbortController().signal;
  const call = makeCall(path);
  const audit = makeCall('/audit');
  signal.addEventListener('abort', () => {
    audit.cancel();
  });
  yield* readAll<T>(call, signal);
}`,
            },
          ],
        },
      ],
    },
    // A parameter defaulting to the signal in hand passes it when left out; one with no default does not.
    {
      code: `declare function execute(items: string[], signal?: AbortSignal): Promise<string[]>;
export async function resolveTurn(items: string[], signal?: AbortSignal): Promise<string[][]> {
  const runTools = (executionSignal = signal) => execute(items, executionSignal);
  const runOthers = (executionSignal?: AbortSignal) => execute(items, executionSignal);
  return Promise.all([runTools(), runOthers()]);
}`,
      output: null,
      errors: [
        {
          messageId: 'missingSignal',
          line: 5,
          column: 35,
          endLine: 5,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              output: `declare function execute(items: string[], signal?: AbortSignal): Promise<string[]>;
export async function resolveTurn(items: string[], signal?: AbortSignal): Promise<string[][]> {
  const runTools = (executionSignal = signal) => execute(items, executionSignal);
  const runOthers = (executionSignal?: AbortSignal) => execute(items, executionSignal);
  return Promise.all([runTools(), runOthers(signal)]);
}`,
            },
          ],
        },
      ],
    },
    // The call made where the options (and so the signal) are present is the one without them.
    {
      code: `interface Server {
  callTool(name: string, args: unknown, meta?: unknown, options?: { signal?: AbortSignal }): Promise<unknown>;
}
export async function forgot(server: Server, name: string, signal?: AbortSignal): Promise<unknown> {
  const callOptions = signal ? { signal } : undefined;
  return callOptions ? server.callTool(name, {}) : server.callTool(name, {}, undefined, callOptions);
}`,
      output: null,
      errors: [
        {
          messageId: 'missingSignal',
          line: 6,
          column: 31,
          endLine: 6,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              output: `interface Server {
  callTool(name: string, args: unknown, meta?: unknown, options?: { signal?: AbortSignal }): Promise<unknown>;
}
export async function forgot(server: Server, name: string, signal?: AbortSignal): Promise<unknown> {
  const callOptions = signal ? { signal } : undefined;
  return callOptions ? server.callTool(name, {}, undefined, { signal }) : server.callTool(name, {}, undefined, callOptions);
}`,
            },
          ],
        },
      ],
    },
    // the same interface closed only on the happy path: an abort leaves it open
    {
      code: `import { createInterface } from 'node:readline/promises';

export async function confirm(prompt: string, signal: AbortSignal): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question(\`\${prompt} [y/N] \`, { signal });
  rl.close();
  return /^y(es)?$/i.test(answer.trim());
}`,
      output: null,
      errors: [
        {
          messageId: 'missingSignal',
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              output: `import { createInterface } from 'node:readline/promises';

export async function confirm(prompt: string, signal: AbortSignal): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, signal });
  const answer = await rl.question(\`\${prompt} [y/N] \`, { signal });
  rl.close();
  return /^y(es)?$/i.test(answer.trim());
}`,
            },
          ],
        },
      ],
    },
    // the abort listener is registered only after the wait for ready: during it nothing stops the kiln
    {
      code: `import { once, type EventEmitter } from 'node:events';

interface Kiln extends EventEmitter {
  powerOn(): void;
  begin(): void;
  abort(): void;
}

export async function startFiring(kiln: Kiln, signal: AbortSignal): Promise<void> {
  signal.throwIfAborted();
  kiln.powerOn();
  await once(kiln, 'ready');
  const onAbort = () => kiln.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    kiln.begin();
    await once(kiln, 'complete');
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'missingSignal',
          line: 12,
          column: 9,
          endLine: 12,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              output: `import { once, type EventEmitter } from 'node:events';

interface Kiln extends EventEmitter {
  powerOn(): void;
  begin(): void;
  abort(): void;
}

export async function startFiring(kiln: Kiln, signal: AbortSignal): Promise<void> {
  signal.throwIfAborted();
  kiln.powerOn();
  await once(kiln, 'ready', { signal });
  const onAbort = () => kiln.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    kiln.begin();
    await once(kiln, 'complete');
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}`,
            },
          ],
        },
      ],
    },
    // readline over a file stream opened without the signal: nothing ends it on abort
    {
      code: `import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export async function countLines(path: string, signal: AbortSignal): Promise<number> {
  const input = createReadStream(path);
  let count = 0;
  const lines = createInterface({ input });
  lines.on('line', () => count++);
  await once(lines, 'close', { signal });
  return count;
}`,
      output: null,
      errors: [
        {
          messageId: 'missingSignal',
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              output: `import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export async function countLines(path: string, signal: AbortSignal): Promise<number> {
  const input = createReadStream(path, { signal });
  let count = 0;
  const lines = createInterface({ input });
  lines.on('line', () => count++);
  await once(lines, 'close', { signal });
  return count;
}`,
            },
          ],
        },
        {
          messageId: 'missingSignal',
          line: 8,
          column: 17,
          endLine: 8,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              output: `import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export async function countLines(path: string, signal: AbortSignal): Promise<number> {
  const input = createReadStream(path);
  let count = 0;
  const lines = createInterface({ input, signal });
  lines.on('line', () => count++);
  await once(lines, 'close', { signal });
  return count;
}`,
            },
          ],
        },
      ],
    },
    // a helper of the file that fetches without a signal and takes none, awaited where options.signal is in hand: the signal cannot reach the download
    {
      code: `interface Job { id: string; reportUrl: string }

async function downloadReport(job: Job): Promise<string> {
  const response = await fetch(job.reportUrl);
  return response.text();
}

export async function collect(jobs: Job[], options: { signal?: AbortSignal }): Promise<string[]> {
  const reports: string[] = [];
  for (const job of jobs) {
    options.signal?.throwIfAborted();
    reports.push(await downloadReport(job));
  }
  return reports;
}`,
      output: null,
      errors: [
        {
          messageId: 'signallessHelper',
          line: 12,
          column: 24,
          endLine: 12,
          endColumn: 38,
          suggestions: [],
        },
      ],
    },
    // The same loop with a 250 ms pause: an abort waits it out, so the sleep gets the signal.
    {
      code: `import { setTimeout as sleep } from 'node:timers/promises';
export async function drainBatches(batches: string[][], signal: AbortSignal, send: (batch: string[], signal: AbortSignal) => Promise<void>): Promise<void> {
  for (const batch of batches) {
    await send(batch, signal);
    await sleep(250);
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'missingSignal',
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              output: `import { setTimeout as sleep } from 'node:timers/promises';
export async function drainBatches(batches: string[][], signal: AbortSignal, send: (batch: string[], signal: AbortSignal) => Promise<void>): Promise<void> {
  for (const batch of batches) {
    await send(batch, signal);
    await sleep(250, undefined, { signal });
  }
}`,
            },
          ],
        },
      ],
    },
    // The same helper given options built without the signal: the response's end is waited for past an abort.
    {
      code: `import { request, type IncomingMessage, type ClientRequest } from 'node:http';
import { once } from 'node:events';

interface Init {
  path: string;
  signal?: AbortSignal;
}

function send(init: Init): ClientRequest {
  const req = request({ path: init.path, signal: init.signal });
  req.end();
  return req;
}

async function receive(req: ClientRequest): Promise<{ incoming: IncomingMessage; status: number }> {
  const [incoming] = (await once(req, 'response')) as [IncomingMessage];
  return { incoming, status: incoming.statusCode ?? 0 };
}

export async function fetchBody(init: Init): Promise<Buffer[]> {
  const { incoming } = await receive(send({ path: init.path }));
  const chunks: Buffer[] = [];
  incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
  await once(incoming, 'end');
  return chunks;
}`,
      output: null,
      errors: [
        {
          messageId: 'missingSignal',
          line: 24,
          column: 9,
          endLine: 24,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              output: `import { request, type IncomingMessage, type ClientRequest } from 'node:http';
import { once } from 'node:events';

interface Init {
  path: string;
  signal?: AbortSignal;
}

function send(init: Init): ClientRequest {
  const req = request({ path: init.path, signal: init.signal });
  req.end();
  return req;
}

async function receive(req: ClientRequest): Promise<{ incoming: IncomingMessage; status: number }> {
  const [incoming] = (await once(req, 'response')) as [IncomingMessage];
  return { incoming, status: incoming.statusCode ?? 0 };
}

export async function fetchBody(init: Init): Promise<Buffer[]> {
  const { incoming } = await receive(send({ path: init.path }));
  const chunks: Buffer[] = [];
  incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
  await once(incoming, 'end', { signal: init.signal });
  return chunks;
}`,
            },
          ],
        },
      ],
    },
    {
      // The request itself, outside the cancellation closure, still needs the caller's signal.
      code: `declare const transport: { send(message: object, options?: { signal?: AbortSignal }): Promise<void> };
export function request(id: number, options: { signal?: AbortSignal; timeoutMs: number }): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const cancel = (reason: unknown) => {
      transport.send({ method: 'notifications/cancelled', id, reason: String(reason) }).catch(() => {});
      reject(reason);
    };
    options.signal?.addEventListener('abort', () => cancel(options.signal?.reason), { once: true });
    setTimeout(() => cancel(new Error('timed out')), options.timeoutMs);
    transport.send({ method: 'call', id }).then(resolve, reject);
  });
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 10,
          column: 15,
          endLine: 10,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'options.signal' },
              output: `declare const transport: { send(message: object, options?: { signal?: AbortSignal }): Promise<void> };
export function request(id: number, options: { signal?: AbortSignal; timeoutMs: number }): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const cancel = (reason: unknown) => {
      transport.send({ method: 'notifications/cancelled', id, reason: String(reason) }).catch(() => {});
      reject(reason);
    };
    options.signal?.addEventListener('abort', () => cancel(options.signal?.reason), { once: true });
    setTimeout(() => cancel(new Error('timed out')), options.timeoutMs);
    transport.send({ method: 'call', id }, { signal: options.signal }).then(resolve, reject);
  });
}`,
            },
          ],
        },
      ],
    },
    {
      // A poll loop on the signal that throws its reason once it stops: not a quiet end, so the sleep the abort cannot cut short delays the failure.
      code: `import { setTimeout as sleep } from 'node:timers/promises';
export async function waitForDrain(queue: { size(): number }, signal: AbortSignal, intervalMs: number): Promise<void> {
  while (!signal.aborted) {
    if (queue.size() === 0) return;
    await sleep(intervalMs);
  }
  throw signal.reason;
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `import { setTimeout as sleep } from 'node:timers/promises';
export async function waitForDrain(queue: { size(): number }, signal: AbortSignal, intervalMs: number): Promise<void> {
  while (!signal.aborted) {
    if (queue.size() === 0) return;
    await sleep(intervalMs, undefined, { signal });
  }
  throw signal.reason;
}`,
            },
          ],
        },
      ],
    },
    {
      // pipeTo pushes into a sink and keeps going: it stays reported beside a pipeThrough that is not
      code: `export function decode(stream: ReadableStream<Uint8Array>, options: { signal?: AbortSignal }): ReadableStream<string> {
  if (options.signal?.aborted) throw new Error('aborted');
  return stream.pipeThrough(new TextDecoderStream());
}
export async function save(stream: ReadableStream<Uint8Array>, sink: WritableStream<Uint8Array>, options: { signal?: AbortSignal }): Promise<void> {
  if (options.signal?.aborted) throw new Error('aborted');
  await stream.pipeTo(sink);
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 7,
          column: 16,
          endLine: 7,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'options.signal' },
              output: `export function decode(stream: ReadableStream<Uint8Array>, options: { signal?: AbortSignal }): ReadableStream<string> {
  if (options.signal?.aborted) throw new Error('aborted');
  return stream.pipeThrough(new TextDecoderStream());
}
export async function save(stream: ReadableStream<Uint8Array>, sink: WritableStream<Uint8Array>, options: { signal?: AbortSignal }): Promise<void> {
  if (options.signal?.aborted) throw new Error('aborted');
  await stream.pipeTo(sink, { signal: options.signal });
}`,
            },
          ],
        },
      ],
    },
    {
      // the abort listener only logs: the wait for `finished` goes on after the abort
      code: `import { EventEmitter, once } from 'node:events';
interface Player extends EventEmitter {
  play(piece: string): void;
  stop(): void;
}
export async function perform(player: Player, piece: string, signal?: AbortSignal): Promise<number> {
  let strikes = 0;
  const onStrike = () => {
    strikes += 1;
  };
  const onAbort = () => console.warn("recital aborted");
  player.on('strike', onStrike);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    player.play(piece);
    await once(player, 'finished');
  } finally {
    player.off('strike', onStrike);
    signal?.removeEventListener('abort', onAbort);
  }
  return strikes;
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 16,
          column: 11,
          endLine: 16,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `import { EventEmitter, once } from 'node:events';
interface Player extends EventEmitter {
  play(piece: string): void;
  stop(): void;
}
export async function perform(player: Player, piece: string, signal?: AbortSignal): Promise<number> {
  let strikes = 0;
  const onStrike = () => {
    strikes += 1;
  };
  const onAbort = () => console.warn("recital aborted");
  player.on('strike', onStrike);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    player.play(piece);
    await once(player, 'finished', { signal });
  } finally {
    player.off('strike', onStrike);
    signal?.removeEventListener('abort', onAbort);
  }
  return strikes;
}`,
            },
          ],
        },
      ],
    },
    {
      // a child process handed to `once(…, { signal })`: the signal stops the wait, not the child (look-alike in valid: a socket handed to `pipeline`)
      code: `import { spawn } from 'node:child_process';
import { once } from 'node:events';
export async function compress(file: string, signal: AbortSignal): Promise<number | null> {
  const gzip = spawn('gzip', ['-9', file]);
  const [code] = (await once(gzip, 'exit', { signal })) as [number | null];
  return code;
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `import { spawn } from 'node:child_process';
import { once } from 'node:events';
export async function compress(file: string, signal: AbortSignal): Promise<number | null> {
  const gzip = spawn('gzip', ['-9', file], { signal });
  const [code] = (await once(gzip, 'exit', { signal })) as [number | null];
  return code;
}`,
            },
          ],
        },
      ],
    },
    // a poll loop on !signal.aborted whose local poll function hands the signal to fetch: it ends with an AbortError, so its sleep should take the signal too
    {
      code: `import { setTimeout as sleep } from 'node:timers/promises';
export async function pollStations(ids: string[], options: { intervalMs: number; signal: AbortSignal }): Promise<void> {
  const { intervalMs, signal } = options;
  async function pollStation(id: string): Promise<void> {
    try {
      const res = await fetch(\`https://gauges.example/\${id}\`, { signal });
      console.log(id, res.status);
    } catch (error) {
      if (signal.aborted) throw error;
      console.warn(id, error);
    }
  }
  while (!signal.aborted) {
    await Promise.all(ids.map((id) => pollStation(id)));
    await sleep(intervalMs);
  }
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 15,
          column: 11,
          endLine: 15,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'options.signal' },
              output: `import { setTimeout as sleep } from 'node:timers/promises';
export async function pollStations(ids: string[], options: { intervalMs: number; signal: AbortSignal }): Promise<void> {
  const { intervalMs, signal } = options;
  async function pollStation(id: string): Promise<void> {
    try {
      const res = await fetch(\`https://gauges.example/\${id}\`, { signal });
      console.log(id, res.status);
    } catch (error) {
      if (signal.aborted) throw error;
      console.warn(id, error);
    }
  }
  while (!signal.aborted) {
    await Promise.all(ids.map((id) => pollStation(id)));
    await sleep(intervalMs, undefined, { signal: options.signal });
  }
}`,
            },
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `import { setTimeout as sleep } from 'node:timers/promises';
export async function pollStations(ids: string[], options: { intervalMs: number; signal: AbortSignal }): Promise<void> {
  const { intervalMs, signal } = options;
  async function pollStation(id: string): Promise<void> {
    try {
      const res = await fetch(\`https://gauges.example/\${id}\`, { signal });
      console.log(id, res.status);
    } catch (error) {
      if (signal.aborted) throw error;
      console.warn(id, error);
    }
  }
  while (!signal.aborted) {
    await Promise.all(ids.map((id) => pollStation(id)));
    await sleep(intervalMs, undefined, { signal });
  }
}`,
            },
          ],
        },
      ],
    },
    // a test file's helper that takes a signal of its own is judged as library code: its poll sleep ignores it
    {
      code: `import { setTimeout as sleep } from 'node:timers/promises';
import { it, expect } from 'vitest';
declare const registry: { scanStatus(id: string): Promise<'done' | 'running'> };
async function waitForScan(id: string, opts: { signal: AbortSignal; intervalMs: number }): Promise<void> {
  while ((await registry.scanStatus(id)) !== 'done') {
    opts.signal.throwIfAborted();
    await sleep(opts.intervalMs);
  }
}
it('waits for the scan', async () => {
  await waitForScan('img-1', { signal: AbortSignal.timeout(5000), intervalMs: 200 });
  expect(true).toBe(true);
});`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 7,
          column: 11,
          endLine: 7,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'opts.signal' },
              output: `import { setTimeout as sleep } from 'node:timers/promises';
import { it, expect } from 'vitest';
declare const registry: { scanStatus(id: string): Promise<'done' | 'running'> };
async function waitForScan(id: string, opts: { signal: AbortSignal; intervalMs: number }): Promise<void> {
  while ((await registry.scanStatus(id)) !== 'done') {
    opts.signal.throwIfAborted();
    await sleep(opts.intervalMs, undefined, { signal: opts.signal });
  }
}
it('waits for the scan', async () => {
  await waitForScan('img-1', { signal: AbortSignal.timeout(5000), intervalMs: 200 });
  expect(true).toBe(true);
});`,
            },
          ],
        },
      ],
    },
    // a pipeline of two file streams next to a fetch given the signal: nothing in it hears the abort
    {
      code: `import { pipeline } from 'node:stream/promises';
import { createReadStream, createWriteStream } from 'node:fs';
export async function archive(from: string, to: string, signal: AbortSignal): Promise<void> {
  const res = await fetch('https://audit.example/start', { method: 'POST', signal });
  if (!res.ok) throw new Error('audit refused');
  await pipeline(createReadStream(from), createWriteStream(to));
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `import { pipeline } from 'node:stream/promises';
import { createReadStream, createWriteStream } from 'node:fs';
export async function archive(from: string, to: string, signal: AbortSignal): Promise<void> {
  const res = await fetch('https://audit.example/start', { method: 'POST', signal });
  if (!res.ok) throw new Error('audit refused');
  await pipeline(createReadStream(from), createWriteStream(to), { signal });
}`,
            },
          ],
        },
        {
          messageId: 'missingSignal',
          line: 6,
          column: 18,
          endLine: 6,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `import { pipeline } from 'node:stream/promises';
import { createReadStream, createWriteStream } from 'node:fs';
export async function archive(from: string, to: string, signal: AbortSignal): Promise<void> {
  const res = await fetch('https://audit.example/start', { method: 'POST', signal });
  if (!res.ok) throw new Error('audit refused');
  await pipeline(createReadStream(from, { signal }), createWriteStream(to));
}`,
            },
          ],
        },
        {
          messageId: 'missingSignal',
          line: 6,
          column: 42,
          endLine: 6,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `import { pipeline } from 'node:stream/promises';
import { createReadStream, createWriteStream } from 'node:fs';
export async function archive(from: string, to: string, signal: AbortSignal): Promise<void> {
  const res = await fetch('https://audit.example/start', { method: 'POST', signal });
  if (!res.ok) throw new Error('audit refused');
  await pipeline(createReadStream(from), createWriteStream(to, { signal }));
}`,
            },
          ],
        },
      ],
    },
    // the stream is put in an object handed to a call that gets no signal either: both are reported
    {
      code: `import { createReadStream, type ReadStream } from 'node:fs';
declare const s3: {
  putObject(input: { Bucket: string; Body: ReadStream }, options?: { abortSignal?: AbortSignal }): Promise<{ ETag?: string }>;
};
export async function upload(bucket: string, path: string, signal?: AbortSignal): Promise<string | undefined> {
  const result = await s3.putObject({ Bucket: bucket, Body: createReadStream(path) });
  return result.ETag;
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 6,
          column: 27,
          endLine: 6,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `import { createReadStream, type ReadStream } from 'node:fs';
declare const s3: {
  putObject(input: { Bucket: string; Body: ReadStream }, options?: { abortSignal?: AbortSignal }): Promise<{ ETag?: string }>;
};
export async function upload(bucket: string, path: string, signal?: AbortSignal): Promise<string | undefined> {
  const result = await s3.putObject({ Bucket: bucket, Body: createReadStream(path) }, { abortSignal: signal });
  return result.ETag;
}`,
            },
          ],
        },
        {
          messageId: 'missingSignal',
          line: 6,
          column: 61,
          endLine: 6,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `import { createReadStream, type ReadStream } from 'node:fs';
declare const s3: {
  putObject(input: { Bucket: string; Body: ReadStream }, options?: { abortSignal?: AbortSignal }): Promise<{ ETag?: string }>;
};
export async function upload(bucket: string, path: string, signal?: AbortSignal): Promise<string | undefined> {
  const result = await s3.putObject({ Bucket: bucket, Body: createReadStream(path, { signal }) });
  return result.ETag;
}`,
            },
          ],
        },
      ],
    },
    // options whose required signal the function never reads: the caller's cancellation is dropped all the same
    // (valid look-alike: a stub that never reads options with an optional signal)
    {
      code: `declare function transcode(file: string, options: { signal?: AbortSignal }): Promise<string>;
export async function convert(file: string, options: { signal: AbortSignal }): Promise<string> {
  return transcode(file, {});
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'options.signal' },
              output: `declare function transcode(file: string, options: { signal?: AbortSignal }): Promise<string>;
export async function convert(file: string, options: { signal: AbortSignal }): Promise<string> {
  return transcode(file, { signal: options.signal });
}`,
            },
          ],
        },
      ],
    },
    // the same loop, but the helper rejects on abort: the function is meant to stop by the abort, so the request should too
    {
      code: `declare function ping(id: string, options?: { signal?: AbortSignal }): Promise<{ live: boolean }>;
function nap(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => { clearTimeout(timer); reject(signal.reason); }, { once: true });
  });
}
export async function keepLeased(id: string, signal: AbortSignal) {
  while (!signal.aborted) {
    const { live } = await ping(id);
    if (!live) return;
    await nap(30_000, signal);
  }
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 10,
          column: 28,
          endLine: 10,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `declare function ping(id: string, options?: { signal?: AbortSignal }): Promise<{ live: boolean }>;
function nap(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => { clearTimeout(timer); reject(signal.reason); }, { once: true });
  });
}
export async function keepLeased(id: string, signal: AbortSignal) {
  while (!signal.aborted) {
    const { live } = await ping(id, { signal });
    if (!live) return;
    await nap(30_000, signal);
  }
}`,
            },
          ],
        },
      ],
    },
    // the same helper exported: callers elsewhere may give it a signal
    {
      code: `import { once } from 'node:events';
import { createServer } from 'node:net';
export async function startServer(socket: { port?: number; signal?: AbortSignal }) {
  const server = createServer();
  await once(server.listen(socket.port), 'listening');
  return server;
}
export async function both() {
  await startServer({ port: 1 });
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'socket.signal' },
              output: `import { once } from 'node:events';
import { createServer } from 'node:net';
export async function startServer(socket: { port?: number; signal?: AbortSignal }) {
  const server = createServer();
  await once(server.listen(socket.port), 'listening', { signal: socket.signal });
  return server;
}
export async function both() {
  await startServer({ port: 1 });
}`,
            },
          ],
        },
      ],
    },
    // one caller hands on its own options, which may carry a signal
    {
      code: `import { once } from 'node:events';
import { createServer } from 'node:net';
async function startServer(socket: { port?: number; signal?: AbortSignal }) {
  const server = createServer();
  await once(server.listen(socket.port), 'listening');
  return server;
}
export async function both(options: { port?: number; signal?: AbortSignal }) {
  await startServer({ port: 1 });
  await startServer(options);
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'socket.signal' },
              output: `import { once } from 'node:events';
import { createServer } from 'node:net';
async function startServer(socket: { port?: number; signal?: AbortSignal }) {
  const server = createServer();
  await once(server.listen(socket.port), 'listening', { signal: socket.signal });
  return server;
}
export async function both(options: { port?: number; signal?: AbortSignal }) {
  await startServer({ port: 1 });
  await startServer(options);
}`,
            },
          ],
        },
        {
          messageId: 'missingSignal',
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'options.signal' },
              output: `import { once } from 'node:events';
import { createServer } from 'node:net';
async function startServer(socket: { port?: number; signal?: AbortSignal }) {
  const server = createServer();
  await once(server.listen(socket.port), 'listening');
  return server;
}
export async function both(options: { port?: number; signal?: AbortSignal }) {
  await startServer({ port: 1, signal: options.signal });
  await startServer(options);
}`,
            },
          ],
        },
      ],
    },
    // the callback form of the same Node.js call starts work that runs on after the abort
    {
      code: `import { readFile } from 'node:fs';
export function loadLater(path: string, signal: AbortSignal, done: (error: Error | null, text: string) => void) {
  readFile(path, { encoding: 'utf8' }, done);
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `import { readFile } from 'node:fs';
export function loadLater(path: string, signal: AbortSignal, done: (error: Error | null, text: string) => void) {
  readFile(path, { encoding: 'utf8', signal }, done);
}`,
            },
          ],
        },
      ],
    },
    // a callback the callee runs when the work is done, not on abort: it still gets the signal
    {
      code: `${lease}export async function acquire(id: string, options?: { signal?: AbortSignal }) {
  const pending = open(id, { signal: options?.signal });
  return await waitThen(pending, options?.signal, () => {
    void pending.then((conn) => release(conn));
  });
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 9,
          column: 33,
          endLine: 9,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'options?.signal' },
              output: `${lease}export async function acquire(id: string, options?: { signal?: AbortSignal }) {
  const pending = open(id, { signal: options?.signal });
  return await waitThen(pending, options?.signal, () => {
    void pending.then((conn) => release(conn, { signal: options?.signal }));
  });
}`,
            },
          ],
        },
      ],
    },
    // the branch taken while the signal is live: the cleanup there can still be stopped
    {
      code: `${lease}export async function acquireOrGiveBack(id: string, signal: AbortSignal) {
  const conn = await open(id, { signal });
  if (!signal.aborted) {
    await release(conn);
  }
  return conn;
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 9,
          column: 11,
          endLine: 9,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `${lease}export async function acquireOrGiveBack(id: string, signal: AbortSignal) {
  const conn = await open(id, { signal });
  if (!signal.aborted) {
    await release(conn, { signal });
  }
  return conn;
}`,
            },
          ],
        },
      ],
    },
    // raced against a timeout, not the abort: the work runs on after the caller aborts
    {
      code: `${work}declare function expire(ms: number): Promise<never>;
export async function runTask(id: string, options: { signal?: AbortSignal }) {
  options.signal?.throwIfAborted();
  return await Promise.race([work(id), expire(1000)]);
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 6,
          column: 30,
          endLine: 6,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'options.signal' },
              output: `${work}declare function expire(ms: number): Promise<never>;
export async function runTask(id: string, options: { signal?: AbortSignal }) {
  options.signal?.throwIfAborted();
  return await Promise.race([work(id, { signal: options.signal }), expire(1000)]);
}`,
            },
          ],
        },
      ],
    },
    // a loop that stops on a counter, not the signal: the back-off keeps the caller waiting after the abort
    {
      code: `import { setTimeout as pause } from 'node:timers/promises';
declare function fetchPage(n: number, options?: { signal?: AbortSignal }): Promise<boolean>;
export async function fetchAll(options: { signal?: AbortSignal; backoff: number }) {
  for (let page = 0; page < 10; page++) {
    if (page > 0) await pause(options.backoff);
    if (!(await fetchPage(page, { signal: options.signal }))) return;
  }
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'options.signal' },
              output: `import { setTimeout as pause } from 'node:timers/promises';
declare function fetchPage(n: number, options?: { signal?: AbortSignal }): Promise<boolean>;
export async function fetchAll(options: { signal?: AbortSignal; backoff: number }) {
  for (let page = 0; page < 10; page++) {
    if (page > 0) await pause(options.backoff, undefined, { signal: options.signal });
    if (!(await fetchPage(page, { signal: options.signal }))) return;
  }
}`,
            },
          ],
        },
      ],
    },
    // the loop polls the signal but also hands it on: it is meant to stop by the abort, so the pause should too
    {
      code: `import { setTimeout as pause } from 'node:timers/promises';
declare function beat(options?: { signal?: AbortSignal }): Promise<void>;
export async function keepAlive(signal: AbortSignal) {
  while (!signal.aborted) {
    await beat({ signal });
    await pause(30_000);
  }
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 6,
          column: 11,
          endLine: 6,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `import { setTimeout as pause } from 'node:timers/promises';
declare function beat(options?: { signal?: AbortSignal }): Promise<void>;
export async function keepAlive(signal: AbortSignal) {
  while (!signal.aborted) {
    await beat({ signal });
    await pause(30_000, undefined, { signal });
  }
}`,
            },
          ],
        },
      ],
    },
    // the other branch has a signal and does not pass it
    {
      code: `${work}export async function fetchOne(id: string, options?: { signal?: AbortSignal }) {
  const { signal } = options || {};
  if (!signal) {
    return await work(id);
  }
  return await work(id);
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 8,
          column: 16,
          endLine: 8,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'options?.signal' },
              output: `${work}export async function fetchOne(id: string, options?: { signal?: AbortSignal }) {
  const { signal } = options || {};
  if (!signal) {
    return await work(id);
  }
  return await work(id, { signal: options?.signal });
}`,
            },
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `${work}export async function fetchOne(id: string, options?: { signal?: AbortSignal }) {
  const { signal } = options || {};
  if (!signal) {
    return await work(id);
  }
  return await work(id, { signal });
}`,
            },
          ],
        },
      ],
    },
    // look-alike: the `.then` callback keeps only the body: reported, and no spread of the promise is offered
    {
      code: `interface Opts { body?: string; path?: string; signal?: AbortSignal }
declare function post(path: string, options?: Opts | Promise<Opts>): Promise<Response>;
export async function send(path: string, opts: Opts) {
  return post(path, Promise.resolve(opts).then((o) => ({ body: o.body })));
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 14,
          suggestions: [],
        },
      ],
    },
    // look-alike: the listener stops another handle than the one the call yields
    {
      code: `import { spawn, type ChildProcess } from 'node:child_process';
export class Runner {
  child?: ChildProcess;
  other?: ChildProcess;
  start(cmd: string, signal: AbortSignal) {
    this.child = spawn(cmd);
    signal.addEventListener('abort', () => this.other?.kill());
  }
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 6,
          column: 18,
          endLine: 6,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `import { spawn, type ChildProcess } from 'node:child_process';
export class Runner {
  child?: ChildProcess;
  other?: ChildProcess;
  start(cmd: string, signal: AbortSignal) {
    this.child = spawn(cmd, { signal });
    signal.addEventListener('abort', () => this.other?.kill());
  }
}`,
            },
          ],
        },
      ],
    },
    // look-alike: the source got no signal: both the fetch and the pipe are reported
    {
      code: `export async function save(url: string, sink: WritableStream<Uint8Array>, signal: AbortSignal) {
  const res = await fetch(url);
  await res.body!.pipeTo(sink);
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `export async function save(url: string, sink: WritableStream<Uint8Array>, signal: AbortSignal) {
  const res = await fetch(url, { signal });
  await res.body!.pipeTo(sink);
}`,
            },
          ],
        },
        {
          messageId: 'missingSignal',
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `export async function save(url: string, sink: WritableStream<Uint8Array>, signal: AbortSignal) {
  const res = await fetch(url);
  await res.body!.pipeTo(sink, { signal });
}`,
            },
          ],
        },
      ],
    },
    // look-alike: consuming a stream into a promise (`toArray`) waits for it: reported
    {
      code: `import { Readable } from 'node:stream';
export async function all(source: Readable, signal: AbortSignal) { return source.toArray(); }`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 2,
          column: 82,
          endLine: 2,
          endColumn: 89,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `import { Readable } from 'node:stream';
export async function all(source: Readable, signal: AbortSignal) { return source.toArray({ signal }); }`,
            },
          ],
        },
      ],
    },
    // a callee whose text spans lines is named short in the message
    {
      code: `declare const api: { client: { get(url: string, options?: { signal?: AbortSignal }): Promise<string> } };
export async function f(signal: AbortSignal) {
  return api
    .client
    .get('/a');
}`,
      errors: [
        {
          messageId: 'missingSignal',
          data: { callee: 'get', signal: 'signal' },
          line: 5,
          column: 6,
          endLine: 5,
          endColumn: 9,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `declare const api: { client: { get(url: string, options?: { signal?: AbortSignal }): Promise<string> } };
export async function f(signal: AbortSignal) {
  return api
    .client
    .get('/a', { signal });
}`,
            },
          ],
        },
      ],
    },
    {
      code: `${work}async function f(signal: AbortSignal) { await fetch('/a'); }`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 3,
          column: 47,
          endLine: 3,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `${work}async function f(signal: AbortSignal) { await fetch('/a', { signal }); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${work}async function f(url: string, { signal }: { signal?: AbortSignal } = {}) {
  const response = await fetch(url, {
    method: 'POST',
  });
  return response.json();
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 4,
          column: 26,
          endLine: 4,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `${work}async function f(url: string, { signal }: { signal?: AbortSignal } = {}) {
  const response = await fetch(url, {
    method: 'POST',
    signal,
  });
  return response.json();
}`,
            },
          ],
        },
      ],
    },
    {
      code: `${work}async function f(options: { signal?: AbortSignal; retries: number }) { await work('a', { retries: options.retries }); }`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 3,
          column: 78,
          endLine: 3,
          endColumn: 82,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'options.signal' },
              output: `${work}async function f(options: { signal?: AbortSignal; retries: number }) { await work('a', { retries: options.retries, signal: options.signal }); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${work}async function f(signal: AbortSignal) { await poll('a'); }`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 3,
          column: 47,
          endLine: 3,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `${work}async function f(signal: AbortSignal) { await poll('a', signal); }`,
            },
          ],
        },
      ],
    },
    // a controller wired to the received signal is derived from it: either may be handed on
    {
      code: `${work}async function f(parent: AbortSignal) {
  const controller = new AbortController();
  parent.addEventListener('abort', () => controller.abort(), { once: true });
  return work('a', { retries: 1 });
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'parent' },
              output: `${work}async function f(parent: AbortSignal) {
  const controller = new AbortController();
  parent.addEventListener('abort', () => controller.abort(), { once: true });
  return work('a', { retries: 1, signal: parent });
}`,
            },
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'controller.signal' },
              output: `${work}async function f(parent: AbortSignal) {
  const controller = new AbortController();
  parent.addEventListener('abort', () => controller.abort(), { once: true });
  return work('a', { retries: 1, signal: controller.signal });
}`,
            },
          ],
        },
      ],
    },
    // the same, through a named listener on the options' signal
    {
      code: `${work}async function f(options: { signal?: AbortSignal }) {
  const inner = new AbortController();
  const onAbort = () => inner.abort();
  options.signal?.addEventListener('abort', onAbort);
  await poll('a', inner.signal);
  await poll('b');
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'options.signal' },
              output: `${work}async function f(options: { signal?: AbortSignal }) {
  const inner = new AbortController();
  const onAbort = () => inner.abort();
  options.signal?.addEventListener('abort', onAbort);
  await poll('a', inner.signal);
  await poll('b', options.signal);
}`,
            },
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'inner.signal' },
              output: `${work}async function f(options: { signal?: AbortSignal }) {
  const inner = new AbortController();
  const onAbort = () => inner.abort();
  options.signal?.addEventListener('abort', onAbort);
  await poll('a', inner.signal);
  await poll('b', inner.signal);
}`,
            },
          ],
        },
      ],
    },
    {
      code: `${work}import { setTimeout as sleep } from 'node:timers/promises';
async function f(signal: AbortSignal) { await sleep(100); }`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 4,
          column: 47,
          endLine: 4,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `${work}import { setTimeout as sleep } from 'node:timers/promises';
async function f(signal: AbortSignal) { await sleep(100, undefined, { signal }); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${work}import { once } from 'node:events';
import type { EventEmitter } from 'node:events';
async function f(emitter: EventEmitter, signal: AbortSignal) { await once(emitter, 'ready'); }`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 5,
          column: 70,
          endLine: 5,
          endColumn: 74,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `${work}import { once } from 'node:events';
import type { EventEmitter } from 'node:events';
async function f(emitter: EventEmitter, signal: AbortSignal) { await once(emitter, 'ready', { signal }); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${work}import { readFile } from 'node:fs/promises';
async function f(path: string, signal: AbortSignal) { return readFile(path, { encoding: 'utf8' }); }`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 4,
          column: 62,
          endLine: 4,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `${work}import { readFile } from 'node:fs/promises';
async function f(path: string, signal: AbortSignal) { return readFile(path, { encoding: 'utf8', signal }); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${work}import { readFile } from 'node:fs/promises';
async function f(path: string, signal: AbortSignal) { return readFile(path, 'utf8'); }`,
      errors: [{ messageId: 'missingSignal', line: 4, column: 62, endLine: 4, endColumn: 70 }],
    },
    {
      code: `${work}import { execFile } from 'node:child_process';
function f(signal: AbortSignal) { execFile('ls', ['-l'], { cwd: '/tmp' }, (error) => { if (error) console.error(error); }); }`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 4,
          column: 35,
          endLine: 4,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `${work}import { execFile } from 'node:child_process';
function f(signal: AbortSignal) { execFile('ls', ['-l'], { cwd: '/tmp', signal }, (error) => { if (error) console.error(error); }); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${work}async function f(ids: string[], signal: AbortSignal) { return Promise.all(ids.map((id) => work(id))); }`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 3,
          column: 91,
          endLine: 3,
          endColumn: 95,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `${work}async function f(ids: string[], signal: AbortSignal) { return Promise.all(ids.map((id) => work(id, { signal }))); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${work}async function f(signal: AbortSignal) { const init = { method: 'POST' }; await fetch('/a', init); }`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 3,
          column: 80,
          endLine: 3,
          endColumn: 85,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `${work}async function f(signal: AbortSignal) { const init = { method: 'POST' }; await fetch('/a', { ...init, signal }); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${work}async function f(parent: AbortSignal) {
  const controller = new AbortController();
  const signal = AbortSignal.any([parent, controller.signal]);
  await fetch('/a');
  return signal;
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'parent' },
              output: `${work}async function f(parent: AbortSignal) {
  const controller = new AbortController();
  const signal = AbortSignal.any([parent, controller.signal]);
  await fetch('/a', { signal: parent });
  return signal;
}`,
            },
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `${work}async function f(parent: AbortSignal) {
  const controller = new AbortController();
  const signal = AbortSignal.any([parent, controller.signal]);
  await fetch('/a', { signal });
  return signal;
}`,
            },
          ],
        },
      ],
    },
    {
      code: `${work}async function f(signal: AbortSignal | undefined) { await work('a', {}); }`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 3,
          column: 59,
          endLine: 3,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `${work}async function f(signal: AbortSignal | undefined) { await work('a', { signal }); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${work}class Client { async get(url: string, { signal }: { signal?: AbortSignal } = {}) { return fetch(url, { headers: { accept: 'application/json' } }); } }`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 3,
          column: 91,
          endLine: 3,
          endColumn: 96,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `${work}class Client { async get(url: string, { signal }: { signal?: AbortSignal } = {}) { return fetch(url, { headers: { accept: 'application/json' }, signal }); } }`,
            },
          ],
        },
      ],
    },

    {
      code: `${work}async function f(url: string, signal: AbortSignal) { return fetch(new Request(url)); }`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 3,
          column: 71,
          endLine: 3,
          endColumn: 78,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `${work}async function f(url: string, signal: AbortSignal) { return fetch(new Request(url, { signal })); }`,
            },
          ],
        },
      ],
    },

    {
      code: `${work}import * as fs from 'node:fs/promises';
export async function read(path: string, signal: AbortSignal) { return fs.readFile(path, { encoding: 'utf8' }); }`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 4,
          column: 75,
          endLine: 4,
          endColumn: 83,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `${work}import * as fs from 'node:fs/promises';
export async function read(path: string, signal: AbortSignal) { return fs.readFile(path, { encoding: 'utf8', signal }); }`,
            },
          ],
        },
      ],
    },

    // the factory's next call is real work: it is checked
    {
      code: `declare class Manager {
  fork(options?: { signal?: AbortSignal; clear?: boolean }): Manager;
  find(id: string, options?: { signal?: AbortSignal }): Promise<string>;
}
export async function findFresh(em: Manager, id: string, { signal }: { signal?: AbortSignal } = {}) {
  const fork = em.fork({ clear: true });
  return fork.find(id);
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 7,
          column: 15,
          endLine: 7,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `declare class Manager {
  fork(options?: { signal?: AbortSignal; clear?: boolean }): Manager;
  find(id: string, options?: { signal?: AbortSignal }): Promise<string>;
}
export async function findFresh(em: Manager, id: string, { signal }: { signal?: AbortSignal } = {}) {
  const fork = em.fork({ clear: true });
  return fork.find(id, { signal });
}`,
            },
          ],
        },
      ],
    },
    // a Node.js API that returns no promise still starts work
    {
      code: `import { spawn } from 'node:child_process';
export function run(cmd: string, signal: AbortSignal) { return spawn(cmd, [], { stdio: 'inherit' }); }`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 2,
          column: 64,
          endLine: 2,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `import { spawn } from 'node:child_process';
export function run(cmd: string, signal: AbortSignal) { return spawn(cmd, [], { stdio: 'inherit', signal }); }`,
            },
          ],
        },
      ],
    },
    // options that are read, but not handed on
    {
      code: `declare function populate(names: string[], options?: { signal?: AbortSignal; refresh?: boolean }): Promise<void>;
export async function load(options: { signal?: AbortSignal; refresh?: boolean }) {
  const opts = { refresh: options.refresh };
  await populate(['a'], opts);
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'options.signal' },
              output: `declare function populate(names: string[], options?: { signal?: AbortSignal; refresh?: boolean }): Promise<void>;
export async function load(options: { signal?: AbortSignal; refresh?: boolean }) {
  const opts = { refresh: options.refresh };
  await populate(['a'], { ...opts, signal: options.signal });
}`,
            },
          ],
        },
      ],
    },
    // a signal destructured from the options in the body is the received one
    {
      code: `${work}async function f(options: { signal?: AbortSignal }) {
  const { signal } = options;
  await poll('a');
  return signal;
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'options.signal' },
              output: `${work}async function f(options: { signal?: AbortSignal }) {
  const { signal } = options;
  await poll('a', options.signal);
  return signal;
}`,
            },
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `${work}async function f(options: { signal?: AbortSignal }) {
  const { signal } = options;
  await poll('a', signal);
  return signal;
}`,
            },
          ],
        },
      ],
    },
    // a retry's back-off past the abort guard in its catch is ordinary work, not cleanup
    {
      code: `declare function sleep(ms: number, options?: { signal?: AbortSignal }): Promise<void>;
declare function send(item: string, options: { signal: AbortSignal }): Promise<void>;
export const sendAll = async (items: string[], { signal, retries = 3 }: { signal: AbortSignal; retries?: number }) => {
  for (const item of items) {
    for (let attempt = 0; ; attempt++) {
      try {
        await send(item, { signal });
        break;
      } catch (err) {
        if (signal.aborted || attempt >= retries) throw err;
        await sleep(250 * 2 ** attempt);
      }
    }
  }
};`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 11,
          column: 15,
          endLine: 11,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `declare function sleep(ms: number, options?: { signal?: AbortSignal }): Promise<void>;
declare function send(item: string, options: { signal: AbortSignal }): Promise<void>;
export const sendAll = async (items: string[], { signal, retries = 3 }: { signal: AbortSignal; retries?: number }) => {
  for (const item of items) {
    for (let attempt = 0; ; attempt++) {
      try {
        await send(item, { signal });
        break;
      } catch (err) {
        if (signal.aborted || attempt >= retries) throw err;
        await sleep(250 * 2 ** attempt, { signal });
      }
    }
  }
};`,
            },
          ],
        },
      ],
    },
    // the guard may be `throwIfAborted()`, the fallback may be returned
    {
      code: `async function f(url: string, mirror: string, signal: AbortSignal) {
  try {
    return await fetch(url, { signal });
  } catch {
    signal.throwIfAborted();
    return await fetch(mirror);
  }
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 6,
          column: 18,
          endLine: 6,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `async function f(url: string, mirror: string, signal: AbortSignal) {
  try {
    return await fetch(url, { signal });
  } catch {
    signal.throwIfAborted();
    return await fetch(mirror, { signal });
  }
}`,
            },
          ],
        },
      ],
    },
    // inside the branch that aborts cannot take
    {
      code: `declare function sleep(ms: number, options?: { signal?: AbortSignal }): Promise<void>;
async function f(signal: AbortSignal, retries: number) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetch('/a', { signal });
    } catch (err) {
      if (!signal.aborted && attempt < retries) {
        await sleep(100 * attempt);
        continue;
      }
      throw err;
    }
  }
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 8,
          column: 15,
          endLine: 8,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `declare function sleep(ms: number, options?: { signal?: AbortSignal }): Promise<void>;
async function f(signal: AbortSignal, retries: number) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetch('/a', { signal });
    } catch (err) {
      if (!signal.aborted && attempt < retries) {
        await sleep(100 * attempt, { signal });
        continue;
      }
      throw err;
    }
  }
}`,
            },
          ],
        },
      ],
    },
    // an abort-error test that exits is a guard too
    {
      code: `${work}async function f(id: string, signal: AbortSignal) {
  try { return await work(id, { signal }); } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    return work('fallback', { retries: 1 });
  }
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `${work}async function f(id: string, signal: AbortSignal) {
  try { return await work(id, { signal }); } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    return work('fallback', { retries: 1, signal });
  }
}`,
            },
          ],
        },
      ],
    },
    // a guard whose branch leaves on every path, here through an `if`/`else` (alwaysExits, syntax/exits.ts)
    {
      code: `declare function sleep(ms: number, options?: { signal?: AbortSignal }): Promise<void>;
async function f(signal: AbortSignal) {
  for (;;) {
    try {
      return await fetch('/a', { signal });
    } catch (err) {
      if (signal.aborted) {
        if (err instanceof Error) throw err;
        else throw new Error(String(err));
      }
      await sleep(100);
    }
  }
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 11,
          column: 13,
          endLine: 11,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `declare function sleep(ms: number, options?: { signal?: AbortSignal }): Promise<void>;
async function f(signal: AbortSignal) {
  for (;;) {
    try {
      return await fetch('/a', { signal });
    } catch (err) {
      if (signal.aborted) {
        if (err instanceof Error) throw err;
        else throw new Error(String(err));
      }
      await sleep(100, { signal });
    }
  }
}`,
            },
          ],
        },
      ],
    },
    // look-alike: options given as a promise that does not carry the signal: reported, but a spread of the promise is
    // never offered
    {
      code: `${work}interface Options { body?: string; signal?: AbortSignal }
declare function post(path: string, options?: Options | Promise<Options>): Promise<Response>;
declare function buildOptions(options: { body?: string }): Promise<Options>;
export async function send(path: string, body: string, signal: AbortSignal) {
  return post(path, buildOptions({ body }));
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 7,
          column: 10,
          endLine: 7,
          endColumn: 14,
          suggestions: [],
        },
      ],
    },
    // nor for options that may be a promise (`T | Promise<T>`)
    {
      code: `${work}interface PostOptions { body?: string; signal?: AbortSignal }
declare function post(path: string, options?: PostOptions | Promise<PostOptions>): Promise<Response>;
declare function buildOptions(body: string): { body?: string } | Promise<{ body?: string }>;
export async function send(path: string, body: string, signal: AbortSignal) {
  return post(path, buildOptions(body));
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 7,
          column: 10,
          endLine: 7,
          endColumn: 14,
          suggestions: [],
        },
      ],
    },
    // nor for options that are a class instance: a spread would drop the members of its prototype (`delay`)
    {
      code: `${work}class RetryPolicy { retries = 3; get delay() { return 100; } }
declare function retrying(id: string, options?: { signal?: AbortSignal; retries?: number; delay?: number }): Promise<string>;
export async function f(policy: RetryPolicy, signal: AbortSignal) { return retrying('a', policy); }`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 5,
          column: 76,
          endLine: 5,
          endColumn: 84,
          suggestions: [],
        },
      ],
    },
    // look-alike: the signal may be `null` and the slot takes `AbortSignal | undefined`: not offered
    {
      code: `${work}export async function f({ signal }: { signal?: AbortSignal | null }) { return work('a', { retries: 1 }); }`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 3,
          column: 79,
          endLine: 3,
          endColumn: 83,
          suggestions: [],
        },
      ],
    },
    // nor for a direct parameter that does not take `null`
    {
      code: `${work}export async function f({ signal }: { signal?: AbortSignal | null }) { await poll('a'); }`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 3,
          column: 78,
          endLine: 3,
          endColumn: 82,
          suggestions: [],
        },
      ],
    },
    // offered where the slot takes `null` (`RequestInit.signal` is `AbortSignal | null`)
    {
      code: `${work}export async function f({ signal }: { signal?: AbortSignal | null }) { return fetch('/a', { method: 'POST' }); }`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 3,
          column: 79,
          endLine: 3,
          endColumn: 84,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `${work}export async function f({ signal }: { signal?: AbortSignal | null }) { return fetch('/a', { method: 'POST', signal }); }`,
            },
          ],
        },
      ],
    },
    // arguments one per line: the signal goes on a line of its own, before the trailing comma's place
    {
      code: `${work}async function f(signal: AbortSignal) {
  await poll(
    'a',
  );
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `${work}async function f(signal: AbortSignal) {
  await poll(
    'a',
    signal,
  );
}`,
            },
          ],
        },
      ],
    },
    // an options literal under `as` gets the property; a multi-line call keeps its layout
    {
      code: `${work}async function f(signal: AbortSignal) {
  await work(
    'a',
    { retries: 1 },
  );
  await fetch('/b', { method: 'POST' } as RequestInit);
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `${work}async function f(signal: AbortSignal) {
  await work(
    'a',
    { retries: 1, signal },
  );
  await fetch('/b', { method: 'POST' } as RequestInit);
}`,
            },
          ],
        },
        {
          messageId: 'missingSignal',
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `${work}async function f(signal: AbortSignal) {
  await work(
    'a',
    { retries: 1 },
  );
  await fetch('/b', { method: 'POST', signal } as RequestInit);
}`,
            },
          ],
        },
      ],
    },
    // look-alike: the listener is on another signal than the one in hand: the caller's abort still does not stop it
    {
      code: `import { spawn } from 'node:child_process';
declare const shutdown: AbortSignal;
export function run(cmd: string, signal: AbortSignal) {
  const child = spawn(cmd);
  shutdown.addEventListener('abort', () => child.kill());
  return child;
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `import { spawn } from 'node:child_process';
declare const shutdown: AbortSignal;
export function run(cmd: string, signal: AbortSignal) {
  const child = spawn(cmd, { signal });
  shutdown.addEventListener('abort', () => child.kill());
  return child;
}`,
            },
          ],
        },
      ],
    },
    // no fix of its own; a team may promote the suggestion to one (`settings.settle.promoteToFix`)
    {
      code: `${work}async function f(signal: AbortSignal) { await fetch('/a'); }`,
      settings: { settle: { promoteToFix: ['require-signal-propagation/suggestPassSignal'] } },
      output: `${work}async function f(signal: AbortSignal) { await fetch('/a', { signal }); }`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 3,
          column: 47,
          endLine: 3,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'signal' },
              output: `${work}async function f(signal: AbortSignal) { await fetch('/a', { signal }); }`,
            },
          ],
        },
      ],
    },
  ],
});

// A signal the function holds through an object that carries one (`ctx.signal`, a `Request`'s `signal`).
const digest = (fetchCall: string) => `import { createHash } from 'node:crypto';
interface Ctx { signal: AbortSignal; log: string[] }
export async function digest(url: string, ctx: Ctx): Promise<string> {
  ctx.log.push(url);
  const res = await ${fetchCall};
  const body = await res.text();
  return createHash('sha256').update(body).digest('hex');
}`;

typedRuleTester().run('require-signal-propagation', rule, {
  valid: [
    // the context's signal goes to the request; the hash is an in-memory transform that starts no work
    digest('fetch(url, { signal: ctx.signal })'),
    // test code: the runner's timeout, not a caller's abort, ends the work (the same helper outside a test is reported below)
    `import { it } from 'vitest';
interface Ctx { signal: AbortSignal; log: string[] }
async function get(url: string, ctx: Ctx): Promise<string> {
  ctx.log.push(url);
  const res = await fetch(url);
  return res.text();
}
it('fetches', async () => {
  await get('https://example.invalid', { signal: new AbortController().signal, log: [] });
});`,
  ],
  invalid: [
    {
      code: digest('fetch(url)'),
      errors: [
        {
          messageId: 'missingSignal',
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 26,
          suggestions: [{ messageId: 'suggestPassSignal', output: digest('fetch(url, { signal: ctx.signal })') }],
        },
      ],
    },
    {
      // a proxy that drops the incoming request's signal keeps the upstream request running after the client left
      code: `export async function proxy(request: Request): Promise<Response> {
  return fetch('https://upstream.invalid' + new URL(request.url).pathname);
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              output: `export async function proxy(request: Request): Promise<Response> {
  return fetch('https://upstream.invalid' + new URL(request.url).pathname, { signal: request.signal });
}`,
            },
          ],
        },
      ],
    },
  ],
});
