import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { declaratorOf } from '../scope/initializers.js';
import { variableOf } from '../scope/variables.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { isFunctionNode, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { settledShapeOf } from '../types/thenables.js';
import {
  baseIdentifier,
  checkedSubject,
  elementSourceOf,
  isAssignedTo,
  isConstAssertion,
  isNarrowed,
  isNeverReassigned,
  isSameReference,
  isTypeWrapper,
  propertyKey,
} from './settled-narrowing.js';

type Variable = TSESLint.Scope.Variable;

/** A type assertion: `x as T` or `<T>x`. */
export type Assertion = TSESTree.TSAsExpression | TSESTree.TSTypeAssertion;

/** Where the results of one `Promise.allSettled(…)` call go. */
export type SettledRoot =
  | { kind: 'discarded'; call: TSESTree.CallExpression; statement?: TSESTree.ExpressionStatement }
  | { kind: 'bound'; call: TSESTree.CallExpression; target: TSESTree.Node; declaration?: TSESTree.VariableDeclaration };

/** What the uses of a results value (or of its elements) amount to. */
export interface SettledUsage {
  /** Some use reads `status` (or tests `'value' in r`). */
  checked: boolean;
  /** Some use passes the value where it cannot be followed. */
  handedOff: boolean;
  /** The assertions that claim a `value` on it (see `isUnnarrowing`). */
  assertions: Assertion[];
  /** The `status` reads met (`r.status === 'fulfilled'`), and filters by a named fulfilled-only guard (`filter(isFulfilled)`). */
  statusReads: TSESTree.MemberExpression[];
  namedPicks: number;
  /** Some use looks at a rejection some other way: reads `reason`, destructures `status`, tests `'value' in r`, counts the whole array. */
  looksAtRejections: boolean;
}

/** One walk over the uses of a value: what they amount to, and the locals already followed. */
interface Walk extends Analysis {
  usage: SettledUsage;
  seen: Set<Variable>;
  /** The local holding the whole results array, when the root binds one: `results.length` counts what failed. */
  root?: string;
}

/** Array methods whose callback receives the elements (the index of that parameter). */
export const elementCallbacks: Record<string, number> = {
  every: 0,
  filter: 0,
  find: 0,
  findIndex: 0,
  findLast: 0,
  findLastIndex: 0,
  flatMap: 0,
  forEach: 0,
  map: 0,
  reduce: 1,
  reduceRight: 1,
  some: 0,
};
/** Array methods that return some of the same elements (or an iterator over them). */
const elementPreserving = new Set([
  'at',
  'concat',
  'entries',
  'filter',
  'find',
  'findLast',
  'pop',
  'reverse',
  'shift',
  'slice',
  'sort',
  'splice',
  'toReversed',
  'toSorted',
  'values',
]);
/** Array methods whose callback picks elements: a `status` check there narrows what comes out. */
const narrowingPicks = new Set(['filter', 'find', 'findLast']);
const inertParents = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.ExpressionStatement,
  AST_NODE_TYPES.TemplateLiteral,
  AST_NODE_TYPES.TSTypeQuery,
  // `(r): r is PromiseFulfilledResult<T> => …`: the predicate names the parameter, it does not use it.
  AST_NODE_TYPES.TSTypePredicate,
  AST_NODE_TYPES.UnaryExpression,
]);

/** Verdicts of `isUnnarrowing`, per outermost assertion node. */
const unnarrowing = new WeakMap<Assertion, boolean>();

