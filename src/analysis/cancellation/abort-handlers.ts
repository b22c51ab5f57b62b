import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { constInitializer, namedFunctionOf } from '../scope/initializers.js';
import { isModuleLevel, variableOf } from '../scope/variables.js';
import { calleeName, isLoggingCall } from '../syntax/calls.js';
import { enclosingFunction, enclosingLoop, isFunctionNode, memberName, namedProperty, skipTypeWrappers } from '../syntax/nodes.js';
import { returnedValues } from '../syntax/statements.js';
import { containsInBody, walk } from '../syntax/walk.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { objectParts } from '../types/members.js';
import { getOrCreate } from '../memo.js';
import { callerLooksPastWrap, callerTakesStopForFinish, resultTakenInFile } from './abort-callers.js';
import { isOwnAbortSignal } from './signals-in-hand.js';

/*
 * Does an error handler let an abort end normally? The abort error is followed through the
 * handler's statements: at an `if` whose condition tells aborts apart (`err.name === 'AbortError'`,
 * `signal.aborted`, `isAbortError(err)`), it takes the branch the condition picks; elsewhere it may
 * take any branch. A path is safe when it throws (anything), calls `signal.throwIfAborted()` or a
 * rethrowing helper, or returns/breaks on a branch that an abort test chose (the author handled
 * the abort on purpose). A path that reaches the end of the handler, returns without an abort
 * test, or continues a loop lets the abort end normally.
 *
 * `TimeoutError` (from `AbortSignal.timeout`) is a failure like any other here: comparing the
 * name with `'TimeoutError'` is not an abort test, and work whose only signal is a timeout the
 * function set itself is not treated as cancellable from outside.
 */

/** How an abort error can leave a handler normally. */
export interface AbortLeak {
  /**
   * `converted`: the abort leaves as a new error of another kind (`throw new ApiError(…)`);
   * `completes`: a branch picked for aborts does what the work does when it succeeds (`job.ack()`).
   */
  kind: 'fallthrough' | 'return' | 'continue' | 'break' | 'converted' | 'completes';
  node: TSESTree.Node;
  /** True when every abort reaching this exit was picked out by an abort test (`if (!signal.aborted) log(error);`). */
  known: boolean;
}

export interface Verdict {
  /** The condition's value when the caught error is an abort: `undefined` when it cannot be told. */
  value: boolean | undefined;
  /** True when the condition mentions an abort test (so a branch it picks handles aborts on purpose). */
  informative: boolean;
  /** True when it calls a helper whose body checks for aborts in a way we cannot follow (`shouldRetry(error)` reading `signal.aborted`): the `if` is trusted. */
  unreadableCheck?: boolean;
}

export const unknown: Verdict = { value: undefined, informative: false };
const abortNames = /^(AbortError|ABORT_ERR|ERR_CANCELED|CancelError)$/;
const abortWords = /abort|cancel/i;
const rethrowWords = /throw|assert|ensure|check|raise/i;

/** The TS function declarations a call resolves to (across files, through imports). */
function declarationsOf(analysis: Analysis, call: TSESTree.CallExpression): ts.Node[] {
  const checker = checkerOf(analysis);
  const callee = skipTypeWrappers(call.callee);
  const target = callee.type === AST_NODE_TYPES.MemberExpression ? callee.property : callee;
  const symbol = checker.getSymbolAtLocation(analysis.services.esTreeNodeToTSNodeMap.get(target));
  const resolved = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  return (resolved?.declarations ?? [])
    .map((declaration): ts.Node =>
      ts.isVariableDeclaration(declaration) && declaration.initializer ? declaration.initializer : declaration,
    )
    .filter((node) => ts.isFunctionLike(node) && 'body' in node && node.body !== undefined);
}

/** True when a helper's body shows an abort check: it mentions `AbortError`, `ABORT_ERR` or `.aborted`. */
function bodyMentionsAbort(analysis: Analysis, call: TSESTree.CallExpression, mustThrow: boolean): boolean {
  return declarationsOf(analysis, call).some((fn) => {
    const text = fn.getText();
    if (!/AbortError|ABORT_ERR|\.aborted\b|throwIfAborted/.test(text)) return false;
    return !mustThrow || /\bthrow\b|throwIfAborted/.test(text);
  });
}

/**
 * The verdict of a predicate of this file called on the caught error (`isTimeout(error)`), read
 * with its first parameter standing for the error: an arrow's expression, or a block of guarded
 * returns followed by a last `return` (`if (err instanceof HttpError) return err.status >= 500;
 * if (!(err instanceof Error)) return false; return err.name === 'AbortError';`). A guard whose
 * test an abort error takes is followed into its `return`; one it skips is passed. `undefined`
 * when a guard's test is unknown for an abort error, or for any other statement.
 */
function predicateVerdict(
  analysis: Analysis,
  call: TSESTree.CallExpression,
  error: string | undefined,
  depth: number,
): Verdict | undefined {
  const [argument] = call.arguments;
  if (!error || argument?.type !== AST_NODE_TYPES.Identifier || argument.name !== error) return undefined;
  const [declaration] = declarationsOf(analysis, call);
  const mapped = declaration && (analysis.services.tsNodeToESTreeNodeMap.get(declaration) as TSESTree.Node | undefined);
  if (!isFunctionNode(mapped)) return undefined;
  const [parameter] = mapped.params;
  if (parameter?.type !== AST_NODE_TYPES.Identifier) return undefined;
  const body = mapped.body;
  if (body.type !== AST_NODE_TYPES.BlockStatement) return abortVerdict(analysis, body, parameter.name, depth + 1);
  let informative = false;
  for (const statement of body.body) {
    if (statement.type === AST_NODE_TYPES.ReturnStatement) {
      if (!statement.argument) return undefined;
      const verdict = returnVerdict(analysis, statement.argument, parameter.name, depth);
      return { ...verdict, informative: verdict.informative || informative };
    }
    const returned =
      statement.type === AST_NODE_TYPES.IfStatement && !statement.alternate ? guardedReturn(statement.consequent) : undefined;
    if (!returned) return undefined;
    const guard = abortVerdict(analysis, (statement as TSESTree.IfStatement).test, parameter.name, depth + 1);
    if (guard.unreadableCheck || guard.value === undefined) return undefined;
    informative ||= guard.informative;
    if (guard.value) {
      const verdict = returnVerdict(analysis, returned, parameter.name, depth);
      return { ...verdict, informative: verdict.informative || informative };
    }
  }
  return undefined;
}

