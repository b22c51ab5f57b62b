import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { calleeName } from '../syntax/calls.js';
import { classBodyOrFile, isFunctionNode, memberName, propertyKeyName, skipTypeWrappers } from '../syntax/nodes.js';
import { variableOf } from '../scope/variables.js';
import { walk } from '../syntax/walk.js';
import { timerHandle } from './disarmed-waits.js';
import type { SettleOwner } from './settlers.js';
import { deferredDeclarators } from './settlers.js';
import { kindTest, literalKinds } from './unsettled-kinds.js';
import { onlyStoredIn } from './stranded-settlers.js';
import { storedIn, storingMethods } from './stored-settlers.js';

/*
 * A waiter taken out and dropped. An executor (or a deferred taken apart: `const { promise, resolve,
 * reject } = Promise.withResolvers()`) that keeps its `resolve`/`reject` in an entry of a
 * collection (`this.waiters.set(ref, { resolve, reject, timer })`) can be settled only through
 * that entry, and through the timer whose handle the entry keeps. Code that takes the entry out
 * (`const w = this.waiters.get(ref); this.waiters.delete(ref); clearTimeout(w.timer);`) holds the
 * last way to settle the promise: a branch after that which neither settles the entry, hands it
 * on, nor throws (`else if (reply.result === 'outbid') { this.emit('outbid', …); }`) leaves the
 * promise pending forever, and whoever awaits it waits forever.
 *
 * Decided per executor over the class around it (or the file), syntactically: the executor's
 * settle functions are used only in the stored entry and in a timer callback whose handle the
 * entry keeps; the taking function reads the entry with `<collection>.get(key)` into a `const`,
 * and later in the same block deletes that key and clears every kept timer. The statements after
 * that are followed branch by branch: a call of an entry's settle function, any other use of the
 * entry than reading one of its plain fields, a `throw`, a `try` or a loop end the walk as settled,
 * and a `switch` is followed case by case (up to each case's `break`); a branch that runs to its end or returns without any of these, while the code after
 * it settles nothing either, is reported. A chain that covers every branch it names but has no
 * `else` is not reported: the types may allow nothing else.
 */

/** A branch that runs after the entry was taken out and its timer cleared, and settles nothing. */
export interface DroppedWaiter {
  /** The `<collection>.delete(key)` call that took the entry out. */
  take: TSESTree.CallExpression;
  /**
   * The branch that settles nothing: an `if` branch's block, a `switch` case, or the last `if` of a
   * chain without `else` whose tests leave kinds of the reply's type unnamed (the missing `else`).
   */
  branch: TSESTree.BlockStatement | TSESTree.SwitchCase | TSESTree.IfStatement;
  /** The local holding the entry. */
  entry: string;
  /** The key the entry keeps `reject` under. */
  rejectKey: string | undefined;
}

/** The first branch that drops a taken waiter of `owner`'s stored entry (see above). */
export function droppedWaiter(analysis: Analysis, owner: SettleOwner): DroppedWaiter | undefined {
  // An executor's settle functions, or a deferred's taken apart (`const { promise, resolve, reject } = Promise.withResolvers()`).
  if (owner.kind === 'helper' || owner.fn.type === AST_NODE_TYPES.Program) return undefined;
  const stored = storedIn(analysis, owner);
  if (!stored || stored.keys.length === 0) return undefined;
  const timerKeys = keptTimerKeys(owner, stored.entry);
  if (timerKeys === undefined) return undefined;
  return takenAndDropped(analysis, classBodyOrFile(owner.fn), owner.fn, stored, timerKeys);
}

/**
 * The same for whole deferreds kept in a collection (`const deferred = Promise.withResolvers();
 * this.pending.set(id, deferred)`, used for nothing else but its `promise`): taken out by a reply
 * handler of the class (`const entry = this.pending.get(reply.id); this.pending.delete(reply.id);`)
 * and dropped on a branch that settles nothing (`case 'cancelled': log(…); break;`).
 */
