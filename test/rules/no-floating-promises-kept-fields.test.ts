import rule from '../../rules/no-floating-promises.js';
import { typedRuleTester } from '../rule-tester.js';

// A plain method of the object whose every `return` hands back the promise it keeps in one field
// (`return this.promise;`, or nothing), dropped right before the function around it returns that
// same field (`this.load(); return this.fetching ? this.promise : this.value;`), hands the promise
// to the caller from there: the dropped copy loses nothing. Returning anything else leaves it
// dropped.
typedRuleTester().run('no-floating-promises', rule, {
  valid: [
    // the load is dropped right before the getter returns the very promise it keeps
    `declare function read(key: string): Promise<string>;
export class LazySession {
  private promise: Promise<string> | undefined;
  private value: string | undefined;
  private fetching = false;
  constructor(private readonly key: string) {}
  private load(): Promise<string> | undefined {
    if (this.value !== undefined) return;
    if (this.promise === undefined) {
      this.fetching = true;
      this.promise = read(this.key).then((v) => {
        this.fetching = false;
        this.value = v;
        return v;
      });
    }
    return this.promise;
  }
  get current(): Promise<string> | string | undefined {
    this.load();
    return this.fetching ? this.promise : this.value;
  }
}`,
  ],
  invalid: [
    // the getter returns the cached value, not the promise the load keeps
    {
      code: `declare function read(key: string): Promise<string>;
export class LazySession {
  private promise: Promise<string> | undefined;
  private value: string | undefined;
  constructor(private readonly key: string) {}
  private load(): Promise<string> | undefined {
    if (this.promise === undefined) {
      this.promise = read(this.key).then((v) => {
        this.value = v;
        return v;
      });
    }
    return this.promise;
  }
  get current(): string | undefined {
    this.load();
    return this.value;
  }
}`,
      errors: [
        {
          messageId: 'floating',
          line: 16,
          column: 5,
          endLine: 16,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `declare function read(key: string): Promise<string>;
export class LazySession {
  private promise: Promise<string> | undefined;
  private value: string | undefined;
  constructor(private readonly key: string) {}
  private load(): Promise<string> | undefined {
    if (this.promise === undefined) {
      this.promise = read(this.key).then((v) => {
        this.value = v;
        return v;
      });
    }
    return this.promise;
  }
  get current(): string | undefined {
    this.load()?.catch((error: unknown) => { console.error(error); });
    return this.value;
  }
}`,
            },
            {
              messageId: 'suggestVoid',
              output: `declare function read(key: string): Promise<string>;
export class LazySession {
  private promise: Promise<string> | undefined;
  private value: string | undefined;
  constructor(private readonly key: string) {}
  private load(): Promise<string> | undefined {
    if (this.promise === undefined) {
      this.promise = read(this.key).then((v) => {
        this.value = v;
        return v;
      });
    }
    return this.promise;
  }
  get current(): string | undefined {
    void this.load();
    return this.value;
  }
}`,
            },
          ],
        },
      ],
    },
  ],
});
