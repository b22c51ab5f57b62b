import noFloatingPromises from '../rules/no-floating-promises.js';
import noLeakedRace from '../rules/no-leaked-race.js';
import noMultipleSettle from '../rules/no-multiple-settle.js';
import noPromiseAsValue from '../rules/no-promise-as-value.js';
import noReadBeforeSettle from '../rules/no-read-before-settle.js';
import noReusedSettledPromise from '../rules/no-reused-settled-promise.js';
import noSwallowedAbort from '../rules/no-swallowed-abort.js';
import noUncalledAsyncFunction from '../rules/no-uncalled-async-function.js';
import noUncheckedSettledResults from '../rules/no-unchecked-settled-results.js';
import noUnobservedPromise from '../rules/no-unobserved-promise.js';
import requireSignalPropagation from '../rules/require-signal-propagation.js';

/** Every rule of the plugin by id (a test keeps this in sync with `rules/`). */
export const rules = {
  'no-floating-promises': noFloatingPromises,
  'no-leaked-race': noLeakedRace,
  'no-multiple-settle': noMultipleSettle,
  'no-promise-as-value': noPromiseAsValue,
  'no-read-before-settle': noReadBeforeSettle,
  'no-reused-settled-promise': noReusedSettledPromise,
  'no-swallowed-abort': noSwallowedAbort,
  'no-uncalled-async-function': noUncalledAsyncFunction,
  'no-unchecked-settled-results': noUncheckedSettledResults,
  'no-unobserved-promise': noUnobservedPromise,
  'require-signal-propagation': requireSignalPropagation,
};

/** A rule id of the plugin. */
export type RuleId = keyof typeof rules;