export function droppedDeferredWaiters(analysis: Analysis, body: TSESTree.ClassBody): DroppedWaiter[] {
  const found: DroppedWaiter[] = [];
  const seen = new Set<string>();
  for (const { id } of deferredDeclarators(analysis, body)) {
    const whole = onlyStoredIn(analysis, id);
    const part = whole ? undefined : storedAsPart(analysis, id);
    const store = whole ?? part?.store;
    if (!store) continue;
    const collection = analysis.sourceCode.getText((store.callee as TSESTree.MemberExpression).object);
    if (!collection.startsWith('this.') || seen.has(collection)) continue;
    seen.add(collection);
    const kept = part
      ? { collection, keys: [part.key], rejectKey: `${part.key}.reject` }
      : { collection, keys: ['resolve', 'reject'], rejectKey: 'reject' };
    const dropped = takenAndDropped(analysis, body, undefined, kept, part?.timers ?? []);
    if (dropped) found.push(dropped);
  }
  return found;
}

/**
 * A deferred kept as one part of a stored entry (`this.pending.set(id, { deferred, timer })`), used
 * for nothing else but its `promise` and settle calls in a callback (the timeout's): the entry's key
 * for it, the store, and the entry's keys holding the handle of a `setTimeout` made in the same
 * function, which a taker must clear.
 */
function storedAsPart(
  analysis: Analysis,
  id: TSESTree.Identifier,
): { store: TSESTree.CallExpression; key: string; timers: string[] } | undefined {
  let found: { store: TSESTree.CallExpression; key: string; timers: string[] } | undefined;
  let settledLater = false;
  for (const reference of variableOf(analysis, id)?.references ?? []) {
    if (reference.init) continue;
    const use = reference.identifier;
    const parent = use.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === use) {
      const name = memberName(parent);
      if (name === 'promise') continue;
      const call = parent.parent;
      if ((name === 'resolve' || name === 'reject') && call?.type === AST_NODE_TYPES.CallExpression && call.callee === parent) {
        if (reference.from.variableScope !== variableOf(analysis, id)?.scope.variableScope) {
          settledLater = true;
          continue;
        }
      }
      return undefined;
    }
    const literal = parent?.type === AST_NODE_TYPES.Property && parent.value === use ? parent.parent : undefined;
    const store = literal?.type === AST_NODE_TYPES.ObjectExpression ? literal.parent : undefined;
    if (found || store?.type !== AST_NODE_TYPES.CallExpression || !store.arguments.includes(literal as TSESTree.ObjectExpression))
      return undefined;
    const callee = skipTypeWrappers(store.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || !storingMethods.has(memberName(callee) ?? '')) return undefined;
    const key = propertyKeyName((parent as TSESTree.Property).key);
    if (key === undefined) return undefined;
    const timers = (literal as TSESTree.ObjectExpression).properties.flatMap((property) => {
      if (property.type !== AST_NODE_TYPES.Property || property.value.type !== AST_NODE_TYPES.Identifier) return [];
      const init = variableOf(analysis, property.value)?.defs[0]?.node;
      const made = init?.type === AST_NODE_TYPES.VariableDeclarator && init.init ? skipTypeWrappers(init.init) : undefined;
      const name = propertyKeyName(property.key);
      return made?.type === AST_NODE_TYPES.CallExpression && calleeName(made) === 'setTimeout' && name !== undefined ? [name] : [];
    });
    found = { store, key, timers };
  }
  // A deferred settled from a callback (its timeout) is settled only through the entry once that timer is cleared.
  if (found && settledLater && found.timers.length === 0) return undefined;
  return found;
}

/** The first branch in `scope` (outside `skip`) that takes an entry of the collection out and settles nothing. */
function takenAndDropped(
  analysis: Analysis,
  scope: TSESTree.Node,
  skip: TSESTree.Node | undefined,
  stored: { collection: string; keys: string[]; rejectKey: string | undefined },
  timerKeys: string[],
): DroppedWaiter | undefined {
  let found: DroppedWaiter | undefined;
  walk(
    scope,
    (node) => {
      if (found) return 'stop';
      if (node === skip) return 'skip';
      if (node.type !== AST_NODE_TYPES.VariableDeclarator || node.id.type !== AST_NODE_TYPES.Identifier || !node.init) return undefined;
      const key = takenKey(analysis, node.init, stored.collection);
      const declaration = node.parent;
      const block = declaration?.parent;
      if (key === undefined || declaration?.type !== AST_NODE_TYPES.VariableDeclaration || declaration.kind !== 'const') return undefined;
      if (block?.type !== AST_NODE_TYPES.BlockStatement) return undefined;
      const entry = node.id.name;
      const after = block.body.slice(block.body.indexOf(declaration) + 1);
      const site = { collection: stored.collection, key, entry, timerKeys };
      const disarm = disarmingEnd(analysis, after, site);
      if (!disarm) {
        found = takenInBranch(analysis, after, site, stored.keys, stored.rejectKey);
        return undefined;
      }
      const branch = unsettledBranch(analysis, after.slice(disarm.index + 1), entry, stored.keys);
      if (branch) found = { take: disarm.take, branch, entry, rejectKey: stored.rejectKey };
      return undefined;
    },
    { nested: true },
  );
  return found;
}

