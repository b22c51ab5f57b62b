import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { variableOf } from '../scope/variables.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { isFunctionNode, memberName, namedProperty, skipTypeWrappers } from '../syntax/nodes.js';
import { thenableKindOf } from '../types/thenables.js';
import type { ReusedPromise } from './reused-promises.js';
import { callsParameterInLoop, localHelperOf } from './reused-promises.js';

/*
 * `pRetry(() => upload, { retries: 4 })`: a retry helper calls its callback once per attempt and
 * waits for the promise it returns. A callback that hands back a promise started once outside it
 * (`const upload = storage.putObject(…)`) gives every attempt the same settled promise: after a
 * rejection, each retry gets the same rejection, and nothing is sent again.
 *
 * A call is a retry helper when its name says so (`retry`, `pRetry`, `withRetries`, `backOff`,
 * `attempt…`) or an options object it is given counts attempts (`retries`, `maxRetries`,
 * `attempts`, `maxAttempts`, `tries`, `numOfAttempts`), or when it is a function of this file that
 * calls that parameter inside a loop of its own (`pollUntil(() => statusRequest, isArmed)`: each
 * poll gets the first, stale answer). The callback must return (as an arrow's body or its only
 * `return`) a `const` of the code around it, made by a call or `new`, never written again, whose
 * type is a promise. Approximation: a helper declared elsewhere is known by those names only; an
 * async callback that awaits the promise in a helper of this file is `reusedByRepeatedCallback`'s.
 */

const retryName = /retr(y|ies)|backoff|^attempt/i;
const attemptKeys = new Set(['retries', 'maxRetries', 'attempts', 'maxAttempts', 'tries', 'numOfAttempts', 'retry']);

/** The promise a retry callback of `call` hands back on every attempt, if it is one started once outside it. */
export function reusedByRetryCallback(analysis: Analysis, call: TSESTree.CallExpression): ReusedPromise | undefined {
  const byName = isRetryCall(call);
  const helper = byName ? undefined : localHelperOf(analysis, call);
  if (!byName && !helper) return undefined;
  for (const [index, argument] of call.arguments.entries()) {
    const fn = skipTypeWrappers(argument as TSESTree.Expression);
    if (!isFunctionNode(fn)) continue;
    if (helper && !callsParameterInLoop(analysis, helper, index)) continue;
    const returned = returnedValue(fn);
    if (returned?.type !== AST_NODE_TYPES.Identifier) continue;
    const variable = variableOf(analysis, returned);
    const declarator = variable?.defs[0]?.node;
    if (
      !variable ||
      variable.defs.length !== 1 ||
      declarator?.type !== AST_NODE_TYPES.VariableDeclarator ||
      declarator.parent.kind !== 'const' ||
      !declarator.init ||
      declarator.range[1] > call.range[0]
    )
      continue;
    const init = skipTypeWrappers(declarator.init);
    if (init.type !== AST_NODE_TYPES.CallExpression && init.type !== AST_NODE_TYPES.NewExpression) continue;
    if (thenableKindOf(analysis, returned) === false) continue;
    return { reference: returned, variable, region: call, shape: byName ? 'retry' : 'poll', passedOn: [] };
  }
  return undefined;
}

/** True for a call of a retry helper: by its name, or by an options object that counts attempts. */
function isRetryCall(call: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : memberName(callee);
  if (name !== undefined && retryName.test(name)) return true;
  return call.arguments.some((argument) => namedProperty(argument, (key) => attemptKeys.has(key)) !== undefined);
}

/** What a callback returns when that is one expression: an arrow's body, or a block's only `return`. */
function returnedValue(fn: FunctionNode): TSESTree.Expression | undefined {
  let value: TSESTree.Expression | undefined;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) value = fn.body;
  else {
    const [only] = fn.body.body;
    if (fn.body.body.length === 1 && only?.type === AST_NODE_TYPES.ReturnStatement && only.argument) value = only.argument;
  }
  if (value === undefined) return undefined;
  // `async () => await upload` hands back the same outcome.
  const target = skipTypeWrappers(value) as TSESTree.Expression;
  return target.type === AST_NODE_TYPES.AwaitExpression ? (skipTypeWrappers(target.argument) as TSESTree.Expression) : target;
}
