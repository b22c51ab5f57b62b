import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A helper that runs a listener from a repeating registration but takes that registration away in
// the listener (`registration.dispose()`) runs it once: a hand-written `once`. Without the disposal
// the helper repeats the listener, and a `resolve` handed to it settles again on every event.
typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // `onceOf` disposes of its registration from inside the listener: `resolve` runs once.
    `interface Disposable {
  dispose(): void;
}
type Listen<T> = (listener: (value: T) => void) => Disposable;
function onceOf<T>(listen: Listen<T>, listener: (value: T) => void): Disposable {
  let fired = false;
  let registration: Disposable | undefined;
  registration = listen((value) => {
    listener(value);
    if (registration) registration.dispose();
    else fired = true;
  });
  if (fired) registration.dispose();
  return registration;
}
export function next<T>(listen: Listen<T>): Promise<T> {
  return new Promise<T>((resolve) => {
    onceOf(listen, (value) => resolve(value));
  });
}`,
  ],
  invalid: [
    // `follow` keeps its listener registered: every later value calls `resolve` again.
    {
      code: `interface Disposable {
  dispose(): void;
}
type Listen<T> = (listener: (value: T) => void) => Disposable;
function follow<T>(listen: Listen<T>, listener: (value: T) => void): Disposable {
  const registration = listen((value) => {
    listener(value);
  });
  return registration;
}
export function next<T>(listen: Listen<T>): Promise<T> {
  return new Promise<T>((resolve) => {
    follow(listen, (value) => resolve(value));
  });
}`,
      errors: [{ messageId: 'repeatedSettle', line: 13, column: 31, endLine: 13, endColumn: 45 }],
    },
  ],
});