/**
 * The entry keys holding a timer handle (`timer` in `{ resolve, reject, timer }`) when every use of
 * the executor's settle functions other than storing them sits in that timer's callback;
 * `undefined` when they are used anywhere else (a listener, a call), which could still settle.
 */
function keptTimerKeys(owner: SettleOwner, entry: TSESTree.ObjectExpression): string[] | undefined {
  const kept = new Map<string, string>(); // local handle name -> entry key
  for (const property of entry.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.key.type !== AST_NODE_TYPES.Identifier) continue;
    const value = skipTypeWrappers(property.value);
    if (value.type === AST_NODE_TYPES.Identifier) kept.set(value.name, property.key.name);
  }
  const keys = new Set<string>();
  for (const { variable } of owner.settlers) {
    for (const reference of variable.references) {
      const identifier = reference.identifier;
      if (reference.init || (identifier.parent?.type === AST_NODE_TYPES.Property && identifier.parent.parent === entry)) continue;
      const handle = timerHandleAround(identifier, owner.fn);
      const key = handle && kept.get(handle);
      if (!key) return undefined;
      keys.add(key);
    }
  }
  return [...keys];
}

/** The `const` name a `setTimeout(…)` callback around `node` is kept under (`const timer = setTimeout(() => reject(…), ms)`). */
function timerHandleAround(node: TSESTree.Node, executor: TSESTree.Node): string | undefined {
  for (let current = node.parent; current && current !== executor; current = current.parent) {
    if (isFunctionNode(current)) return timerHandle(current);
  }
  return undefined;
}

/** The key text of `<collection>.get(key)`, when `init` is that read. */
function takenKey(analysis: Analysis, init: TSESTree.Expression, collection: string): string | undefined {
  const call = skipTypeWrappers(init);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length !== 1) return undefined;
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== 'get') return undefined;
  if (analysis.sourceCode.getText(callee.object) !== collection) return undefined;
  return analysis.sourceCode.getText(call.arguments[0]!);
}

/**
 * The statement after which the entry is out of the collection and its timers are cleared:
 * `<collection>.delete(key)` and `clearTimeout(<entry>.<timer key>)` for every kept timer, as
 * statements of the block (a guard such as `if (!entry) return;` may come between).
 */
function disarmingEnd(
  analysis: Analysis,
  statements: readonly TSESTree.Statement[],
  { collection, key, entry, timerKeys }: TakeSite,
): { index: number; take: TSESTree.CallExpression } | undefined {
  let take: TSESTree.CallExpression | undefined;
  let index = -1;
  const cleared = new Set<string>();
  statements.forEach((statement, at) => {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.expression.type !== AST_NODE_TYPES.CallExpression) return;
    const call = statement.expression;
    const callee = skipTypeWrappers(call.callee);
    const [argument] = call.arguments;
    if (
      !take &&
      callee.type === AST_NODE_TYPES.MemberExpression &&
      memberName(callee) === 'delete' &&
      analysis.sourceCode.getText(callee.object) === collection &&
      argument &&
      analysis.sourceCode.getText(argument) === key
    ) {
      take = call;
      index = Math.max(index, at);
    }
    if (calleeName(call) === 'clearTimeout' && argument?.type === AST_NODE_TYPES.MemberExpression) {
      const object = skipTypeWrappers(argument.object);
      const name = memberName(argument);
      if (object.type === AST_NODE_TYPES.Identifier && object.name === entry && name && timerKeys.includes(name)) {
        cleared.add(name);
        index = Math.max(index, at);
      }
    }
  });
  return take && timerKeys.every((name) => cleared.has(name)) ? { index, take } : undefined;
}

