import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A class that keeps whole `Promise.withResolvers()` deferreds in a collection must take an entry
// out when it settles it: a method that settles an entry read with `get(…)` and leaves it there
// lets a later loop over the entries (a shutdown) settle it again.
typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // the decision takes the entry out before settling it
    `export class Desk {
  private readonly awaiting = new Map<string, PromiseWithResolvers<string>>();
  lodge(id: string): Promise<string> {
    const deferred = Promise.withResolvers<string>();
    this.awaiting.set(id, deferred);
    return deferred.promise;
  }
  decide(id: string, verdict: string): void {
    const deferred = this.awaiting.get(id);
    if (!deferred) return;
    this.awaiting.delete(id);
    deferred.resolve(verdict);
  }
  close(): void {
    for (const deferred of this.awaiting.values()) deferred.reject(new Error('closed'));
    this.awaiting.clear();
  }
}`,
  ],
  invalid: [
    // the decision settles the entry and leaves it for close() to settle again
    {
      code: `export class Desk {
  private readonly awaiting = new Map<string, PromiseWithResolvers<string>>();
  lodge(id: string): Promise<string> {
    const deferred = Promise.withResolvers<string>();
    this.awaiting.set(id, deferred);
    return deferred.promise;
  }
  decide(id: string, verdict: string): void {
    const deferred = this.awaiting.get(id);
    if (!deferred) return;
    deferred.resolve(verdict);
  }
  close(): void {
    for (const deferred of this.awaiting.values()) deferred.reject(new Error('closed'));
    this.awaiting.clear();
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'keptSettler',
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 30,
          suggestions: [],
        },
      ],
    },
  ],
});
