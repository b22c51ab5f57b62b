import rule from '../../rules/no-leaked-race.js';
import { typedRuleTester } from '../rule-tester.js';

// A contender made by a helper that listens for the `abort` of the signal it is handed
// (`abortRejection(signal)`) leaves that listener when it loses. When the signal is a parameter of
// the racing function and the file calls that function from a loop, each turn leaves one more
// listener on the same signal. Called once, the signal goes away with the call.
typedRuleTester().run('no-leaked-race', rule, {
  valid: [
    // the racing function is called once per show, not from a loop
    `function abortRejection(signal: AbortSignal): Promise<never> {
  return new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason));
  });
}
declare const projector: { calibrate(id: string): Promise<number> };
async function calibrateOne(id: string, signal: AbortSignal): Promise<number> {
  return Promise.race([projector.calibrate(id), abortRejection(signal)]);
}
export async function calibrateMain(signal: AbortSignal): Promise<number> {
  return calibrateOne('main', signal);
}`,
  ],
  invalid: [
    // every projector of every pass leaves one more abort listener on the show's signal
    {
      code: `function abortRejection(signal: AbortSignal): Promise<never> {
  return new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason));
  });
}
declare const projector: { calibrate(id: string): Promise<number> };
async function calibrateOne(id: string, signal: AbortSignal): Promise<number> {
  return Promise.race([projector.calibrate(id), abortRejection(signal)]);
}
export async function calibrateDome(ids: string[], showSignal: AbortSignal): Promise<number[]> {
  const errors: number[] = [];
  for (const id of ids) errors.push(await calibrateOne(id, showSignal));
  return errors;
}`,
      output: null,
      errors: [
        {
          messageId: 'leakedListeners',
          line: 8,
          column: 49,
          endLine: 8,
          endColumn: 71,
          suggestions: [],
        },
      ],
    },
  ],
});
