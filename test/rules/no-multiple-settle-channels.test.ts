import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

const ruleTester = typedRuleTester();

describe('repeatedSettle: a cursor handler settling on a step that moves on', () => {
  ruleTester.run('no-multiple-settle', rule, {
    valid: [
      // settles only on the step where the cursor is exhausted
      `export function readAll(store: IDBObjectStore): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = store.openCursor();
    const rows: unknown[] = [];
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (cursor) {
        rows.push(cursor.value);
        cursor.continue();
      } else {
        resolve(rows);
      }
    };
  });
}`,
      // settles on a step that returns before moving the cursor on
      `export function firstMatch(store: IDBObjectStore, wanted: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = store.openCursor();
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) {
        resolve(undefined);
        return;
      }
      if (cursor.key === wanted) return resolve(cursor.value);
      cursor.continue();
    };
  });
}`,
      // a plain request fires `success` once
      `export function getOne(store: IDBObjectStore, key: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = store.get(key);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => resolve(request.result);
  });
}`,
    ],
    invalid: [
      {
        // IndexedDB cursor: `resolve` runs on every step, not only once the cursor is exhausted
        code: `export function readAll(store: IDBObjectStore): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = store.openCursor();
    const rows: unknown[] = [];
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (cursor) {
        rows.push(cursor.value);
        cursor.continue();
      }
      resolve(rows);
    };
  });
}`,
        errors: [
          {
            messageId: 'repeatedSettle',
            line: 12,
            column: 7,
            endLine: 12,
            endColumn: 20,
            suggestions: [],
          },
        ],
      },
      {
        // the same with `addEventListener('success', …)`: the first key settles the count
        code: `export function countKeys(index: IDBIndex): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = index.openKeyCursor();
    let count = 0;
    request.addEventListener('error', () => reject(request.error));
    request.addEventListener('success', () => {
      const cursor = request.result;
      if (!cursor) return;
      count++;
      cursor.continue();
      resolve(count);
    });
  });
}`,
        errors: [
          {
            messageId: 'repeatedSettle',
            line: 11,
            column: 7,
            endLine: 11,
            endColumn: 21,
            suggestions: [],
          },
        ],
      },
    ],
  });
});

describe('successOnly and neverSettles: owned channels, nested error listeners, settled flags', () => {
  ruleTester.run('no-multiple-settle', rule, {
    valid: [
      // a shared worker handed in: its failures belong to its owner
      `export function resize(worker: Worker, id: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<{ id: number; blob?: Blob }>) => {
      if (event.data.id !== id) return;
      worker.removeEventListener('message', onMessage);
      if (event.data.blob) resolve(event.data.blob);
      else reject(new Error('resize failed'));
    };
    worker.addEventListener('message', onMessage);
  });
}`,
      // the request also rejects on the worker's `error`
      `import { Worker } from 'node:worker_threads';
type Reply = { id: number; value: string };
export class Thumbnailer {
  private readonly worker: Worker;
  private next = 0;
  constructor(file: string) {
    this.worker = new Worker(file);
  }
  render(path: string): Promise<string> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return;
        this.worker.off('message', onMessage);
        resolve(reply.value);
      };
      this.worker.on('message', onMessage);
      this.worker.once('error', reject);
      this.worker.postMessage({ id, path });
    });
  }
}`,
      // `if (settled) return;` leaves because another listener settled already
      `import { spawn } from 'node:child_process';
export function run(cmd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd);
    let settled = false;
    child.once('error', (error) => {
      if (settled) return;
      settled = true;
      reject(error);
    });
    child.once('close', (code) => {
      if (settled) return;
      settled = true;
      if (code === 0) resolve();
      else reject(new Error(\`exit \${code}\`));
    });
  });
}`,
    ],
    invalid: [
      {
        // the class owns the worker and only logs its errors: a crash leaves every request pending
        code: `import { Worker } from 'node:worker_threads';
type Reply = { id: number; value: string };
export class Thumbnailer {
  private readonly worker: Worker;
  private next = 0;
  constructor(file: string) {
    this.worker = new Worker(file);
    this.worker.on('error', (error) => console.error('thumbnail worker failed', error));
  }
  render(path: string): Promise<string> {
    const id = this.next++;
    return new Promise((resolve) => {
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return;
        this.worker.off('message', onMessage);
        resolve(reply.value);
      };
      this.worker.on('message', onMessage);
      this.worker.postMessage({ id, path });
    });
  }
}`,
        errors: [
          {
            messageId: 'successOnly',
            line: 18,
            column: 7,
            endLine: 18,
            endColumn: 43,
            suggestions: [],
          },
        ],
      },
      {
        // the `error` listener sits in the response callback; a 500 settles nothing
        code: `import https from 'node:https';
export function fetchStatus(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    https
      .get(url, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('error', reject);
        res.on('end', () => {
          if (res.statusCode === 200) resolve(body);
          else if (res.statusCode === 404) reject(new Error('not found'));
        });
      })
      .on('error', reject);
  });
}`,
        errors: [
          {
            messageId: 'neverSettles',
            line: 9,
            column: 26,
            endLine: 9,
            endColumn: 28,
            suggestions: [],
          },
        ],
      },
    ],
  });
});