/** What a predicate returns for an abort error: a boolean literal, or a test read as a condition. */
function returnVerdict(analysis: Analysis, value: TSESTree.Expression, error: string, depth: number): Verdict {
  if (value.type === AST_NODE_TYPES.Literal && typeof value.value === 'boolean') return { value: value.value, informative: false };
  return abortVerdict(analysis, value, error, depth + 1);
}

/** The value of `return <value>;` alone, or in a block of its own. */
function guardedReturn(statement: TSESTree.Statement): TSESTree.Expression | undefined {
  const only = statement.type === AST_NODE_TYPES.BlockStatement && statement.body.length === 1 ? statement.body[0] : statement;
  return only?.type === AST_NODE_TYPES.ReturnStatement ? (only.argument ?? undefined) : undefined;
}

/** The condition's value for an abort error, and whether it tests for one. */
export function abortVerdict(analysis: Analysis, node: TSESTree.Node, error: string | undefined, depth = 0): Verdict {
  const target = node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node;
  switch (target.type) {
    case AST_NODE_TYPES.UnaryExpression: {
      if (target.operator !== '!') return unknown;
      const inner = abortVerdict(analysis, target.argument, error, depth);
      return { ...inner, value: inner.value === undefined ? undefined : !inner.value };
    }
    case AST_NODE_TYPES.LogicalExpression: {
      const left = abortVerdict(analysis, target.left, error, depth);
      const right = abortVerdict(analysis, target.right, error, depth);
      const informative = left.informative || right.informative;
      if (left.unreadableCheck || right.unreadableCheck) return { value: undefined, informative, unreadableCheck: true };
      if (target.operator === '&&') {
        if (left.value === false || right.value === false) return { value: false, informative };
        return { value: left.value && right.value ? true : undefined, informative };
      }
      if (target.operator === '||') {
        if (left.value === true || right.value === true) return { value: true, informative };
        return { value: left.value === false && right.value === false ? false : undefined, informative };
      }
      return unknown;
    }
    case AST_NODE_TYPES.BinaryExpression:
      return binaryVerdict(analysis, target);
    case AST_NODE_TYPES.MemberExpression:
      if (memberName(target) !== 'aborted') return unknown;
      // `budget.signal.aborted` of a controller the function aborts itself: it says nothing of a caller's abort.
      // Only in a handler (an error to follow): elsewhere `if (signal.aborted)` marks where any abort has happened.
      return error !== undefined && isOwnAbortSignal(analysis, target.object)
        ? { value: undefined, informative: true }
        : { value: true, informative: true };
    case AST_NODE_TYPES.CallExpression: {
      // `isAbortError(error)`, `axios.isCancel(error)`: the name says what true means.
      if (abortWords.test(calleeName(target) ?? '')) return { value: true, informative: true };
      if (isAbortMessageSearch(target)) return { value: true, informative: true };
      // `isTimeout(error)` with `return e instanceof DOMException && (e.name === 'TimeoutError' || e.name === 'AbortError')`: read the test it returns.
      const returned = depth < 3 ? predicateVerdict(analysis, target, error, depth) : undefined;
      if (returned?.value !== undefined && !returned.unreadableCheck) return { ...returned, informative: true };
      return bodyMentionsAbort(analysis, target, false) ? { value: undefined, informative: true, unreadableCheck: true } : unknown;
    }
    case AST_NODE_TYPES.Identifier: {
      // `if (error)`: an abort error is truthy.
      if (target.name === error) return { value: true, informative: false };
      // `const expired = budget.signal.aborted && !signal.aborted; if (!expired) throw error;`
      const init = depth < 3 ? constInitializer(analysis, target) : undefined;
      return init ? abortVerdict(analysis, init, error, depth + 1) : unknown;
    }
    default:
      return unknown;
  }
}

/** True when `node` names a class of this program that extends `Error` (at any depth). */
function extendsErrorClass(analysis: Analysis, node: TSESTree.Node): boolean {
  const checker = checkerOf(analysis);
  const symbol = checker.getSymbolAtLocation(analysis.services.esTreeNodeToTSNodeMap.get(node));
  const resolved = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const declaration = resolved?.declarations?.find(ts.isClassLike);
  if (!resolved || !declaration || !(resolved.flags & ts.SymbolFlags.Class)) return false;
  const instance = checker.getTypeOfSymbol(resolved).getConstructSignatures()[0];
  const type = instance && checker.getReturnTypeOfSignature(instance);
  return type !== undefined && hasErrorBase(type, 0);
}

function hasErrorBase(type: ts.Type, depth: number): boolean {
  if (depth > 8) return false;
  const bases = type.isClassOrInterface() ? (type.getBaseTypes() ?? []) : [];
  return bases.some((base) => base.getSymbol()?.getName() === 'Error' || hasErrorBase(base, depth + 1));
}

/** True when `node` is in a `catch` clause that sits in a loop of the same function. */
function isInLoopCatch(node: TSESTree.Node): boolean {
  let current: TSESTree.Node | undefined = node.parent;
  while (current && current.type !== AST_NODE_TYPES.CatchClause && !isFunctionNode(current)) current = current.parent;
  return current?.type === AST_NODE_TYPES.CatchClause && enclosingLoop(current) !== undefined;
}

