// expect: no-promise-as-value
// expect(...).toBeTruthy() receives the promise from isEnabled instead of its boolean, so the test passes even when the flag is off.

interface Matchers {
  toBe(expected: unknown): void;
  toBeTruthy(): void;
  toBeFalsy(): void;
}

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => void | Promise<void>): void;
declare function beforeEach(fn: () => Promise<void>): void;
declare function expect(actual: unknown): Matchers;

declare const toggles: {
  reset(): Promise<void>;
  enable(name: string, percent: number): Promise<void>;
  isEnabled(name: string, userId: string): Promise<boolean>;
};

describe('feature toggles', () => {
  beforeEach(async () => {
    await toggles.reset();
  });

  it('is off by default', async () => {
    expect(await toggles.isEnabled('new-checkout', 'u1')).toBe(false);
  });

  it('turns on for everyone at 100%', async () => {
    await toggles.enable('new-checkout', 100);
    expect(toggles.isEnabled('new-checkout', 'u1')).toBeTruthy();
  });
});

export {};
