import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { constInitializer, valuesWritten } from '../scope/initializers.js';
import { isTestCode, runnerToleratesLateHandlers } from '../scope/test-code.js';
import { variableOf } from '../scope/variables.js';
import { enclosingLoop, isFunctionNode, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { returnedValues } from '../syntax/statements.js';
import { containsInBody } from '../syntax/walk.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { elementTypeOf, isArrayOfThenables, isCollectionOfThenables, thenableKindOfType } from '../types/thenables.js';
import { needsPromiseItself } from './await-safety.js';
import { cannotReject } from './can-reject.js';
import { fillingExpression } from './stored-promises.js';
import { returnsObservedPromise } from './observed-returns.js';

/*
 * Promises awaited one at a time: `for (const p of promises) await p;` (or `for await`) and the
 * index form `for (let i = 0; i < ps.length; i++) await ps[i];`. While the loop waits for one
 * promise, the later ones have no handler yet, so a rejection among them is unhandled. A
 * collection handed to a call that handles it before the loop (`void Promise.allSettled(ps)`,
 * `ps.forEach(…)`), one whose promises cannot reject, and an array created inside the loop (a
 * fresh one each turn) are fine.
 */

/**
 * The collection a `for…of` loop awaits promise by promise (without type wrappers), and whether it
 * is a `Map` (whose entries `Promise.all` would await, not its promises); `undefined` when the loop
 * does not wait inside, or its promises are handled before it or cannot reject.
 */
export function sequentiallyAwaitedCollection(
  analysis: Analysis,
  loop: TSESTree.ForOfStatement,
): { collection: TSESTree.Node; isMap: boolean; held?: true } | undefined {
  if (!loop.await && !bodySuspends(loop.body)) return undefined;
  // Under AVA, a handler the loop attaches later is in time (see `runnerToleratesLateHandlers`).
  if (isTestCode(analysis) && runnerToleratesLateHandlers(analysis)) return undefined;
  // `for (const [i, p] of ps.entries())`, `ps.values()`: the array's promises, one by one
  const right = iteratedArray(analysis, loop.right) ?? loop.right;
  const held = !isCollectionOfThenables(analysis, right);
  if (held && (loop.await || !awaitsHeldPromises(analysis, loop, right))) return undefined;
  if (handledBefore(analysis, right, loop)) return undefined;
  if (held ? heldCannotReject(analysis, right) : collectionCannotReject(analysis, right)) return undefined;
  if (observedWhenMade(analysis, right)) return undefined;
  const collection = skipTypeWrappers(right);
  const name = typeOf(analysis, collection).getSymbol()?.getName();
  return { collection, isMap: name === 'Map' || name === 'ReadonlyMap', ...(held ? { held } : {}) };
}

/**
 * True when the records a `const` collection was mapped to hold only promises that cannot reject
 * (`({ id, reading: read(id).catch(() => 0) })`).
 */
function heldCannotReject(analysis: Analysis, collection: TSESTree.Node): boolean {
  const init = constInitializer(analysis, collection);
  if (init?.type !== AST_NODE_TYPES.CallExpression || memberName(init.callee) !== 'map') return false;
  const [callback] = init.arguments;
  if (!callback || !isFunctionNode(callback)) return false;
  const records = returnedValues(callback).map((value) => skipTypeWrappers(value));
  return (
    records.length > 0 &&
    records.every(
      (record) =>
        record.type === AST_NODE_TYPES.ObjectExpression &&
        record.properties.every(
          (property) =>
            property.type === AST_NODE_TYPES.Property &&
            (thenableKindOfType(analysis, typeOf(analysis, property.value)) === false ||
              cannotReject(analysis, property.value as TSESTree.Expression)),
        ),
    )
  );
}

/**
 * True when the loop iterates records that each hold a promise (`taps.map((tap) => ({ tap, reading:
 * gateway.read(tap.id) }))`) and awaits that promise in its body (`for (const { tap, reading } of
 * pending) { const r = await reading; … }`, or `await item.reading`): the records' promises,
 * started together, awaited one by one.
 */
function awaitsHeldPromises(analysis: Analysis, loop: TSESTree.ForOfStatement, right: TSESTree.Node): boolean {
  const element = elementTypeOf(analysis, typeOf(analysis, right));
  if (!element || loop.left.type !== AST_NODE_TYPES.VariableDeclaration) return false;
  const binding = loop.left.declarations[0]?.id;
  const holds = (property: string): boolean => {
    const symbol = element.getProperty(property);
    return symbol !== undefined && thenableKindOfType(analysis, checkerOf(analysis).getTypeOfSymbol(symbol)) !== false;
  };
  const awaited = new Set<string>();
  if (binding?.type === AST_NODE_TYPES.ObjectPattern) {
    for (const property of binding.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.computed || property.key.type !== AST_NODE_TYPES.Identifier) continue;
      if (property.value.type === AST_NODE_TYPES.Identifier && holds(property.key.name)) awaited.add(property.value.name);
    }
  }
  const item = binding?.type === AST_NODE_TYPES.Identifier ? binding.name : undefined;
  return containsInBody(loop.body, (node) => {
    if (node.type !== AST_NODE_TYPES.AwaitExpression) return false;
    const target = skipTypeWrappers(node.argument);
    if (target.type === AST_NODE_TYPES.Identifier) return awaited.has(target.name);
    return (
      target.type === AST_NODE_TYPES.MemberExpression &&
      item !== undefined &&
      target.object.type === AST_NODE_TYPES.Identifier &&
      target.object.name === item &&
      holds(memberName(target) ?? '')
    );
  });
}

