import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { isTestCodeAt } from '../scope/test-code.js';
import { arrayIterationMethods, isListenerRegistration, timerNames } from '../syntax/calls.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { isFunctionNode, memberName, skipTypeWrappers, typeWrapperTypes } from '../syntax/nodes.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { unionMembers } from '../types/members.js';
import type { SettleOwner } from './settlers.js';
import { chainMethods } from './settlers.js';
import { isNodeTypingsFile } from '../types/node-typings.js';

/**
 * True when `fn` runs later, outside the code that created it, so an exception it throws reaches
 * no caller: timers, event listeners, `on*` handler properties, Node-style `(err, …)` callbacks,
 * `.then` callbacks whose resulting promise is dropped, and callbacks given to Node's APIs
 * (`https.get(url, (res) => …)`) except those known to call back at once. Array methods and other
 * synchronous callbacks do not count: their exceptions propagate to the executor, which rejects.
 */
export function isAsyncCallback(analysis: Analysis, fn: FunctionNode): boolean {
  let child: TSESTree.Node = fn;
  while (child.parent && typeWrapperTypes.has(child.parent.type)) child = child.parent;
  const parent = child.parent;
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === child) {
    return /^on[a-z]/.test(memberName(parent.left) ?? '');
  }
  if ((parent?.type !== AST_NODE_TYPES.CallExpression && parent?.type !== AST_NODE_TYPES.NewExpression) || parent.callee === child)
    return false;
  if (!parent.arguments.includes(child as TSESTree.CallExpressionArgument)) return false;
  const callee = skipTypeWrappers(parent.callee);
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : memberName(callee);
  if (parent.type === AST_NODE_TYPES.CallExpression && name !== undefined) {
    if (timerNames.has(name) || isListenerRegistration(name)) return true;
    if (chainMethods.has(name)) return parent.parent?.type === AST_NODE_TYPES.ExpressionStatement;
  }
  if (parent.arguments[parent.arguments.length - 1] === child && isErrorFirstCallback(analysis, fn) && isLibraryCall(analysis, parent))
    return true;
  // `https.get(url, (res) => …)`, `server.listen(port, () => …)`: Node's APIs call back later.
  return name !== undefined && !nodeSyncCallers.has(name) && isNodeApiCall(analysis, parent);
}

/**
 * Functions declared by Node's types that call (or wrap) the function they are given before they
 * return, so its exception reaches the caller: context runners, assertions, tracing, wrappers,
 * `node:test` registration, and the array-like helpers of `URLSearchParams` and streams.
 */
const nodeSyncCallers = new Set([
  'run',
  'exit',
  'enterWith',
  'bind',
  'runInAsyncScope',
  'snapshot',
  'wrap',
  'throws',
  'doesNotThrow',
  'rejects',
  'doesNotReject',
  'runStores',
  'traceSync',
  'tracePromise',
  'traceCallback',
  'promisify',
  'callbackify',
  'deprecate',
  'timerify',
  'inspect',
  'format',
  'test',
  'it',
  'describe',
  'suite',
  'before',
  'after',
  'beforeEach',
  'afterEach',
  'fn',
  'method',
  'getter',
  'setter',
  ...arrayIterationMethods,
  'toArray',
  'drop',
  'take',
]);

/** True when `call` resolves to a signature declared in Node's own types (`@types/node`). */
function isNodeApiCall(analysis: Analysis, call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const declaration = checkerOf(analysis).resolvedSignature(analysis.services.esTreeNodeToTSNodeMap.get(call))?.declaration;
  const file = declaration?.getSourceFile();
  return file?.isDeclarationFile === true && isNodeTypingsFile(file.fileName);
}

/**
 * True when `call` resolves to a signature declared in a declaration file (Node's `fs`, a driver's
 * types): by convention such APIs call their `(err, …)` callback later. A function of this project
 * may call it synchronously, and its exception then reaches the executor.
 */
function isLibraryCall(analysis: Analysis, call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const signature = checkerOf(analysis).resolvedSignature(analysis.services.esTreeNodeToTSNodeMap.get(call));
  return signature?.declaration?.getSourceFile().isDeclarationFile === true;
}

