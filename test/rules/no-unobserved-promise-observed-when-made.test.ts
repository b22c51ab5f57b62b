import rule from '../../rules/no-unobserved-promise.js';
import { typedRuleTester } from '../rule-tester.js';

// Promises handled as they are made (`const p = start(item); p.catch(noop); return p;` inside the
// `map` that builds the array) have their rejection retrieved from the start: awaiting them one by
// one leaves no window, however the array reaches the loop (a `const`, or a `let` given such an
// array on every branch). A branch that gives it unhandled promises keeps the report.
typedRuleTester().run('no-unobserved-promise', rule, {
  valid: [
    // a `let` given a handled array on each branch, then awaited element by element
    `declare function query(sql: string): Promise<string[] | undefined>;
declare function execute(): Promise<void>;
export async function runBatch(statements: string[], pipelined: boolean): Promise<string[][]> {
  let pending: Array<Promise<string[] | undefined>>;
  if (pipelined) {
    pending = statements.map((sql) => {
      const rows = query(sql);
      rows.catch(() => undefined);
      return rows;
    });
    await execute();
  } else {
    pending = statements.map((sql) => {
      const rows = query(\`/* single */ \${sql}\`);
      rows.catch(() => undefined);
      return rows;
    });
    await execute();
  }
  const results: string[][] = [];
  for (let i = 0; i < pending.length; i++) {
    const rows = await pending[i];
    if (rows === undefined) throw new Error(\`statement \${i} was not run\`);
    results.push(rows);
  }
  return results;
}`,
    // the same with a `for…of` loop over a `let` assigned once after its declaration
    `declare function probe(host: string): Promise<number>;
export async function latencies(hosts: string[]): Promise<number[]> {
  let probes: Promise<number>[];
  probes = hosts.map((host) => {
    const started = probe(host);
    started.catch(() => {});
    return started;
  });
  const out: number[] = [];
  for (const started of probes) out.push(await started);
  return out;
}`,
  ],
  invalid: [
    // one branch gives the array promises nobody handles yet
    {
      code: `declare function query(sql: string): Promise<string[] | undefined>;
declare function execute(): Promise<void>;
export async function runBatch(statements: string[], pipelined: boolean): Promise<string[][]> {
  let pending: Array<Promise<string[] | undefined>>;
  if (pipelined) {
    pending = statements.map((sql) => {
      const rows = query(sql);
      rows.catch(() => undefined);
      return rows;
    });
    await execute();
  } else {
    pending = statements.map((sql) => query(sql));
  }
  const results: string[][] = [];
  for (let i = 0; i < pending.length; i++) {
    const rows = await pending[i];
    if (rows === undefined) throw new Error(\`statement \${i} was not run\`);
    results.push(rows);
  }
  return results;
}`,
      output: null,
      errors: [
        {
          messageId: 'sequentialLoop',
          line: 17,
          column: 24,
          endLine: 17,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `declare function query(sql: string): Promise<string[] | undefined>;
declare function execute(): Promise<void>;
export async function runBatch(statements: string[], pipelined: boolean): Promise<string[][]> {
  let pending: Array<Promise<string[] | undefined>>;
  if (pipelined) {
    pending = statements.map((sql) => {
      const rows = query(sql);
      rows.catch(() => undefined);
      return rows;
    });
    await execute();
  } else {
    pending = statements.map((sql) => query(sql));
  }
  const results: string[][] = [];
  void Promise.allSettled(pending);
  for (let i = 0; i < pending.length; i++) {
    const rows = await pending[i];
    if (rows === undefined) throw new Error(\`statement \${i} was not run\`);
    results.push(rows);
  }
  return results;
}`,
            },
          ],
        },
      ],
    },
  ],
});
