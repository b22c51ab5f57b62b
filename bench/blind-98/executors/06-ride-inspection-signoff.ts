// expect: none
// Each stored deferred is removed from the map before it is settled and every exit (sign-off, failed check, cancel, shutdown) settles it, so no request settles twice or waits forever.
export type Component = 'brakes' | 'restraints' | 'chain-lift' | 'wheels';

export interface SignOff {
  ride: string;
  component: Component;
  inspector: string;
  signedAt: Date;
}

interface PendingInspection {
  resolve: (value: SignOff) => void;
  reject: (reason: Error) => void;
  requestedAt: number;
}

export class InspectionFailedError extends Error {
  constructor(readonly ride: string, readonly component: Component, readonly finding: string) {
    super(`${ride}/${component} failed inspection: ${finding}`);
    this.name = 'InspectionFailedError';
  }
}

export class SignOffBoard {
  private readonly pending = new Map<string, PendingInspection>();
  private closed = false;

  private key(ride: string, component: Component): string {
    return `${ride}:${component}`;
  }

  request(ride: string, component: Component): Promise<SignOff> {
    if (this.closed) {
      return Promise.reject(new Error('sign-off board is closed for the night'));
    }
    const key = this.key(ride, component);
    const existing = this.pending.get(key);
    if (existing) {
      this.pending.delete(key);
      existing.reject(new Error(`superseded by a new request for ${key}`));
    }
    const { promise, resolve, reject } = Promise.withResolvers<SignOff>();
    this.pending.set(key, { resolve, reject, requestedAt: Date.now() });
    return promise;
  }

  sign(ride: string, component: Component, inspector: string): boolean {
    const key = this.key(ride, component);
    const entry = this.pending.get(key);
    if (!entry) return false;
    this.pending.delete(key);
    entry.resolve({ ride, component, inspector, signedAt: new Date() });
    return true;
  }

  fail(ride: string, component: Component, finding: string): boolean {
    const key = this.key(ride, component);
    const entry = this.pending.get(key);
    if (!entry) return false;
    this.pending.delete(key);
    entry.reject(new InspectionFailedError(ride, component, finding));
    return true;
  }

  cancel(ride: string, component: Component): void {
    const key = this.key(ride, component);
    const entry = this.pending.get(key);
    if (!entry) return;
    this.pending.delete(key);
    entry.reject(new Error(`inspection request for ${key} was cancelled`));
  }

  close(): void {
    this.closed = true;
    const entries = [...this.pending.values()];
    this.pending.clear();
    for (const entry of entries) {
      entry.reject(new Error('sign-off board closed with inspections outstanding'));
    }
  }

  outstanding(): string[] {
    return [...this.pending.keys()];
  }
}
