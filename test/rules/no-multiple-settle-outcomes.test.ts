import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

const ruleTester = typedRuleTester();

describe('endUnsettled: an input read item by item whose end settles nothing', () => {
  ruleTester.run('no-multiple-settle', rule, {
    valid: [
      // test code: the child's exit rejects too; a plain success-only wait is left to the runner's timeout
      `import { beforeAll, describe } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface, type Interface } from 'node:readline';
// the exit of the child rejects too
function waitForReady(child: ChildProcess, lines: Interface): Promise<string> {
  return new Promise((resolve, reject) => {
    const onLine = (line: string) => {
      if (!line.startsWith('READY ')) return;
      lines.off('line', onLine);
      resolve(line.slice(6));
    };
    lines.on('line', onLine);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(\`server exited with \${code}\`)));
  });
}
// a success-only wait in test code: a failure is the runner's timeout
function firstLine(lines: Interface): Promise<string> {
  return new Promise((resolve) => {
    lines.once('line', resolve);
  });
}
let port = '';
let banner = '';
describe('server', () => {
  beforeAll(async () => {
    const child = spawn(process.execPath, ['server.js'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout! });
    banner = await firstLine(lines);
    port = await waitForReady(child, lines);
  });
});
export { port, banner };`,
      // the lengths are compared before `timingSafeEqual`, which then cannot throw
      `import { scrypt, timingSafeEqual } from 'node:crypto';
export function verifyPassword(password: string, salt: Buffer, storedHash: string): Promise<boolean> {
  const expected = Buffer.from(storedHash, 'hex');
  return new Promise((resolve, reject) => {
    scrypt(password, salt, 64, (err, derived) => {
      if (err) {
        reject(err);
        return;
      }
      resolve(derived.length === expected.length && timingSafeEqual(derived, expected));
    });
  });
}`,
      // the `close` listener settles whether a line matched or not
      `import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
export function findLine(path: string, prefix: string): Promise<string | null> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: createReadStream(path) });
    let found: string | null = null;
    rl.on('line', (line) => {
      if (!line.startsWith(prefix)) return;
      found = line;
      rl.close();
    });
    rl.on('close', () => resolve(found));
  });
}`,
    ],
    invalid: [
      // in test code too: a wait for a child's READY line that handles `error` but not the output ending hangs the hook until the runner's timeout
      {
        code: `import { beforeAll, describe } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface, type Interface } from 'node:readline';
function waitForReady(child: ChildProcess, lines: Interface): Promise<string> {
  return new Promise((resolve, reject) => {
    const onLine = (line: string) => {
      if (!line.startsWith('READY ')) return;
      lines.off('line', onLine);
      resolve(line.slice(6));
    };
    lines.on('line', onLine);
    child.once('error', reject);
  });
}
let port = '';
describe('server', () => {
  beforeAll(async () => {
    const child = spawn(process.execPath, ['server.js'], { stdio: ['ignore', 'pipe', 'inherit'] });
    port = await waitForReady(child, createInterface({ input: child.stdout! }));
  });
});
export { port };`,
        errors: [
          {
            messageId: 'endUnsettled',
            line: 11,
            column: 5,
            endLine: 11,
            endColumn: 29,
            suggestions: [],
          },
        ],
      },
      // timingSafeEqual throws on a stored hash of another length, inside the scrypt callback
      {
        code: `import { scrypt, timingSafeEqual } from 'node:crypto';
export function verifyPassword(password: string, salt: Buffer, storedHash: string): Promise<boolean> {
  const expected = Buffer.from(storedHash, 'hex');
  return new Promise((resolve, reject) => {
    scrypt(password, salt, 64, (err, derived) => {
      if (err) {
        reject(err);
        return;
      }
      resolve(timingSafeEqual(derived, expected));
    });
  });
}`,
        errors: [
          {
            messageId: 'throwingCall',
            line: 10,
            column: 15,
            endLine: 10,
            endColumn: 49,
            suggestions: [],
          },
        ],
      },
      {
        // a file scanned line by line: a file with no matching line ends and settles nothing
        code: `import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
export function findLine(path: string, prefix: string): Promise<string | null> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: createReadStream(path) });
    rl.on('line', (line) => {
      if (!line.startsWith(prefix)) return;
      rl.close();
      resolve(line);
    });
  });
}`,
        errors: [
          {
            messageId: 'endUnsettled',
            line: 6,
            column: 5,
            endLine: 10,
            endColumn: 7,
            suggestions: [],
          },
        ],
      },
      {
        // a CLI prompt on stdin: input that ends without `quit` settles nothing
        code: `import * as readline from 'node:readline';
export function waitForQuit(): Promise<void> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin });
    rl.on('line', (answer) => {
      if (answer.trim() === 'quit') {
        rl.close();
        resolve();
      }
    });
  });
}`,
        errors: [
          {
            messageId: 'endUnsettled',
            line: 5,
            column: 5,
            endLine: 10,
            endColumn: 7,
            suggestions: [],
          },
        ],
      },
    ],
  });
});