const failureWrappers = new WeakMap<TSESTree.Program, Set<string>>();

/**
 * True when some `catch` of this file wraps whatever it caught, an abort included, in a new `name`
 * error: its body reaches `throw new Name(…err…)` with no earlier statement that throws or returns
 * (no `if (isAbort(err)) throw err;` first). An `instanceof Name` test then does not tell aborts apart.
 */
function wrapsEveryFailure(analysis: Analysis, name: string): boolean {
  const wrappers = getOrCreate(failureWrappers, analysis.sourceCode.ast, () => {
    const found = new Set<string>();
    walk(
      analysis.sourceCode.ast,
      (node) => {
        if (node.type !== AST_NODE_TYPES.CatchClause || node.param?.type !== AST_NODE_TYPES.Identifier) return undefined;
        const caught = node.param.name;
        for (const statement of node.body.body) {
          if (statement.type === AST_NODE_TYPES.ThrowStatement && statement.argument.type === AST_NODE_TYPES.NewExpression) {
            const made = statement.argument;
            const mentions = containsInBody(made, (child) => child.type === AST_NODE_TYPES.Identifier && child.name === caught);
            if (made.callee.type === AST_NODE_TYPES.Identifier && mentions) found.add(made.callee.name);
            break;
          }
          if (
            containsInBody(
              statement,
              (child) => child.type === AST_NODE_TYPES.ThrowStatement || child.type === AST_NODE_TYPES.ReturnStatement,
            )
          )
            break;
        }
        return undefined;
      },
      { nested: true },
    );
    return found;
  });
  return wrappers.has(name);
}

/** `err.name === 'AbortError'`, `err.code !== 'ABORT_ERR'`, `err instanceof AbortError`, `typeof err === 'object'`, `err != null`. */
function binaryVerdict(analysis: Analysis, node: TSESTree.BinaryExpression): Verdict {
  if (node.operator === 'instanceof') {
    const right = skipTypeWrappers(node.right);
    const name = right.type === AST_NODE_TYPES.Identifier ? right.name : (memberName(right) ?? '');
    if (abortWords.test(name)) return { value: true, informative: true };
    if (name === 'Error' || name === 'DOMException') return { value: true, informative: false };
    // Another error class (`HttpError`, or `DeadlineExceeded extends Error`): an abort error is not one of those,
    // unless this file wraps every failure in it (`catch (err) { throw new FetchFailed(id, { cause: err }); }`)
    // and the test sits in a loop's `catch`, which then goes on to the next item with the abort taken
    // for one more failure. Outside a loop, mapping the wrapped kind to a value (`return null`) is the
    // caller's reading of "unavailable", an abort included.
    if (isInLoopCatch(node) && wrapsEveryFailure(analysis, name)) return { value: true, informative: false };
    return /Error$/.test(name) || extendsErrorClass(analysis, right) ? { value: false, informative: false } : unknown;
  }
  if (node.operator === 'in') return { value: true, informative: false };
  const equal = node.operator === '===' || node.operator === '==';
  if (!equal && node.operator !== '!==' && node.operator !== '!=') return unknown;
  const sides = [node.left, node.right];
  // `error.code === DOMException.ABORT_ERR`: a named constant for the abort code.
  const constant = sides.find((side) => side.type === AST_NODE_TYPES.MemberExpression && abortNames.test(memberName(side) ?? ''));
  const compared = constant && sides.find((side) => side !== constant);
  if (
    compared &&
    ['name', 'code'].includes(memberName(compared.type === AST_NODE_TYPES.ChainExpression ? compared.expression : compared) ?? '')
  )
    return { value: equal, informative: true };
  const literal = sides.find((side): side is TSESTree.Literal => side.type === AST_NODE_TYPES.Literal);
  const other = sides.find((side) => side !== literal);
  if (!literal || !other) return unknown;
  if (literal.value === null || (other.type === AST_NODE_TYPES.Identifier && other.name === 'undefined')) {
    return { value: !equal, informative: false };
  }
  if (typeof literal.value !== 'string') return unknown;
  const read = other.type === AST_NODE_TYPES.ChainExpression ? other.expression : other;
  if (read.type === AST_NODE_TYPES.UnaryExpression && read.operator === 'typeof') {
    return { value: (literal.value === 'object') === equal, informative: false };
  }
  const property = memberName(read);
  // `error.message === 'This operation was aborted.'`: a message that speaks of an abort picks aborts out.
  if (property === 'message') return abortWords.test(literal.value) ? { value: equal, informative: true } : unknown;
  if (property !== 'name' && property !== 'code') return unknown;
  const isAbort = abortNames.test(literal.value);
  return { value: isAbort === equal, informative: isAbort };
}

/** True when evaluating `node` diverts an abort: its type is `never`, `x.throwIfAborted()`, `Promise.reject(…)`, a rethrowing helper. */
function divertsAbort(analysis: Analysis, node: TSESTree.Node, error: string | undefined): boolean {
  let target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.AwaitExpression) target = skipTypeWrappers(target.argument);
  if (target.type !== AST_NODE_TYPES.CallExpression) return false;
  const name = calleeName(target) ?? '';
  if (name === 'throwIfAborted') return true;
  const callee = skipTypeWrappers(target.callee);
  if (
    name === 'reject' &&
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'Promise'
  ) {
    return true;
  }
  if ((typeOf(analysis, target).flags & ts.TypeFlags.Never) !== 0) return true;
  if (forwardsError(target, name, error)) return true;
  if (abortWords.test(name) && rethrowWords.test(name)) return true;
  return bodyMentionsAbort(analysis, target, true);
}

/** Callbacks that hand an error on to whoever waits: a promise's `reject`, Express `next`, Node callbacks, `stream.destroy`. */
const forwardingCallees = new Set(['reject', 'next', 'done', 'cb', 'callback', 'destroy']);