/** Where the results of a `Promise.allSettled(…)` call go: an `await` statement, an awaited binding or loop, or a `.then` callback. */
export function settledRootOf(call: TSESTree.CallExpression): SettledRoot | undefined {
  const parent = call.parent;
  if (parent.type === AST_NODE_TYPES.AwaitExpression) {
    const holder = parent.parent;
    if (holder.type === AST_NODE_TYPES.ExpressionStatement) return { kind: 'discarded', call, statement: holder };
    if (
      holder.type === AST_NODE_TYPES.VariableDeclarator &&
      holder.init === parent &&
      holder.parent.parent.type !== AST_NODE_TYPES.ExportNamedDeclaration
    ) {
      return { kind: 'bound', call, target: holder.id, declaration: holder.parent };
    }
    // `results = await Promise.allSettled(…)` into a `let` declared before a `try`
    if (
      holder.type === AST_NODE_TYPES.AssignmentExpression &&
      holder.operator === '=' &&
      holder.right === parent &&
      holder.left.type === AST_NODE_TYPES.Identifier &&
      holder.parent.type === AST_NODE_TYPES.ExpressionStatement
    ) {
      return { kind: 'bound', call, target: holder.left };
    }
    if (
      holder.type === AST_NODE_TYPES.ForOfStatement &&
      holder.right === parent &&
      holder.left.type === AST_NODE_TYPES.VariableDeclaration
    ) {
      return { kind: 'bound', call, target: holder.left.declarations[0]!.id };
    }
    return undefined;
  }
  if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== call || memberName(parent) !== 'then') return undefined;
  const then = parent.parent;
  const callback = then.type === AST_NODE_TYPES.CallExpression && then.callee === parent ? then.arguments[0] : undefined;
  if (!isFunctionNode(callback)) return undefined;
  const [param] = callback.params;
  if (!param) return { kind: 'discarded', call };
  return param.type === AST_NODE_TYPES.RestElement ? undefined : { kind: 'bound', call, target: param };
}

/** What the uses of a root's results amount to, following locals, destructuring, array methods and their callbacks. */
export function settledResultsUsage(analysis: Analysis, root: SettledRoot): SettledUsage {
  const walk = newWalk({ services: analysis.services, sourceCode: analysis.sourceCode });
  if (root.kind === 'bound' && root.target.type === AST_NODE_TYPES.Identifier) walk.root = root.target.name;
  if (root.kind === 'bound') followBinding(walk, root.target);
  return walk.usage;
}

/** The outermost `as`/`<T>` assertion of a chain such as `r as unknown as T`. */
export function outermostAssertion(node: Assertion): Assertion {
  let current = node;
  while (
    (current.parent.type === AST_NODE_TYPES.TSAsExpression || current.parent.type === AST_NODE_TYPES.TSTypeAssertion) &&
    current.parent.expression === current
  ) {
    current = current.parent;
  }
  return current;
}

/** True when an outermost `assertion` treats settled results as fulfilled unchecked; `rootUsage` is that of the root whose walk met it. */
export function isUnnarrowedAssertion(analysis: Analysis, assertion: Assertion, rootUsage: SettledUsage | undefined): boolean {
  // The asserted type first: typing the operand (a call, often) costs more, and most assertions target no `value`.
  return (
    isUnnarrowing(analysis, assertion) &&
    (rootUsage !== undefined || settledShapeOf(analysis, typeOf(analysis, skipTypeWrappers(assertion))) !== false) &&
    !isNarrowed({ services: analysis.services, sourceCode: analysis.sourceCode }, assertion, rootUsage)
  );
}

/** The `r.value` read on `assertion` that can become a `status` check: `r` is one result in a local never reassigned, and the read is not written to. */
export function narrowableValueRead(analysis: Analysis, assertion: Assertion): TSESTree.MemberExpression | undefined {
  const operand = skipTypeWrappers(assertion);
  const read = assertion.parent;
  if (
    operand.type === AST_NODE_TYPES.Identifier &&
    read.type === AST_NODE_TYPES.MemberExpression &&
    read.object === assertion &&
    !read.optional &&
    memberName(read) === 'value' &&
    !isAssignedTo(read) &&
    isNeverReassigned(variableOf(analysis, operand)) &&
    settledShapeOf(analysis, typeOf(analysis, operand)) === 'result'
  ) {
    return read;
  }
  return undefined;
}

/** The declaration of the plain local `id` names when that local holds a whole results array. */
export function resultsDeclarationOf(analysis: Analysis, id: TSESTree.Identifier): TSESTree.VariableDeclaration | undefined {
  const variable = variableOf(analysis, id);
  const declarator = variable && declaratorOf(variable);
  if (declarator?.id.type !== AST_NODE_TYPES.Identifier) return undefined;
  return settledShapeOf(analysis, typeOf(analysis, id)) === 'results' ? declarator.parent : undefined;
}

