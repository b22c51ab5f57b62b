import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A deferred taken apart (`const { promise, resolve, reject } = Promise.withResolvers()`) whose
// settle functions live only in an entry of a collection is settled only through that entry. A
// reply handler that takes the entry out and then has a branch settling nothing strands the
// promise, as for an executor's stored settle functions.
typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // every reply kind settles the entry it took out
    `type Reply = { kind: 'done'; id: string; trim: number } | { kind: 'halted'; id: string; reason: string };
interface Pending {
  resolve: (trim: number) => void;
  reject: (error: Error) => void;
}
export class LinesetControl {
  private readonly pending = new Map<string, Pending>();
  go(id: string): Promise<number> {
    const { promise, resolve, reject } = Promise.withResolvers<number>();
    this.pending.set(id, { resolve, reject });
    return promise;
  }
  handle(reply: Reply): void {
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    switch (reply.kind) {
      case 'done':
        entry.resolve(reply.trim);
        break;
      case 'halted':
        entry.reject(new Error(reply.reason));
        break;
    }
  }
}`,
  ],
  invalid: [
    // a halted cue is taken out and only announced
    {
      code: `import { EventEmitter } from 'node:events';
type Reply = { kind: 'done'; id: string; trim: number } | { kind: 'halted'; id: string; reason: string };
interface Pending {
  resolve: (trim: number) => void;
  reject: (error: Error) => void;
}
export class LinesetControl extends EventEmitter {
  private readonly pending = new Map<string, Pending>();
  go(id: string): Promise<number> {
    const { promise, resolve, reject } = Promise.withResolvers<number>();
    this.pending.set(id, { resolve, reject });
    return promise;
  }
  handle(reply: Reply): void {
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    switch (reply.kind) {
      case 'done':
        entry.resolve(reply.trim);
        break;
      case 'halted':
        this.emit('halted', reply.id, reply.reason);
        break;
    }
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'droppedWaiter',
          line: 22,
          column: 7,
          endLine: 24,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'suggestRejectDropped',
              output: `import { EventEmitter } from 'node:events';
type Reply = { kind: 'done'; id: string; trim: number } | { kind: 'halted'; id: string; reason: string };
interface Pending {
  resolve: (trim: number) => void;
  reject: (error: Error) => void;
}
export class LinesetControl extends EventEmitter {
  private readonly pending = new Map<string, Pending>();
  go(id: string): Promise<number> {
    const { promise, resolve, reject } = Promise.withResolvers<number>();
    this.pending.set(id, { resolve, reject });
    return promise;
  }
  handle(reply: Reply): void {
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    switch (reply.kind) {
      case 'done':
        entry.resolve(reply.trim);
        break;
      case 'halted':
        this.emit('halted', reply.id, reply.reason);
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
  ],
});
