import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// Listeners that settle through a local guard (`settle(() => resolve(…))`, `finish(() => reject(err))`):
// what the guard does runs as part of the listener. A guard that takes this very listener off
// before settling stops its later runs (even though, inside the guard, it reads as "another"
// function); a callback handed to the guard is no callback of its own, so a once-only `close`
// listener whose `null` exit code reaches no guard call leaves the promise pending.
typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // the hoisted guard clears the timer and takes every listener off before it settles
    `import { EventEmitter } from 'node:events';
interface Grant {
  requestId: number;
  points: string[];
}
interface Refusal {
  requestId: number;
  conflict: string;
}
export function requestRoute(bus: EventEmitter, requestId: number, timeoutMs: number): Promise<string[]> {
  return new Promise<string[]>((resolve, reject) => {
    const onGranted = (msg: Grant) => {
      if (msg.requestId !== requestId) return;
      settle(() => resolve(msg.points));
    };
    const onRefused = (msg: Refusal) => {
      if (msg.requestId !== requestId) return;
      settle(() => reject(new Error(\`refused: \${msg.conflict}\`)));
    };
    const onFault = (err: Error) => settle(() => reject(err));
    const timer = setTimeout(() => settle(() => reject(new Error('no answer'))), timeoutMs);
    function settle(action: () => void): void {
      clearTimeout(timer);
      bus.off('granted', onGranted);
      bus.off('refused', onRefused);
      bus.off('fault', onFault);
      action();
    }
    bus.on('granted', onGranted);
    bus.on('refused', onRefused);
    bus.on('fault', onFault);
  });
}`,
    // every exit code, `null` included, reaches the guard
    `import { spawn } from 'node:child_process';
export function runTool(binary: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(binary, [], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    let done = false;
    const finish = (settle: () => void) => {
      if (done) return;
      done = true;
      settle();
    };
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.on('error', (err) => finish(() => reject(err)));
    child.on('close', (code, signal) => {
      if (code === 0) {
        finish(() => resolve(output));
      } else {
        finish(() => reject(new Error(\`exited with \${code ?? signal}\`)));
      }
    });
  });
}`,
    // the exit listener leaves early with a rejection, and rejects after it for whatever else
    `import { Worker } from 'node:worker_threads';
type Reply = { kind: 'progress'; percent: number } | { kind: 'done'; cues: string[] };
export function convert(file: string, onProgress: (percent: number) => void): Promise<string[]> {
  return new Promise<string[]>((resolve, reject) => {
    const worker = new Worker(new URL('./convert-worker.js', import.meta.url), { workerData: file });
    let answered = false;
    worker.on('message', (reply: Reply) => {
      if (reply.kind === 'progress') {
        onProgress(reply.percent);
        return;
      }
      answered = true;
      resolve(reply.cues);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) {
        reject(new Error(\`converter exited with \${code}\`));
        return;
      }
      if (!answered) reject(new Error('converter exited without its cues'));
    });
  });
}`,
  ],
  invalid: [
    // the guard takes the other listeners off, but not the one for `granted`
    {
      code: `import { EventEmitter } from 'node:events';
interface Grant {
  requestId: number;
  points: string[];
}
export function requestRoute(bus: EventEmitter, requestId: number): Promise<string[]> {
  return new Promise<string[]>((resolve, reject) => {
    const onGranted = (msg: Grant) => {
      if (msg.requestId !== requestId) return;
      settle(() => resolve(msg.points));
    };
    const onFault = (err: Error) => settle(() => reject(err));
    function settle(action: () => void): void {
      bus.off('fault', onFault);
      action();
    }
    bus.on('granted', onGranted);
    bus.on('fault', onFault);
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'repeatedSettle',
          line: 10,
          column: 20,
          endLine: 10,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'suggestOnce',
              output: `import { EventEmitter } from 'node:events';
interface Grant {
  requestId: number;
  points: string[];
}
export function requestRoute(bus: EventEmitter, requestId: number): Promise<string[]> {
  return new Promise<string[]>((resolve, reject) => {
    const onGranted = (msg: Grant) => {
      if (msg.requestId !== requestId) return;
      settle(() => resolve(msg.points));
    };
    const onFault = (err: Error) => settle(() => reject(err));
    function settle(action: () => void): void {
      bus.off('fault', onFault);
      action();
    }
    bus.once('granted', onGranted);
    bus.on('fault', onFault);
  });
}`,
            },
          ],
        },
      ],
    },
    // a tool killed by a signal closes with a `null` code, which no branch settles
    {
      code: `import { spawn } from 'node:child_process';
export function runTool(binary: string, watchdogMs: number): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(binary, [], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    let done = false;
    const watchdog = setTimeout(() => child.kill('SIGTERM'), watchdogMs);
    const finish = (settle: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(watchdog);
      settle();
    };
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.on('error', (err) => finish(() => reject(err)));
    child.on('close', (code) => {
      if (code === 0) {
        finish(() => resolve(output));
      } else if (code !== null) {
        finish(() => reject(new Error(\`exited with \${code}\`)));
      }
    });
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'neverSettles',
          line: 18,
          column: 30,
          endLine: 18,
          endColumn: 32,
          suggestions: [],
        },
      ],
    },
  ],
});
