import rule from '../../rules/no-read-before-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A property only a listener writes, read right after a request whose method fires its listeners
// only from a callback it defers (`setImmediate(() => this.emit('reading', next))`), sees the value
// from before: the answer comes in a later turn, as a peer's does. A request that emits during the
// call, on any branch, may have written it already.
typedRuleTester().run('no-read-before-settle', rule, {
  valid: [
    // the probe's request emits during the call, so the read sees the new value
    `import { EventEmitter } from 'node:events';
class Probe extends EventEmitter {
  queue: number[] = [];
  request(): void {
    this.emit('reading', this.queue.shift());
  }
}
export class Supervisor {
  private latest: number | undefined;
  constructor(private readonly probe: Probe) {
    probe.on('reading', (celsius: number) => {
      this.latest = celsius;
    });
  }
  ready(limit: number): boolean {
    this.probe.request();
    return this.latest !== undefined && this.latest >= limit;
  }
}`,
    // one branch emits at once, so the read may see the new value
    `import { EventEmitter } from 'node:events';
class Probe extends EventEmitter {
  cached: number | undefined;
  request(): void {
    if (this.cached !== undefined) this.emit('reading', this.cached);
    else setImmediate(() => this.emit('reading', 0));
  }
}
export class Supervisor {
  private latest: number | undefined;
  constructor(private readonly probe: Probe) {
    probe.on('reading', (celsius: number) => {
      this.latest = celsius;
    });
  }
  ready(limit: number): boolean {
    this.probe.request();
    return this.latest !== undefined && this.latest >= limit;
  }
}`,
  ],
  invalid: [
    // the probe's request answers from setImmediate, after the read
    {
      code: `import { EventEmitter } from 'node:events';
class Probe extends EventEmitter {
  queue: number[] = [];
  request(): void {
    const next = this.queue.shift();
    setImmediate(() => this.emit('reading', next));
  }
}
export class Supervisor {
  private latest: number | undefined;
  constructor(private readonly probe: Probe) {
    probe.on('reading', (celsius: number) => {
      this.latest = celsius;
    });
  }
  ready(limit: number): boolean {
    this.probe.request();
    return this.latest !== undefined && this.latest >= limit;
  }
}`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 18,
          column: 12,
          endLine: 18,
          endColumn: 23,
        },
      ],
    },
  ],
});