/** True for `reject(error)`, `next(error)`, `this.destroy(error)`, `emitter.emit('error', error)`: the error goes on to a waiter. */
function forwardsError(call: TSESTree.CallExpression, name: string, error: string | undefined): boolean {
  if (!error) return false;
  const passes = call.arguments.some((argument) => argument.type === AST_NODE_TYPES.Identifier && argument.name === error);
  if (!passes) return false;
  if (forwardingCallees.has(name)) return true;
  const [first] = call.arguments;
  return name === 'emit' && first?.type === AST_NODE_TYPES.Literal && first.value === 'error';
}

/** `error.message.includes('aborted')`, `.startsWith(…)`: a search of the message for an abort word. */
function isAbortMessageSearch(call: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  const [first] = call.arguments;
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    ['includes', 'startsWith'].includes(memberName(callee) ?? '') &&
    memberName(skipTypeWrappers(callee.object)) === 'message' &&
    first?.type === AST_NODE_TYPES.Literal &&
    typeof first.value === 'string' &&
    abortWords.test(first.value)
  );
}

/** Calls, by name on any receiver, that only turn a value into text: the error does not go on through them. */
const textConversions = new Set(['String', 'stringify', 'inspect', 'format', 'toString']);

/** True when the value of `node` is, or contains, the caught error itself (`err`, `{ value: toJSON(err) }`, `err as Error`). */
function carriesError(node: TSESTree.Node, error: string, depth = 0): boolean {
  if (depth > 6) return false;
  const target = skipTypeWrappers(node);
  const next = (child: TSESTree.Node | null): boolean => child !== null && carriesError(child, error, depth + 1);
  switch (target.type) {
    case AST_NODE_TYPES.Identifier:
      return target.name === error;
    case AST_NODE_TYPES.ObjectExpression:
      return target.properties.some((property) => next(property.type === AST_NODE_TYPES.Property ? property.value : property.argument));
    case AST_NODE_TYPES.ArrayExpression:
      return target.elements.some((element) => next(element && element.type === AST_NODE_TYPES.SpreadElement ? element.argument : element));
    case AST_NODE_TYPES.ConditionalExpression:
      return next(target.consequent) || next(target.alternate);
    case AST_NODE_TYPES.LogicalExpression:
      return next(target.left) || next(target.right);
    case AST_NODE_TYPES.AwaitExpression:
      return next(target.argument);
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression: {
      const callee = skipTypeWrappers(target.callee);
      const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : memberName(callee);
      return (
        !textConversions.has(name ?? '') &&
        target.arguments.some((argument) => next(argument.type === AST_NODE_TYPES.SpreadElement ? argument.argument : argument))
      );
    }
    default:
      return false;
  }
}

/**
 * True when `node` hands the caught error on to something that is not a logging call: an IPC
 * message (`process.send({ cmd: 'failed', value: toJSON(err) })`), a failure handler
 * (`handleFailed(err, job)`), also from a callback it passes (`retry(() => this.handleFailed(err))`).
 * Whoever receives it can tell an abort apart; the handler does not pretend the work succeeded.
 */
function handsOnError(node: TSESTree.Node, error: string | undefined): boolean {
  if (!error) return false;
  // Callbacks included: `retry(() => this.handleFailed(err))` hands the error on too.
  return walk(
    node,
    (current) => {
      if ((current.type !== AST_NODE_TYPES.CallExpression && current.type !== AST_NODE_TYPES.NewExpression) || isLoggingCall(current))
        return;
      const callee = skipTypeWrappers(current.callee);
      const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : memberName(callee);
      // `new Error('failed', { cause: err })` builds a value; it is handed on only if that value is.
      if (
        !textConversions.has(name ?? '') &&
        current.type === AST_NODE_TYPES.CallExpression &&
        current.arguments.some((argument) =>
          carriesError(argument.type === AST_NODE_TYPES.SpreadElement ? argument.argument : argument, error),
        )
      )
        return 'stop';
    },
    { nested: true },
  );
}

/**
 * True for `outcome[target.name] = err` (or `err instanceof Error ? err : new Error(String(err))`):
 * the caught error itself becomes a field of a result, where whoever reads it can tell an abort by
 * its name. Outside a loop only: a loop that records each failure and goes round again retries
 * with the aborted signal (`recordsOutsideLoop`). A field of `this` (`this.lastError = err`) is a
 * note kept on the object, not the result the caller waits for.
 */
function storesErrorAsResult(expression: TSESTree.Node, error: string | undefined): boolean {
  if (
    error === undefined ||
    expression.type !== AST_NODE_TYPES.AssignmentExpression ||
    expression.operator !== '=' ||
    expression.left.type !== AST_NODE_TYPES.MemberExpression ||
    !carriesError(expression.right, error)
  )
    return false;
  // `this.lastError = err`: a note kept on the object, not the result the caller waits for.
  let root: TSESTree.Node = expression.left;
  while (root.type === AST_NODE_TYPES.MemberExpression) root = skipTypeWrappers(root.object);
  return root.type !== AST_NODE_TYPES.ThisExpression;
}

/**
 * A property that marks a result as failed: `is_error: true`, `isError: true`, `failed: true`,
 * `ok: false`, `success: false`. The caller can tell the work did not succeed, so the abort is not
 * taken for a success.
 */
function isFailureMarker(property: TSESTree.Property): boolean {
  const key = property.computed
    ? undefined
    : property.key.type === AST_NODE_TYPES.Identifier
      ? property.key.name
      : property.key.type === AST_NODE_TYPES.Literal
        ? String(property.key.value)
        : undefined;
  const value = skipTypeWrappers(property.value);
  if (key === undefined || value.type !== AST_NODE_TYPES.Literal || typeof value.value !== 'boolean') return false;
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  if (value.value) return /^(is_)?(error|err|failed|failure|aborted|cancel+ed)$/.test(words);
  return /^(is_)?(ok|success|succeeded|successful)$/.test(words);
}

