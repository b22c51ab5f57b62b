import rule from '../../rules/no-read-before-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A method that empties a property (`this.stretch = undefined;`) and then starts the request whose
// callback fills it reads the emptied value right after: the guard on it (`this.stretch ? … : 0`)
// never passes on this call. A write that sets a real value now, or a read after the method waited
// for the request, is the look-alike.
typedRuleTester().run('no-read-before-settle', rule, {
  valid: [
    // the method waits for the table before reading it
    `interface Table {
  factor: number;
}
interface Store {
  load(site: string): Promise<Table>;
}
export class DepthLogger {
  private table: Table | undefined;
  constructor(private readonly store: Store) {}
  async begin(site: string, depth: number): Promise<number> {
    this.table = undefined;
    await this.store.load(site).then((table) => {
      this.table = table;
    });
    return this.table ? depth * this.table.factor : depth;
  }
}`,
    // the state set now is the one the method means to report ('loading')
    `interface Store {
  load(site: string): Promise<number>;
}
export class Panel {
  private state: 'idle' | 'loading' | 'ready' = 'idle';
  private value = 0;
  constructor(private readonly store: Store) {}
  refresh(site: string): string {
    this.state = 'loading';
    void this.store.load(site).then((value) => {
      this.value = value;
      this.state = 'ready';
    });
    return this.state;
  }
}`,
  ],
  invalid: [
    // the table is emptied, then read before the load that fills it has run
    {
      code: `interface Table {
  factor: number;
}
interface Store {
  load(site: string): Promise<Table>;
}
export class DepthLogger {
  private table: Table | undefined;
  constructor(private readonly store: Store) {}
  begin(site: string, depth: number): number {
    this.table = undefined;
    this.store.load(site).then(
      (table) => {
        this.table = table;
      },
      () => undefined,
    );
    return this.table ? depth * this.table.factor : depth;
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 18,
          column: 12,
          endLine: 18,
          endColumn: 22,
          suggestions: [],
        },
      ],
    },
  ],
});
