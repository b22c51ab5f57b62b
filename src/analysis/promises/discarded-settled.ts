import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { variableOf } from '../scope/variables.js';
import { calleeName, isStopVerb, namesTeardown } from '../syntax/calls.js';
import type { FunctionNode } from '../syntax/nodes.js';
import {
  enclosingBody,
  enclosingClassBody,
  functionName,
  isFunctionNode,
  isPromiseStatic,
  memberName,
  skipTypeWrappers,
} from '../syntax/nodes.js';
import { returnedValues } from '../syntax/statements.js';
import { containsInBody, walk } from '../syntax/walk.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { settledShapeOf } from '../types/thenables.js';
import { cannotReject } from './can-reject.js';
import { fillers, isEmptyCollection } from './reads-of-collections.js';

/*
 * Settled results nobody reads. `Promise.allSettled(…)` whose results are discarded loses every
 * rejection, unless nothing was lost: each operation handles its own rejection, the call is a
 * best-effort teardown, or it only drains work the object keeps in its own fields. And a helper that
 * hands back what `allSettled` does is a source of settled results like `allSettled` itself.
 */

/**
 * True when `call` hands back what `Promise.allSettled` does, through a helper: a call (not of
 * `Promise.allSettled` itself) whose result, awaited, is typed as an array of settled results
 * (`mapSettled(items, fn): Promise<PromiseSettledResult<R>[]>`). Its results are followed like
 * those of `Promise.allSettled(…)` written in place: the types, not the spelling, say what they are.
 */
export function returnsSettledResults(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'allSettled') return false;
  const checker = checkerOf(analysis);
  const type = typeOf(analysis, call);
  const awaited = checker.getAwaitedType(type);
  if (!awaited || awaited === type) return false;
  return settledShapeOf(analysis, awaited) === 'results';
}

/**
 * True when a discarded `Promise.allSettled(…)` is best-effort teardown: it runs in a function named
 * for stopping things (`close`, `#destroy`, `shutdownAll`, `cleanup`) that hands no result back, or every operation it waits
 * for is a stop call (`[a.close(), b.quit()]`, `clients.map((c) => c.quit())`). Waiting for
 * everything to stop, whatever fails, is then the intent, and the caller has asked to stop.
 */
export function isBestEffortTeardown(call: TSESTree.CallExpression): boolean {
  const body = enclosingBody(call);
  const name = isFunctionNode(body) ? functionName(body) : undefined;
  // `cancelPerformance(…)` that reports `{ refunded }` back has a caller to tell of the failures.
  if (name !== undefined && namesTeardown(name) && isFunctionNode(body) && returnedValues(body).length === 0) return true;
  return settledOperations(call)?.every(isStopCall) ?? false;
}

/**
 * True when a discarded `Promise.allSettled(…)` drains work the object keeps in its fields before it
 * goes on (a pool ended once its pending queries are done, a consumer set up again once its running
 * jobs finish): every operation is read from a field of `this` that a method of the class assigns
 * or fills itself (`this.processing`, `[...this.pendingQueries, this.connected]`), directly or
 * through a `const` copied from them (and
 * filled only with more of them: `pending.push(this.connected)`). Those promises were started, and
 * handed back or handled, where they were made; this wait is not where their failures are seen.
 * Approximation: a field of background work whose failures nobody else observes is taken the same
 * way.
 */
export function drainsKeptWork(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  const [operations] = call.arguments;
  return operations !== undefined && isKeptWork(analysis, operations, 0);
}

function isKeptWork(analysis: Analysis, node: TSESTree.Node, depth: number): boolean {
  if (depth > 3) return false;
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.SpreadElement) return isKeptWork(analysis, target.argument, depth);
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const object = skipTypeWrappers(target.object);
    const name = memberName(target);
    return object.type === AST_NODE_TYPES.ThisExpression && name !== undefined && filledByClass(target, name);
  }
  if (target.type === AST_NODE_TYPES.ArrayExpression) {
    return target.elements.length > 0 && target.elements.every((element) => element !== null && isKeptWork(analysis, element, depth + 1));
  }
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(analysis, target);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type !== 'Variable' || definition.parent.kind !== 'const' || !definition.node.init) return false;
  // `const inflight = new Set<Promise<unknown>>()` at the top of the module, filled by its own functions:
  // the module's work in flight, as a field is the object's.
  if (isModuleCollection(variable!, definition.node.init)) return true;
  if (!isKeptWork(analysis, definition.node.init, depth + 1)) return false;
  // `pending.push(this.connected)`: what is added to the copy must be kept work too.
  return variable!.references.every((reference) => {
    const member = reference.identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) return true;
    const filler = member.parent;
    if (filler?.type !== AST_NODE_TYPES.CallExpression || filler.callee !== member) return true;
    if (!['push', 'unshift', 'add', 'set'].includes(memberName(member) ?? '')) return true;
    return filler.arguments.every((argument) => isKeptWork(analysis, argument, depth + 1));
  });
}

/**
 * True for a module-level `const` made as an empty collection (`new Set()`, `new Map()`, `[]`)
 * that the module's own code fills (`inflight.add(work)`).
 */
function isModuleCollection(variable: TSESLint.Scope.Variable, init: TSESTree.Expression): boolean {
  if (variable.scope.type !== 'module' && variable.scope.type !== 'global') return false;
  return (
    isEmptyCollection(skipTypeWrappers(init)) &&
    variable.references.some((reference) => {
      const member = reference.identifier.parent;
      return (
        member?.type === AST_NODE_TYPES.MemberExpression &&
        member.object === reference.identifier &&
        member.parent?.type === AST_NODE_TYPES.CallExpression &&
        member.parent.callee === member &&
        fillers.has(memberName(member) ?? '')
      );
    })
  );
}