/**
 * A waiter taken out inside one branch: a `switch` case or an `if` block of `statements` that
 * deletes the key itself (and clears the kept timers), then runs to its end (or its `break`)
 * through plain statements only, settling nothing (`case 'expired': this.pending.delete(id);
 * audit.note(…); break;`).
 */
function takenInBranch(
  analysis: Analysis,
  statements: readonly TSESTree.Statement[],
  site: TakeSite,
  keys: readonly string[],
  rejectKey: string | undefined,
): DroppedWaiter | undefined {
  const branches: (TSESTree.SwitchCase | TSESTree.BlockStatement)[] = [];
  for (const statement of statements) {
    if (statement.type === AST_NODE_TYPES.SwitchStatement) branches.push(...statement.cases);
    for (let branch: TSESTree.Statement | null = statement; branch?.type === AST_NODE_TYPES.IfStatement; branch = branch.alternate) {
      if (branch.consequent.type === AST_NODE_TYPES.BlockStatement) branches.push(branch.consequent);
      if (branch.alternate?.type === AST_NODE_TYPES.BlockStatement) branches.push(branch.alternate);
    }
  }
  for (const branch of branches) {
    const list = branch.type === AST_NODE_TYPES.SwitchCase ? branch.consequent : branch.body;
    const last = list[list.length - 1];
    const body = last?.type === AST_NODE_TYPES.BreakStatement && last.label === null ? list.slice(0, -1) : list;
    const disarm = disarmingEnd(analysis, body, site);
    if (!disarm) continue;
    if (branch.type === AST_NODE_TYPES.SwitchCase && body === list && last?.type !== AST_NODE_TYPES.ReturnStatement) continue; // falls into the next case
    // Settled before it was taken out (`waiter.resolve(ws); waiters.delete(request);`): nothing is dropped.
    if (body.slice(0, disarm.index).some((statement) => settlesOrHandsOn(statement, site.entry, keys))) continue;
    const rest = body.slice(disarm.index + 1);
    const plain = rest.every(
      (statement) =>
        (statement.type === AST_NODE_TYPES.ExpressionStatement ||
          statement.type === AST_NODE_TYPES.VariableDeclaration ||
          statement.type === AST_NODE_TYPES.ReturnStatement) &&
        !settlesOrHandsOn(statement, site.entry, keys),
    );
    if (plain) return { take: disarm.take, branch, entry: site.entry, rejectKey };
  }
  return undefined;
}

/** Where an entry is taken out: the collection's text, the key's text, the local holding the entry, and the keys of its timers. */
interface TakeSite {
  collection: string;
  key: string;
  entry: string;
  timerKeys: readonly string[];
}

/** How a statement list ends for the entry: it settled (or may have), ran on, or returned without settling. */
type Outcome = 'settled' | 'fallthrough' | 'ended';

/**
 * The first branch of `statements` that settles nothing: one that returns so, or one that runs on
 * when the code after it settles nothing either (see the model above); `undefined` when every path
 * settles or the walk cannot tell.
 */