export function newWalk(analysis: Analysis): Walk {
  return {
    services: analysis.services,
    sourceCode: analysis.sourceCode,
    usage: { checked: false, handedOff: false, assertions: [], statusReads: [], namedPicks: 0, looksAtRejections: false },
    seen: new Set(),
  };
}

/** Follows every read of a local that holds results or one result. */
export function followVariable(walk: Walk, variable: Variable | null): void {
  if (!variable || walk.seen.has(variable)) return;
  walk.seen.add(variable);
  for (const reference of variable.references) {
    if (reference.isRead() && !reference.init) followValue(walk, reference.identifier);
  }
}

/** Follows every binding a pattern introduces from a results value. */
function followBinding(walk: Walk, target: TSESTree.Node): void {
  switch (target.type) {
    case AST_NODE_TYPES.Identifier:
      followVariable(walk, variableOf(walk, target));
      return;
    case AST_NODE_TYPES.ObjectPattern:
      for (const property of target.properties) {
        if (property.type === AST_NODE_TYPES.RestElement) followBinding(walk, property.argument);
        else if (propertyKey(property) === 'status') {
          walk.usage.checked = true;
          walk.usage.looksAtRejections = true;
        }
      }
      return;
    case AST_NODE_TYPES.ArrayPattern:
      for (const element of target.elements) if (element) followBinding(walk, element);
      return;
    case AST_NODE_TYPES.AssignmentPattern:
      followBinding(walk, target.left);
      return;
    default:
      walk.usage.handedOff = true;
  }
}

/** Classifies one use of a value that is a results array or one of its elements. */
function followValue(walk: Walk, node: TSESTree.Node): void {
  const { usage } = walk;
  const parent = node.parent;
  if (!parent) return;
  switch (parent.type) {
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
      followValue(walk, parent);
      return;
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSTypeAssertion: {
      const outer = outermostAssertion(parent);
      if (isUnnarrowing(walk, outer)) usage.assertions.push(outer);
      else followValue(walk, outer);
      return;
    }
    case AST_NODE_TYPES.MemberExpression: {
      if (parent.object !== node) break;
      const name = memberName(parent);
      if (name === 'status') {
        usage.checked = true;
        usage.statusReads.push(parent);
        return;
      }
      if (name === 'reason') usage.looksAtRejections = true;
      if (name === 'length' && node.type === AST_NODE_TYPES.Identifier && node.name === walk.root) usage.looksAtRejections = true;
      if (name === 'length' && isComparedCount(parent)) usage.looksAtRejections = true;
      const call = parent.parent;
      if (call.type === AST_NODE_TYPES.CallExpression && call.callee === parent && name !== undefined) {
        // `results.filter(isOk).map((r) => r.value)` held and counted (`if (readings.length === 0)`)
        if (name === 'map' && isCountCompared(walk, call)) usage.looksAtRejections = true;
        const index = elementCallbacks[name];
        const callback = call.arguments[0];
        if (index !== undefined && callback) {
          if (name === 'filter' && isNamedFulfilledGuard(walk, callback)) {
            usage.checked = true;
            usage.namedPicks += 1;
          } else if (!isFunctionNode(callback)) usage.handedOff = true;
          else if (callback.params[index]) followBinding(walk, callback.params[index]);
        }
        if (elementPreserving.has(name)) followValue(walk, call);
        return;
      }
      if (parent.computed && name === undefined) followValue(walk, parent);
      return;
    }
    case AST_NODE_TYPES.ForOfStatement:
      if (parent.right !== node) break;
      followBinding(walk, parent.left.type === AST_NODE_TYPES.VariableDeclaration ? parent.left.declarations[0]!.id : parent.left);
      return;
    case AST_NODE_TYPES.VariableDeclarator:
      if (parent.init === node && parent.parent.parent.type !== AST_NODE_TYPES.ExportNamedDeclaration) {
        followBinding(walk, parent.id);
        return;
      }
      break;
    case AST_NODE_TYPES.BinaryExpression:
      // `'value' in r` narrows as well as `r.status` does.
      if (parent.operator === 'in' && parent.right === node) {
        usage.checked = true;
        usage.looksAtRejections = true;
      }
      return;
    case AST_NODE_TYPES.ConditionalExpression:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.WhileStatement:
      if (parent.test === node) return;
      break;
    default:
      if (inertParents.has(parent.type)) return;
  }
  usage.handedOff = true;
}