/**
 * True when the class around `node` puts work into the field `name` itself: initializes or assigns
 * it (`this.connected = connect()`) or fills it (`this.pending.add(query)`). A field handed in whole
 * (a constructor's `private readonly jobs: Promise<T>[]`) holds the caller's work, not the object's.
 */
function filledByClass(node: TSESTree.Node, name: string): boolean {
  const body = enclosingClassBody(node);
  if (!body) return false;
  const isField = (member: TSESTree.Node): boolean =>
    member.type === AST_NODE_TYPES.MemberExpression &&
    skipTypeWrappers(member.object).type === AST_NODE_TYPES.ThisExpression &&
    memberName(member) === name;
  const fills = (current: TSESTree.Node): boolean => {
    if (current.type === AST_NODE_TYPES.PropertyDefinition)
      return current.value !== null && current.key.type === AST_NODE_TYPES.Identifier && current.key.name === name;
    if (current.type === AST_NODE_TYPES.AssignmentExpression) return isField(current.left);
    if (current.type !== AST_NODE_TYPES.CallExpression || current.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    return ['add', 'push', 'set', 'unshift'].includes(memberName(current.callee) ?? '') && isField(skipTypeWrappers(current.callee.object));
  };
  return walk(body, (current) => (fills(current) ? 'stop' : undefined), { nested: true });
}

/**
 * The operations handed to `Promise.allSettled(…)` as written: the elements of a non-empty array
 * literal (none of them a hole), or the one expression a `.map` callback returns (its expression
 * body, or its body's single `return`). `undefined` for anything else.
 */
function settledOperations(call: TSESTree.CallExpression): TSESTree.Node[] | undefined {
  const [operations] = call.arguments;
  if (operations?.type === AST_NODE_TYPES.ArrayExpression) {
    const elements = operations.elements.filter((element) => element !== null);
    return elements.length > 0 && elements.length === operations.elements.length ? elements : undefined;
  }
  const mapper = mapCallback(operations);
  if (!mapper) return undefined;
  if (mapper.body.type !== AST_NODE_TYPES.BlockStatement) return [mapper.body];
  const [only] = mapper.body.body;
  return mapper.body.body.length === 1 && only?.type === AST_NODE_TYPES.ReturnStatement && only.argument ? [only.argument] : undefined;
}

/** The function written in place as the callback of `xs.map(…)`. */
function mapCallback(node: TSESTree.Node | undefined): FunctionNode | undefined {
  if (node?.type !== AST_NODE_TYPES.CallExpression || memberName(node.callee) !== 'map') return undefined;
  const [mapper] = node.arguments;
  return isFunctionNode(mapper) ? mapper : undefined;
}

/**
 * True when every operation handed to `Promise.allSettled(…)` handles its own rejection: each is a
 * chain ending in `.catch(handler)` or `.then(onFulfilled, onRejected)` (`.finally(…)` after it
 * too), written in an array literal or returned by a `.map` callback
 * (`accounts.map((a) => sync(a).then(report, fail))`), or an async `.map` callback whose body is a
 * `try` whose `catch` does not throw; or operations that cannot reject in the first place
 * (`can-reject.ts`). Every result is then `fulfilled`: there is no failure left in them to check,
 * and `allSettled` only waits for all of them.
 */
export function handlesEveryRejection(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  const [argument] = call.arguments;
  // `Promise.race([Promise.allSettled(checks), deadline])`: the results are the inner call's.
  if (isPromiseStatic(call, ['race', 'any']) && argument?.type === AST_NODE_TYPES.ArrayExpression) {
    const inner = argument.elements.find(
      (element): element is TSESTree.CallExpression =>
        element?.type === AST_NODE_TYPES.CallExpression && isPromiseStatic(element, ['allSettled']),
    );
    return inner !== undefined && handlesEveryRejection(analysis, inner);
  }
  // Operations that cannot reject at all (`checks.map((c) => poll(c))` over a resolve-only poll).

  if (argument && argument.type !== AST_NODE_TYPES.SpreadElement && cannotReject(analysis, argument)) return true;
  const operations = settledOperations(call);
  if (operations) return operations.every(isHandledChain);
  const mapper = mapCallback(call.arguments[0]);
  if (!mapper?.async || mapper.body.type !== AST_NODE_TYPES.BlockStatement || mapper.body.body.length !== 1) return false;
  const [only] = mapper.body.body;
  return (
    only?.type === AST_NODE_TYPES.TryStatement &&
    !!only.handler &&
    !containsInBody(only.handler.body, (node) => node.type === AST_NODE_TYPES.ThrowStatement)
  );
}

/** `p.catch(h)`, `p.then(f, h)`, either followed by `.finally(…)`. */
function isHandledChain(node: TSESTree.Node): boolean {
  let target = skipTypeWrappers(node);
  while (target.type === AST_NODE_TYPES.CallExpression && memberName(skipTypeWrappers(target.callee)) === 'finally') {
    const callee = skipTypeWrappers(target.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    target = skipTypeWrappers(callee.object);
  }
  if (target.type !== AST_NODE_TYPES.CallExpression) return false;
  const method = memberName(skipTypeWrappers(target.callee));
  return (method === 'catch' && target.arguments.length >= 1) || (method === 'then' && target.arguments.length >= 2);
}

/** `x.close()`, `client?.quit()`: a call of a stop verb. */
function isStopCall(node: TSESTree.Node): boolean {
  let target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.ChainExpression) target = target.expression;
  return target.type === AST_NODE_TYPES.CallExpression && isStopVerb(calleeName(target) ?? '');
}
