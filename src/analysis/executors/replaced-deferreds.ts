import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { isTestCodeAt } from '../scope/test-code.js';
import { isNullOrUndefined, memberName, skipTypeWrappers, thisMemberName } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { objectParts } from '../types/members.js';
import { thenableKindOfType } from '../types/thenables.js';

/*
 * A deferred kept in a field and replaced while it may still wait. `this.inflight = deferred()` in
 * a method (a deferred: an object with a `promise` and its `resolve`/`reject`, as
 * `Promise.withResolvers()` makes) drops whatever deferred the field held: if that one was still
 * pending (a send whose reply has not come, and `flush()` sends again), nothing can settle it any
 * more, and whoever awaits its promise waits forever; the next reply settles the new one instead.
 * Emptying the field (`this.pending = null` in `emergencyStop()`) drops the old deferred the same
 * way. Judged when the method writes the field without reading it first (a guard such as
 * `if (this.inflight) return this.inflight.promise`, or settling the old one, reads it) and without
 * first leaving unless a flag says the old one settled (`if (!this.settled) return;`, where a
 * method that settles the field writes `this.settled = true`), the field
 * is read elsewhere in the class (something settles it), and the method is not the constructor.
 * Test code is left alone.
 */

/** A field assignment that replaces a deferred, and the name of its reject function. */
export interface ReplacedDeferred {
  assignment: TSESTree.AssignmentExpression;
  field: string;
  reject: string | undefined;
  /** True when the field is set to nothing (`null`, `undefined`) rather than to a new deferred. */
  dropped: boolean;
}

/** A deferred made by a call or `new` (`Promise.withResolvers()`, `deferred()`). */
function isMadeDeferred(analysis: Analysis, value: TSESTree.Node): boolean {
  return (value.type === AST_NODE_TYPES.CallExpression || value.type === AST_NODE_TYPES.NewExpression) && isDeferredType(analysis, value);
}

/** True for a deferred's type: a thenable `promise` and a callable `resolve`. */
function isDeferredType(analysis: Analysis, node: TSESTree.Node): boolean {
  const checker = checkerOf(analysis);
  const parts = objectParts(typeOf(analysis, node));
  return (
    parts.length > 0 &&
    parts.every((part) => {
      const promise = part.getProperty('promise');
      const resolve = part.getProperty('resolve');
      if (!promise || !resolve) return false;
      return (
        thenableKindOfType(analysis, checker.getTypeOfSymbol(promise)) !== false &&
        checker.getTypeOfSymbol(resolve).getCallSignatures().length > 0
      );
    })
  );
}

/** The deferreds a class's methods replace in their fields without looking at the old one. */
export function replacedDeferreds(analysis: Analysis, body: TSESTree.ClassBody): ReplacedDeferred[] {
  if (isTestCodeAt(analysis, body)) return [];
  const found: ReplacedDeferred[] = [];
  for (const member of body.body) {
    if (member.type !== AST_NODE_TYPES.MethodDefinition || member.kind === 'constructor' || !member.value.body) continue;
    const method = member.value;
    walk(method.body!, (node) => {
      if (node.type !== AST_NODE_TYPES.AssignmentExpression || node.operator !== '=') return undefined;
      const field = thisMemberName(node.left);
      const value = skipTypeWrappers(node.right);
      if (!field) return undefined;
      // `this.pending = null`: the field's own type says it holds a deferred, and the one it holds is dropped.
      const dropped = isNullOrUndefined(value);
      if (dropped ? !isDeferredType(analysis, node.left) : !isMadeDeferred(analysis, value)) return undefined;
      if (readsFieldBefore(method, field, node) || !readElsewhere(body, field, method)) return undefined;
      if (leavesUnlessSettledBefore(body, method, field, node)) return undefined;
      const reject = objectParts(typeOf(analysis, dropped ? node.left : value))[0]?.getProperty('reject') ? 'reject' : undefined;
      found.push({ assignment: node, field, reject, dropped });
      return undefined;
    });
  }
  return found;
}

/** True for a read (not the target of an assignment) of `this.<field>`. */
function readsField(node: TSESTree.Node, field: string): boolean {
  return thisMemberName(node) === field && !(node.parent?.type === AST_NODE_TYPES.AssignmentExpression && node.parent.left === node);
}

/** `this.<field>` read by `fn`'s own code before `at`. */
function readsFieldBefore(fn: TSESTree.FunctionExpression, field: string, at: TSESTree.Node): boolean {
  return walk(fn.body!, (node) => (node.range[0] >= at.range[0] ? 'skip' : readsField(node, field) ? 'stop' : undefined));
}

/** `this.<field>` read anywhere in the class outside `fn`. */
function readElsewhere(body: TSESTree.ClassBody, field: string, fn: TSESTree.FunctionExpression): boolean {
  return walk(body, (node) => (node === fn ? 'skip' : readsField(node, field) ? 'stop' : undefined), { nested: true });
}

/**
 * True when `fn` leaves, before `at`, on an `if` testing only a flag of `this` that a function of
 * the class settling `this.<field>` writes with a literal (`this.settled = true; …;
 * this.deferred.resolve(v)`), and leaves while the flag does not hold that literal (`if
 * (!this.settled) return;`): the old deferred has settled by the time it is replaced.
 */
function leavesUnlessSettledBefore(body: TSESTree.ClassBody, fn: TSESTree.FunctionExpression, field: string, at: TSESTree.Node): boolean {
  const written = settledFlagValues(body, field);
  if (written.size === 0) return false;
  return fn.body!.body.some((statement) => {
    if (statement.range[0] >= at.range[0] || statement.type !== AST_NODE_TYPES.IfStatement || statement.alternate) return false;
    const exit = statement.consequent.type === AST_NODE_TYPES.BlockStatement ? statement.consequent.body[0] : statement.consequent;
    if (exit?.type !== AST_NODE_TYPES.ReturnStatement && exit?.type !== AST_NODE_TYPES.ThrowStatement) return false;
    const test = skipTypeWrappers(statement.test);
    const negated = test.type === AST_NODE_TYPES.UnaryExpression && test.operator === '!';
    const flag = thisMemberName(negated ? skipTypeWrappers(test.argument) : test);
    // `if (!this.settled)` leaves while the flag is falsy: safe when settling writes a truthy literal.
    return flag !== undefined && written.get(flag) === negated;
  });
}

/** Flags of `this` written with a literal by functions of the class that settle `this.<field>`: name → whether the literal is truthy. */
function settledFlagValues(body: TSESTree.ClassBody, field: string): Map<string, boolean> {
  const flags = new Map<string, boolean>();
  for (const member of body.body) {
    if (member.type !== AST_NODE_TYPES.MethodDefinition || !member.value.body) continue;
    const settles = walk(member.value.body, (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
      const callee = skipTypeWrappers(node.callee);
      return callee.type === AST_NODE_TYPES.MemberExpression &&
        thisMemberName(skipTypeWrappers(callee.object)) === field &&
        (memberName(callee) === 'resolve' || memberName(callee) === 'reject')
        ? 'stop'
        : undefined;
    });
    if (!settles) continue;
    walk(member.value.body, (node) => {
      if (node.type !== AST_NODE_TYPES.AssignmentExpression || node.operator !== '=' || node.right.type !== AST_NODE_TYPES.Literal)
        return undefined;
      const flag = thisMemberName(skipTypeWrappers(node.left));
      if (flag !== undefined && flag !== field) flags.set(flag, Boolean(node.right.value));
      return undefined;
    });
  }
  return flags;
}