const comparisons = new Set(['===', '!==', '==', '!=', '<', '<=', '>', '>=']);

/**
 * `kept.length === 0`, `ok.length < quorum`, `picked.length !== results.length`: code that weighs how
 * many results survived a fulfilled-only pick has considered the ones that did not (a fallback when
 * none did, a quorum), which is a look at the rejections; a best-effort fan-out that only keeps
 * what came back, without counting, loses them unseen.
 */
function isComparedCount(length: TSESTree.MemberExpression): boolean {
  const parent = length.parent;
  return parent.type === AST_NODE_TYPES.BinaryExpression && comparisons.has(parent.operator);
}

/** True when the values a pick produced (`….map((r) => r.value)`) are counted against something, directly or through a local. */
function isCountCompared(walk: Walk, values: TSESTree.CallExpression): boolean {
  const counted = (node: TSESTree.Node): boolean =>
    node.parent?.type === AST_NODE_TYPES.MemberExpression &&
    node.parent.object === node &&
    memberName(node.parent) === 'length' &&
    isComparedCount(node.parent);
  if (counted(values)) return true;
  const declarator = values.parent;
  if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return false;
  return variableOf(walk, declarator.id)?.references.some((reference) => counted(reference.identifier)) ?? false;
}

/** True when some assertion of the chain claims a `value` the settled result may lack (see `targetsValue`). */
function isUnnarrowing(analysis: Analysis, assertion: Assertion): boolean {
  let verdict = unnarrowing.get(assertion);
  if (verdict === undefined) {
    verdict = false;
    for (let current: TSESTree.Node = assertion; isTypeWrapper(current); current = current.expression) {
      if (
        (current.type === AST_NODE_TYPES.TSAsExpression || current.type === AST_NODE_TYPES.TSTypeAssertion) &&
        targetsValue(analysis, current.typeAnnotation)
      ) {
        verdict = true;
        break;
      }
    }
    unnarrowing.set(assertion, verdict);
  }
  return verdict;
}

/** True for `any`, a type with a `value` property (`PromiseFulfilledResult<T>`, `{ value?: T }`), or an array or tuple of those. */
function targetsValue(analysis: Analysis, target: TSESTree.TypeNode): boolean {
  if (target.type === AST_NODE_TYPES.TSAnyKeyword) return true;
  if (isConstAssertion(target)) return false;
  const checker = checkerOf(analysis);
  const hasValue = (type: ts.Type): boolean =>
    (type.flags & ts.TypeFlags.Any) !== 0 || type.getNonNullableType().getProperty('value') !== undefined;
  const type = typeOf(analysis, target);
  if (checker.isArrayType(type) || checker.isTupleType(type)) return checker.getTypeArguments(type as ts.TypeReference).some(hasValue);
  return hasValue(type);
}

/** True when `callback` (of `filter`/`find`) reads the `status` of the element it receives. */
function readsStatusOfElement(analysis: Analysis, callback: TSESTree.Node | undefined): boolean {
  if (!isFunctionNode(callback) || !callback.params[0]) return false;
  const walk = newWalk(analysis);
  followBinding(walk, callback.params[0]);
  return walk.usage.checked;
}

/** True when the elements of `node` come through a `filter`/`find` whose callback reads `status`. */
function isPickedUpstream(analysis: Analysis, node: TSESTree.Node): boolean {
  const seen = new Set<Variable>();
  let current = skipTypeWrappers(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression) {
      const name = memberName(current.callee);
      if (name === undefined) return false;
      if (narrowingPicks.has(name) && readsStatusOfElement(analysis, current.arguments[0])) return true;
      if (!elementPreserving.has(name)) return false;
      current = skipTypeWrappers(current.callee.object);
    } else if (current.type === AST_NODE_TYPES.MemberExpression && current.computed) {
      current = skipTypeWrappers(current.object);
    } else if (current.type === AST_NODE_TYPES.Identifier) {
      const variable = variableOf(analysis, current);
      const declarator = variable && declaratorOf(variable);
      if (
        !variable ||
        seen.has(variable) ||
        !isNeverReassigned(variable) ||
        declarator?.id.type !== AST_NODE_TYPES.Identifier ||
        !declarator.init
      ) {
        return false;
      }
      seen.add(variable);
      current = skipTypeWrappers(declarator.init);
    } else {
      return false;
    }
  }
}

