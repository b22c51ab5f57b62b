// Deferreds kept in a field and replaced while the old one may still wait.
import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // the stop takes the deferred out and rejects it before emptying the field
    `interface Deferred<T> { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: Error) => void }
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
declare const valve: { on(event: 'level', listener: (cm: number) => void): void; open(): void; close(): void };

export class PoolFill {
  private pending: Deferred<number> | null = null;

  constructor(private readonly target: number) {
    valve.on('level', (cm) => this.onLevel(cm));
  }

  fill(): Promise<number> {
    if (this.pending) return Promise.reject(new Error('already filling'));
    this.pending = deferred<number>();
    valve.open();
    return this.pending.promise;
  }

  emergencyStop(): void {
    valve.close();
    const current = this.pending;
    this.pending = null;
    current?.reject(new Error('emergency stop'));
  }

  private onLevel(cm: number): void {
    const current = this.pending;
    if (!current || cm < this.target) return;
    this.pending = null;
    current.resolve(cm);
  }
}`,
    // reset leaves unless the flag its settle writes says the old deferred settled
    `interface Deferred<T> { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: Error) => void }
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
interface Reading { psi: number }
declare const sensor: { on(event: 'reading', listener: (r: Reading) => void): void };

export class PressureGate {
  private deferred = deferred<Reading>();
  private settled = false;

  constructor(private readonly workingPsi: number) {
    sensor.on('reading', (r) => {
      if (r.psi >= this.workingPsi) this.settle(r);
    });
  }

  get ready(): Promise<Reading> {
    return this.deferred.promise;
  }

  reset(): void {
    if (!this.settled) return;
    this.deferred = deferred<Reading>();
    this.settled = false;
  }

  private settle(reading: Reading): void {
    if (this.settled) return;
    this.settled = true;
    this.deferred.resolve(reading);
  }
}`,
    // the method refuses a second batch while one is in flight: it reads the field first
    `interface Deferred<T> { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: Error) => void }
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
export class Batcher {
  private inflight: Deferred<void> | undefined;
  constructor(private readonly port: MessagePort) {
    this.port.onmessage = () => this.onAck();
  }
  send(events: string[]): Promise<void> {
    if (this.inflight) return Promise.reject(new Error('a batch is already in flight'));
    this.inflight = deferred<void>();
    this.port.postMessage(events);
    return this.inflight.promise;
  }
  private onAck(): void {
    const pending = this.inflight;
    this.inflight = undefined;
    pending?.resolve();
  }
}`,
  ],
  invalid: [
    // an emergency stop empties the field while its deferred still waits
    {
      code: `interface Deferred<T> { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: Error) => void }
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
declare const valve: { on(event: 'level', listener: (cm: number) => void): void; open(): void; close(): void };

export class PoolFill {
  private pending: Deferred<number> | null = null;

  constructor(private readonly target: number) {
    valve.on('level', (cm) => this.onLevel(cm));
  }

  fill(): Promise<number> {
    if (this.pending) return Promise.reject(new Error('already filling'));
    this.pending = deferred<number>();
    valve.open();
    return this.pending.promise;
  }

  emergencyStop(): void {
    valve.close();
    this.pending = null;
  }

  private onLevel(cm: number): void {
    const current = this.pending;
    if (!current || cm < this.target) return;
    this.pending = null;
    current.resolve(cm);
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'droppedDeferred',
          line: 29,
          column: 5,
          endLine: 29,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'suggestRejectEmptied',
              output: `interface Deferred<T> { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: Error) => void }
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
declare const valve: { on(event: 'level', listener: (cm: number) => void): void; open(): void; close(): void };

export class PoolFill {
  private pending: Deferred<number> | null = null;

  constructor(private readonly target: number) {
    valve.on('level', (cm) => this.onLevel(cm));
  }

  fill(): Promise<number> {
    if (this.pending) return Promise.reject(new Error('already filling'));
    this.pending = deferred<number>();
    valve.open();
    return this.pending.promise;
  }

  emergencyStop(): void {
    valve.close();
    this.pending?.reject(new Error('pending dropped'));
    this.pending = null;
  }

  private onLevel(cm: number): void {
    const current = this.pending;
    if (!current || cm < this.target) return;
    this.pending = null;
    current.resolve(cm);
  }
}`,
            },
          ],
        },
      ],
    },
    // the flag guard leaves when the old one settled, and replaces it while it still waits
    {
      code: `interface Deferred<T> { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: Error) => void }
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
interface Reading { psi: number }
declare const sensor: { on(event: 'reading', listener: (r: Reading) => void): void };

export class PressureGate {
  private deferred = deferred<Reading>();
  private settled = false;

  constructor(private readonly workingPsi: number) {
    sensor.on('reading', (r) => {
      if (r.psi >= this.workingPsi) this.settle(r);
    });
  }

  get ready(): Promise<Reading> {
    return this.deferred.promise;
  }

  reset(): void {
    if (this.settled) return;
    this.deferred = deferred<Reading>();
    this.settled = false;
  }

  private settle(reading: Reading): void {
    if (this.settled) return;
    this.settled = true;
    this.deferred.resolve(reading);
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'replacedDeferred',
          line: 30,
          column: 5,
          endLine: 30,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'suggestRejectReplaced',
              output: `interface Deferred<T> { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: Error) => void }
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
interface Reading { psi: number }
declare const sensor: { on(event: 'reading', listener: (r: Reading) => void): void };

export class PressureGate {
  private deferred = deferred<Reading>();
  private settled = false;

  constructor(private readonly workingPsi: number) {
    sensor.on('reading', (r) => {
      if (r.psi >= this.workingPsi) this.settle(r);
    });
  }

  get ready(): Promise<Reading> {
    return this.deferred.promise;
  }

  reset(): void {
    if (this.settled) return;
    this.deferred?.reject(new Error('replaced by a newer deferred'));
    this.deferred = deferred<Reading>();
    this.settled = false;
  }

  private settle(reading: Reading): void {
    if (this.settled) return;
    this.settled = true;
    this.deferred.resolve(reading);
  }
}`,
            },
          ],
        },
      ],
    },
    // a second send replaces the deferred of the first, which then never settles
    {
      code: `interface Deferred<T> { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: Error) => void }
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
export class Batcher {
  private inflight: Deferred<void> | undefined;
  constructor(private readonly port: MessagePort) {
    this.port.onmessage = () => this.onAck();
  }
  send(events: string[]): Promise<void> {
    this.inflight = deferred<void>();
    this.port.postMessage(events);
    return this.inflight.promise;
  }
  private onAck(): void {
    const pending = this.inflight;
    this.inflight = undefined;
    pending?.resolve();
  }
}`,
      errors: [
        {
          messageId: 'replacedDeferred',
          line: 17,
          column: 5,
          endLine: 17,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'suggestRejectReplaced',
              data: { field: 'inflight' },
              output: `interface Deferred<T> { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: Error) => void }
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
export class Batcher {
  private inflight: Deferred<void> | undefined;
  constructor(private readonly port: MessagePort) {
    this.port.onmessage = () => this.onAck();
  }
  send(events: string[]): Promise<void> {
    this.inflight?.reject(new Error('replaced by a newer inflight'));
    this.inflight = deferred<void>();
    this.port.postMessage(events);
    return this.inflight.promise;
  }
  private onAck(): void {
    const pending = this.inflight;
    this.inflight = undefined;
    pending?.resolve();
  }
}`,
            },
          ],
        },
      ],
    },
  ],
});