function unsettledBranch(
  analysis: Analysis,
  statements: readonly TSESTree.Statement[],
  entry: string,
  keys: readonly string[],
): TSESTree.BlockStatement | TSESTree.SwitchCase | TSESTree.IfStatement | undefined {
  let candidate: TSESTree.BlockStatement | TSESTree.SwitchCase | TSESTree.IfStatement | undefined;
  let ended: TSESTree.BlockStatement | TSESTree.SwitchCase | undefined;
  const follow = (list: readonly TSESTree.Statement[]): Outcome => {
    for (const statement of list) {
      if (settlesOrHandsOn(statement, entry, keys)) return 'settled';
      switch (statement.type) {
        case AST_NODE_TYPES.ReturnStatement:
          return 'ended';
        case AST_NODE_TYPES.IfStatement: {
          // `if (!entry) return;`: nothing was taken on that path
          if (isAbsenceTest(statement.test, entry)) break;
          const consequent = branchOutcome(statement.consequent);
          const alternate = statement.alternate ? branchOutcome(statement.alternate) : 'fallthrough';
          // `if (reply.status === 'ok') … else if (reply.status === 'fault') …` where the type also has `'busy'`: the missing `else` drops it.
          if (!statement.alternate && consequent === 'settled' && leavesKindsUnnamed(analysis, statement)) candidate ??= statement;
          if (consequent === 'ended' || alternate === 'ended') return 'ended';
          if (consequent === 'settled' && alternate === 'settled') return 'settled';
          break;
        }
        case AST_NODE_TYPES.SwitchStatement: {
          const outcome = switchOutcome(statement);
          if (outcome !== 'fallthrough') return outcome;
          break;
        }
        case AST_NODE_TYPES.ExpressionStatement:
        case AST_NODE_TYPES.VariableDeclaration:
        case AST_NODE_TYPES.EmptyStatement:
          break;
        default:
          // `try`, loops, labels: not followed; take them as settling.
          return 'settled';
      }
    }
    return 'fallthrough';
  };
  // A `switch` on the reply kind: each case up to its `break` is a branch. A case that falls into
  // the next one, or a `break` nested deeper, is not followed (taken as settling); without a
  // `default`, the kinds the cases name may be all there are, as for an `if` chain without `else`.
  const switchOutcome = (node: TSESTree.SwitchStatement): Outcome => {
    let open = false;
    for (const clause of node.cases) {
      if (clause.consequent.length === 0) continue;
      const last = clause.consequent[clause.consequent.length - 1]!;
      const breaks = last.type === AST_NODE_TYPES.BreakStatement && last.label === null;
      if (!breaks && last.type !== AST_NODE_TYPES.ReturnStatement && last.type !== AST_NODE_TYPES.ThrowStatement) return 'settled';
      const list = breaks ? clause.consequent.slice(0, -1) : clause.consequent;
      const outcome = follow(list);
      if (outcome === 'ended') {
        ended ??= clause;
        return 'ended';
      }
      if (outcome === 'fallthrough' && list.length > 0) {
        candidate ??= clause;
        open = true;
      }
    }
    return open || !node.cases.some((clause) => clause.test === null) ? 'fallthrough' : 'settled';
  };
  const branchOutcome = (branch: TSESTree.Statement): Outcome => {
    if (branch.type === AST_NODE_TYPES.IfStatement) return follow([branch]);
    const list = branch.type === AST_NODE_TYPES.BlockStatement ? branch.body : [branch];
    const outcome = follow(list);
    if (branch.type === AST_NODE_TYPES.BlockStatement && branch.body.length > 0) {
      if (outcome === 'ended') ended ??= branch;
      if (outcome === 'fallthrough') candidate ??= branch;
    }
    return outcome;
  };
  const outcome = follow(statements);
  if (outcome === 'ended') return ended;
  return outcome === 'fallthrough' ? candidate : undefined;
}

/**
 * True when `last` ends an `if`/`else if` chain whose every test compares one property with
 * literals (`reply.status === 'ok'`, see `kindTest`), and that property's type is a union of
 * literals some of which no test names (`literalKinds`): the chain has no branch for them.
 */
function leavesKindsUnnamed(analysis: Analysis, last: TSESTree.IfStatement): boolean {
  let head: TSESTree.IfStatement = last;
  while (head.parent.type === AST_NODE_TYPES.IfStatement && head.parent.alternate === head) head = head.parent;
  const named = new Set<string>();
  let discriminant: TSESTree.MemberExpression | undefined;
  for (let link: TSESTree.Statement | null = head; link?.type === AST_NODE_TYPES.IfStatement; link = link.alternate) {
    const kind = kindTest(link.test);
    if (!kind || (discriminant && analysis.sourceCode.getText(discriminant) !== analysis.sourceCode.getText(kind.operand))) return false;
    discriminant ??= kind.operand;
    kind.values.forEach((value) => named.add(value));
  }
  return discriminant !== undefined && literalKinds(analysis, discriminant).some((kind) => !named.has(kind));
}