describe('multipleSettle: what can throw after a settle call, and every later settle call', () => {
  ruleTester.run('no-multiple-settle', rule, {
    valid: [
      // after the resolve, the try only announces the result: an event other than `error` throws only when a
      // listener throws, which is the listener's bug (p-queue's `completed`)
      `import { EventEmitter } from 'node:events';
declare function run<T>(task: () => Promise<T>): Promise<T>;
export class Pool extends EventEmitter {
  add<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      run(task).then(
        (result) => {
          try {
            resolve(result);
            this.emit('completed', result);
          } catch (error) {
            reject(error);
          }
        },
        reject,
      );
    });
  }
}`,
      // the value read after `resolve` cannot be missing
      `declare function find(id: string): Promise<{ name: string }>;
export function label(id: string): Promise<string> {
  return new Promise(async (resolve, reject) => {
    try {
      const item = await find(id);
      resolve('found');
      console.log(item.name);
    } catch (error) {
      reject(error);
    }
  });
}`,
    ],
    invalid: [
      {
        // a property read of a possibly `undefined` value after `resolve` can throw into the rejecting `catch`
        code: `declare function find(id: string): Promise<{ name: string } | undefined>;
export function label(id: string): Promise<string> {
  return new Promise(async (resolve, reject) => {
    try {
      const item = await find(id);
      resolve('found');
      console.log(item.name);
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
                output: `declare function find(id: string): Promise<{ name: string } | undefined>;
export function label(id: string): Promise<string> {
  return new Promise(async (resolve, reject) => {
    try {
      const item = await find(id);
      console.log(item.name);
      resolve('found');
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
      {
        // each later settle call on one path is reported
        code: `export function pick(a: boolean, b: boolean): Promise<number> {
  return new Promise((resolve) => {
    if (a) resolve(1);
    if (b) resolve(2);
    resolve(3);
  });
}`,
        errors: [
          {
            messageId: 'multipleSettle',
            line: 4,
            column: 12,
            endLine: 4,
            endColumn: 22,
            suggestions: [
              {
                messageId: 'suggestReturn',
                output: `export function pick(a: boolean, b: boolean): Promise<number> {
  return new Promise((resolve) => {
    if (a) { resolve(1); return; }
    if (b) resolve(2);
    resolve(3);
  });
}`,
              },
            ],
          },
          {
            messageId: 'multipleSettle',
            line: 5,
            column: 5,
            endLine: 5,
            endColumn: 15,
            suggestions: [
              {
                messageId: 'suggestReturn',
                output: `export function pick(a: boolean, b: boolean): Promise<number> {
  return new Promise((resolve) => {
    if (a) { resolve(1); return; }
    if (b) resolve(2);
    resolve(3);
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

describe('endUnsettled: a reply waiter on a channel the class owns by ending it', () => {
  ruleTester.run('no-multiple-settle', rule, {
    valid: [
      // the channel is handed in and this class never ends it: its end belongs to whoever does
      `import type { Interface } from 'node:readline';
export class ModemSession {
  constructor(private readonly lines: Interface) {}
  command(cmd: string): Promise<string[]> {
    return new Promise((resolve, reject) => {
      const body: string[] = [];
      const onLine = (raw: string) => {
        const line = raw.trim();
        if (line === 'OK') {
          this.lines.off('line', onLine);
          resolve(body);
        } else if (line === 'ERROR') {
          this.lines.off('line', onLine);
          reject(new Error(\`\${cmd} failed\`));
        } else {
          body.push(line);
        }
      };
      this.lines.on('line', onLine);
    });
  }
}`,
      // the waiter also rejects when the channel closes
      `import type { Interface } from 'node:readline';
export class ModemSession {
  constructor(private readonly lines: Interface) {}
  command(cmd: string): Promise<string[]> {
    return new Promise((resolve, reject) => {
      const body: string[] = [];
      const onLine = (raw: string) => {
        const line = raw.trim();
        if (line === 'OK') {
          this.lines.off('line', onLine);
          resolve(body);
        } else if (line === 'ERROR') {
          this.lines.off('line', onLine);
          reject(new Error(\`\${cmd} failed\`));
        } else {
          body.push(line);
        }
      };
      this.lines.on('line', onLine);
      this.lines.once('close', () => reject(new Error('modem closed')));
    });
  }
  close(): void {
    this.lines.close();
  }
}`,
    ],
    invalid: [
      // the class ends the channel's life itself (close()): a command pending then never settles
      {
        code: `import type { Interface } from 'node:readline';
export class ModemSession {
  constructor(private readonly lines: Interface) {}
  command(cmd: string): Promise<string[]> {
    return new Promise((resolve, reject) => {
      const body: string[] = [];
      const onLine = (raw: string) => {
        const line = raw.trim();
        if (line === 'OK') {
          this.lines.off('line', onLine);
          resolve(body);
        } else if (line === 'ERROR') {
          this.lines.off('line', onLine);
          reject(new Error(\`\${cmd} failed\`));
        } else {
          body.push(line);
        }
      };
      this.lines.on('line', onLine);
    });
  }
  close(): void {
    this.lines.close();
  }
}`,
        errors: [
          {
            messageId: 'endUnsettled',
            line: 19,
            column: 7,
            endLine: 19,
            endColumn: 36,
            suggestions: [],
          },
        ],
      },
    ],
  });
});
