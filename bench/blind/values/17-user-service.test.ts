// expect: none
// The promises are handed to expect(...).resolves / .rejects, which are built to unwrap promises, and those assertions are awaited.

interface User {
  id: number;
  name: string;
}

interface Matchers {
  toEqual(expected: unknown): Promise<void>;
  toThrow(expected?: string | RegExp): Promise<void>;
}

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void>): void;
declare function expect(actual: Promise<unknown>): { resolves: Matchers; rejects: Matchers };

declare const userService: {
  getUser(id: number): Promise<User>;
};

describe('userService.getUser', () => {
  it('returns the stored user', async () => {
    await expect(userService.getUser(1)).resolves.toEqual({ id: 1, name: 'Ada' });
  });

  it('rejects for an unknown id', async () => {
    await expect(userService.getUser(404)).rejects.toThrow(/not found/);
  });
});

export {};