/** `!entry`, `entry === undefined`, `entry == null`: the test of a guard for a missing entry. */
function isAbsenceTest(test: TSESTree.Expression, entry: string): boolean {
  const isEntry = (node: TSESTree.Node): boolean => node.type === AST_NODE_TYPES.Identifier && node.name === entry;
  if (test.type === AST_NODE_TYPES.UnaryExpression) return test.operator === '!' && isEntry(test.argument);
  if (test.type !== AST_NODE_TYPES.BinaryExpression || !['===', '=='].includes(test.operator)) return false;
  const empty = (node: TSESTree.Node): boolean =>
    (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined') || (node.type === AST_NODE_TYPES.Literal && node.value === null);
  return (isEntry(test.left) && empty(test.right)) || (isEntry(test.right) && empty(test.left));
}

/**
 * True when `statement` settles the entry (`entry.resolve(…)`), may hand it on or settle it in a way
 * not followed here (any use of `entry` other than reading a plain field, a `throw`).
 */
function settlesOrHandsOn(statement: TSESTree.Statement, entry: string, keys: readonly string[]): boolean {
  if (statement.type === AST_NODE_TYPES.ThrowStatement) return true;
  if (
    statement.type === AST_NODE_TYPES.IfStatement ||
    statement.type === AST_NODE_TYPES.BlockStatement ||
    statement.type === AST_NODE_TYPES.SwitchStatement
  )
    return false;
  return walk(
    statement,
    (node) => {
      if (node.type !== AST_NODE_TYPES.Identifier || node.name !== entry) return undefined;
      const parent = node.parent;
      const field = parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === node ? memberName(parent) : undefined;
      return field !== undefined && !keys.includes(field) ? undefined : 'stop';
    },
    { nested: true },
  );
}

/** A kept timer left running by one way of settling a taken waiter. */
export interface UnclearedKeptTimer {
  /** The `setTimeout(…)` whose handle the entry keeps. */
  timer: TSESTree.CallExpression;
  /** The first call in the timer's callback that is not a settle call: what it still does later. */
  effect: TSESTree.CallExpression;
  /** The settle call made without clearing the timer first. */
  settle: TSESTree.CallExpression;
  /** `entry.timer`, the handle to clear. */
  handle: string;
}

/**
 * An executor or deferred that keeps its settle functions and its timer's handle in an entry
 * (`this.pending.set(id, { resolve, reject, timer })`), where the class clears that timer when it
 * settles the entry one way (`clearTimeout(entry.timer); entry.reject(…)`) and not another
 * (`this.pending.delete(id); entry.resolve(ack);`): on that path the timer still fires later and
 * does its work (`this.pending.delete(id)`, another settle call) on an operation that already
 * finished, holding the event loop until then. A timer whose callback only settles is left alone,
 * as `lingeringTimer` leaves it.
 */
export function unclearedKeptTimer(analysis: Analysis, owner: SettleOwner): UnclearedKeptTimer | undefined {
  if (owner.kind === 'helper' || owner.fn.type === AST_NODE_TYPES.Program) return undefined;
  const stored = storedIn(analysis, owner);
  if (!stored || stored.keys.length === 0) return undefined;
  const timerKeys = keptTimerKeys(owner, stored.entry);
  const [timerKey] = timerKeys ?? [];
  if (!timerKey || timerKeys!.length !== 1) return undefined;
  const timer = keptTimerCall(owner, stored.entry, timerKey);
  const callback = timer?.arguments[0];
  if (!timer || !isFunctionNode(callback)) return undefined;
  const settleNames = new Set(owner.settlers.map(({ variable }) => variable.name));
  let effect: TSESTree.CallExpression | undefined;
  walk(callback.body, (node) => {
    if (effect || isFunctionNode(node)) return 'skip';
    if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const callee = skipTypeWrappers(node.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && !settleNames.has(calleeName(node) ?? '')) effect = node;
    return undefined;
  });
  if (!effect) return undefined;
  const scope = classBodyOrFile(owner.fn);
  let clearedSomewhere = false;
  let found: UnclearedKeptTimer | undefined;
  walk(
    scope,
    (node) => {
      if (node === owner.fn) return 'skip';
      if (isClearOf(node, undefined, timerKey)) clearedSomewhere = true;
      if (found || node.type !== AST_NODE_TYPES.VariableDeclarator || node.id.type !== AST_NODE_TYPES.Identifier || !node.init)
        return undefined;
      if (takenKey(analysis, node.init, stored.collection) === undefined) return undefined;
      const entry = node.id.name;
      const settle = settleWithoutClear(node, entry, stored.keys, timerKey);
      if (settle) found = { timer, effect: effect!, settle, handle: `${entry}.${timerKey}` };
      return undefined;
    },
    { nested: true },
  );
  return clearedSomewhere ? found : undefined;
}

/** The `setTimeout(…)` call the executor keeps under `timerKey` in the entry (`const timer = setTimeout(…)`). */
function keptTimerCall(owner: SettleOwner, entry: TSESTree.ObjectExpression, timerKey: string): TSESTree.CallExpression | undefined {
  const property = entry.properties.find(
    (item) => item.type === AST_NODE_TYPES.Property && item.key.type === AST_NODE_TYPES.Identifier && item.key.name === timerKey,
  ) as TSESTree.Property | undefined;
  const value = property && skipTypeWrappers(property.value);
  if (value?.type !== AST_NODE_TYPES.Identifier) return undefined;
  let call: TSESTree.CallExpression | undefined;
  walk(owner.fn, (node) => {
    if (node.type !== AST_NODE_TYPES.VariableDeclarator || node.id.type !== AST_NODE_TYPES.Identifier || node.id.name !== value.name)
      return undefined;
    const init = node.init && skipTypeWrappers(node.init);
    if (init?.type === AST_NODE_TYPES.CallExpression && calleeName(init) === 'setTimeout') call = init;
    return 'stop';
  });
  return call;
}

/** `clearTimeout(<entry>.<timerKey>)` (any entry name when `entry` is undefined). */
function isClearOf(node: TSESTree.Node, entry: string | undefined, timerKey: string): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression || calleeName(node) !== 'clearTimeout') return false;
  const [argument] = node.arguments;
  if (argument?.type !== AST_NODE_TYPES.MemberExpression || memberName(argument) !== timerKey) return false;
  const object = skipTypeWrappers(argument.object);
  return entry === undefined || (object.type === AST_NODE_TYPES.Identifier && object.name === entry);
}