/** True when the first parameter of `fn` is typed as an error that may be absent: `err: Error | null`. */
function isErrorFirstCallback(analysis: Analysis, fn: FunctionNode): boolean {
  const [first] = fn.params;
  if (first?.type !== AST_NODE_TYPES.Identifier) return false;
  const type = typeOf(analysis, first);
  if (!type.isUnion()) return false;
  const parts = type.types;
  const nullish = parts.some((part) => (part.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) !== 0);
  const errorLike = parts.some((part) => part.getProperty('message') !== undefined && part.getProperty('name') !== undefined);
  return nullish && errorLike;
}

/** True when `call` never returns normally: its declared type is `never` (`process.exit()`, `fail(…)`). */
export function neverReturns(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  return (typeOf(analysis, call).flags & ts.TypeFlags.Never) !== 0;
}

/** A `throw` that escapes an asynchronous callback inside code that holds a promise's settle functions. */
interface CallbackThrow {
  owner: SettleOwner;
  callback: FunctionNode;
}

/**
 * The owner and callback for a `throw` that no `try` around it catches inside an asynchronous
 * callback (see `isAsyncCallback`) nested in an executor or helper, or in a callback that uses
 * a deferred's settle functions. `owners` maps each owner's function to it. Not in test code: there
 * the uncaught exception reaches the runner, which fails the test with its cause (a listener that
 * throws is how a test fails loudly), as for the throwing calls of `uncaughtThrowingCalls`.
 */
export function uncaughtCallbackThrow(
  analysis: Analysis,
  node: TSESTree.ThrowStatement,
  owners: ReadonlyMap<TSESTree.Node, readonly SettleOwner[]>,
): CallbackThrow | undefined {
  if (isTestCodeAt(analysis, node)) return undefined;
  let callback: FunctionNode | undefined;
  for (
    let child: TSESTree.Node = node, current: TSESTree.Node | undefined = node.parent;
    current;
    child = current, current = current.parent
  ) {
    if (current.type === AST_NODE_TYPES.TryStatement && current.block === child && current.handler) return undefined;
    if (current.type === AST_NODE_TYPES.ClassBody) return undefined;
    if (isFunctionNode(current)) {
      callback = current;
      break;
    }
  }
  if (!callback || !isAsyncCallback(analysis, callback)) return undefined;
  for (let current: TSESTree.Node | undefined = callback.parent; current; current = current.parent) {
    for (const owner of owners.get(current) ?? []) {
      if (owner.kind !== 'deferred' || usesSettler(owner, callback)) return { owner, callback };
    }
  }
  return undefined;
}

/** True when one of the owner's settle functions is referenced inside `fn`. */
function usesSettler(owner: SettleOwner, fn: FunctionNode): boolean {
  return owner.settlers.some(({ variable }) =>
    variable.references.some(({ identifier }) => identifier.range[0] >= fn.range[0] && identifier.range[1] <= fn.range[1]),
  );
}

/**
 * True when a `switch` without `default` has a case for every member of its discriminant's union
 * of literal types (`kind: 'a' | 'b'` with `case 'a'` and `case 'b'`): no value skips every case.
 */
export function isExhaustiveSwitch(analysis: Analysis, node: TSESTree.SwitchStatement): boolean {
  if (node.cases.length === 0 || node.cases.some((item) => item.test === null)) return false;
  const checker = checkerOf(analysis);
  const type = typeOf(analysis, node.discriminant);
  const parts = unionMembers(type);
  const unit = ts.TypeFlags.Literal | ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.EnumLiteral | ts.TypeFlags.BooleanLiteral;
  if (!parts.every((part) => (part.flags & unit) !== 0)) return false;
  const covered = new Set(
    node.cases.map((item) =>
      checker.typeToString(checker.getBaseConstraintOfType(typeOf(analysis, item.test!)) ?? typeOf(analysis, item.test!)),
    ),
  );
  return parts.every((part) => covered.has(checker.typeToString(part)));
}

/**
 * True when the callback may already have settled the promise before `node`: a call of one of
 * the owner's settle functions comes earlier in it. A `reject` there would be ignored, and the
 * error the `throw` at least made visible would vanish.
 */
export function settlesBeforeInCallback(owner: SettleOwner, callback: FunctionNode, node: TSESTree.Node): boolean {
  return owner.settlers.some(({ variable }) =>
    variable.references.some(({ identifier }) => {
      const call = identifier.parent;
      return (
        identifier.range[0] >= callback.range[0] &&
        identifier.range[1] <= node.range[0] &&
        call?.type === AST_NODE_TYPES.CallExpression &&
        call.callee === identifier
      );
    }),
  );
}
