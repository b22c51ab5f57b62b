import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A deadline timer cleared where the promise is fulfilled, and forgotten on a failure path that
// cleans up everything else (`detach()`): after that failure the timer still holds the process
// for its whole delay, once per call. A failure listener that only rejects is not judged (nothing
// there shows cleanup was meant), and clearing the timer on that path is the look-alike.
typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // the DNF path clears the timer with the listeners
    `import type { EventEmitter } from 'node:events';
export function waitForRun(loop: EventEmitter, run: string, limitMs = 120_000): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      detach();
      reject(new Error(\`run \${run} did not finish\`));
    }, limitMs);
    const onFinish = (ms: number) => {
      clearTimeout(timer);
      detach();
      resolve(ms);
    };
    const onDnf = (reason: string) => {
      clearTimeout(timer);
      detach();
      reject(new Error(\`run \${run}: \${reason}\`));
    };
    function detach() {
      loop.off('finish', onFinish);
      loop.off('dnf', onDnf);
    }
    loop.on('finish', onFinish);
    loop.on('dnf', onDnf);
  });
}`,
    // a failure listener that only rejects: not judged
    `import { connect, type Socket } from 'node:net';
export function open(port: number): Promise<Socket> {
  return new Promise<Socket>((resolve, reject) => {
    const socket = connect(port);
    const timer = setTimeout(() => reject(new Error('connect timed out')), 5_000);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('error', (error) => reject(error));
  });
}`,
    // the two timers are on exclusive paths: a cold kettle rejects and returns before the brew timer starts
    `export function brew(kettleC: number, wantC: number, seconds: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    if (Math.abs(kettleC - wantC) > 3) {
      setTimeout(() => reject(new Error(\`water at \${kettleC}C\`)), 1_000);
      return;
    }
    setTimeout(() => resolve(seconds), seconds * 1_000);
  });
}`,
    // the chain that settles clears the deadline in its finally
    `export function withDeadline<T>(work: () => Promise<T>, ms: number): Promise<T> {
  const { promise, resolve, reject } = Promise.withResolvers<T>();
  const timer = setTimeout(() => reject(new Error('feed timed out')), ms);
  work()
    .then(resolve, reject)
    .finally(() => clearTimeout(timer));
  return promise;
}`,
  ],
  invalid: [
    // the DNF path takes the listeners off but leaves the two-minute timer running
    {
      code: `import type { EventEmitter } from 'node:events';
export function waitForRun(loop: EventEmitter, run: string, limitMs = 120_000): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      detach();
      reject(new Error(\`run \${run} did not finish\`));
    }, limitMs);
    const onFinish = (ms: number) => {
      clearTimeout(timer);
      detach();
      resolve(ms);
    };
    const onDnf = (reason: string) => {
      detach();
      reject(new Error(\`run \${run}: \${reason}\`));
    };
    function detach() {
      loop.off('finish', onFinish);
      loop.off('dnf', onDnf);
    }
    loop.on('finish', onFinish);
    loop.on('dnf', onDnf);
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'timerHeldOnPath',
          line: 4,
          column: 19,
          endLine: 7,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'suggestClearKeptTimer',
              output: `import type { EventEmitter } from 'node:events';
export function waitForRun(loop: EventEmitter, run: string, limitMs = 120_000): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      detach();
      reject(new Error(\`run \${run} did not finish\`));
    }, limitMs);
    const onFinish = (ms: number) => {
      clearTimeout(timer);
      detach();
      resolve(ms);
    };
    const onDnf = (reason: string) => {
      detach();
      clearTimeout(timer);
      reject(new Error(\`run \${run}: \${reason}\`));
    };
    function detach() {
      loop.off('finish', onFinish);
      loop.off('dnf', onDnf);
    }
    loop.on('finish', onFinish);
    loop.on('dnf', onDnf);
  });
}`,
            },
          ],
        },
      ],
    },
    // the listener's `if (verb === 'ARMED')` decides nothing about the timer: once armed, the timer still disarms the rack
    {
      code: `import type { EventEmitter } from 'node:events';
interface RackPort extends EventEmitter {
  write(line: string): void;
}
export function armRack(port: RackPort, rack: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const onData = (line: string) => {
      const [verb, id] = line.split(' ');
      if (id !== rack) return;
      if (verb === 'ARMED') {
        port.off('data', onData);
        resolve(id);
        return;
      }
    };
    setTimeout(() => {
      port.off('data', onData);
      port.write(\`DISARM \${rack}\`);
      reject(new Error(\`rack \${rack} timed out\`));
    }, 5_000);
    port.on('data', onData);
    port.write(\`ARM \${rack}\`);
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'lingeringTimer',
          line: 16,
          column: 5,
          endLine: 20,
          endColumn: 14,
          suggestions: [],
        },
      ],
    },
  ],
});
