import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

const ruleTester = typedRuleTester();

describe('repeatedSettle: a callback that runs again settles again', () => {
  ruleTester.run('no-multiple-settle', rule, {
    valid: [
      // `if (!failed) resolve(out);` in a once-callback: the skipped branch is the path where the flag says another callback settled first.
      `import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
export function readLines(path: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const input = createReadStream(path);
    const lines = createInterface({ input });
    const out: string[] = [];
    let failed = false;
    const fail = (err: Error) => {
      if (failed) return;
      failed = true;
      lines.close();
      reject(err);
    };
    lines.on('line', (line) => {
      if (line.length > 200) fail(new Error('line too long'));
      else out.push(line);
    });
    input.once('error', fail);
    lines.once('close', () => {
      if (!failed) resolve(out);
    });
  });
}`,
      // A reply callback registered on each tick of an interval: a tick that settles nothing leaves it to a later one.
      `declare const fanBus: {
  readStatus(fanId: string, cb: (err: Error | null, rpm?: number) => void): void;
};
export function waitForSpinUp(fanId: string, targetRpm: number, maxPolls = 40): Promise<number> {
  return new Promise((resolve, reject) => {
    let polls = 0;
    const interval = setInterval(() => {
      fanBus.readStatus(fanId, (err, rpm) => {
        polls++;
        if (err || rpm === undefined) {
          clearInterval(interval);
          reject(err ?? new Error('no status'));
          return;
        }
        if (rpm >= targetRpm) {
          clearInterval(interval);
          resolve(rpm);
          return;
        }
        if (polls >= maxPolls) {
          clearInterval(interval);
          reject(new Error(\`only \${rpm} rpm\`));
        }
      });
    }, 250);
  });
}`,
      // completion callbacks registered one per item in a loop count down: a run that does not settle is one of many
      `declare const items: string[];
declare function handle(item: string, callback: (err?: Error) => void): void;
export function processAll() {
  return new Promise<void>((resolve, reject) => {
    let pending = items.length;
    if (pending === 0) return resolve();
    for (const item of items) {
      handle(item, (err) => {
        if (err) return reject(err);
        if (--pending === 0) resolve();
      });
    }
  });
}`,
      // every outcome a declared completion callback reports settles
      `type Outcome = { kind: 'done'; cp: number } | { kind: 'fault'; code: string } | { kind: 'lid-open'; strokes: number };
declare const driver: { run(id: string, onOutcome: (o: Outcome) => void): void };

export function grind(id: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    driver.run(id, (outcome) => {
      switch (outcome.kind) {
        case 'done':
          resolve(outcome.cp);
          break;
        case 'fault':
          reject(new Error(outcome.code));
          break;
        case 'lid-open':
          reject(new Error(\`lid opened after \${outcome.strokes} strokes\`));
          break;
      }
    });
  });
}`,
      // a declared progress callback may run many times: a kind that settles nothing is an interim report
      `type Outcome = { kind: 'done'; cp: number } | { kind: 'fault'; code: string } | { kind: 'lid-open'; strokes: number };
declare const driver: { run(id: string, onProgress: (o: Outcome) => void): void };

export function grind(id: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    driver.run(id, (outcome) => {
      switch (outcome.kind) {
        case 'done':
          resolve(outcome.cp);
          break;
        case 'fault':
          reject(new Error(outcome.code));
          break;
        case 'lid-open':
          console.warn('lid opened', outcome.strokes);
          break;
      }
    });
  });
}`,
      // the same with a flag tested before the total accumulates
      `interface Crate { kg: number }
interface Loader {
  onCrate(listener: (crate: Crate) => void): () => void;
  onFault(listener: (error: Error) => void): () => void;
}

export function fillTruck(loader: Loader, capacityKg: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let loadedKg = 0;
    const stopFaults = loader.onFault((error) => {
      stopCrates();
      reject(error);
    });
    let full = false;
    const stopCrates = loader.onCrate((crate) => {
      if (full) return;
      loadedKg += crate.kg;
      if (loadedKg >= capacityKg) {
        full = true;
        stopFaults();
        resolve(loadedKg);
      }
    });
  });
}`,
      // the same callback also ending its own subscription
      `interface Crate { kg: number }
interface Loader {
  onCrate(listener: (crate: Crate) => void): () => void;
  onFault(listener: (error: Error) => void): () => void;
}

export function fillTruck(loader: Loader, capacityKg: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let loadedKg = 0;
    const stopFaults = loader.onFault((error) => {
      stopCrates();
      reject(error);
    });
    const stopCrates = loader.onCrate((crate) => {
      loadedKg += crate.kg;
      if (loadedKg >= capacityKg) {
        stopFaults();
        stopCrates();
        resolve(loadedKg);
      }
    });
  });
}`,
      // the same with each way to settle stopping the other
      `declare const dock: { lastBeacon(): { id: number } | undefined };

export function awaitBeacon(id: number, ms: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const poll = setInterval(() => {
      if (dock.lastBeacon()?.id === id) {
        clearInterval(poll);
        clearTimeout(deadline);
        resolve(id);
      }
    }, 200);
    const deadline = setTimeout(() => {
      clearInterval(poll);
      reject(new Error(\`no beacon \${id}\`));
    }, ms);
  });
}`,
      // the same with the listener taken off on both paths
      `import { EventEmitter } from 'node:events';

declare const gauges: EventEmitter & { watch(tank: string): void; unwatch(tank: string): void };

export function waitForLevel(tank: string, level: number, ms: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onLevel = (name: string, value: number) => {
      if (name !== tank || value < level) return;
      clearTimeout(timer);
      gauges.off('level', onLevel);
      gauges.unwatch(tank);
      resolve(value);
    };
    const timer = setTimeout(() => {
      gauges.off('level', onLevel);
      gauges.unwatch(tank);
      reject(new Error(\`\${tank} below \${level}\`));
    }, ms);
    gauges.on('level', onLevel);
    gauges.watch(tank);
  });
}`,
      // a helper in a test folder: its deadline lives as long as the test run
      {
        code: `declare function fetchUser(id: string): Promise<string>;
export function userWithin(id: string, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error('timed out')), ms);
    fetchUser(id).then(resolve, reject);
  });
}`,
        filename: 'tests/helper.ts',
      },
      // each branch that settles clears the interval (a switch case's statements are one branch)
      `declare const mast: { latest(): { knots: number } | undefined };
export function waitForCalm(maxKnots: number, deadline: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const reading = mast.latest();
      switch (true) {
        case Date.now() > deadline:
          clearInterval(timer);
          reject(new Error('no calm window'));
          break;
        case reading !== undefined && reading.knots <= maxKnots:
          clearInterval(timer);
          resolve(reading!.knots);
          break;
      }
    }, 1000);
  });
}`,
      // the same deadline cleared on both outcomes, unref'd, or a tick under 100 ms
      `declare function fetchUser(id: string): Promise<string>;
const TICK_MS = 10;
export function userWithin(id: string, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    fetchUser(id).then(
      (user) => {
        clearTimeout(timer);
        resolve(user);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
// unref'd: it holds nothing
export function userWithinUnref(id: string, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error('timed out')), ms).unref();
    fetchUser(id).then(resolve, reject);
  });
}
// a tick, not a wait
export function userSoon(id: string): Promise<string> {
  return new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error('not cached')), TICK_MS);
    fetchUser(id).then(resolve, reject);
  });
}`,
      // the callback takes itself away with the unsubscribe function the subscription handed back
      `declare const sensors: {
  subscribe(id: string, onSample: (sample: { metres: number }) => void): () => void;
  debounced(fn: (sample: { metres: number }) => void): (sample: { metres: number }) => void;
};
export function waitForLevel(id: string, target: number, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error('timeout'));
    }, timeoutMs);
    const unsubscribe = sensors.subscribe(id, (sample) => {
      if (Math.abs(sample.metres - target) < 0.05) {
        clearTimeout(timer);
        unsubscribe();
        resolve(sample.metres);
      }
    });
  });
}`,
      // In test code, the same poll unref()ed: it holds nothing alive, and a repeated resolve is a no-op the runner never sees.
      `import { test } from 'node:test';
import assert from 'node:assert/strict';
declare const queue: { size(): number; add(job: string): void };
function waitForEmpty(timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      if (queue.size() > 0) return;
      clearTimeout(deadline);
      resolve();
    }, 5);
    poll.unref();
    const deadline = setTimeout(() => {
      clearInterval(poll);
      reject(new Error('queue did not drain'));
    }, timeoutMs);
  });
}
test('drains', async () => {
  queue.add('a');
  await waitForEmpty(500);
  assert.equal(queue.size(), 0);
});`,
      // In test code, the same poll cleared on the resolving path.
      `import { test } from 'node:test';
import assert from 'node:assert/strict';
declare const queue: { size(): number; add(job: string): void };
function waitForEmpty(timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      if (queue.size() > 0) return;
      clearTimeout(deadline);
      clearInterval(poll);
      resolve();
    }, 5);
    const deadline = setTimeout(() => {
      clearInterval(poll);
      reject(new Error('queue did not drain'));
    }, timeoutMs);
  });
}
test('drains', async () => {
  queue.add('a');
  await waitForEmpty(500);
  assert.equal(queue.size(), 0);
});`,
      // a timer kept in the entry and cleared on every way the class settles it
      `interface Pending {
  resolve: (ack: string) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}
declare const link: { send(id: string): void };
export class Clearance {
  private readonly pending = new Map<string, Pending>();
  request(id: string): Promise<string> {
    const { promise, resolve, reject } = Promise.withResolvers<string>();
    const timer = setTimeout(() => {
      this.pending.delete(id);
      reject(new Error(\`clearance \${id} timed out\`));
    }, 5000);
    this.pending.set(id, { resolve, reject, timer });
    link.send(id);
    return promise;
  }
  onAck(id: string, ack: string): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.pending.delete(id);
    entry.resolve(ack);
  }
  onDenied(id: string, reason: string): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.pending.delete(id);
    entry.reject(new Error(reason));
  }
}`,
      // a test helper's expiry timer that only removes the listener it raced and resolves: late, the removal removes nothing, and the short expiry holds nothing the test needs
      `import { it } from 'vitest';
import { EventEmitter } from 'node:events';
const emitter = new EventEmitter();
const results: string[] = [];
export function waitForNext(test?: (result: string) => void, expire?: number): Promise<void> {
  return new Promise((resolve) => {
    function done() {
      const result = results.shift()!;
      test?.(result);
      resolve();
    }
    if (results.length > 0) return done();
    emitter.once('next', done);
    if (expire)
      setTimeout(() => {
        emitter.off('next', done);
        resolve();
      }, expire);
  });
}
it('sees the next result', async () => {
  results.push('ok');
  await waitForNext(undefined, 30);
});`,
      // The same callback returns after rejecting: nothing later is handed a settle function on that path.
      `import { get } from 'node:https';
import { createWriteStream } from 'node:fs';
export function download(url: string, path: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const request = get(url, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(\`GET \${url} answered \${res.statusCode}\`));
        return;
      }
      const file = createWriteStream(path);
      res.pipe(file);
      file.on('error', reject);
      file.on('finish', () => resolve(path));
    });
    request.on('error', reject);
  });
}`,
      // a per-call listener on this that takes itself away when it settles
      `import { EventEmitter } from 'node:events';
declare const plc: { closePaddle(lock: string): void; openPaddle(lock: string): void };
export class Chamber extends EventEmitter {
  constructor(readonly name: string) {
    super();
  }
  settleTo(target: number): Promise<number> {
    return new Promise<number>((resolve) => {
      const onLevel = (metres: number) => {
        if (metres < target) return;
        plc.closePaddle(this.name);
        this.off('level', onLevel);
        resolve(metres);
      };
      this.on('level', onLevel);
      plc.openPaddle(this.name);
    });
  }
}`,
      // repeatedSettle: a `message` listener on a worker the function creates for this one request
      `import { Worker } from 'node:worker_threads';
export function checksum(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker('./checksum-worker.js', { workerData: path });
    worker.on('message', (digest: string) => resolve(digest));
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(\`checksum worker exited with \${code}\`));
    });
  });
}`,
      // repeatedSettle: the per-call listener takes itself away once its own reply came
      `import { fork, type ChildProcess } from 'node:child_process';
interface Reply { id: number; ok: boolean; value?: unknown; error?: string }
export class Bridge {
  private readonly child: ChildProcess = fork('./driver.js');
  private seq = 0;
  call<T>(op: string): Promise<T> {
    const id = ++this.seq;
    return new Promise<T>((resolve, reject) => {
      const onMessage = (raw: unknown) => {
        const reply = raw as Reply;
        if (reply.id !== id) return;
        this.child.off('message', onMessage);
        if (reply.ok) resolve(reply.value as T);
        else reject(new Error(reply.error ?? \`\${op} failed\`));
      };
      this.child.on('message', onMessage);
      this.child.send({ id, op });
    });
  }
}`,
      // `clearTimeout` of an interval's handle stops the interval
      `export function firstTick(ms: number, ready: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const poll = setInterval(() => {
      if (ready()) {
        clearTimeout(poll);
        resolve();
      }
    }, ms);
  });
}`,
      // the listener takes itself off when it settles; clearing the reply timeout is a separate matter
      `import type { Duplex } from 'node:stream';
export function command(port: Duplex, cmd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error('timeout')), 1500);
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString('latin1');
      const end = buffer.indexOf('\\r\\n');
      if (end !== -1) {
        clearTimeout(timer);
        port.off('data', onData);
        resolve(buffer.slice(0, end));
      }
    };
    port.on('data', onData);
    port.write(cmd);
  });
}`,
      // the connect timeout is cleared on the way that resolves too
      `import net from 'node:net';
export function connectClient(port: number, timeoutMs = 2_000): Promise<net.Socket> {
  return new Promise<net.Socket>((resolve, reject) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(\`could not connect to port \${port} within \${timeoutMs}ms\`));
    }, timeoutMs);
    socket.once("connect", () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}`,
      // both ways to settle clear the timer through a local function
      `import net from 'node:net';
export function connectClient(port: number, timeoutMs = 2_000): Promise<net.Socket> {
  return new Promise<net.Socket>((resolve, reject) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(\`could not connect to port \${port} within \${timeoutMs}ms\`));
    }, timeoutMs);
    const done = () => clearTimeout(timer);
    socket.once('connect', () => {
      done();
      resolve(socket);
    });
    socket.once('error', (err) => {
      done();
      reject(err);
    });
  });
}`,
      // a repeating listener that only rejects, on a failure of the work it started: later failures of work that
      // already failed are all it loses (bullmq's key scan; look-alike in invalid: a listener that resolves each time)
      `import { Readable } from 'node:stream';
declare function purge(keys: string[]): Promise<void>;
export function purgeAll(keys: Readable): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    keys.on('data', (batch: string[]) => {
      purge(batch).catch((error: unknown) => reject(error));
    });
    keys.on('end', () => resolve());
    keys.on('error', reject);
  });
}`,
      // an interval cleared before it settles
      `declare function ready(): boolean;
export function waitReady(): Promise<void> {
  return new Promise<void>((resolve) => {
    const handle = setInterval(() => {
      if (ready()) {
        clearInterval(handle);
        resolve();
      }
    }, 100);
  });
}`,
      // `data` only collects; `end` settles
      `import type { Readable } from 'node:stream';
export function collect(stream: Readable): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
    stream.on('end', () => resolve(text));
    stream.on('error', reject);
  });
}`,
      // the line listener closes the reader before settling
      `import { createInterface } from 'node:readline';
export function firstLine(input: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input });
    rl.on('line', (line) => {
      rl.close();
      resolve(line);
    });
  });
}`,
      // a flag the change listener tests and sets
      `export function firstChange(input: HTMLInputElement): Promise<string> {
  return new Promise((resolve) => {
    let done = false;
    input.addEventListener('change', () => {
      if (done) return;
      done = true;
      resolve(input.value);
    });
  });
}`,
      // test code: the runner ends a listener left behind
      `import { it } from 'vitest';
import { connect } from 'node:net';
it('greets', async () => {
  const socket = connect(7000);
  await new Promise<string>((resolve, reject) => {
    socket.on('data', (chunk) => resolve(chunk.toString()));
    socket.once('close', () => reject(new Error('closed before a greeting')));
  });
});`,
      // `message`: a first reply is all that is awaited
      `export function ask(ws: WebSocket, question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    ws.onmessage = (event) => resolve(String(event.data));
    ws.onerror = () => reject(new Error('socket error'));
    ws.send(question);
  });
}`,
    ],
    invalid: [
      // A test of something other than a settled flag leaves the other path unsettled.
      {
        code: `import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
export function readLines(path: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const input = createReadStream(path);
    const lines = createInterface({ input });
    const out: string[] = [];
    let failed = false;
    const fail = (err: Error) => {
      if (failed) return;
      failed = true;
      lines.close();
      reject(err);
    };
    lines.on('line', (line) => {
      if (line.length > 200) fail(new Error('line too long'));
      else out.push(line);
    });
    input.once('error', fail);
    lines.once('close', () => {
      if (out.length > 0) resolve(out);
    });
  });
}`,
        output: null,
        errors: [
          {
            messageId: 'neverSettles',
            line: 20,
            column: 28,
            endLine: 20,
            endColumn: 30,
            suggestions: [],
          },
        ],
      },
      // The same poll made once by a timeout: the reply that settles nothing is the last word.
      {
        code: `declare const fanBus: {
  readStatus(fanId: string, cb: (err: Error | null, rpm?: number) => void): void;
};
export function waitForSpinUp(fanId: string, targetRpm: number, maxPolls = 40): Promise<number> {
  return new Promise((resolve, reject) => {
    let polls = 0;
    const interval = setTimeout(() => {
      fanBus.readStatus(fanId, (err, rpm) => {
        polls++;
        if (err || rpm === undefined) {
          clearTimeout(interval);
          reject(err ?? new Error('no status'));
          return;
        }
        if (rpm >= targetRpm) {
          clearTimeout(interval);
          resolve(rpm);
          return;
        }
        if (polls >= maxPolls) {
          clearTimeout(interval);
          reject(new Error(\`only \${rpm} rpm\`));
        }
      });
    }, 250);
  });
}`,
        output: null,
        errors: [
          {
            messageId: 'neverSettles',
            line: 8,
            column: 43,
            endLine: 8,
            endColumn: 45,
            suggestions: [],
          },
        ],
      },
      // a declared completion callback (onOutcome) runs once, and its lid-open case settles nothing
      {
        code: `type Outcome = { kind: 'done'; cp: number } | { kind: 'fault'; code: string } | { kind: 'lid-open'; strokes: number };
declare const driver: { run(id: string, onOutcome: (o: Outcome) => void): void };

export function grind(id: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    driver.run(id, (outcome) => {
      switch (outcome.kind) {
        case 'done':
          resolve(outcome.cp);
          break;
        case 'fault':
          reject(new Error(outcome.code));
          break;
        case 'lid-open':
          console.warn('lid opened', outcome.strokes);
          break;
      }
    });
  });
}`,
        output: null,
        errors: [
          {
            messageId: 'neverSettles',
            line: 6,
            column: 30,
            endLine: 6,
            endColumn: 32,
            suggestions: [],
          },
        ],
      },
      // a declared onCrate hook handing back its unsubscribe: the callback stops the fault subscription, not its own, and the running total stays over capacity, so every later crate settles again
      {
        code: `interface Crate { kg: number }
interface Loader {
  onCrate(listener: (crate: Crate) => void): () => void;
  onFault(listener: (error: Error) => void): () => void;
}

export function fillTruck(loader: Loader, capacityKg: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let loadedKg = 0;
    const stopFaults = loader.onFault((error) => {
      stopCrates();
      reject(error);
    });
    const stopCrates = loader.onCrate((crate) => {
      loadedKg += crate.kg;
      if (loadedKg >= capacityKg) {
        stopFaults();
        resolve(loadedKg);
      }
    });
  });
}`,
        output: null,
        errors: [
          {
            messageId: 'repeatedSettle',
            line: 18,
            column: 9,
            endLine: 18,
            endColumn: 26,
            suggestions: [],
          },
        ],
      },
      // a poll interval cleared only where it resolves: when the deadline rejects, it keeps polling for good (the deadline, never cleared either, is a held timer)
      {
        code: `declare const dock: { lastBeacon(): { id: number } | undefined };

export function awaitBeacon(id: number, ms: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const poll = setInterval(() => {
      if (dock.lastBeacon()?.id === id) {
        clearInterval(poll);
        resolve(id);
      }
    }, 200);
    setTimeout(() => {
      reject(new Error(\`no beacon \${id}\`));
    }, ms);
  });
}`,
        output: null,
        errors: [
          {
            messageId: 'leakedInterval',
            line: 5,
            column: 18,
            endLine: 10,
            endColumn: 12,
            suggestions: [
              {
                messageId: 'suggestClearTimer',
                output: `declare const dock: { lastBeacon(): { id: number } | undefined };

export function awaitBeacon(id: number, ms: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const poll = setInterval(() => {
      if (dock.lastBeacon()?.id === id) {
        clearInterval(poll);
        resolve(id);
      }
    }, 200);
    setTimeout(() => {
      clearInterval(poll);
      reject(new Error(\`no beacon \${id}\`));
    }, ms);
  });
}`,
              },
            ],
          },
          {
            messageId: 'heldTimer',
            line: 11,
            column: 5,
            endLine: 13,
            endColumn: 11,
            suggestions: [],
          },
        ],
      },
      // the success path stops the gauge feed (unwatch) but not the listener, which the timeout path takes off by name: later levels settle again
      {
        code: `import { EventEmitter } from 'node:events';

declare const gauges: EventEmitter & { watch(tank: string): void; unwatch(tank: string): void };

export function waitForLevel(tank: string, level: number, ms: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onLevel = (name: string, value: number) => {
      if (name !== tank || value < level) return;
      clearTimeout(timer);
      gauges.unwatch(tank);
      resolve(value);
    };
    const timer = setTimeout(() => {
      gauges.off('level', onLevel);
      gauges.unwatch(tank);
      reject(new Error(\`\${tank} below \${level}\`));
    }, ms);
    gauges.on('level', onLevel);
    gauges.watch(tank);
  });
}`,
        output: null,
        errors: [
          {
            messageId: 'repeatedSettle',
            line: 11,
            column: 7,
            endLine: 11,
            endColumn: 21,
            suggestions: [
              {
                messageId: 'suggestOnce',
                output: `import { EventEmitter } from 'node:events';

declare const gauges: EventEmitter & { watch(tank: string): void; unwatch(tank: string): void };

export function waitForLevel(tank: string, level: number, ms: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onLevel = (name: string, value: number) => {
      if (name !== tank || value < level) return;
      clearTimeout(timer);
      gauges.unwatch(tank);
      resolve(value);
    };
    const timer = setTimeout(() => {
      gauges.off('level', onLevel);
      gauges.unwatch(tank);
      reject(new Error(\`\${tank} below \${level}\`));
    }, ms);
    gauges.once('level', onLevel);
    gauges.watch(tank);
  });
}`,
              },
            ],
          },
        ],
      },
      // the interval is cleared on the deadline's branch only: each later calm reading resolves again
      {
        code: `declare const mast: { latest(): { knots: number } | undefined };
export function waitForCalm(maxKnots: number, deadline: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (Date.now() > deadline) {
        clearInterval(timer);
        reject(new Error('no calm window'));
        return;
      }
      const reading = mast.latest();
      if (reading && reading.knots <= maxKnots) resolve(reading.knots);
    }, 1000);
  });
}`,
        output: null,
        errors: [
          {
            messageId: 'repeatedSettle',
            line: 11,
            column: 49,
            endLine: 11,
            endColumn: 71,
            suggestions: [],
          },
        ],
      },
      // a deadline that only rejects, never cleared: late it does nothing, but it holds the process for its whole delay after every call (heldTimer)
      {
        code: `declare function fetchUser(id: string): Promise<string>;
export function userWithin(id: string, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error('timed out')), ms);
    fetchUser(id).then(resolve, reject);
  });
}`,
        output: null,
        errors: [
          {
            messageId: 'heldTimer',
            line: 4,
            column: 5,
            endLine: 4,
            endColumn: 57,
            suggestions: [
              {
                messageId: 'suggestClearTimer',
                output: `declare function fetchUser(id: string): Promise<string>;
export function userWithin(id: string, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    fetchUser(id).then((value) => { clearTimeout(timer); resolve(value); }, (error) => { clearTimeout(timer); reject(error); });
  });
}`,
              },
            ],
          },
        ],
      },
      // a declared subscription runs its callback on every sample: clearing the timeout does not stop it, and resolve runs again
      {
        code: `declare const sensors: {
  subscribe(id: string, onSample: (sample: { metres: number }) => void): () => void;
};
export function waitForLevel(id: string, target: number, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error('timeout'));
    }, timeoutMs);
    const unsubscribe = sensors.subscribe(id, (sample) => {
      if (Math.abs(sample.metres - target) < 0.05) {
        clearTimeout(timer);
        resolve(sample.metres);
      }
    });
  });
}`,
        output: null,
        errors: [
          {
            messageId: 'repeatedSettle',
            line: 13,
            column: 9,
            endLine: 13,
            endColumn: 31,
            suggestions: [],
          },
        ],
      },
      // In test code too, a poll interval the resolving path does not clear: it keeps the event loop alive after the test, and the run never ends.
      {
        code: `import { test } from 'node:test';
import assert from 'node:assert/strict';
declare const queue: { size(): number; add(job: string): void };
function waitForEmpty(timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      if (queue.size() > 0) return;
      clearTimeout(deadline);
      resolve();
    }, 5);
    const deadline = setTimeout(() => {
      clearInterval(poll);
      reject(new Error('queue did not drain'));
    }, timeoutMs);
  });
}
test('drains', async () => {
  queue.add('a');
  await waitForEmpty(500);
  assert.equal(queue.size(), 0);
});`,
        output: null,
        errors: [
          {
            messageId: 'repeatedSettle',
            line: 9,
            column: 7,
            endLine: 9,
            endColumn: 16,
            suggestions: [
              {
                messageId: 'suggestClearInterval',
                output: `import { test } from 'node:test';
import assert from 'node:assert/strict';
declare const queue: { size(): number; add(job: string): void };
function waitForEmpty(timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      if (queue.size() > 0) return;
      clearTimeout(deadline);
      clearInterval(poll);
      resolve();
    }, 5);
    const deadline = setTimeout(() => {
      clearInterval(poll);
      reject(new Error('queue did not drain'));
    }, timeoutMs);
  });
}
test('drains', async () => {
  queue.add('a');
  await waitForEmpty(500);
  assert.equal(queue.size(), 0);
});`,
              },
            ],
          },
        ],
      },
      // a timer kept in the entry, cleared when the class rejects and not when it resolves: it still fires and deletes the entry again
      {
        code: `interface Pending {
  resolve: (ack: string) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}
declare const link: { send(id: string): void };
export class Clearance {
  private readonly pending = new Map<string, Pending>();
  request(id: string): Promise<string> {
    const { promise, resolve, reject } = Promise.withResolvers<string>();
    const timer = setTimeout(() => {
      this.pending.delete(id);
      reject(new Error(\`clearance \${id} timed out\`));
    }, 5000);
    this.pending.set(id, { resolve, reject, timer });
    link.send(id);
    return promise;
  }
  onAck(id: string, ack: string): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    entry.resolve(ack);
  }
  onDenied(id: string, reason: string): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.pending.delete(id);
    entry.reject(new Error(reason));
  }
}`,
        output: null,
        errors: [
          {
            messageId: 'lingeringTimer',
            line: 11,
            column: 19,
            endLine: 14,
            endColumn: 13,
            suggestions: [
              {
                messageId: 'suggestClearKeptTimer',
                output: `interface Pending {
  resolve: (ack: string) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}
declare const link: { send(id: string): void };
export class Clearance {
  private readonly pending = new Map<string, Pending>();
  request(id: string): Promise<string> {
    const { promise, resolve, reject } = Promise.withResolvers<string>();
    const timer = setTimeout(() => {
      this.pending.delete(id);
      reject(new Error(\`clearance \${id} timed out\`));
    }, 5000);
    this.pending.set(id, { resolve, reject, timer });
    link.send(id);
    return promise;
  }
  onAck(id: string, ack: string): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    clearTimeout(entry.timer);
    entry.resolve(ack);
  }
  onDenied(id: string, reason: string): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.pending.delete(id);
    entry.reject(new Error(reason));
  }
}`,
              },
            ],
          },
        ],
      },
      {
        // the same expiry timer in library code: it holds the event loop for its whole delay after every call
        code: `import { EventEmitter } from 'node:events';
const emitter = new EventEmitter();
const results: string[] = [];
export function waitForNext(test?: (result: string) => void, expire?: number): Promise<void> {
  return new Promise((resolve) => {
    function done() {
      const result = results.shift()!;
      test?.(result);
      resolve();
    }
    if (results.length > 0) return done();
    emitter.once('next', done);
    if (expire)
      setTimeout(() => {
        emitter.off('next', done);
        resolve();
      }, expire);
  });
}`,
        errors: [
          {
            messageId: 'lingeringTimer',
            line: 14,
            column: 7,
            endLine: 17,
            endColumn: 17,
            suggestions: [],
          },
        ],
      },
      {
        // the same expiry timer also emits an event: that still happens after the promise settled another way
        code: `import { EventEmitter } from 'node:events';
const emitter = new EventEmitter();
const results: string[] = [];
export function waitForNext(test?: (result: string) => void, expire?: number): Promise<void> {
  return new Promise((resolve) => {
    function done() {
      const result = results.shift()!;
      test?.(result);
      resolve();
    }
    if (results.length > 0) return done();
    emitter.once('next', done);
    if (expire)
      setTimeout(() => {
        emitter.off('next', done);
        emitter.emit('expired');
        resolve();
      }, expire);
  });
}`,
        errors: [
          {
            messageId: 'lingeringTimer',
            line: 14,
            column: 7,
            endLine: 18,
            endColumn: 17,
            suggestions: [],
          },
        ],
      },
      {
        // A response callback rejects on a bad status without returning, then hands a settling listener to the file stream: the promise settles twice and the error page is written to disk.
        code: `import { get } from 'node:https';
import { createWriteStream } from 'node:fs';
export function download(url: string, path: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const request = get(url, (res) => {
      if (res.statusCode !== 200) {
        reject(new Error(\`GET \${url} answered \${res.statusCode}\`));
      }
      const file = createWriteStream(path);
      res.pipe(file);
      file.on('error', reject);
      file.on('finish', () => resolve(path));
    });
    request.on('error', reject);
  });
}`,
        errors: [
          {
            messageId: 'multipleSettle',
            line: 12,
            column: 31,
            endLine: 12,
            endColumn: 44,
            suggestions: [
              {
                messageId: 'suggestReturn',
                data: { name: 'reject', line: '7' },
                output: `import { get } from 'node:https';
import { createWriteStream } from 'node:fs';
export function download(url: string, path: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const request = get(url, (res) => {
      if (res.statusCode !== 200) {
        reject(new Error(\`GET \${url} answered \${res.statusCode}\`));
        return;
      }
      const file = createWriteStream(path);
      res.pipe(file);
      file.on('error', reject);
      file.on('finish', () => resolve(path));
    });
    request.on('error', reject);
  });
}`,
              },
            ],
          },
        ],
      },
      {
        // closing a paddle of another object (a cleanup verb joined to a noun) does not stop the listener on this
        code: `import { EventEmitter } from 'node:events';
declare const plc: { closePaddle(lock: string): void; openPaddle(lock: string): void };
export class Chamber extends EventEmitter {
  constructor(readonly name: string) {
    super();
  }
  settleTo(target: number): Promise<number> {
    return new Promise<number>((resolve) => {
      const onLevel = (metres: number) => {
        if (metres < target) return;
        plc.closePaddle(this.name);
        resolve(metres);
      };
      this.on('level', onLevel);
      plc.openPaddle(this.name);
    });
  }
}`,
        errors: [
          {
            messageId: 'repeatedSettle',
            line: 12,
            column: 9,
            endLine: 12,
            endColumn: 24,
            suggestions: [
              {
                messageId: 'suggestOnce',
                data: { how: '`once` instead of `on`' },
                output: `import { EventEmitter } from 'node:events';
declare const plc: { closePaddle(lock: string): void; openPaddle(lock: string): void };
export class Chamber extends EventEmitter {
  constructor(readonly name: string) {
    super();
  }
  settleTo(target: number): Promise<number> {
    return new Promise<number>((resolve) => {
      const onLevel = (metres: number) => {
        if (metres < target) return;
        plc.closePaddle(this.name);
        resolve(metres);
      };
      this.once('level', onLevel);
      plc.openPaddle(this.name);
    });
  }
}`,
              },
            ],
          },
        ],
      },
      {
        // repeatedSettle: a listener added per call on an emitter the promise outlives (a field) and never taken away
        code: `import { fork, type ChildProcess } from 'node:child_process';
interface Reply { id: number; ok: boolean; value?: unknown; error?: string }
export class Bridge {
  private readonly child: ChildProcess = fork('./driver.js');
  private seq = 0;
  call<T>(op: string, timeoutMs = 5_000): Promise<T> {
    const id = ++this.seq;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(\`\${op} timed out\`)), timeoutMs);
      this.child.on('message', (raw) => {
        const reply = raw as Reply;
        clearTimeout(timer);
        if (reply.ok) resolve(reply.value as T);
        else reject(new Error(reply.error ?? \`\${op} failed\`));
      });
      this.child.send({ id, op });
    });
  }
}`,
        errors: [
          {
            messageId: 'repeatedSettle',
            line: 13,
            column: 23,
            endLine: 13,
            endColumn: 48,
            suggestions: [
              {
                messageId: 'suggestOnce',
                data: { how: '`once` instead of `on`' },
                output: `import { fork, type ChildProcess } from 'node:child_process';
interface Reply { id: number; ok: boolean; value?: unknown; error?: string }
export class Bridge {
  private readonly child: ChildProcess = fork('./driver.js');
  private seq = 0;
  call<T>(op: string, timeoutMs = 5_000): Promise<T> {
    const id = ++this.seq;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(\`\${op} timed out\`)), timeoutMs);
      this.child.once('message', (raw) => {
        const reply = raw as Reply;
        clearTimeout(timer);
        if (reply.ok) resolve(reply.value as T);
        else reject(new Error(reply.error ?? \`\${op} failed\`));
      });
      this.child.send({ id, op });
    });
  }
}`,
              },
            ],
          },
        ],
      },
      // clearing the reply timeout does not stop the `data` listener: it keeps running and settling on every later reply
      {
        code: `import type { Duplex } from 'node:stream';
export function command(port: Duplex, cmd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error('timeout')), 1500);
    port.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('latin1');
      const end = buffer.indexOf('\\r\\n');
      if (end !== -1) {
        clearTimeout(timer);
        resolve(buffer.slice(0, end));
      }
    });
    port.write(cmd);
  });
}`,
        errors: [
          {
            messageId: 'repeatedSettle',
            line: 11,
            column: 9,
            endLine: 11,
            endColumn: 38,
            suggestions: [],
          },
        ],
      },
      // a connect timeout cleared only when the connection fails: after a successful connect it still destroys the socket
      {
        code: `import net from 'node:net';
export function connectClient(port: number, timeoutMs = 2_000): Promise<net.Socket> {
  return new Promise<net.Socket>((resolve, reject) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(\`could not connect to port \${port} within \${timeoutMs}ms\`));
    }, timeoutMs);
    socket.once('connect', () => resolve(socket));
    socket.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}`,
        errors: [
          {
            messageId: 'timerLeftOnPath',
            line: 5,
            column: 19,
            endLine: 8,
            endColumn: 18,
            suggestions: [
              {
                messageId: 'suggestClearKeptTimer',
                output: `import net from 'node:net';
export function connectClient(port: number, timeoutMs = 2_000): Promise<net.Socket> {
  return new Promise<net.Socket>((resolve, reject) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(\`could not connect to port \${port} within \${timeoutMs}ms\`));
    }, timeoutMs);
    socket.once('connect', () => { clearTimeout(timer); resolve(socket); });
    socket.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}`,
              },
            ],
          },
        ],
      },
      // a watcher's listener settles on every change
      {
        code: `import { watch } from 'node:fs';
declare function readConfig(path: string): Record<string, unknown>;
export function nextConfig(path: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const watcher = watch(path, () => {
      resolve(readConfig(path));
    });
    watcher.on('error', reject);
  });
}`,
        errors: [
          {
            messageId: 'repeatedSettle',
            line: 6,
            column: 7,
            endLine: 6,
            endColumn: 32,
            suggestions: [],
          },
        ],
      },
      // an interval settles on every tick
      {
        code: `declare function jobDone(id: string): boolean;
export function waitForJob(id: string): Promise<void> {
  return new Promise<void>((resolve) => {
    const handle = setInterval(() => {
      if (jobDone(id)) {
        resolve();
      }
    }, 500);
  });
}`,
        errors: [
          {
            messageId: 'repeatedSettle',
            line: 6,
            column: 9,
            endLine: 6,
            endColumn: 18,
            suggestions: [
              {
                messageId: 'suggestClearInterval',
                output: `declare function jobDone(id: string): boolean;
export function waitForJob(id: string): Promise<void> {
  return new Promise<void>((resolve) => {
    const handle = setInterval(() => {
      if (jobDone(id)) {
        clearInterval(handle);
        resolve();
      }
    }, 500);
  });
}`,
              },
            ],
          },
        ],
      },
      // a `line` listener settles on every matching line
      {
        code: `import { createInterface } from 'node:readline';
export function firstOk(input: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input });
    rl.on('line', (line) => {
      if (line.startsWith('OK')) resolve(line);
    });
  });
}`,
        errors: [
          {
            messageId: 'repeatedSettle',
            line: 6,
            column: 34,
            endLine: 6,
            endColumn: 47,
            suggestions: [
              {
                messageId: 'suggestOnce',
                output: `import { createInterface } from 'node:readline';
export function firstOk(input: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input });
    rl.once('line', (line) => {
      if (line.startsWith('OK')) resolve(line);
    });
  });
}`,
              },
            ],
          },
        ],
      },
      // a DOM `change` listener settles on every change
      {
        code: `export function nextChoice(select: HTMLSelectElement): Promise<string> {
  return new Promise((resolve) => {
    select.addEventListener('change', () => resolve(select.value));
  });
}`,
        errors: [
          {
            messageId: 'repeatedSettle',
            line: 3,
            column: 45,
            endLine: 3,
            endColumn: 66,
            suggestions: [
              {
                messageId: 'suggestOnce',
                output: `export function nextChoice(select: HTMLSelectElement): Promise<string> {
  return new Promise((resolve) => {
    select.addEventListener('change', () => resolve(select.value), { once: true });
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

describe('neverSettles: a callback that runs once leaves an outcome unsettled', () => {
  ruleTester.run('no-multiple-settle', rule, {
    valid: [
      // In test code, the same close listener rejecting when nothing matched.
      `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import readline from 'node:readline';
function firstAlarm(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const rl = readline.createInterface({ input: createReadStream(file, { encoding: 'utf8' }) });
    rl.once('error', reject);
    let found: string | undefined;
    rl.on('line', (line) => {
      if (!found && line.includes('ALARM')) {
        found = line;
        rl.close();
      }
    });
    rl.once('close', () => {
      if (found) resolve(found);
      else reject(new Error("no alarm in the log"));
    });
  });
}
test('finds the first alarm', async () => {
  assert.match(await firstAlarm('fixtures/buoy.log'), /ALARM/);
});`,
      // In test code, a completion callback that settles on every path.
      `type Done = (err: Error | null, grams?: number) => void;
declare const scale: { weigh(bin: string, cb: Done): void };
import { it } from 'node:test';
function weigh(bin: string): Promise<number> {
  return new Promise((resolve, reject) => {
    scale.weigh(bin, (err, grams) => {
      if (err) reject(err);
      else resolve(grams ?? 0);
    });
  });
}
it('weighs the oats bin', async () => {
  const grams = await weigh('oats');
  if (grams < 100) throw new Error('bin nearly empty');
});`,
      // neverSettles: in test code, a stream's `end` listener that leaves the outcome to the listeners of a retried stream
      `import { test } from 'vitest';
import { Readable } from 'node:stream';
declare function openDownload(url: string): Readable & { retryCount: number };
function download(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const attempt = (stream: Readable & { retryCount: number }) => {
      let body = '';
      stream.on('data', (chunk: Buffer) => (body += chunk.toString()));
      stream.once('retry', () => attempt(openDownload(url)));
      stream.once('error', reject);
      stream.once('end', () => {
        if (stream.retryCount === 1) resolve(body);
      });
    };
    attempt(openDownload(url));
  });
}
test('retries once', async () => {
  await download('http://localhost/flaky');
});`,
      // every exit code settles
      `import { spawn } from 'node:child_process';
export function run(cmd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, { stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(\`exit \${code}\`));
    });
  });
}`,
      // the other path settles through a local helper
      `import { Worker } from 'node:worker_threads';
export function init(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (message: string) => {
      void worker.terminate();
      reject(new Error(message));
    };
    worker.once('message', (msg: { ok: boolean; reason?: string }) => {
      if (msg.ok) resolve();
      else fail(msg.reason ?? 'init failed');
    });
  });
}`,
      // a `close` listener settles what the response callback leaves open
      `import { get } from 'node:http';
export function status(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = get(url, (res) => {
      if (res.statusCode === 200) resolve(200);
      res.resume();
    });
    req.on('close', () => reject(new Error('closed before a 200')));
  });
}`,
    ],
    invalid: [
      // neverSettles: in test code too, the close of a readline interface the helper opened itself, settling only when a line matched: a log with none hangs the test.
      {
        code: `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import readline from 'node:readline';
function firstAlarm(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const rl = readline.createInterface({ input: createReadStream(file, { encoding: 'utf8' }) });
    rl.once('error', reject);
    let found: string | undefined;
    rl.on('line', (line) => {
      if (!found && line.includes('ALARM')) {
        found = line;
        rl.close();
      }
    });
    rl.once('close', () => {
      if (found) resolve(found);
    });
  });
}
test('finds the first alarm', async () => {
  assert.match(await firstAlarm('fixtures/buoy.log'), /ALARM/);
});`,
        output: null,
        errors: [
          {
            messageId: 'neverSettles',
            line: 16,
            column: 25,
            endLine: 16,
            endColumn: 27,
            suggestions: [],
          },
        ],
      },
      // neverSettles: in test code too, a completion callback that settles on an error and on a truthy result only: a callback with neither leaves the test hanging to its timeout, the cause lost.
      {
        code: `type Done = (err: Error | null, grams?: number) => void;
declare const scale: { weigh(bin: string, cb: Done): void };
import { it } from 'node:test';
function weigh(bin: string): Promise<number> {
  return new Promise((resolve, reject) => {
    scale.weigh(bin, (err, grams) => {
      if (err) reject(err);
      else if (grams) resolve(grams);
    });
  });
}
it('weighs the oats bin', async () => {
  const grams = await weigh('oats');
  if (grams < 100) throw new Error('bin nearly empty');
});`,
        output: null,
        errors: [
          {
            messageId: 'neverSettles',
            line: 6,
            column: 35,
            endLine: 6,
            endColumn: 37,
            suggestions: [],
          },
        ],
      },
      {
        // neverSettles: in test code too, a child process's `close` listener that settles only on exit code 0 (a failing CLI would show as a timeout)
        code: `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
function runTool(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('tool', args);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(out);
    });
  });
}
test('prints the version', async () => {
  assert.match(await runTool(['--version']), /^\\d+\\./);
});`,
        errors: [
          {
            messageId: 'neverSettles',
            line: 10,
            column: 30,
            endLine: 10,
            endColumn: 32,
            suggestions: [],
          },
        ],
      },
      // a completion callback returns without settling
      {
        code: `import { execFile } from 'node:child_process';
export function gitBranch(cwd: string): Promise<string> {
  return new Promise((resolve) => {
    execFile('git', ['branch', '--show-current'], { cwd }, (err, stdout) => {
      if (err) {
        console.error(err);
        return;
      }
      resolve(stdout.trim());
    });
  });
}`,
        errors: [
          {
            messageId: 'neverSettles',
            line: 7,
            column: 9,
            endLine: 7,
            endColumn: 16,
            suggestions: [],
          },
        ],
      },
      // `loadend` settles only on status 200
      {
        code: `export function fetchText(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url);
    xhr.onloadend = () => {
      if (xhr.status === 200) resolve(xhr.responseText);
    };
    xhr.onerror = () => reject(new Error('network error'));
    xhr.send();
  });
}`,
        errors: [
          {
            messageId: 'neverSettles',
            line: 5,
            column: 24,
            endLine: 5,
            endColumn: 26,
            suggestions: [],
          },
        ],
      },
      // a one-time `message` listener ignores one kind of reply
      {
        code: `import { Worker } from 'node:worker_threads';
type Reply = { kind: 'ok'; value: number } | { kind: 'error'; message: string } | { kind: 'log'; text: string };
export function compute(worker: Worker): Promise<number> {
  return new Promise((resolve, reject) => {
    worker.once('message', (reply: Reply) => {
      if (reply.kind === 'ok') resolve(reply.value);
      else if (reply.kind === 'error') reject(new Error(reply.message));
    });
    worker.once('error', reject);
  });
}`,
        errors: [
          {
            messageId: 'neverSettles',
            line: 5,
            column: 43,
            endLine: 5,
            endColumn: 45,
            suggestions: [],
          },
        ],
      },
    ],
  });
});

describe('lingeringTimer: a timer that still does its work after the promise settled', () => {
  ruleTester.run('no-multiple-settle', rule, {
    valid: [
      // The same deferred whose listener clears the timeout before it resolves.
      `import type { EventEmitter } from 'node:events';
export function waitForLevel(tank: EventEmitter & { closeValve(): void }, target: number, ms: number): Promise<number> {
  const { promise, resolve, reject } = Promise.withResolvers<number>();
  const timer = setTimeout(() => {
    tank.off('level', onLevel);
    tank.closeValve();
    reject(new Error('tank did not fill in time'));
  }, ms);
  const onLevel = (level: number) => {
    if (level < target) return;
    clearTimeout(timer);
    tank.off('level', onLevel);
    resolve(level);
  };
  tank.on('level', onLevel);
  return promise;
}`,
      // The local function the timer and the success path share clears the timer itself.
      `import type { EventEmitter } from 'node:events';

export function collectReadings(gauge: EventEmitter, wanted: number, limitMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const readings: number[] = [];
    const timer = setTimeout(() => {
      release();
      reject(new Error(\`only \${readings.length} readings\`));
    }, limitMs);
    const onReading = (value: number) => {
      readings.push(value);
      if (readings.length < wanted) return;
      release();
      resolve(readings);
    };
    function release() {
      clearTimeout(timer);
      gauge.off('reading', onReading);
      gauge.emit('power-down');
    }
    gauge.on('reading', onReading);
  });
}`,
      // The timer's local function only logs: firing late does nothing, and in test code holding the process is the runner's.
      `import type { EventEmitter } from 'node:events';
import { test } from 'node:test';

test('gauge', () => collectReadings);
export function collectReadings(gauge: EventEmitter, wanted: number, limitMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const readings: number[] = [];
    const timer = setTimeout(() => {
      note();
      reject(new Error(\`only \${readings.length} readings\`));
    }, limitMs);
    const onReading = (value: number) => {
      readings.push(value);
      if (readings.length < wanted) return;
      gauge.off('reading', onReading);
      resolve(readings);
    };
    function note() {
      console.warn('gauge slow');
    }
    gauge.on('reading', onReading);
  });
}`,
      // the match clears the timer; `unref()` only keeps it from holding the process
      `import { EventEmitter } from 'node:events';
declare const backend: { cancel(ticket: string): Promise<void> };
export function waitForMatch(events: EventEmitter, ticket: string, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      backend.cancel(ticket).catch(() => undefined);
      reject(new Error(\`no match for \${ticket}\`));
    }, ms);
    timer.unref();
    events.once(\`match:\${ticket}\`, (lobby: string) => {
      clearTimeout(timer);
      resolve(lobby);
    });
  });
}`,
      // the timer is cleared when the query finishes
      `declare class Query {
  run(cb: (err: Error | null, rows?: string[]) => void): void;
  cancel(): void;
}
export function runWithTimeout(query: Query, ms: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      query.cancel();
      reject(new Error('query timed out'));
    }, ms);
    query.run((err, rows) => {
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(rows ?? []);
    });
  });
}`,
      // a timer guarded by a settled flag
      `declare class Query {
  run(cb: (err: Error | null, rows?: string[]) => void): void;
  cancel(): void;
}
export function runGuarded(query: Query, ms: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    let settled = false;
    setTimeout(() => {
      if (settled) return;
      query.cancel();
      reject(new Error('query timed out'));
    }, ms);
    query.run((err, rows) => {
      settled = true;
      if (err) reject(err);
      else resolve(rows ?? []);
    });
  });
}`,
    ],
    invalid: [
      // A Promise.withResolvers deferred settled by a listener, with a timeout that closes the valve and is never cleared: after the tank fills, the timer still closes it.
      {
        code: `import type { EventEmitter } from 'node:events';
export function waitForLevel(tank: EventEmitter & { closeValve(): void }, target: number, ms: number): Promise<number> {
  const { promise, resolve, reject } = Promise.withResolvers<number>();
  setTimeout(() => {
    tank.off('level', onLevel);
    tank.closeValve();
    reject(new Error('tank did not fill in time'));
  }, ms);
  const onLevel = (level: number) => {
    if (level < target) return;
    tank.off('level', onLevel);
    resolve(level);
  };
  tank.on('level', onLevel);
  return promise;
}`,
        output: null,
        errors: [
          {
            messageId: 'lingeringTimer',
            line: 4,
            column: 3,
            endLine: 8,
            endColumn: 9,
            suggestions: [
              {
                messageId: 'suggestClearTimer',
                output: `import type { EventEmitter } from 'node:events';
export function waitForLevel(tank: EventEmitter & { closeValve(): void }, target: number, ms: number): Promise<number> {
  const { promise, resolve, reject } = Promise.withResolvers<number>();
  const timer = setTimeout(() => {
    tank.off('level', onLevel);
    tank.closeValve();
    reject(new Error('tank did not fill in time'));
  }, ms);
  const onLevel = (level: number) => {
    if (level < target) return;
    tank.off('level', onLevel);
    clearTimeout(timer);
    resolve(level);
  };
  tank.on('level', onLevel);
  return promise;
}`,
              },
            ],
          },
        ],
      },
      // The timer does its work through a local function (release() stops the gauge again); only the fault path clears it.
      {
        code: `import type { EventEmitter } from 'node:events';

export function collectReadings(gauge: EventEmitter, wanted: number, limitMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const readings: number[] = [];
    const timer = setTimeout(() => {
      release();
      reject(new Error(\`only \${readings.length} readings\`));
    }, limitMs);
    const onReading = (value: number) => {
      readings.push(value);
      if (readings.length < wanted) return;
      release();
      resolve(readings);
    };
    const onFault = (error: Error) => {
      clearTimeout(timer);
      release();
      reject(error);
    };
    function release() {
      gauge.off('reading', onReading);
      gauge.off('fault', onFault);
      gauge.emit('power-down');
    }
    gauge.on('reading', onReading);
    gauge.on('fault', onFault);
  });
}`,
        output: null,
        errors: [
          {
            messageId: 'timerLeftOnPath',
            line: 6,
            column: 19,
            endLine: 9,
            endColumn: 16,
            suggestions: [
              {
                messageId: 'suggestClearKeptTimer',
                output: `import type { EventEmitter } from 'node:events';

export function collectReadings(gauge: EventEmitter, wanted: number, limitMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const readings: number[] = [];
    const timer = setTimeout(() => {
      release();
      reject(new Error(\`only \${readings.length} readings\`));
    }, limitMs);
    const onReading = (value: number) => {
      readings.push(value);
      if (readings.length < wanted) return;
      release();
      clearTimeout(timer);
      resolve(readings);
    };
    const onFault = (error: Error) => {
      clearTimeout(timer);
      release();
      reject(error);
    };
    function release() {
      gauge.off('reading', onReading);
      gauge.off('fault', onFault);
      gauge.emit('power-down');
    }
    gauge.on('reading', onReading);
    gauge.on('fault', onFault);
  });
}`,
              },
            ],
          },
        ],
      },
      // a worker's result leaves the timer that terminates it running: the suggestion names the timer and clears it in each listener
      {
        code: `import { Worker } from 'node:worker_threads';
export function runJob(file: string, ms: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file);
    setTimeout(() => {
      worker.terminate();
      reject(new Error('job timed out'));
    }, ms);
    worker.once('message', (result: number) => {
      resolve(result);
    });
    worker.once('error', reject);
  });
}`,
        output: null,
        errors: [
          {
            messageId: 'lingeringTimer',
            line: 5,
            column: 5,
            endLine: 8,
            endColumn: 11,
            suggestions: [
              {
                messageId: 'suggestClearTimer',
                output: `import { Worker } from 'node:worker_threads';
export function runJob(file: string, ms: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file);
    const timer = setTimeout(() => {
      worker.terminate();
      reject(new Error('job timed out'));
    }, ms);
    worker.once('message', (result: number) => {
      clearTimeout(timer);
      resolve(result);
    });
    worker.once('error', (error) => { clearTimeout(timer); reject(error); });
  });
}`,
              },
            ],
          },
        ],
      },
      // settle functions handed to `.then`: each is wrapped to clear the timer first, under a name the executor does not use yet
      {
        code: `declare class Upload {
  start(): Promise<string>;
  abort(): void;
}
export function uploadWithin(upload: Upload, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = 'upload';
    setTimeout(() => {
      upload.abort();
      reject(new Error(\`\${timer} timed out\`));
    }, ms);
    upload.start().then(resolve, reject);
  });
}`,
        output: null,
        errors: [
          {
            messageId: 'lingeringTimer',
            line: 8,
            column: 5,
            endLine: 11,
            endColumn: 11,
            suggestions: [
              {
                messageId: 'suggestClearTimer',
                output: `declare class Upload {
  start(): Promise<string>;
  abort(): void;
}
export function uploadWithin(upload: Upload, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = 'upload';
    const timer2 = setTimeout(() => {
      upload.abort();
      reject(new Error(\`\${timer} timed out\`));
    }, ms);
    upload.start().then((value) => { clearTimeout(timer2); resolve(value); }, (error) => { clearTimeout(timer2); reject(error); });
  });
}`,
              },
            ],
          },
        ],
      },
      // `timer.unref()` is the only use of the handle: a match leaves the timer running, and it cancels the matched ticket later
      {
        code: `import { EventEmitter } from 'node:events';
declare const backend: { cancel(ticket: string): Promise<void> };
export function waitForMatch(events: EventEmitter, ticket: string, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      backend.cancel(ticket).catch(() => undefined);
      reject(new Error(\`no match for \${ticket}\`));
    }, ms);
    timer.unref();
    events.once(\`match:\${ticket}\`, (lobby: string) => resolve(lobby));
  });
}`,
        errors: [
          {
            messageId: 'lingeringTimer',
            line: 5,
            column: 19,
            endLine: 8,
            endColumn: 11,
            suggestions: [
              {
                messageId: 'suggestClearTimer',
                output: `import { EventEmitter } from 'node:events';
declare const backend: { cancel(ticket: string): Promise<void> };
export function waitForMatch(events: EventEmitter, ticket: string, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      backend.cancel(ticket).catch(() => undefined);
      reject(new Error(\`no match for \${ticket}\`));
    }, ms);
    timer.unref();
    events.once(\`match:\${ticket}\`, (lobby: string) => { clearTimeout(timer); resolve(lobby); });
  });
}`,
              },
            ],
          },
        ],
      },
      // a timeout that cancels a finished query
      {
        code: `declare class Query {
  run(cb: (err: Error | null, rows?: string[]) => void): void;
  cancel(): void;
}
export function runWithTimeout(query: Query, ms: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      query.cancel();
      reject(new Error('query timed out'));
    }, ms);
    query.run((err, rows) => (err ? reject(err) : resolve(rows ?? [])));
  });
}`,
        errors: [
          {
            messageId: 'lingeringTimer',
            line: 7,
            column: 5,
            endLine: 10,
            endColumn: 11,
            suggestions: [],
          },
        ],
      },
    ],
  });
});

describe('cancelledTimer: a listener stops the settling timer and settles nothing', () => {
  ruleTester.run('no-multiple-settle', rule, {
    valid: [
      // the abort listener clears the timer and rejects
      `export function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}`,
      // listeners that settle call the cleanup helper
      `import type { Socket } from 'node:net';
export function connectWithin(socket: Socket, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    const cleanup = () => clearTimeout(timer);
    socket.once('connect', () => {
      cleanup();
      resolve();
    });
    socket.once('error', (err) => {
      cleanup();
      reject(err);
    });
  });
}`,
    ],
    invalid: [
      // an abort listener clears the timer and settles nothing
      {
        code: `export function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
      },
      { once: true },
    );
  });
}`,
        errors: [
          {
            messageId: 'cancelledTimer',
            line: 8,
            column: 9,
            endLine: 8,
            endColumn: 28,
            suggestions: [
              {
                messageId: 'suggestRejectOnCancel',
                output: `export function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}`,
              },
            ],
          },
        ],
      },
      // a `close` listener clears the timer and settles nothing
      {
        code: `import type { Socket } from 'node:net';
export function idle(socket: Socket, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(), ms);
    socket.once('close', () => {
      clearTimeout(timer);
    });
  });
}`,
        errors: [
          {
            messageId: 'cancelledTimer',
            line: 6,
            column: 7,
            endLine: 6,
            endColumn: 26,
            suggestions: [],
          },
        ],
      },
    ],
  });
});