/** True for `{ ok: false, reason: err.message }`: a result marked as failed that keeps nothing of the error but words. */
function marksFailureOnly(node: TSESTree.Node, error: string | undefined): boolean {
  const target = skipTypeWrappers(node);
  if (target.type !== AST_NODE_TYPES.ObjectExpression) return false;
  const properties: TSESTree.Property[] = [];
  for (const property of target.properties) {
    if (property.type !== AST_NODE_TYPES.Property) return false;
    properties.push(property);
  }
  if (!properties.some(isFailureMarker)) return false;
  return error === undefined || !properties.some((property) => carriesError(property.value, error) || isErrorName(property.value, error));
}

/** True for `err.name` or `err.code` as a value of its own (`kind: err.name`, also as a branch of `?:`), which keeps what tells an abort apart. */
function isErrorName(node: TSESTree.Node, error: string): boolean {
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.ConditionalExpression)
    return isErrorName(target.consequent, error) || isErrorName(target.alternate, error);
  if (target.type === AST_NODE_TYPES.LogicalExpression) return isErrorName(target.left, error) || isErrorName(target.right, error);
  if (target.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = skipTypeWrappers(target.object);
  return object.type === AST_NODE_TYPES.Identifier && object.name === error && ['name', 'code'].includes(memberName(target) ?? '');
}

/** Result constructors that carry a failure: neverthrow `err`, `Result.fail`, `left`. */
const failureConstructors = /^(err|Err|fail|failure|left|Left|error)$/;

/** True for `error` itself, `{ ok: false, error }`, `[error, null]`, `err(error)`: the caller gets the failure as a value and can see it was an abort. */
function returnsFailure(node: TSESTree.Node, error: string | undefined): boolean {
  if (!error) return false;
  const target = skipTypeWrappers(node);
  const isError = (value: TSESTree.Node | null): boolean =>
    value !== null &&
    skipTypeWrappers(value).type === AST_NODE_TYPES.Identifier &&
    (skipTypeWrappers(value) as TSESTree.Identifier).name === error;
  // `.catch((e) => e)`: the error itself becomes the value, and whoever waits gets it to inspect.
  if (isError(target)) return true;
  if (target.type === AST_NODE_TYPES.ObjectExpression) {
    return target.properties.some(
      (property) => property.type === AST_NODE_TYPES.Property && (isError(property.value) || isFailureMarker(property)),
    );
  }
  if (target.type === AST_NODE_TYPES.ArrayExpression) return target.elements.some((element) => element !== null && isError(element));
  if (target.type !== AST_NODE_TYPES.CallExpression || !target.arguments.some(isError)) return false;
  return failureConstructors.test(calleeName(target) ?? '');
}

export interface Path {
  /** True once an abort test picked the branch this path is on. */
  known: boolean;
}

/** Paths differ only in `known`: at most two survive a merge. */
export function merge(paths: Path[]): Path[] {
  return [false, true].filter((known) => paths.some((path) => path.known === known)).map((known) => ({ known }));
}

/** What else counts as losing an abort, beyond ending normally. */
export interface LeakOptions {
  /** Report `throw new OtherError(…)` reached by an abort that no test picked out: the abort's name is lost. */
  conversions?: boolean;
  /** Callee texts of what the guarded work does once it succeeded (`job.ack`): doing one on an abort's branch reports success. */
  completions?: ReadonlySet<string>;
  /**
   * The loop around the guarded work: recording the error into a collection kept outside it
   * (`failures.push(err)`) hands nothing on yet, while the loop goes round with the same signal.
   */
  loop?: TSESTree.Node;
}

/** Collection methods that store a value for later. */
const recordingMethods = new Set(['push', 'unshift', 'add', 'set']);

/**
 * `failures.push(err)`: the caught error stored into a local collection declared outside `loop`;
 * or announced to listeners under an event of its own (`this.emit('offer-error', id, err)`; not
 * `'error'`, which throws without a listener) while the loop goes round with the aborted signal.
 */
function recordsOutsideLoop(analysis: Analysis, expression: TSESTree.Expression, error: string | undefined, loop: TSESTree.Node): boolean {
  if (error === undefined) return false;
  const call = skipTypeWrappers(expression);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  if (memberName(call.callee) === 'emit') {
    const [event, ...values] = call.arguments;
    return (
      event?.type === AST_NODE_TYPES.Literal &&
      typeof event.value === 'string' &&
      event.value !== 'error' &&
      values.some((value) => value.type !== AST_NODE_TYPES.SpreadElement && carriesError(value, error))
    );
  }
  const object = skipTypeWrappers(call.callee.object);
  if (object.type !== AST_NODE_TYPES.Identifier || !recordingMethods.has(memberName(call.callee) ?? '')) return false;
  const definition = variableOf(analysis, object)?.defs[0]?.node;
  if (!definition || (definition.range[0] >= loop.range[0] && definition.range[1] <= loop.range[1])) return false;
  return call.arguments.some((argument) => argument.type !== AST_NODE_TYPES.SpreadElement && carriesError(argument, error));
}

/**
 * True for a value made up in place of the work's result: an array or object literal, a string or
 * number, a call that builds a result from an empty array or object (`summarise(id, [])`), or a
 * call of a function of the file whose every result is an array or object literal (`empty(fen)`). Returned on a branch an abort test picked, it hands the caller ordinary data (`[]`,
 * `{ items: [] }`) for an operation that was cancelled. `null`, `undefined`, `false` and names
 * read as "nothing" and are left alone.
 */
