// Promises a class starts while the instance is built and waits for later, in methods.
import rule from '../../rules/no-unobserved-promise.js';
import { typedRuleTester } from '../rule-tester.js';

typedRuleTester().run('no-unobserved-promise', rule, {
  valid: [
    // every method's first wait is the field (the lazy-init idiom): the window, if any, is the caller's
    `interface Conn { query(sql: string): Promise<unknown[]> }
declare function connect(url: string): Promise<Conn>;
export class Store {
  private readonly ready: Promise<Conn>;
  constructor(url: string) {
    this.ready = connect(url);
  }
  async query(sql: string): Promise<unknown[]> {
    const conn = await this.ready;
    return conn.query(sql);
  }
  async close(): Promise<void> {
    await this.ready;
  }
}`,
    // the constructor attaches a handler at once
    `interface Conn { query(sql: string): Promise<unknown[]> }
declare function connect(url: string): Promise<Conn>;
declare function loadSchema(): Promise<string>;
export class Store {
  private readonly ready: Promise<Conn>;
  constructor(url: string) {
    this.ready = connect(url);
    this.ready.catch((error: unknown) => console.error('connect failed', error));
  }
  async migrate(): Promise<void> {
    const schema = await loadSchema();
    const conn = await this.ready;
    await conn.query(schema);
  }
}`,
    // the field is handed to another function, which may attach the handler: not judged
    `interface Conn { query(sql: string): Promise<unknown[]> }
declare function connect(url: string): Promise<Conn>;
declare function loadSchema(): Promise<string>;
declare function track(pending: Promise<unknown>): void;
export class Store {
  private readonly ready: Promise<Conn>;
  constructor(url: string) {
    this.ready = connect(url);
  }
  start(): void {
    track(this.ready);
  }
  async migrate(): Promise<void> {
    const schema = await loadSchema();
    const conn = await this.ready;
    await conn.query(schema);
  }
}`,
    // a gate the class resolves itself: it cannot reject
    `declare function loadSchema(): Promise<string>;
export class Gate {
  private release!: () => void;
  private readonly opened = new Promise<void>((resolve) => {
    this.release = resolve;
  });
  open(): void {
    this.release();
  }
  async run(): Promise<string> {
    const schema = await loadSchema();
    await this.opened;
    return schema;
  }
}`,
  ],
  invalid: [
    // the constructor starts the session, and add() hashes first: a failed open meanwhile is unhandled
    {
      code: `interface Session { id: string }
declare const api: { open(project: string): Promise<Session>; put(session: Session, body: string): Promise<void> };
declare function hash(body: string): Promise<string>;
export class Publisher {
  private readonly session: Promise<Session>;
  constructor(project: string) {
    this.session = api.open(project);
  }
  async add(body: string): Promise<string> {
    const digest = await hash(body);
    await api.put(await this.session, body);
    return digest;
  }
}`,
      errors: [
        {
          messageId: 'unobservedField',
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              data: { name: 'this.session' },
              output: `interface Session { id: string }
declare const api: { open(project: string): Promise<Session>; put(session: Session, body: string): Promise<void> };
declare function hash(body: string): Promise<string>;
export class Publisher {
  private readonly session: Promise<Session>;
  constructor(project: string) {
    this.session = api.open(project);
    this.session.catch(() => {});
  }
  async add(body: string): Promise<string> {
    const digest = await hash(body);
    await api.put(await this.session, body);
    return digest;
  }
}`,
            },
          ],
        },
      ],
    },
    // a private field started by its initializer, awaited after loading the schema: no suggestion (no statement to follow)
    {
      code: `interface Conn { query(sql: string): Promise<unknown[]> }
declare function connect(url: string): Promise<Conn>;
declare function loadSchema(): Promise<string>;
export class Store {
  #conn = connect('postgres://db');
  async migrate(): Promise<void> {
    const schema = await loadSchema();
    const conn = await this.#conn;
    await conn.query(schema);
  }
}`,
      errors: [
        {
          messageId: 'unobservedField',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 8,
          suggestions: [],
        },
      ],
    },
  ],
});
