import rule from '../../rules/no-read-before-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A call on the emitter may fire its listeners at once (`emit` inside a method of an in-process
// emitter), except on channels whose events come from another thread, process or peer.
typedRuleTester().run('no-read-before-settle', rule, {
  valid: [
    // Waiting for the pulse before reading, and a declared `feed(chunk)` (a parser may emit during it): no early read.
    `import { EventEmitter, once } from 'node:events';
declare const meters: { meter(id: string): EventEmitter & { arm(): void; feed(chunk: string): void } };
export async function prime(id: string): Promise<number> {
  const meter = meters.meter(id);
  const armedAt = Date.now();
  let firstPulseAt = armedAt;
  meter.once('pulse', (at: number) => {
    firstPulseAt = at;
  });
  const pulsed = once(meter, 'pulse');
  meter.arm();
  await pulsed;
  return firstPulseAt - armedAt;
}
export function countRecords(id: string, chunk: string): number {
  const parser = meters.meter(id);
  let records = 0;
  parser.on('record', () => {
    records += 1;
  });
  parser.feed(chunk);
  return records;
}`,
    // A request awaited where it is made: the read after it is after a wait.
    `import { once, type EventEmitter } from 'node:events';

interface VatProbe extends EventEmitter {
  calibrate(): Promise<{ offset: number }>;
}

export class Watch {
  private count = 0;
  private offset = 0;

  constructor(private readonly probe: VatProbe) {
    probe.on('reading', () => {
      this.count += 1;
    });
  }

  async run(limit: number): Promise<number> {
    await this.probe.calibrate().then(({ offset }) => {
      this.offset = offset;
    });
    const started = this.count;
    while (this.count - started < limit) await once(this.probe, 'reading');
    return this.offset;
  }
}`,
    // A declared method that may report a change at once (applyOffset) is a call that may run the listener.
    `import type { EventEmitter } from 'node:events';

interface HoopRobot extends EventEmitter {
  calibrate(): void;
  applyOffset(offset: number): void;
}

export class Session {
  private offset = 0;

  constructor(private readonly robot: HoopRobot) {}

  // \`applyOffset\` may report the change synchronously: the read after it is not judged.
  plan(stitches: number[]): number[] {
    this.robot.once('offset-changed', (measured: number) => {
      this.offset = measured;
    });
    this.robot.applyOffset(2);
    return stitches.map((x) => x + this.offset);
  }
}`,
    // the same over an in-memory PassThrough, whose write can emit at once: not judged
    `import { PassThrough } from 'node:stream';

export function echoLength(text: string): number {
  const port = new PassThrough();
  let length: number | undefined;
  port.once('data', (chunk: Buffer) => {
    length = chunk.length;
  });
  port.write(text);
  return length ?? 0;
}`,
    // the same over an in-memory PassThrough, which can emit during the write: not judged
    `import { PassThrough } from 'node:stream';

export class ScaleLink {
  private grams: number | undefined;

  constructor(private readonly socket: PassThrough) {
    socket.on('data', (chunk: Buffer) => {
      this.grams = Number(chunk.toString('utf8'));
    });
  }

  private poll(): void {
    this.socket.write('W\\n');
  }

  weigh(): number {
    this.poll();
    const grams = this.grams;
    return grams ?? 0;
  }
}`,
    // a refresh that also writes the load at once from a cache: the read sees that value on purpose
    `declare const cells: { read(n: number): Promise<number>; cached(n: number): number };

export class Rail {
  private load = 0;

  refresh(n: number): void {
    this.load = cells.cached(n);
    cells.read(n).then(
      (kg) => {
        this.load = kg;
      },
      () => undefined,
    );
  }

  speedFor(n: number): number {
    this.refresh(n);
    return this.load > 100 ? 0.5 : 1;
  }
}`,
    // the same refresh as an async method that is awaited before the read
    `declare const cells: { read(n: number): Promise<number> };

export class Rail {
  private load = 0;

  async refresh(n: number): Promise<void> {
    this.load = await cells.read(n);
  }

  async speedFor(n: number): Promise<number> {
    await this.refresh(n);
    return this.load > 100 ? 0.5 : 1;
  }
}`,
    // the count read before the request, kept on purpose as the last known one
    `import { Worker } from 'node:worker_threads';

export class StockGate {
  private left = 0;

  constructor(private readonly counter: Worker) {
    counter.on('error', () => {
      this.left = 0;
    });
  }

  private askLeft(item: string): void {
    this.counter.once('message', (reply: { left: number }) => {
      this.left = reply.left;
    });
    this.counter.postMessage({ ask: 'left', item });
  }

  canSell(item: string, wanted: number): boolean {
    const known = this.left;
    this.askLeft(item);
    return known >= wanted;
  }
}`,
    // the same, with the welcome awaited before the token is read
    `import { EventEmitter, once } from 'node:events';

interface DockChannel extends EventEmitter {
  open(): void;
  close(): void;
}
declare function dialDock(id: string): DockChannel;

export class DockSession {
  private token: string | undefined;

  private wire(channel: DockChannel): void {
    channel.on('welcome', (grant: { token: string }) => {
      this.token = grant.token;
    });
  }

  async start(id: string): Promise<string | undefined> {
    const channel = dialDock(id);
    this.wire(channel);
    channel.open();
    await once(channel, 'welcome');
    return this.token;
  }
}`,
    // the same helper-registered listener, with the token only tested (a check whether the welcome is there)
    `import { EventEmitter } from 'node:events';

interface DockChannel extends EventEmitter {
  open(): void;
  close(): void;
}
declare function dialDock(id: string): DockChannel;

export class DockSession {
  private token: string | undefined;

  private wire(channel: DockChannel): void {
    channel.on('welcome', (grant: { token: string }) => {
      this.token = grant.token;
    });
  }

  start(id: string): boolean {
    const channel = dialDock(id);
    this.wire(channel);
    channel.open();
    if (this.token) return true;
    return false;
  }
}`,
    // a function of this file named requestReading emits at once, as a test double would: not judged
    `import { EventEmitter } from 'node:events';
interface Scale extends EventEmitter {
  requestReading(): void;
}
// a fake that answers during the call, as a test double would
export class FakeScale extends EventEmitter implements Scale {
  requestReading(): void {
    this.emit('weight', 12.5);
  }
}
export class WeighStation {
  private lastWeightKg = 0;
  constructor(private readonly scale: Scale) {
    scale.on('weight', (kg: number) => {
      this.lastWeightKg = kg;
    });
  }
  weigh(containerKg: number): number {
    this.scale.requestReading();
    return this.lastWeightKg - containerKg;
  }
}`,
    // waiting for the reply; reading before the request; testing whether a reply came; a property a method also writes
    `import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
export class GateCounter {
  private lastCount = 0;
  private label = '';
  private readonly worker = new Worker('./counter.js');
  constructor() {
    this.worker.on('message', (reply: { count: number; label: string }) => {
      this.lastCount = reply.count;
      this.label = reply.label;
    });
  }
  // waits for the reply before reading it
  async occupancy(gate: string): Promise<number> {
    this.worker.postMessage({ type: 'count', gate });
    await once(this.worker, 'message');
    return this.lastCount;
  }
  // the value from before, read before the request: stale-while-revalidate on purpose
  cached(gate: string): number {
    const previous = this.lastCount;
    this.worker.postMessage({ type: 'count', gate });
    return previous;
  }
  // a check whether any reply has come yet
  hasReply(gate: string): boolean {
    this.worker.postMessage({ type: 'count', gate });
    if (this.lastCount === 0) return false;
    return true;
  }
  rename(label: string): string {
    this.label = label;
    this.worker.postMessage({ type: 'rename', label });
    return this.label;
  }
}`,
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
    // `meter.arm()` on a declared device asks it to report later: the listener's write comes after this read.
    {
      code: `import { EventEmitter } from 'node:events';
declare const meters: { meter(id: string): EventEmitter & { arm(): void } };
export function prime(id: string): number | null {
  const meter = meters.meter(id);
  const armedAt = Date.now();
  let firstPulseAt: number | undefined;
  meter.once('pulse', (at: number) => {
    firstPulseAt = at;
  });
  meter.arm();
  return firstPulseAt === undefined ? null : firstPulseAt - armedAt;
}`,
      output: null,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 11,
          column: 10,
          endLine: 11,
          endColumn: 22,
          suggestions: [],
        },
      ],
    },
    // A device asked to calibrate answers in a later turn, and a declared reading returns a number: the offset is read before it came.
    {
      code: `import type { EventEmitter } from 'node:events';

interface HoopRobot extends EventEmitter {
  calibrate(): void;
  rawOffset(): number;
}

export class Session {
  private offset = 0;

  constructor(private readonly robot: HoopRobot) {}

  plan(stitches: number[]): number[] {
    this.robot.once('calibrated', (measured: number) => {
      this.offset = measured;
    });
    this.robot.calibrate();
    const drift = this.robot.rawOffset();
    return stitches.map((x) => x + this.offset + drift);
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 19,
          column: 36,
          endLine: 19,
          endColumn: 47,
          suggestions: [],
        },
      ],
    },
    // a write to a device port the program declares itself, and the value its once listener writes read right after (the fallback is always taken)
    {
      code: `import { EventEmitter } from 'node:events';

interface GaugePort extends EventEmitter {
  write(command: string): void;
}
declare function openGauge(path: string): GaugePort;

export function readPressure(path: string, fallback: number): number {
  const port = openGauge(path);
  let latest: number | undefined;
  port.once('pressure', (value: number) => {
    latest = value;
  });
  port.write('P?\\r\\n');
  return latest ?? fallback;
}`,
      output: null,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 15,
          column: 10,
          endLine: 15,
          endColumn: 16,
          suggestions: [],
        },
      ],
    },
    // a write to a node:net socket (through a method of the class) and the weight its data listener keeps read right after: the answer comes off the network later
    {
      code: `import type { Socket } from 'node:net';

export class ScaleLink {
  private grams: number | undefined;

  constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.grams = Number(chunk.toString('utf8'));
    });
  }

  private poll(): void {
    this.socket.write('W\\n');
  }

  weigh(): number {
    this.poll();
    const grams = this.grams;
    return grams ?? 0;
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 18,
          column: 19,
          endLine: 18,
          endColumn: 29,
          suggestions: [],
        },
      ],
    },
    // a method called now that writes the load only in a reaction of its own (this.refresh(n) starting cells.read(n).then(…)): the load read right after is the one from before
    {
      code: `declare const cells: { read(n: number): Promise<number> };

export class Rail {
  private load = 0;

  refresh(n: number): void {
    cells.read(n).then(
      (kg) => {
        this.load = kg;
      },
      () => undefined,
    );
  }

  speedFor(n: number): number {
    this.refresh(n);
    return this.load > 100 ? 0.5 : 1;
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 17,
          column: 12,
          endLine: 17,
          endColumn: 21,
          suggestions: [],
        },
      ],
    },
    // a method of the class sends the request (this.askLeft(item) posts to the worker) and the caller reads the count right after; the worker's error listener resetting the count is a listener on the same peer
    {
      code: `import { Worker } from 'node:worker_threads';

export class StockGate {
  private left = 0;

  constructor(private readonly counter: Worker) {
    counter.on('error', () => {
      this.left = 0;
    });
  }

  private askLeft(item: string): void {
    this.counter.once('message', (reply: { left: number }) => {
      this.left = reply.left;
    });
    this.counter.postMessage({ ask: 'left', item });
  }

  canSell(item: string, wanted: number): boolean {
    this.askLeft(item);
    return this.left >= wanted;
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 21,
          column: 12,
          endLine: 21,
          endColumn: 21,
          suggestions: [],
        },
      ],
    },
    // a listener a helper method registers on the channel it is handed (this.wire(channel)), a declared open() on that channel, and the token read right after: the welcome cannot have come yet
    {
      code: `import { EventEmitter } from 'node:events';

interface DockChannel extends EventEmitter {
  open(): void;
  close(): void;
}
declare function dialDock(id: string): DockChannel;

export class DockSession {
  private token: string | undefined;

  private wire(channel: DockChannel): void {
    channel.on('welcome', (grant: { token: string }) => {
      this.token = grant.token;
    });
  }

  start(id: string): string | undefined {
    const channel = dialDock(id);
    this.wire(channel);
    channel.open();
    return this.token;
  }

  stop(): void {
    this.token = undefined;
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 22,
          column: 12,
          endLine: 22,
          endColumn: 22,
          suggestions: [],
        },
      ],
    },
    // a declared requestReading() on the scale a constructor parameter property holds: the weight read right after is the previous one
    {
      code: `import { EventEmitter } from 'node:events';
interface Scale extends EventEmitter {
  requestReading(): void;
  tare(): Promise<void>;
}
export class WeighStation {
  private lastWeightKg = 0;
  constructor(private readonly scale: Scale) {
    scale.on('weight', (kg: number) => {
      this.lastWeightKg = kg;
    });
  }
  async weigh(containerKg: number): Promise<number> {
    await this.scale.tare();
    this.scale.requestReading();
    const grossKg = this.lastWeightKg;
    return grossKg - containerKg;
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 16,
          column: 21,
          endLine: 16,
          endColumn: 38,
          suggestions: [],
        },
      ],
    },
    // a worker's reply lands in a property its listener (registered in the constructor) writes; a method posts the request and returns the property at once: the previous reply
    {
      code: `import { Worker } from 'node:worker_threads';
export class GateCounter {
  private lastCount = 0;
  private readonly worker = new Worker('./counter.js');
  constructor() {
    this.worker.on('message', (reply: { count: number }) => {
      this.lastCount = reply.count;
    });
  }
  occupancy(gate: string): number {
    this.worker.postMessage({ type: 'count', gate });
    return this.lastCount;
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 12,
          column: 12,
          endLine: 12,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
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