function isMadeUpResult(analysis: Analysis, node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.ArrayExpression || target.type === AST_NODE_TYPES.ObjectExpression) return true;
  if (isStandIn(analysis, target)) return true;
  // `cache.get(id)?.passes ?? []`: a stored result, or a made-up one, in place of the work's.
  if (target.type === AST_NODE_TYPES.LogicalExpression && (target.operator === '??' || target.operator === '||'))
    return isMadeUpResult(analysis, target.right);
  // `summarise(rinkId, [])`: a result built from an empty collection, in place of the work's.
  if (target.type === AST_NODE_TYPES.CallExpression || target.type === AST_NODE_TYPES.NewExpression) {
    if (target.arguments.some((argument) => isEmptyLiteral(skipTypeWrappers(argument)))) return true;
    // `emptyEvaluation(fen)`: a function of the file whose every result is written out as a literal.
    const factory = target.type === AST_NODE_TYPES.CallExpression ? namedFunctionOf(analysis, target.callee) : undefined;
    if (!factory || factory.async || factory.generator) return false;
    // `toResult(rows)` with what the work gathered is a partial result, not a made-up one.
    if (target.arguments.some((argument) => readsLocalOf(analysis, argument, enclosingFunction(target)))) return false;
    const results = returnedValues(factory);
    return (
      results.length > 0 &&
      results.every((result) => {
        const made = skipTypeWrappers(result);
        return made.type === AST_NODE_TYPES.ArrayExpression || made.type === AST_NODE_TYPES.ObjectExpression;
      })
    );
  }
  return target.type === AST_NODE_TYPES.Literal && (typeof target.value === 'string' || typeof target.value === 'number');
}

/**
 * True for a stand-in kept from before the work ran: a module constant written out as a literal
 * (`EMPTY_SHOW`, `Object.freeze([])`), or a field of the object (`this.entry?.value`,
 * `this.defaults`): a value stored earlier, not what the cancelled work produced. A field the
 * function gathers into (`this.frames.push(frame)`, `this.totals.count = n`) holds what the work
 * gathered, and is not one.
 */
function isStandIn(analysis: Analysis, node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Identifier) {
    if (!isModuleLevel(analysis, node)) return false;
    let init = constInitializer(analysis, node);
    if (init?.type === AST_NODE_TYPES.CallExpression && memberName(init.callee) === 'freeze' && init.arguments[0])
      init = init.arguments[0] as TSESTree.Expression;
    const value = init && skipTypeWrappers(init);
    return value?.type === AST_NODE_TYPES.ArrayExpression || value?.type === AST_NODE_TYPES.ObjectExpression;
  }
  let root: TSESTree.Node = node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node;
  let field: string | undefined;
  while (root.type === AST_NODE_TYPES.MemberExpression) {
    field = memberName(root);
    root = skipTypeWrappers(root.object);
    if (root.type === AST_NODE_TYPES.ChainExpression) root = root.expression;
  }
  if (root.type !== AST_NODE_TYPES.ThisExpression || !field) return false;
  const fn = enclosingFunction(node);
  if (!fn || !isFunctionNode(fn)) return false;
  // `this.frames.push(frame)`, `this.totals.count = n`: the work gathers into the field.
  const underField = (member: TSESTree.Node): boolean => {
    let object = skipTypeWrappers(member);
    while (object.type === AST_NODE_TYPES.MemberExpression) {
      const inner = skipTypeWrappers(object.object);
      if (inner.type === AST_NODE_TYPES.ThisExpression) return memberName(object) === field;
      object = inner;
    }
    return false;
  };
  return !walk(fn.body, (child) => {
    if (child.type === AST_NODE_TYPES.AssignmentExpression && child.left.type === AST_NODE_TYPES.MemberExpression)
      return underField(child.left.object) ? 'stop' : undefined;
    if (child.type === AST_NODE_TYPES.CallExpression && child.callee.type === AST_NODE_TYPES.MemberExpression)
      return underField(child.callee.object) && gatheringVerbs.has(memberName(child.callee) ?? '') ? 'stop' : undefined;
    return undefined;
  });
}

const gatheringVerbs = new Set(['push', 'unshift', 'splice', 'set', 'add', 'append', 'write', 'concat']);

/**
 * True when `statement` returns "nothing" (`null`, `undefined`) that the function also
 * returns as an ordinary outcome outside any handler (`if (res.status === 404) return null;`), and a
 * real value elsewhere: the caller reads the cancellation as that outcome ("not found").
 */
function nothingCollides(analysis: Analysis, statement: TSESTree.ReturnStatement): boolean {
  const nothing = nothingText(statement.argument);
  const fn = enclosingFunction(statement);
  if (!nothing || !fn || !isFunctionNode(fn) || fn.body.type !== AST_NODE_TYPES.BlockStatement) return false;
  let same = false;
  let value = false;
  walk(fn.body, (child) => {
    if (child.type === AST_NODE_TYPES.CatchClause) return 'skip';
    if (child.type !== AST_NODE_TYPES.ReturnStatement || !child.argument) return undefined;
    // `return best ? { … } : null;`, `return cached ?? null;`, `return hint;` of such a `const`.
    if (givesNothing(analysis, child.argument, nothing, 0)) same = true;
    if (!nothingText(child.argument)) value = true;
    return undefined;
  });
  return same && value;
}

/** True when `value` may evaluate to the "nothing" written as `nothing`: itself, a branch of a pick, or a `const` made of one. */
function givesNothing(analysis: Analysis, value: TSESTree.Node, nothing: string, depth: number): boolean {
  const target = skipTypeWrappers(value);
  if (nothingText(target as TSESTree.Expression) === nothing) return true;
  if (depth > 3) return false;
  if (target.type === AST_NODE_TYPES.ConditionalExpression)
    return givesNothing(analysis, target.consequent, nothing, depth + 1) || givesNothing(analysis, target.alternate, nothing, depth + 1);
  if (target.type === AST_NODE_TYPES.LogicalExpression) return givesNothing(analysis, target.right, nothing, depth + 1);
  const init = target.type === AST_NODE_TYPES.Identifier ? constInitializer(analysis, target) : undefined;
  return init !== undefined && givesNothing(analysis, init, nothing, depth + 1);
}