/** True when the one result `operand` names has its own `status` checked, or was picked by such a check upstream. */
export function isElementNarrowed(analysis: Analysis, operand: TSESTree.Node): boolean {
  if (operand.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(analysis, operand);
    const walk = newWalk(analysis);
    followVariable(walk, variable);
    if (walk.usage.checked) return true;
    const source = variable ? elementSourceOf(variable) : undefined;
    return source !== undefined && isPickedUpstream(analysis, source);
  }
  if (isPickedUpstream(analysis, operand)) return true;
  // `results[0]`: narrowed by a check on the same access, not by one on a sibling.
  const base = baseIdentifier(operand);
  const references = base ? (variableOf(analysis, base)?.references ?? []) : [];
  return references.some((reference) => {
    const subject = reference.identifier.type === AST_NODE_TYPES.Identifier ? checkedSubject(reference.identifier) : undefined;
    return subject !== undefined && isSameReference(subject, operand);
  });
}

/** True when `node` names a local bound by destructuring (`const [a, b] = await Promise.allSettled(…)`). */
export function isDestructured(analysis: Analysis, node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const bindingParent = variableOf(analysis, node)?.defs[0]?.name.parent;
  return bindingParent?.type === AST_NODE_TYPES.ArrayPattern || bindingParent?.type === AST_NODE_TYPES.Property;
}

/*
 * Rejections dropped without a look. Reading `status` only to keep the fulfilled results
 * (`results.filter((r) => r.status === 'fulfilled')`, `if (r.status === 'fulfilled') ok.push(r.value)`
 * with no `else`, `if (r.status !== 'fulfilled') continue;`, `r.status === 'fulfilled' ? [r.value] : []`)
 * checks the status and still loses every failure: nothing reads a `reason`, tests for
 * `'rejected'` with something to do, or counts how many results there were. A fallback value on
 * the rejected side (`: { value: 'unavailable' }`) shows the failure and is a look.
 */

/** True when every look at the results only keeps the fulfilled ones (see above). */
export function dropsRejections(usage: SettledUsage): boolean {
  if (usage.handedOff || usage.assertions.length > 0 || usage.looksAtRejections) return false;
  if (usage.statusReads.length + usage.namedPicks === 0) return false;
  return usage.statusReads.every(isFulfilledOnlyPick);
}

/**
 * True when `call` runs in a `catch` whose block ends by throwing (`catch (err) { const settled =
 * await Promise.allSettled(uploads); …remove the stored ones…; throw err; }`): the results are a
 * cleanup after a failure that goes on to the caller, and the failures among them are part of it.
 */
export function isCleanupBeforeRethrow(call: TSESTree.Node): boolean {
  for (let current = call.parent; current && !isFunctionNode(current); current = current.parent) {
    if (current.type === AST_NODE_TYPES.CatchClause) return current.body.body.at(-1)?.type === AST_NODE_TYPES.ThrowStatement;
  }
  return false;
}

/** `'fulfilled'` / `'rejected'` tested against a status read: which outcome the test is true for. */
function testedOutcome(read: TSESTree.MemberExpression): { test: TSESTree.Expression; whenFulfilled: boolean } | undefined {
  const comparison = read.parent;
  if (comparison.type !== AST_NODE_TYPES.BinaryExpression) return undefined;
  const other = comparison.left === read ? comparison.right : comparison.left;
  if (other.type !== AST_NODE_TYPES.Literal || (other.value !== 'fulfilled' && other.value !== 'rejected')) return undefined;
  const equal = comparison.operator === '===' || comparison.operator === '==';
  if (!equal && comparison.operator !== '!==' && comparison.operator !== '!=') return undefined;
  return { test: comparison, whenFulfilled: equal === (other.value === 'fulfilled') };
}

/** True for `[]`, `undefined`, `null`, `void 0`: nothing kept for a skipped result. */
function isNothing(node: TSESTree.Node | null | undefined): boolean {
  if (!node) return true;
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.ArrayExpression) return target.elements.length === 0;
  if (target.type === AST_NODE_TYPES.Identifier) return target.name === 'undefined';
  if (target.type === AST_NODE_TYPES.Literal) return target.value === null;
  return target.type === AST_NODE_TYPES.UnaryExpression && target.operator === 'void';
}

