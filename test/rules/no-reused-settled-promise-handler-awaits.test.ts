import rule from '../../rules/no-reused-settled-promise.js';
import { typedRuleTester } from '../rule-tester.js';

// An async rejection handler that awaits the promise it handles (`load.then(ok, async () => { await
// reset(); await load; })`) gets back the rejection that has already happened: the recovery always
// fails with the original error. Loading again, or awaiting the promise in its success handler, is
// fine.
typedRuleTester().run('no-reused-settled-promise', rule, {
  valid: [
    // the rejection handler resets the projector and loads the show again
    `interface Projector {
  loadShow(path: string): Promise<{ durationSec: number }>;
  reset(): Promise<void>;
}
export function prepare(projector: Projector, path: string): Promise<number> {
  const load = projector.loadShow(path);
  return load.then(
    ({ durationSec }) => durationSec,
    async () => {
      await projector.reset();
      const { durationSec } = await projector.loadShow(path);
      return durationSec;
    },
  );
}`,
    // the success handler awaits the same promise again, which has fulfilled
    `interface Projector {
  loadShow(path: string): Promise<{ durationSec: number }>;
}
export function prepare(projector: Projector, path: string): Promise<number> {
  const load = projector.loadShow(path);
  return load.then(async () => {
    const { durationSec } = await load;
    return durationSec;
  });
}`,
  ],
  invalid: [
    // the rejection handler resets the projector and awaits the load that just failed
    {
      code: `interface Projector {
  loadShow(path: string): Promise<{ durationSec: number }>;
  reset(): Promise<void>;
}
export function prepare(projector: Projector, path: string): Promise<number> {
  const load = projector.loadShow(path);
  return load.then(
    ({ durationSec }) => durationSec,
    async () => {
      await projector.reset();
      const { durationSec } = await load;
      return durationSec;
    },
  );
}`,
      errors: [
        {
          messageId: 'retriedSettledPromise',
          line: 7,
          column: 10,
          endLine: 7,
          endColumn: 14,
        },
      ],
    },
  ],
});