function nothingText(argument: TSESTree.Expression | null): string | undefined {
  const value = argument && skipTypeWrappers(argument);
  // `false` is left out: a boolean result's "not done" reads a cancellation rightly.
  if (value?.type === AST_NODE_TYPES.Literal && value.value === null) return 'null';
  return value?.type === AST_NODE_TYPES.Identifier && value.name === 'undefined' ? 'undefined' : undefined;
}

/** True when `node` reads a variable declared in `fn`'s body (not one of its parameters). */
function readsLocalOf(analysis: Analysis, node: TSESTree.Node, fn: TSESTree.Node | undefined): boolean {
  if (!fn || !isFunctionNode(fn)) return true;
  return walk(
    node,
    (child) => {
      if (child.type !== AST_NODE_TYPES.Identifier) return undefined;
      const definition = variableOf(analysis, child)?.defs[0];
      if (!definition || definition.type === 'Parameter') return undefined;
      const declared = definition.name;
      return declared.range[0] >= fn.body.range[0] && declared.range[1] <= fn.body.range[1] ? 'stop' : undefined;
    },
    { nested: true },
  );
}

function isEmptyLiteral(node: TSESTree.Node): boolean {
  return (
    (node.type === AST_NODE_TYPES.ArrayExpression && node.elements.length === 0) ||
    (node.type === AST_NODE_TYPES.ObjectExpression && node.properties.length === 0)
  );
}

/**
 * True when `node` builds an error of a kind that is not an abort and does not hand on the caught
 * error itself or its name (`new ApiError(…)`, `new Error('failed')`). A wrap that keeps the abort
 * only as its `cause` (`new ExportError('failed', { cause: err })`) is one: callers tell a
 * cancellation by the error they catch (`err.name === 'AbortError'`), not by its cause.
 */
function isOtherError(analysis: Analysis, node: TSESTree.Node | null, error: string | undefined): boolean {
  const target = node && skipTypeWrappers(node);
  if (target?.type !== AST_NODE_TYPES.NewExpression) return false;
  const callee = skipTypeWrappers(target.callee);
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : (memberName(callee) ?? '');
  if (abortWords.test(name) || /Timeout/i.test(name)) return false;
  // `new KettleFailure(job, msg)`: an error class by its type (`message`, `name` and `stack`), whatever its name.
  if (!/Error$/.test(name) && !isErrorInstance(analysis, target)) return false;
  // `new DOMException(msg, error.name)`-like constructions that hand the name on keep it.
  return !target.arguments.some((argument, index) => {
    const value = skipTypeWrappers(argument);
    return (
      (isCaughtError(value, error) && !constructorOnlyDescribes(analysis, target, index)) ||
      (value.type === AST_NODE_TYPES.MemberExpression &&
        memberName(value) === 'name' &&
        isCaughtError(skipTypeWrappers(value.object), error))
    );
  });
}

/**
 * True when the program's own class that `construction` makes takes the error at `index` only to
 * describe it (`super("fault: " + (cause instanceof Error ? cause.message : String(cause)))`): its
 * constructor reads nothing of it but its `message` (or its text), and keeps neither it nor its
 * name, so the abort is gone from what is thrown. A class whose constructor is out of sight keeps it.
 */