/** True for `return;`, `return [];`, `continue;` alone (or alone in a block): leaving a result behind. */
function onlySkips(statement: TSESTree.Statement): boolean {
  const body = statement.type === AST_NODE_TYPES.BlockStatement ? statement.body : [statement];
  const [only] = body;
  if (body.length !== 1 || !only) return false;
  if (only.type === AST_NODE_TYPES.ContinueStatement) return only.label === null;
  return only.type === AST_NODE_TYPES.ReturnStatement && isNothing(only.argument);
}

/** True when the status read only keeps fulfilled results and does nothing on the rejected side. */
function isFulfilledOnlyPick(read: TSESTree.MemberExpression): boolean {
  const tested = testedOutcome(read);
  if (!tested) return false;
  // `r.status === 'fulfilled' && r.value > 0` keeps fewer still; `r.status !== 'fulfilled' || …` skips more.
  let test: TSESTree.Node = tested.test;
  const joiner = tested.whenFulfilled ? '&&' : '||';
  while (test.parent?.type === AST_NODE_TYPES.LogicalExpression && test.parent.operator === joiner) test = test.parent;
  const parent = test.parent;
  if (!parent) return false;
  if (tested.whenFulfilled) {
    if (parent.type === AST_NODE_TYPES.IfStatement && parent.test === test) {
      // `if (r.status === 'fulfilled') return;` leaves the rest of the body to the rejected ones.
      if (onlySkips(parent.consequent)) return false;
      return !parent.alternate || (parent.alternate.type === AST_NODE_TYPES.BlockStatement && parent.alternate.body.length === 0);
    }
    if (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test === test) return isNothing(parent.alternate);
    return isPickerResult(test);
  }
  if (parent.type === AST_NODE_TYPES.IfStatement && parent.test === test) return !parent.alternate && onlySkips(parent.consequent);
  if (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test === test) return isNothing(parent.consequent);
  return false;
}

/** True when `test` is what a `filter` callback returns (its expression body, or its only `return`). */
function isPickerResult(test: TSESTree.Node): boolean {
  let fn: TSESTree.Node | undefined = test.parent;
  if (fn?.type === AST_NODE_TYPES.ReturnStatement) {
    const block = fn.parent;
    if (block?.type !== AST_NODE_TYPES.BlockStatement || block.body.length !== 1) return false;
    fn = block.parent;
  }
  if (!isFunctionNode(fn)) return false;
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn) return false;
  return memberName(skipTypeWrappers(call.callee)) === 'filter';
}

/** True when `callback` names a function of this file that only tests its parameter for `'fulfilled'` (`filter(isFulfilled)`). */
function isNamedFulfilledGuard(walk: Walk, callback: TSESTree.Node): boolean {
  if (callback.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(walk, callback);
  const definition = variable?.defs[0];
  const fn =
    definition?.node.type === AST_NODE_TYPES.FunctionDeclaration
      ? definition.node
      : definition?.node.type === AST_NODE_TYPES.VariableDeclarator && isFunctionNode(definition.node.init ?? undefined)
        ? definition.node.init
        : undefined;
  if (!isFunctionNode(fn ?? undefined) || variable?.defs.length !== 1) return false;
  const guard = fn as FunctionNode;
  const [param] = guard.params;
  if (param?.type !== AST_NODE_TYPES.Identifier) return false;
  const body = guard.body;
  const returned =
    body.type === AST_NODE_TYPES.BlockStatement
      ? body.body.length === 1 && body.body[0]?.type === AST_NODE_TYPES.ReturnStatement
        ? body.body[0].argument
        : undefined
      : body;
  if (!returned || returned.type !== AST_NODE_TYPES.BinaryExpression) return false;
  const read = [returned.left, returned.right].find(
    (side): side is TSESTree.MemberExpression =>
      side.type === AST_NODE_TYPES.MemberExpression &&
      memberName(side) === 'status' &&
      side.object.type === AST_NODE_TYPES.Identifier &&
      side.object.name === param.name,
  );
  return read !== undefined && testedOutcome(read)?.whenFulfilled === true;
}
