import rule from '../../rules/no-unobserved-promise.js';
import { typedRuleTester } from '../rule-tester.js';

// A class written at the top of a test file as the code under test (no test API in it, not named
// as a test double) is judged as the module it stands for: two requests started together and
// awaited one at a time leave the second without a handler, as in source. A fake or a class that
// asserts stays test code, whose held promises the runner watches.
typedRuleTester().run('no-unobserved-promise', rule, {
  valid: [
    // a test double: the runner watches what it holds
    {
      code: `import { expect, it } from 'vitest';
interface Pump {
  pressurize(trail: string): Promise<number>;
  spinUp(trail: string): Promise<number>;
}
class FakeTrailStartup {
  constructor(private readonly pump: Pump) {}
  async start(trail: string): Promise<number> {
    const pressure = this.pump.pressurize(trail);
    const airflow = this.pump.spinUp(trail);
    return (await pressure) + (await airflow);
  }
}
it('sums the readings', async () => {
  const pump: Pump = { pressurize: async () => 1, spinUp: async () => 2 };
  expect(await new FakeTrailStartup(pump).start('bunny-hill')).toBe(3);
});`,
      filename: 'loud.spec.ts',
    },
    // the code under test starts both and waits for them together
    {
      code: `import { expect, it } from 'vitest';
interface Pump {
  pressurize(trail: string): Promise<number>;
  spinUp(trail: string): Promise<number>;
}
class TrailStartup {
  constructor(private readonly pump: Pump) {}
  async start(trail: string): Promise<number> {
    const [bar, cfm] = await Promise.all([this.pump.pressurize(trail), this.pump.spinUp(trail)]);
    return bar + cfm;
  }
}
it('sums the readings', async () => {
  const pump: Pump = { pressurize: async () => 1, spinUp: async () => 2 };
  expect(await new TrailStartup(pump).start('bunny-hill')).toBe(3);
});`,
      filename: 'loud.spec.ts',
    },
  ],
  invalid: [
    // the class above the tests awaits the pressure first: a compressor failure meanwhile has no handler
    {
      code: `import { expect, it } from 'vitest';
interface Pump {
  pressurize(trail: string): Promise<number>;
  spinUp(trail: string): Promise<number>;
}
class TrailStartup {
  constructor(private readonly pump: Pump) {}
  async start(trail: string): Promise<number> {
    const pressure = this.pump.pressurize(trail);
    const airflow = this.pump.spinUp(trail);
    const bar = await pressure;
    const cfm = await airflow;
    return bar + cfm;
  }
}
it('sums the readings', async () => {
  const pump: Pump = { pressurize: async () => 1, spinUp: async () => 2 };
  expect(await new TrailStartup(pump).start('bunny-hill')).toBe(3);
});`,
      filename: 'loud.spec.ts',
      output: null,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 10,
          column: 11,
          endLine: 10,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'suggestPromiseAll',
              output: `import { expect, it } from 'vitest';
interface Pump {
  pressurize(trail: string): Promise<number>;
  spinUp(trail: string): Promise<number>;
}
class TrailStartup {
  constructor(private readonly pump: Pump) {}
  async start(trail: string): Promise<number> {
    const pressure = this.pump.pressurize(trail);
    const airflow = this.pump.spinUp(trail);
    const [bar, cfm] = await Promise.all([pressure, airflow]);
    return bar + cfm;
  }
}
it('sums the readings', async () => {
  const pump: Pump = { pressurize: async () => 1, spinUp: async () => 2 };
  expect(await new TrailStartup(pump).start('bunny-hill')).toBe(3);
});`,
            },
            {
              messageId: 'suggestHandleNow',
              output: `import { expect, it } from 'vitest';
interface Pump {
  pressurize(trail: string): Promise<number>;
  spinUp(trail: string): Promise<number>;
}
class TrailStartup {
  constructor(private readonly pump: Pump) {}
  async start(trail: string): Promise<number> {
    const pressure = this.pump.pressurize(trail);
    const airflow = this.pump.spinUp(trail);
    airflow.catch(() => {});
    const bar = await pressure;
    const cfm = await airflow;
    return bar + cfm;
  }
}
it('sums the readings', async () => {
  const pump: Pump = { pressurize: async () => 1, spinUp: async () => 2 };
  expect(await new TrailStartup(pump).start('bunny-hill')).toBe(3);
});`,
            },
          ],
        },
      ],
    },
  ],
});