function constructorOnlyDescribes(analysis: Analysis, construction: TSESTree.NewExpression, index: number): boolean {
  const symbol = checkerOf(analysis).getSymbolAtLocation(analysis.services.esTreeNodeToTSNodeMap.get(construction.callee));
  const declaration = symbol?.valueDeclaration;
  if (!declaration || !ts.isClassDeclaration(declaration)) return false;
  const constructor = declaration.members.find((member): member is ts.ConstructorDeclaration => ts.isConstructorDeclaration(member));
  const parameter = constructor?.parameters[index];
  if (!constructor?.body || !parameter || !ts.isIdentifier(parameter.name) || parameter.modifiers?.length) return false;
  const name = parameter.name.text;
  let kept = false;
  const visit = (node: ts.Node): void => {
    if (kept) return;
    if (ts.isIdentifier(node) && node.text === name && node !== parameter.name) {
      const parent = node.parent;
      const describes =
        (ts.isPropertyAccessExpression(parent) && parent.expression === node && parent.name.text === 'message') ||
        (ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword) ||
        (ts.isCallExpression(parent) && ts.isIdentifier(parent.expression) && parent.expression.text === 'String') ||
        ts.isTypeOfExpression(parent);
      if (!describes) kept = true;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(constructor.body);
  return !kept;
}

/** True when the error `node` builds keeps the caught one as its `cause` (`new ExportError('failed', { cause: err })`). */
function keepsCause(node: TSESTree.Node | null, error: string | undefined): boolean {
  const target = node && skipTypeWrappers(node);
  if (target?.type !== AST_NODE_TYPES.NewExpression) return false;
  return target.arguments.some((argument) => {
    const cause = namedProperty(skipTypeWrappers(argument), (name) => name === 'cause')?.value;
    return cause !== undefined && isCaughtError(skipTypeWrappers(cause), error);
  });
}

/** True when `node` makes an object of an error class: its type has `message`, `name` and `stack`. */
function isErrorInstance(analysis: Analysis, node: TSESTree.Node): boolean {
  const parts = objectParts(typeOf(analysis, node));
  return (
    parts.length > 0 && parts.every((part) => ['message', 'name', 'stack'].every((property) => part.getProperty(property) !== undefined))
  );
}

/** True when `value` reads the caught error itself (`err`, `err as Error`). */
function isCaughtError(value: TSESTree.Node, error: string | undefined): boolean {
  return error !== undefined && value.type === AST_NODE_TYPES.Identifier && value.name === error;
}

/** The callee text of a statement-level call (`await job.ack();`, `job.ack();`). */
function statementCallee(analysis: Analysis, statement: TSESTree.ExpressionStatement): string | undefined {
  let target = skipTypeWrappers(statement.expression);
  if (target.type === AST_NODE_TYPES.AwaitExpression) target = skipTypeWrappers(target.argument);
  return target.type === AST_NODE_TYPES.CallExpression ? analysis.sourceCode.getText(target.callee) : undefined;
}

/** Follows an abort error through a handler body; returns the ways it can end normally (none: the handler is fine). */
export function abortLeaks(analysis: Analysis, body: TSESTree.Node, error: string | undefined, options: LeakOptions = {}): AbortLeak[] {
  const leaks: AbortLeak[] = [];
  const endOfPaths = (paths: Path[], node: TSESTree.Node): void => {
    if (paths.length > 0) leaks.push({ kind: 'fallthrough', node, known: paths.every((path) => path.known) });
  };
  if (body.type !== AST_NODE_TYPES.BlockStatement) {
    // An expression body is the value the handler returns.
    if (!divertsAbort(analysis, body, error) && !returnsFailure(body, error) && !handsOnError(body, error))
      leaks.push({ kind: 'return', node: body, known: false });
    return leaks;
  }
  const walk = (statement: TSESTree.Node, paths: Path[]): Path[] => {
    if (paths.length === 0) return paths;
    switch (statement.type) {
      case AST_NODE_TYPES.BlockStatement: {
        let live = paths;
        for (const child of statement.body) live = walk(child, live);
        return live;
      }
      case AST_NODE_TYPES.ThrowStatement:
        // A wrap keeping the abort only as its `cause` converts it too (callers test the thrown error's own name),
        // unless a caller in sight looks past the wrap.
        if (
          options.conversions &&
          paths.some((path) => !path.known) &&
          isOtherError(analysis, statement.argument, error) &&
          !(keepsCause(statement.argument, error) && callerLooksPastWrap(analysis, statement))
        )
          leaks.push({ kind: 'converted', node: statement, known: false });
        return [];
      case AST_NODE_TYPES.ReturnStatement:
        // `return { ok: false, reason: err.message }` to a caller of this file: a failure, but no longer an abort.
        if (
          options.conversions &&
          statement.argument &&
          paths.some((path) => !path.known) &&
          marksFailureOnly(statement.argument, error) &&
          resultTakenInFile(analysis, enclosingFunction(statement) ?? statement)
        ) {
          leaks.push({ kind: 'converted', node: statement, known: false });
          return [];
        }
        if (
          statement.argument &&
          (divertsAbort(analysis, statement.argument, error) ||
            returnsFailure(statement.argument, error) ||
            handsOnError(statement.argument, error))
        )
          return [];
        if (paths.some((path) => !path.known)) leaks.push({ kind: 'return', node: statement, known: false });
        // `if (isAbortError(error)) return [];`: the abort was seen, and handed on as ordinary data.
        else if (statement.argument && isMadeUpResult(analysis, statement.argument))
          leaks.push({ kind: 'return', node: statement, known: true });
        // `if (isAbort(err)) return null;` where `null` is also the function's "not found".
        else if (nothingCollides(analysis, statement)) leaks.push({ kind: 'return', node: statement, known: true });
        // `if (isAbort(err)) return frames;` that a caller in sight then commits as complete.
        else if (
          options.conversions &&
          statement.argument &&
          callerTakesStopForFinish(analysis, enclosingFunction(statement) ?? statement, skipTypeWrappers(statement.argument))
        )
          leaks.push({ kind: 'return', node: statement, known: true });
        return [];
      case AST_NODE_TYPES.ContinueStatement:
        leaks.push({ kind: 'continue', node: statement, known: paths.every((path) => path.known) });
        return [];
      case AST_NODE_TYPES.BreakStatement:
        if (paths.some((path) => !path.known)) leaks.push({ kind: 'break', node: statement, known: false });
        return [];
      case AST_NODE_TYPES.ExpressionStatement:
        if (paths.every((path) => path.known) && options.completions?.has(statementCallee(analysis, statement) ?? ''))
          leaks.push({ kind: 'completes', node: statement, known: true });
        if (options.loop && recordsOutsideLoop(analysis, statement.expression, error, options.loop)) return paths;
        if (!options.loop && storesErrorAsResult(statement.expression, error)) return [];
        return divertsAbort(analysis, statement.expression, error) || handsOnError(statement.expression, error) ? [] : paths;
      case AST_NODE_TYPES.VariableDeclaration:
        return statement.declarations.some((declarator) => declarator.init && handsOnError(declarator.init, error)) ? [] : paths;
      case AST_NODE_TYPES.IfStatement: {
        // `''` for a `catch` without a binding: still a handler, where own signals are told apart.
        const verdict = abortVerdict(analysis, statement.test, error ?? '');
        if (verdict.unreadableCheck) return [];
        const take = (branch: TSESTree.Statement | null): Path[] => {
          const entering = verdict.informative ? paths.map(() => ({ known: true })) : paths;
          return branch ? walk(branch, entering) : entering;
        };
        if (verdict.value === true) return take(statement.consequent);
        if (verdict.value === false) return take(statement.alternate);
        return merge([...walk(statement.consequent, paths), ...(statement.alternate ? walk(statement.alternate, paths) : paths)]);
      }
      case AST_NODE_TYPES.EmptyStatement:
        return paths;
      default:
        // A loop, `switch` or nested `try`: if it can throw or test for aborts, trust it; else it completes.
        return containsInBody(
          statement,
          (node) =>
            node.type === AST_NODE_TYPES.ThrowStatement ||
            (node.type === AST_NODE_TYPES.MemberExpression && memberName(node) === 'aborted') ||
            (node.type === AST_NODE_TYPES.CallExpression && divertsAbort(analysis, node, error)),
        )
          ? []
          : paths;
    }
  };
  endOfPaths(walk(body, [{ known: false }]), body);
  return leaks;
}