/** The array an `entries()`/`values()` call iterates (`ps` in `ps.entries()`), when `ps` is an array of thenables. */
function iteratedArray(analysis: Analysis, node: TSESTree.Node): TSESTree.Node | undefined {
  const call = skipTypeWrappers(node);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length > 0 || call.callee.type !== AST_NODE_TYPES.MemberExpression)
    return undefined;
  if (!['entries', 'values'].includes(memberName(call.callee) ?? '')) return undefined;
  return isArrayOfThenables(analysis, call.callee.object) ? call.callee.object : undefined;
}

/**
 * For `await ps[i]` in a loop: the element read, the array of promises it reads from (declared
 * outside the loop, not handled before it, able to reject) and the loop.
 */
export function sequentiallyAwaitedElement(
  analysis: Analysis,
  node: TSESTree.AwaitExpression,
): { element: TSESTree.MemberExpression; array: TSESTree.Node; loop: TSESTree.Node } | undefined {
  const element = skipTypeWrappers(node.argument);
  if (element.type !== AST_NODE_TYPES.MemberExpression || !element.computed) return undefined;
  const loop = enclosingLoop(node);
  const array = skipTypeWrappers(element.object);
  if (!loop || (array.type !== AST_NODE_TYPES.Identifier && array.type !== AST_NODE_TYPES.MemberExpression)) return undefined;
  if (array.range[0] >= loop.range[0] && array.range[1] <= loop.range[1] && declaredInside(analysis, array, loop)) return undefined;
  if (!isArrayOfThenables(analysis, array)) return undefined;
  if (handledBefore(analysis, array, loop)) return undefined;
  if (collectionCannotReject(analysis, array) || observedWhenMade(analysis, array)) return undefined;
  return { element, array, loop };
}

/**
 * True when every value the local collection is given holds promises handled as they were made:
 * `widgets.map((w) => { const p = w.load(); p.catch(noop); return p; })`, on each branch that
 * assigns it. A rejection among them is already retrieved; awaiting them one by one leaves no window.
 */
function observedWhenMade(analysis: Analysis, collection: TSESTree.Node): boolean {
  const values = valuesWritten(analysis, collection);
  return values !== undefined && values.every((value) => returnsObservedPromise(analysis, value));
}

