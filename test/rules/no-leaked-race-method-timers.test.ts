import rule from '../../rules/no-leaked-race.js';
import { typedRuleTester } from '../rule-tester.js';

// A timer helper raced as a contender keeps its timer when it loses, whether it is a function or a
// method of the class (`this.timeout(this.windowMs)`): the helper's body says what it is. A timer the
// race clears in `finally` is fine.
typedRuleTester().run('no-leaked-race', rule, {
  valid: [
    // the class's timeout method is cleared once the scan wins
    `declare function scan(): Promise<string[]>;
export class SearchWindow {
  constructor(private readonly windowMs = 8000) {}
  async sweep(): Promise<string[]> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timed out')), this.windowMs);
    });
    try {
      return await Promise.race([scan(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}`,
  ],
  invalid: [
    // the class's own timeout method is raced, and its timer is never cleared
    {
      code: `declare function scan(): Promise<string[]>;
export class SearchWindow {
  constructor(private readonly windowMs = 8000) {}
  private timeout(ms: number): Promise<never> {
    return new Promise<never>((_, reject) => {
      setTimeout(() => reject(new Error('timed out')), ms);
    });
  }
  async sweep(): Promise<string[]> {
    return Promise.race([scan(), this.timeout(this.windowMs)]);
  }
}`,
      errors: [
        {
          messageId: 'leakedTimer',
          line: 10,
          column: 34,
          endLine: 10,
          endColumn: 61,
        },
      ],
    },
  ],
});