describe('throwingCall: a call that throws in an asynchronous callback before it settles', () => {
  ruleTester.run('no-multiple-settle', rule, {
    valid: [
      // the parse sits in a `try` whose `catch` rejects
      `import { readFile } from 'node:fs';
export function loadConfig(path: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    readFile(path, 'utf8', (err, text) => {
      if (err) return reject(err);
      try {
        resolve(JSON.parse(text));
      } catch (error) {
        reject(error);
      }
    });
  });
}`,
      // a throw in the executor itself rejects the promise
      `export function parse(text: string): Promise<unknown> {
  return new Promise((resolve) => {
    resolve(JSON.parse(text));
  });
}`,
      // array callbacks run at once: the executor catches their throw
      `export function parseAll(lines: string[]): Promise<unknown[]> {
  return new Promise((resolve) => {
    resolve(lines.map((line) => JSON.parse(line)));
  });
}`,
      // `@throws {TypeError}` tags (`path.join`, `JSON.stringify`) are about argument types the checker rules out
      `import { readdir } from 'node:fs';
import path from 'node:path';
export function listFiles(dir: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    readdir(dir, (err, names) => {
      if (err) return reject(err);
      const body = JSON.stringify({ dir });
      resolve(names.map((name) => path.join(dir, name)).concat(body));
    });
  });
}`,
    ],
    invalid: [
      {
        // JSON.parse in a Node callback: a malformed file throws uncaught, `resolve` never runs
        code: `import { readFile } from 'node:fs';
export function loadConfig(path: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    readFile(path, 'utf8', (err, text) => {
      if (err) {
        reject(err);
        return;
      }
      const parsed = JSON.parse(text);
      resolve(parsed);
    });
  });
}`,
        errors: [
          {
            messageId: 'throwingCall',
            line: 9,
            column: 22,
            endLine: 9,
            endColumn: 38,
            suggestions: [],
          },
        ],
      },
      {
        // browser: the parse runs in `onload`, outside the executor
        code: `export function getJson(url: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url);
    xhr.onerror = () => reject(new Error('network error'));
    xhr.onload = () => resolve(JSON.parse(xhr.responseText));
    xhr.send();
  });
}`,
        errors: [
          {
            messageId: 'throwingCall',
            line: 6,
            column: 32,
            endLine: 6,
            endColumn: 60,
            suggestions: [],
          },
        ],
      },
      {
        // a declared `@throws` helper in a timer callback
        code: `interface Header { name: string }
/** @throws {SyntaxError} when the header is malformed */
declare function parseHeader(raw: string): Header;
export function later(raw: string): Promise<Header> {
  return new Promise((resolve) => {
    setTimeout(() => {
      const header = parseHeader(raw);
      resolve(header);
    }, 10);
  });
}`,
        errors: [
          {
            messageId: 'throwingCall',
            line: 7,
            column: 22,
            endLine: 7,
            endColumn: 38,
            suggestions: [],
          },
        ],
      },
      {
        // worker: `new URL` throws on a malformed reply, in the listener
        code: `import { Worker } from 'node:worker_threads';
export function firstUrl(worker: Worker): Promise<URL> {
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (raw: string) => {
      resolve(new URL(raw));
    });
  });
}`,
        errors: [
          {
            messageId: 'throwingCall',
            line: 6,
            column: 15,
            endLine: 6,
            endColumn: 27,
            suggestions: [],
          },
        ],
      },
    ],
  });
});

describe('keptSettler: a settled entry left in its collection', () => {
  ruleTester.run('no-multiple-settle', rule, {
    valid: [
      // the reply takes its entry out before settling it
      `interface Pending { resolve: (value: unknown) => void; reject: (error: Error) => void }
export class RpcSocket {
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  constructor(private readonly socket: WebSocket) {
    socket.onmessage = (event: MessageEvent<string>) => {
      try {
        const reply = JSON.parse(event.data) as { id: number; result: unknown };
        const entry = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        entry?.resolve(reply.result);
      } catch {
        // ignore malformed frames
      }
    };
    socket.onclose = () => {
      for (const entry of this.pending.values()) entry.reject(new Error('socket closed'));
      this.pending.clear();
    };
  }
  call(method: string): Promise<unknown> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.send(JSON.stringify({ id, method }));
    });
  }
}`,
    ],
    invalid: [
      {
        // browser RPC: the reply settles its entry and leaves it; the close handler rejects it again
        code: `interface Pending { resolve: (value: unknown) => void; reject: (error: Error) => void }
export class RpcSocket {
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  constructor(private readonly socket: WebSocket) {
    socket.onmessage = (event: MessageEvent<string>) => {
      const reply = JSON.parse(event.data) as { id: number; result: unknown };
      const entry = this.pending.get(reply.id);
      entry?.resolve(reply.result);
    };
    socket.onclose = () => {
      for (const entry of this.pending.values()) entry.reject(new Error('socket closed'));
      this.pending.clear();
    };
  }
  call(method: string): Promise<unknown> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.send(JSON.stringify({ id, method }));
    });
  }
}`,
        errors: [
          {
            messageId: 'keptSettler',
            line: 9,
            column: 7,
            endLine: 9,
            endColumn: 35,
            suggestions: [],
          },
        ],
      },
      {
        // module-level map of a child process: `forEach` on exit settles answered entries again
        code: `import { fork, type ChildProcess } from 'node:child_process';
type Waiter = { resolve: (value: unknown) => void; reject: (error: Error) => void };
const waiting = new Map<number, Waiter>();
let child: ChildProcess | undefined;
export function start(path: string) {
  child = fork(path);
  child.on('message', (reply: { id: number; value: unknown }) => {
    const waiter = waiting.get(reply.id);
    if (waiter) waiter.resolve(reply.value);
  });
  child.on('exit', () => {
    waiting.forEach((waiter) => waiter.reject(new Error('child exited')));
    waiting.clear();
  });
}
export function ask(id: number, question: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    child?.send({ id, question });
  });
}`,
        errors: [
          {
            messageId: 'keptSettler',
            line: 9,
            column: 17,
            endLine: 9,
            endColumn: 44,
            suggestions: [],
          },
        ],
      },
    ],
  });
});
