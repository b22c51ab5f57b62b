import noFloatingPromises from '../rules/no-floating-promises.js';
import noUncheckedSettledResults from '../rules/no-unchecked-settled-results.js';
import noUnobservedPromise from '../rules/no-unobserved-promise.js';

/** Every rule of the plugin by id (a test keeps this in sync with `rules/`). */
export const rules = {
  'no-floating-promises': noFloatingPromises,
  'no-unchecked-settled-results': noUncheckedSettledResults,
  'no-unobserved-promise': noUnobservedPromise,
};

/** A rule id of the plugin. */
export type RuleId = keyof typeof rules;