/** True when the identifier at the root of `node` is declared inside `loop` (a fresh array each turn). */
function declaredInside(analysis: Analysis, node: TSESTree.Node, loop: TSESTree.Node): boolean {
  let root: TSESTree.Node = node;
  while (root.type === AST_NODE_TYPES.MemberExpression) root = root.object;
  if (root.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(analysis, root);
  const declared = variable?.defs[0]?.node;
  return declared !== undefined && declared.range[0] >= loop.range[0] && declared.range[1] <= loop.range[1];
}

/** True when a loop body gives up control (outside nested functions) before it ends. */
function bodySuspends(body: TSESTree.Node): boolean {
  return containsInBody(
    body,
    (node) =>
      node.type === AST_NODE_TYPES.AwaitExpression ||
      node.type === AST_NODE_TYPES.YieldExpression ||
      (node.type === AST_NODE_TYPES.ForOfStatement && node.await),
  );
}

/**
 * True when the promises a loop iterates cannot reject: the `const` array it names was created
 * from non-rejecting promises, or started empty and every `push`/`unshift` adds one.
 */
function collectionCannotReject(analysis: Analysis, node: TSESTree.Node): boolean {
  const init = constInitializer(analysis, node);
  if (!init) return cannotReject(analysis, node);
  if (init.type !== AST_NODE_TYPES.ArrayExpression || init.elements.length > 0) return cannotReject(analysis, init);
  const target = skipTypeWrappers(node) as TSESTree.Identifier;
  const variable = variableOf(analysis, target);
  const added = (variable?.references ?? []).flatMap((reference) => {
    const filling = fillingExpression(reference.identifier as TSESTree.Identifier);
    if (!filling) return [];
    return filling.type === AST_NODE_TYPES.CallExpression ? filling.arguments : [(filling as TSESTree.AssignmentExpression).right];
  });
  return added.length > 0 && added.every((value) => value.type !== AST_NODE_TYPES.SpreadElement && cannotReject(analysis, value));
}

/** Methods on a collection of promises whose callback sees (and may handle) every element. */
const visitingMethods = new Set(['forEach', 'map', 'every', 'some']);

/**
 * True when the local that `collection` names was handed to a call before `loop` started:
 * `void Promise.allSettled(ps)`, `Promise.allSettled(tasks.values())`, `ps.forEach((p) => p.catch(…))`.
 * Its promises then have handlers before the loop awaits the first one.
 */
function handledBefore(analysis: Analysis, collection: TSESTree.Node, loop: TSESTree.Node): boolean {
  const target = skipTypeWrappers(collection);
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(analysis, target);
  return (variable?.references ?? []).some((reference) => {
    const identifier = reference.identifier;
    if (reference.init || identifier.range[1] > loop.range[0]) return false;
    let node: TSESTree.Node = identifier;
    let parent = node.parent;
    if (parent?.type === AST_NODE_TYPES.ForOfStatement && parent.right === node) return loopHandsOnEach(analysis, parent);
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === node) {
      const method = memberName(parent) ?? '';
      const call = parent.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== parent) return false;
      if (visitingMethods.has(method)) return true;
      if (!['values', 'entries'].includes(method)) return false;
      node = call; // `tasks.values()` handed on below
      parent = call.parent;
    }
    return (
      (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) &&
      parent.arguments.includes(node as TSESTree.CallExpressionArgument)
    );
  });
}

/** Promise methods that attach a handler to the promise they are called on. */
const handlerMethods = new Set(['catch', 'then', 'finally']);

/**
 * True when an earlier `for…of` loop hands each element on: `for (const p of ps) p.catch(…)`, or
 * passes it to a call (`track(p)`), so that every promise has a handler once it has run.
 */
function loopHandsOnEach(analysis: Analysis, loop: TSESTree.ForOfStatement): boolean {
  if (loop.await) return false;
  const left = loop.left;
  const id = left.type === AST_NODE_TYPES.VariableDeclaration ? left.declarations[0]?.id : left;
  if (id?.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(analysis, id);
  return (variable?.references ?? []).some((reference) => {
    if (!reference.isRead()) return false;
    let read: TSESTree.Node = reference.identifier;
    while (read.parent && skipTypeWrappers(read.parent) !== read.parent) read = read.parent;
    const parent = read.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === read) {
      const call = parent.parent;
      return call.type === AST_NODE_TYPES.CallExpression && call.callee === parent && handlerMethods.has(memberName(parent) ?? '');
    }
    return (
      (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) &&
      parent.arguments.includes(read as TSESTree.CallExpressionArgument)
    );
  });
}

/**
 * True when a `for…of` loop over promises needs only their values, so it may iterate
 * `await Promise.all(…)` instead: `for await` already yields values; otherwise the loop binds a
 * plain name that the body awaits and never uses as a promise (no `.then`, no passing it on,
 * storing, comparing or racing it: `needsPromiseItself`).
 */
export function loopNeedsOnlyValues(analysis: Analysis, loop: TSESTree.ForOfStatement): boolean {
  if (loop.await) return true;
  const left = loop.left;
  const id = left.type === AST_NODE_TYPES.VariableDeclaration ? left.declarations[0]?.id : left;
  if (id?.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(analysis, id);
  if (!variable || needsPromiseItself(analysis, id)) return false;
  return variable.references.some((reference) => {
    if (!reference.isRead()) return false;
    let read: TSESTree.Node = reference.identifier;
    while (read.parent && skipTypeWrappers(read.parent) !== read.parent) read = read.parent;
    return read.parent?.type === AST_NODE_TYPES.AwaitExpression;
  });
}
