import rule from '../../rules/no-uncalled-async-function.js';
import { typedRuleTester } from '../rule-tester.js';

// Where a promise is expected, a function is a call that was lost: a plain generator whose other
// steps are promises (`yield line.closeValves(); yield line.purge;`), an awaited `const` that picks
// between a started promise and an uncalled method, and a `.then` callback handing back a method of
// the class that the class elsewhere calls and handles, stored in a field declared without a type
// (the field's type comes from the bug). A generator of handlers, two started promises, and a field
// whose function is called once awaited are left alone.
typedRuleTester().run('no-uncalled-async-function', rule, {
  valid: [
    // a plain generator of handlers yields functions only
    `interface Line {
  closeValves(): Promise<void>;
  purge(): Promise<void>;
}
function* handlers(line: Line): Generator<() => Promise<void>> {
  yield () => line.closeValves();
  yield () => line.purge();
}
export async function shutDown(line: Line): Promise<void> {
  for (const handler of handlers(line)) await handler();
}`,
    // the awaited const picks between two started promises
    `interface Batch {
  id: string;
  agingDays: number;
}
declare function age(batch: Batch): Promise<void>;
declare function bottle(batch: Batch): Promise<void>;
export async function finish(batch: Batch): Promise<void> {
  const next = batch.agingDays > 0 ? age(batch) : bottle(batch);
  await next;
}`,
    // a field without a type that holds a promise of a function, called once awaited
    `type Handler = () => Promise<void>;
declare function loadHandler(): Promise<void>;
export class Plugin {
  readonly handler;
  constructor(private readonly fallback: Handler) {
    this.handler = Promise.resolve().then(() => this.fallback);
  }
  async run(): Promise<void> {
    const handle = await this.handler;
    await handle();
    await loadHandler();
  }
}`,
  ],
  invalid: [
    // a plain generator of steps yields one method uncalled among promises
    {
      code: `interface Line {
  closeValves(): Promise<void>;
  purge(): Promise<void>;
  rinse(): Promise<void>;
}
function* steps(line: Line) {
  yield line.closeValves();
  yield line.purge;
  yield line.rinse();
}
export async function shutDown(line: Line): Promise<number> {
  let count = 0;
  for (const step of steps(line)) {
    await step;
    count++;
  }
  return count;
}`,
      errors: [
        {
          messageId: 'uncalledYielded',
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'suggestCall',
              output: `interface Line {
  closeValves(): Promise<void>;
  purge(): Promise<void>;
  rinse(): Promise<void>;
}
function* steps(line: Line) {
  yield line.closeValves();
  yield line.purge();
  yield line.rinse();
}
export async function shutDown(line: Line): Promise<number> {
  let count = 0;
  for (const step of steps(line)) {
    await step;
    count++;
  }
  return count;
}`,
            },
          ],
        },
      ],
    },
    // the awaited const picks between a started promise and an uncalled method
    {
      code: `interface Batch {
  id: string;
  agingDays: number;
}
export class Blender {
  async age(batch: Batch): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, batch.agingDays));
  }
  async bottle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  async finish(batch: Batch): Promise<void> {
    const next = batch.agingDays > 0 ? this.age(batch) : this.bottle;
    await next;
  }
}`,
      output: `interface Batch {
  id: string;
  agingDays: number;
}
export class Blender {
  async age(batch: Batch): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, batch.agingDays));
  }
  async bottle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  async finish(batch: Batch): Promise<void> {
    const next = batch.agingDays > 0 ? this.age(batch) : this.bottle();
    await next;
  }
}`,
      errors: [
        {
          messageId: 'uncalledAwaited',
          line: 13,
          column: 58,
          endLine: 13,
          endColumn: 69,
        },
      ],
    },
    // the then-callback hands back the method the class elsewhere calls and handles
    {
      code: `interface Api {
  connect(): Promise<void>;
  timetable(): Promise<string[]>;
}
export class Timetable {
  private rows: string[] = [];
  readonly ready;
  constructor(private readonly api: Api) {
    this.ready = this.api.connect().then(() => this.load);
    setInterval(() => {
      this.load().catch((err: unknown) => console.warn('refresh failed', err));
    }, 60_000);
  }
  private async load(): Promise<void> {
    this.rows = await this.api.timetable();
  }
  async departures(): Promise<string[]> {
    await this.ready;
    return this.rows;
  }
}`,
      output: `interface Api {
  connect(): Promise<void>;
  timetable(): Promise<string[]>;
}
export class Timetable {
  private rows: string[] = [];
  readonly ready;
  constructor(private readonly api: Api) {
    this.ready = this.api.connect().then(() => this.load());
    setInterval(() => {
      this.load().catch((err: unknown) => console.warn('refresh failed', err));
    }, 60_000);
  }
  private async load(): Promise<void> {
    this.rows = await this.api.timetable();
  }
  async departures(): Promise<string[]> {
    await this.ready;
    return this.rows;
  }
}`,
      errors: [
        {
          messageId: 'uncalledReturned',
          line: 9,
          column: 48,
          endLine: 9,
          endColumn: 57,
        },
      ],
    },
  ],
});