/**
 * A statement-level settle call on `entry` (`entry.resolve(ack);`) in the block of the taking
 * declarator or a block nested in it, with no `clearTimeout(entry.timer)` before it in that block
 * or in the blocks around it up to the declarator's.
 */
function settleWithoutClear(
  declarator: TSESTree.VariableDeclarator,
  entry: string,
  keys: readonly string[],
  timerKey: string,
): TSESTree.CallExpression | undefined {
  const declaration = declarator.parent;
  const home = declaration?.parent;
  if (declaration?.type !== AST_NODE_TYPES.VariableDeclaration || home?.type !== AST_NODE_TYPES.BlockStatement) return undefined;
  const clears = (statement: TSESTree.Statement): boolean =>
    walk(statement, (node) => (isClearOf(node, entry, timerKey) ? 'stop' : undefined));
  let found: TSESTree.CallExpression | undefined;
  const visit = (statements: readonly TSESTree.Statement[], clearedBefore: boolean): void => {
    let cleared = clearedBefore;
    for (const statement of statements) {
      if (found) return;
      if (statement.type === AST_NODE_TYPES.ExpressionStatement && statement.expression.type === AST_NODE_TYPES.CallExpression) {
        const call = statement.expression;
        const callee = skipTypeWrappers(call.callee);
        const object = callee.type === AST_NODE_TYPES.MemberExpression ? skipTypeWrappers(callee.object) : undefined;
        if (
          object?.type === AST_NODE_TYPES.Identifier &&
          object.name === entry &&
          keys.includes(memberName(callee as TSESTree.MemberExpression) ?? '')
        ) {
          if (!cleared) found = call;
          continue;
        }
      }
      if (statement.type === AST_NODE_TYPES.IfStatement) {
        for (const branch of [statement.consequent, statement.alternate]) {
          if (branch?.type === AST_NODE_TYPES.BlockStatement) visit(branch.body, cleared);
        }
        continue;
      }
      if (clears(statement)) cleared = true;
    }
  };
  visit(home.body.slice(home.body.indexOf(declaration) + 1), false);
  return found;
}
