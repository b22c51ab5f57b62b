// expect: none
// The Promise executor runs synchronously inside `new Promise`, so `release` is already assigned when it is read on the following lines to build the unlock function; each waiter chains on the previous holder's gate.
export type Release = () => void;

export class KeyedMutex {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly waiting = new Map<string, number>();

  async acquire(key: string): Promise<Release> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: Release;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => gate);
    this.tails.set(key, tail);
    this.waiting.set(key, (this.waiting.get(key) ?? 0) + 1);

    const unlock = this.makeRelease(key, tail, release);
    await previous;
    return unlock;
  }

  private makeRelease(key: string, tail: Promise<void>, openGate: () => void): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.waiting.get(key) ?? 1) - 1;
      if (left === 0) {
        this.waiting.delete(key);
        if (this.tails.get(key) === tail) this.tails.delete(key);
      } else {
        this.waiting.set(key, left);
      }
      openGate();
    };
  }

  async runExclusive<T>(key: string, task: () => Promise<T>): Promise<T> {
    const release = await this.acquire(key);
    try {
      return await task();
    } finally {
      release();
    }
  }

  pending(key: string): number {
    return this.waiting.get(key) ?? 0;
  }
}

declare const ledger: { balance(account: string): Promise<number>; write(account: string, cents: number): Promise<void> };
const accountLocks = new KeyedMutex();

export function debit(account: string, cents: number): Promise<number> {
  return accountLocks.runExclusive(account, async () => {
    const balance = await ledger.balance(account);
    if (balance < cents) throw new Error(`insufficient funds on ${account}: ${balance} < ${cents}`);
    await ledger.write(account, -cents);
    return balance - cents;
  });
}
