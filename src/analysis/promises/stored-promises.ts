import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import type { FlowStore, FunctionFlow, Suspension } from '../flow/code-paths.js';
import { loopEntries } from '../flow/loop-entries.js';
import { getOrCreate } from '../memo.js';
import { isModuleCodeInTestFile, isTestCode, runnerToleratesLateHandlers } from '../scope/test-code.js';
import { variableOf } from '../scope/variables.js';
import { isArrayCallbackCall } from '../syntax/calls.js';
import { isFunctionNode, isInsideTry, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { typeOf } from '../types/checker.js';
import type { ThenableKind } from '../types/thenables.js';
import { isArrayOfThenablesType, thenableKindOfType } from '../types/thenables.js';
import { cannotReject } from './can-reject.js';
import { takesExistingPromise } from './existing-promises.js';
import { returnsObservedPromise } from './observed-returns.js';
import { isAbortSettledWait, isMicrotaskWait, isTriggerOf, waiterRejection } from './quiet-waits.js';
import { capturedBy, observationAnchor, partRead } from './observation-anchors.js';
import { destructuredCandidates, dropsRejectAtCreation, isUntouchedDeferred } from './stored-patterns.js';
import type { ThrowingCall } from './stored-throws.js';
import { throwingCalls } from './stored-throws.js';
import { arrayReadReach, isGuardedWrite, promiseWrites, startsRejectablePromise, startsWork } from './stored-writes.js';
import { mayBeExpectedToReject } from './test-semantics.js';
import { isFlushBeforeTrigger, isTriggeredAfterWindow } from './test-flushes.js';

type Segment = TSESLint.CodePathSegment;

/** A local that holds a promise (or an array of promises) from its declaration on. */
export interface PromiseBinding {
  declarator: TSESTree.VariableDeclarator;
  /** The local's identifier (for an object-literal part, the object's). */
  id: TSESTree.Identifier;
  /** Where to report: the identifier, or the property key of an object-literal part. */
  report: TSESTree.Node;
  /** How to name it in messages: `user`, or `jobs.a` for an object-literal part. */
  name: string;
  /** The node whose type is the promise. */
  typed: TSESTree.Node;
  variable: TSESLint.Scope.Variable;
  /** `maybe`: a promise or `undefined`/`null`, so tests of it count as observing it. */
  shape: 'promise' | 'maybe' | 'array';
  kind: ThenableKind;
  /** Places where the value is observed or handed off, in source order. */
  observations: TSESTree.Node[];
  /**
   * Where promises come into it: the declarator, or for an array that starts empty, each
   * `ps.push(…)`/`ps[i] = …` (another push does not lose the earlier ones), or for a `let` given
   * new promises, each `x = start()` (which replaces the one held before).
   */
  creations: TSESTree.Node[];
  /** For an array whose length the code does not fix: reads that reach only some of its promises. */
  partReads: TSESTree.Node[];
  /**
   * For a `let` array that starts empty and is only ever emptied again (`pending = []`, a batch
   * sent): the writes that drop whatever it holds, as a replacing write does for a single promise.
   */
  resets?: TSESTree.AssignmentExpression[];
}

/** Why a stored promise can end up with its rejection unretrieved. */
export type BindingFinding =
  | {
      kind: 'unobservedPath';
      binding: PromiseBinding;
      /**
       * How the unobserved path ends: a `return`/`throw`, the end of the body, the loop running the
       * declaration again, or a write that replaces the promise (`x = start()`).
       */
      exit:
        | TSESTree.ReturnStatement
        | TSESTree.ThrowStatement
        | TSESTree.AssignmentExpression
        | TSESTree.CallExpression
        | TSESTree.NewExpression
        | 'end'
        | 'loop';
      /** Where the promise left unobserved came in (the declarator, a push, an assignment). */
      creation: TSESTree.Node;
    }
  | { kind: 'rejectionWindow'; binding: PromiseBinding; suspension: Suspension; creation: TSESTree.Node };

/** Options shared by the rules that ask about stored promises. */
interface PromiseFlowOptions {
  /** Also track non-`Promise` thenables (query builders and the like). */
  checkThenables: boolean;
}

/** A promise-holding name a declarator introduces: a plain local, a destructured one, or `obj.part`. */
export interface Candidate {
  id: TSESTree.Identifier;
  /** The node whose type is the promise: the identifier, or the object-literal property value. */
  typed: TSESTree.Node;
  /** The expression that created it, for the "cannot reject" check. */
  source: TSESTree.Node | undefined;
  part?: string;
  /** For a destructured name without a source of its own: the declarator's whole initializer. */
  whole?: TSESTree.Expression;
  /** A rest element of an array (`...others`): an array whose length the code does not fix. */
  open?: boolean;
}

/** The names a declarator binds that may hold promises. */
function candidatesOf(declarator: TSESTree.VariableDeclarator): Candidate[] {
  const { id, init } = declarator;
  if (!init) return [];
  if (id.type === AST_NODE_TYPES.Identifier) {
    if (init.type === AST_NODE_TYPES.ObjectExpression) {
      // `const jobs = { a: f(), b: g() }`: each property is tracked as `jobs.a`, `jobs.b`.
      return init.properties.flatMap((property): Candidate[] => {
        if (property.type !== AST_NODE_TYPES.Property || property.computed || property.kind !== 'init') return [];
        const key = property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : String((property.key as TSESTree.Literal).value);
        if (!mayHoldPromise(property.value as TSESTree.Expression) || !startsWork(property.value)) return [];
        return [{ id, typed: property.value, source: property.value, part: key }];
      });
    }
    return mayHoldPromise(init) && startsWork(init) ? [{ id, typed: id, source: init }] : [];
  }
  if (!mayHoldPromise(init) || !startsWork(init)) return [];
  // `const [a, b] = [f(), g()]`, `const [home, ...others] = regions.map(warm)`, `const { a: { b } } = jobs`.
  return destructuredCandidates(id, init);
}

/** Finds the locals of one code path that hold promises, with where each is observed. */
function collectBindings(analysis: Analysis, flow: FunctionFlow, options: PromiseFlowOptions): PromiseBinding[] {
  const bindings: PromiseBinding[] = [];
  for (const declarator of flow.declarators) {
    const declaration = declarator.parent;
    if (declaration.parent.type === AST_NODE_TYPES.ExportNamedDeclaration) continue;
    if (declaration.parent.type === AST_NODE_TYPES.ForOfStatement || declaration.parent.type === AST_NODE_TYPES.ForInStatement) continue;
    const candidates = candidatesOf(declarator);
    // `let next = first()` or `let next: Promise<T> | undefined`, later given new promises.
    if (candidates.length === 0 && declaration.kind === 'let' && declarator.id.type === AST_NODE_TYPES.Identifier) {
      if (!declarator.init || mayHoldPromise(declarator.init)) {
        candidates.push({ id: declarator.id, typed: declarator.id, source: declarator.init ?? undefined });
      }
    }
    if (candidates.length === 0) continue;
    const variables = analysis.sourceCode.getDeclaredVariables(declarator);
    for (const candidate of candidates) {
      const variable = variables.find((item) => item.identifiers.includes(candidate.id));
      if (!variable || variable.defs.length !== 1) continue;
      const { source } = candidate;
      // A local given new promises holds one at a time: each `x = start()` brings one in.
      const assigned = variable.references.some((reference) => reference.isWrite() && !reference.init)
        ? candidate.part === undefined && declarator.id === candidate.id && declaration.kind === 'let'
          ? promiseWrites(analysis, variable, flow.node, options.checkThenables)
          : undefined
        : { creations: [], releases: [] };
      if (!assigned) continue;
      const reassigned = assigned.creations.length > 0;
      // `let pending: Promise<T>[] = []`, emptied again after each batch (`pending = []`): the same
      // array of promises, whose writes drop what it holds.
      const resets =
        !reassigned && isEmptyArrayLiteral(declarator.init) && assigned.releases.every(isEmptyingWrite)
          ? (assigned.releases as TSESTree.AssignmentExpression[])
          : undefined;
      if (!reassigned && assigned.releases.length > 0 && !resets) continue;
      if (!reassigned && (declarator.init === null || (source !== undefined && !startsWork(source)))) continue;
      const type = typeOf(analysis, candidate.typed);
      const kind = thenableKindOfType(analysis, type);
      let shape: PromiseBinding['shape'];
      // `api?.load()` may be `undefined`: testing it (`if (p)`) is how the code tells the cases apart.
      if (kind !== false) shape = isPartlyThenable(analysis, type) ? 'maybe' : 'promise';
      else if (isArrayOfThenablesType(analysis, type) && !reassigned) shape = 'array';
      else continue;
      const resolvedKind: ThenableKind = kind === false ? 'promise' : kind;
      if (resolvedKind === 'thenable' && !options.checkThenables) continue;
      // A promise read from a cache or taken out of a queue is watched by whoever started it.
      // (A destructured name has no source of its own: its declarator was checked as a whole.)
      const initRejects =
        declarator.init !== null &&
        (source === undefined
          ? candidate.whole === undefined ||
            (!takesExistingPromise(analysis, candidate.whole) &&
              !returnsObservedPromise(analysis, candidate.whole) &&
              !dropsRejectAtCreation(analysis, candidate.id, candidate.whole))
          : startsWork(source) &&
            !takesExistingPromise(analysis, source) &&
            !cannotReject(analysis, source) &&
            waiterRejection(analysis, source) !== 'never' &&
            !returnsObservedPromise(analysis, source) &&
            !isUntouchedDeferred(analysis, candidate.id, source));
      if (!initRejects && !reassigned) continue;
      // `const ps: Promise<T>[] = []` holds promises only from its first `ps.push(start())` on.
      const fills = shape === 'array' && source?.type === AST_NODE_TYPES.ArrayExpression && source.elements.length === 0;
      // The code does not fix how many promises it holds: reading one of them leaves the others.
      const open =
        shape === 'array' &&
        (candidate.open === true || (source !== undefined && (fills || skipTypeWrappers(source).type !== AST_NODE_TYPES.ArrayExpression)));
      const observations: TSESTree.Node[] = resets ? [] : [...assigned.releases];
      const partReads: TSESTree.Node[] = [];
      const creations: TSESTree.Node[] = [...(fills || !initRejects ? [] : [declarator]), ...assigned.creations];
      const lengthReads: TSESTree.Node[] = [];
      for (const reference of variable.references) {
        if (reference.init || !reference.isRead()) continue;
        const identifier = reference.identifier as TSESTree.Identifier;
        const captured = capturedBy(identifier, flow.node);
        // A push inside a closure is a hand-off like any other capture (it runs in another code path),
        // except in an array method's inline callback, which runs in place (see `inPlaceCallback`).
        const filling = fills && (!captured || inPlaceCallback(captured, flow.node)) ? fillingExpression(identifier) : undefined;
        if (filling) {
          if (bringsUnobservedPromise(analysis, filling, options.checkThenables)) creations.push(filling);
          continue;
        }
        const read = partRead(identifier, candidate.part);
        if (read === null) continue; // another part of the same object
        const reach = open && !captured ? arrayReadReach(read) : 'all';
        if (reach === 'part') partReads.push(read);
        else if (reach === 'length') {
          if (guardsEmptiness(read)) lengthReads.push(read);
        } else {
          const anchor = observationAnchor(read, flow.node, shape);
          if (anchor) observations.push(anchor);
        }
      }
      // `ps.length` guards an index loop (its zero-turn path holds no promise), unless the code
      // reads the promises at fixed places only: then it guards those reads.
      const indexed = observations.some(
        (node) => node.parent?.type === AST_NODE_TYPES.MemberExpression && node.parent.computed && node.parent.object === node,
      );
      if (partReads.length === 0 || indexed) observations.push(...lengthReads);
      if (creations.length === 0) continue;
      bindings.push({
        creations,
        declarator,
        id: candidate.id,
        report: candidate.part === undefined ? candidate.id : (candidate.typed.parent as TSESTree.Property).key,
        name: candidate.part === undefined ? candidate.id.name : `${candidate.id.name}.${candidate.part}`,
        typed: candidate.typed,
        variable,
        shape,
        kind: resolvedKind,
        observations,
        partReads,
        ...(resets && resets.length > 0 ? { resets } : {}),
      });
    }
  }
  return bindings;
}

/** `[]`, possibly under a type assertion. */
function isEmptyArrayLiteral(node: TSESTree.Node | null | undefined): boolean {
  const target = node && skipTypeWrappers(node);
  return target?.type === AST_NODE_TYPES.ArrayExpression && target.elements.length === 0;
}

/** `pending = []` as a statement of its own. */
function isEmptyingWrite(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.AssignmentExpression &&
    node.parent.type === AST_NODE_TYPES.ExpressionStatement &&
    isEmptyArrayLiteral(node.right)
  );
}

/**
 * True when a read of `ps.length` tells an empty array from one holding promises: a loop's test
 * (`i < ps.length`), a truthiness test (`if (ps.length)`, `!ps.length`), or a comparison with 0 or
 * 1. On its false side no promise is held. A threshold (`ps.length >= batchSize`) is no such test:
 * below it, the promises are still there.
 */
function guardsEmptiness(read: TSESTree.Node): boolean {
  const length = read.parent!;
  let child: TSESTree.Node = length;
  for (let current: TSESTree.Node | undefined = length.parent; current; child = current, current = current.parent) {
    if (
      (current.type === AST_NODE_TYPES.ForStatement ||
        current.type === AST_NODE_TYPES.WhileStatement ||
        current.type === AST_NODE_TYPES.DoWhileStatement) &&
      current.test === child
    )
      return true;
    if (
      isFunctionNode(current) ||
      (current.type !== AST_NODE_TYPES.BinaryExpression &&
        current.type !== AST_NODE_TYPES.LogicalExpression &&
        current.type !== AST_NODE_TYPES.UnaryExpression)
    )
      break;
  }
  const parent = length.parent;
  if (!parent) return false;
  if (parent.type === AST_NODE_TYPES.BinaryExpression) {
    const other = skipTypeWrappers(parent.left === length ? parent.right : parent.left);
    return other.type === AST_NODE_TYPES.Literal && (other.value === 0 || other.value === 1);
  }
  return true;
}

/**
 * Whether a push (`ps.push(x)`, `ps[i] = x`) may bring in a promise with no handler: not when each
 * value it stores is a handled chain (`start().catch(log)`), cannot reject, or is a local that got
 * its handler before the push (`const p = start(); p.catch(log); ps.push(p)`). Values that start
 * nothing (`this.pending`, spread arrays) count, as before.
 */
function bringsUnobservedPromise(analysis: Analysis, filling: TSESTree.Node, checkThenables: boolean): boolean {
  const values: TSESTree.Node[] =
    filling.type === AST_NODE_TYPES.CallExpression ? filling.arguments : [(filling as TSESTree.AssignmentExpression).right];
  return values.some((value) => {
    const target = skipTypeWrappers(value);
    if (target.type === AST_NODE_TYPES.Identifier) return !handledBefore(analysis, target, filling);
    if (!startsWork(target) || target.type === AST_NODE_TYPES.SpreadElement) return true;
    return startsRejectablePromise(analysis, target, checkThenables);
  });
}

/** True when a local's promise got a rejection handler (`p.catch(…)`, `p.then(a, b)`) before `before`. */
function handledBefore(analysis: Analysis, identifier: TSESTree.Identifier, before: TSESTree.Node): boolean {
  const variable = variableOf(analysis, identifier);
  if (!variable || variable.defs.length !== 1) return false;
  return variable.references.some((reference) => {
    const use = reference.identifier;
    if (use.range[1] > before.range[0]) return false;
    const member = use.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== use) return false;
    const call = member.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return false;
    const name = memberName(member);
    return name === 'catch' || (name === 'then' && call.arguments.length >= 2);
  });
}

/**
 * The array-method call (`crews.forEach((crew) => { … })`) whose inline callback, written directly
 * in `owner` and neither async nor a generator, is `fn`: the callback runs for each element before
 * the call returns, so what it does happens in `owner`'s code path at that call.
 */
export function inPlaceCallback(fn: TSESTree.Node, owner: TSESTree.Node): TSESTree.CallExpression | undefined {
  if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) return undefined;
  if (fn.async || fn.generator) return undefined;
  const call = fn.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn || !isArrayCallbackCall(call)) return undefined;
  return capturedBy(call, owner) === undefined ? call : undefined;
}

/** For an array that starts empty: the `ps.push(x)` / `ps.unshift(x)` / `ps[i] = x` that puts promises in. */
export function fillingExpression(identifier: TSESTree.Identifier): TSESTree.Node | undefined {
  const member = identifier.parent;
  if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== identifier) return undefined;
  const use = member.parent;
  if (use.type === AST_NODE_TYPES.CallExpression && use.callee === member && ['push', 'unshift'].includes(memberName(member) ?? '')) {
    return use;
  }
  if (use.type === AST_NODE_TYPES.AssignmentExpression && use.left === member && member.computed) return use;
  return undefined;
}

/** True when some union member is not a thenable: `Promise<T> | undefined`, `T | Promise<T>`. */
function isPartlyThenable(analysis: Analysis, type: ts.Type): boolean {
  return type.isUnion() && type.types.some((part) => thenableKindOfType(analysis, part) === false);
}

/** Cheap syntactic pre-filter: initializers that can never evaluate to a promise. */
function mayHoldPromise(init: TSESTree.Expression): boolean {
  switch (init.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.AwaitExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ClassExpression:
    case AST_NODE_TYPES.UpdateExpression:
    case AST_NODE_TYPES.BinaryExpression:
      return false;
    case AST_NODE_TYPES.UnaryExpression:
      return false;
    default:
      return true;
  }
}

type EventKind = 'observe' | 'suspend' | 'create' | 'throw' | 'reset';

/** Where a path of the walk stands, and what it went through. */
interface PathState {
  segment: Segment;
  /** Where the promise this path follows came in. */
  origin: TSESTree.Node;
  /** Events up to this source offset already happened. */
  from: number;
  /** The path went through an explicit `throw`. */
  threw: boolean;
  /** The `return` the path went through, if any: a `finally` after it merges with the exception exit. */
  returned: TSESTree.ReturnStatement | undefined;
  /** The first wait on this path while the promise had no handler. */
  waited: Suspension | undefined;
  /** The path sent the request the promise waits for. */
  triggered: boolean;
  previous: Segment | undefined;
}
interface FlowEvent {
  kind: EventKind;
  position: number;
  /** For `create`: the declarator, push or assignment. */
  node?: TSESTree.Node;
  suspension?: Suspension;
  /** For `throw`: a call that can throw, and where its exception goes. */
  thrower?: ThrowingCall;
}

/** Walks the code path from the promise's creation and reports the first unobserved exit and window. */
function firstUnobservedPath(
  analysis: Analysis,
  binding: PromiseBinding,
  flow: FunctionFlow,
  store: FlowStore,
  quiet: boolean,
  throwers: readonly ThrowingCall[],
): BindingFinding | undefined {
  const events = new Map<Segment, FlowEvent[]>();
  const add = (segments: readonly Segment[] | undefined, event: FlowEvent): void => {
    for (const segment of segments ?? []) {
      const list = events.get(segment);
      if (list) list.push(event);
      else events.set(segment, [event]);
    }
  };
  // Each creation is where the promise exists: after the declarator, or after the push call.
  const creations = binding.creations.flatMap((node) => {
    // A push in an array method's inline callback happens at that call in this function's path.
    const captured = capturedBy(node, flow.node);
    const place = captured ? inPlaceCallback(captured, flow.node) : undefined;
    const segments = node === binding.declarator ? store.segmentsAfter(node) : store.segmentsOf(place ?? node);
    return (segments ?? []).filter((segment) => segment.reachable).map((segment) => ({ segment, position: node.range[1], node }));
  });
  for (const { segment, position, node } of creations) add([segment], { kind: 'create', position, node });
  for (const node of binding.resets ?? []) add(store.segmentsOf(node), { kind: 'reset', position: node.range[0], node });
  for (const node of binding.observations) add(store.segmentsOf(node), { kind: 'observe', position: node.range[0] });
  for (const suspension of flow.suspensions) {
    add(suspension.segments, { kind: 'suspend', position: suspension.position, suspension });
  }
  // A call that can throw ends the path there (or sends it to a `catch`) as well as going on.
  for (const thrower of throwers) add(store.segmentsOf(thrower.call), { kind: 'throw', position: thrower.call.range[1], thrower });
  for (const list of events.values()) list.sort((a, b) => a.position - b.position);

  let window: { suspension: Suspension; creation: TSESTree.Node } | undefined;
  // A promise a guarded write brings in (`if (more) next = fetchPage()`) is often read again only
  // on the turn its own condition promises: an exit reached past it may be a path that cannot
  // happen at run time. Such an exit counts only if no path from that write observes the promise.
  const loose = new Map<TSESTree.Node, BindingFinding>();
  const observedFrom = new Set<TSESTree.Node>();
  // Each path carries the wait it went through unhandled, if any: a path that ends by an exception
  // no `throw` raised (a call failing inside `try`, then the `finally` waits) abandons the promise
  // along with the function, and its wait is no window. A path may pass one wait that sends the
  // request the promise waits for (`isTriggerOf`) before it observes the promise. A path is
  // remembered with whether it went through an explicit `throw`, has a window and sent its trigger.
  const visited = new Set<string>();
  const loops = loopEntries(flow, store);
  const returnsIn = new Map<Segment, TSESTree.ReturnStatement[]>();
  for (const exit of flow.exits) {
    if (exit.type !== AST_NODE_TYPES.ReturnStatement) continue;
    // Where the `return` has run (its value evaluated, an `await` in it passed), not where it started.
    for (const segment of store.segmentsAfter(exit) ?? []) returnsIn.set(segment, [...(returnsIn.get(segment) ?? []), exit]);
  }
  const thrown = new Set(flow.codePath.thrownSegments);
  const queue: PathState[] = creations.map(({ segment, position, node }) => ({
    segment,
    origin: node,
    from: position,
    threw: store.hasThrow(segment),
    waited: undefined,
    triggered: false,
    returned: undefined,
    previous: undefined,
  }));
  const refills = binding.shape === 'array' && binding.creations[0] !== binding.declarator;
  const enqueue = (state: PathState, key: string): void => {
    if (visited.has(key)) return;
    visited.add(key);
    queue.push(state);
  };
  for (let next = 0; next < queue.length; next += 1) {
    const { segment, from, threw, previous, origin } = queue[next]!;
    let { waited, triggered, returned } = queue[next]!;
    let ended = false;
    for (const event of events.get(segment) ?? []) {
      if (event.position <= from) continue;
      if (event.kind === 'observe') {
        ended = true;
        break;
      }
      if (event.kind === 'reset')
        return { kind: 'unobservedPath', binding, exit: event.node as TSESTree.AssignmentExpression, creation: origin };
      if (event.kind === 'create') {
        if (refills) continue; // pushing more keeps the earlier ones
        // The declaration runs again (a loop), or a write replaces it, before it was observed.
        const replacing = event.node!;
        const exit = replacing.type === AST_NODE_TYPES.AssignmentExpression ? replacing : 'loop';
        return { kind: 'unobservedPath', binding, exit, creation: origin };
      }
      if (event.kind === 'throw') {
        const { call, target } = event.thrower!;
        if (target === 'exit') {
          const finding: BindingFinding = { kind: 'unobservedPath', binding, exit: call, creation: origin };
          if (!isGuardedWrite(origin)) return finding;
          if (!loose.has(origin)) loose.set(origin, finding);
          continue;
        }
        // The exception goes to a `catch` of this function: the path goes on there.
        for (const segment of store.segmentsOf(target) ?? []) {
          const state = {
            segment,
            origin,
            from: target.range[0],
            threw: threw || store.hasThrow(segment),
            waited,
            triggered,
            returned,
            previous: undefined,
          };
          enqueue(state, `catch:${segment.id}:${call.range[0]}:${threw ? 1 : 0}:${waited ? 1 : 0}:${triggered ? 1 : 0}:${origin.range[0]}`);
        }
        continue;
      }
      const suspension = event.suspension!;
      if (quiet || waited || isMicrotaskWait(analysis, suspension) || isAbortSettledWait(analysis, origin, suspension)) continue;
      if (
        isFlushBeforeTrigger(analysis, binding.variable, suspension) ||
        isTriggeredAfterWindow(analysis, binding.variable, suspension.node)
      )
        continue;
      if (!triggered && origin === binding.declarator && isTriggerOf(analysis, binding.declarator, suspension)) triggered = true;
      else waited = suspension;
    }
    if (ended) {
      observedFrom.add(origin);
      if (waited) window ??= { suspension: waited, creation: origin };
      continue;
    }
    returned ??= returnsIn.get(segment)?.find((node) => node.range[0] > from);
    if (segment.nextSegments.length === 0) {
      // ESLint merges a `finally` reached by `return` with its exception exit: a path that went
      // through a `return` ends by returning, the promise left behind.
      if (thrown.has(segment) && !threw && !(returned && isInsideTry(returned, flow.node, 'finalizer'))) continue;
      const exit = flow.exits.find((node) => store.segmentsOf(node)?.includes(segment)) ?? returned;
      const finding: BindingFinding = { kind: 'unobservedPath', binding, exit: exit ?? 'end', creation: origin };
      if (!isGuardedWrite(origin)) return finding;
      if (!loose.has(origin)) loose.set(origin, finding);
      continue;
    }
    for (const following of segment.nextSegments) {
      const nextThrew = threw || store.hasThrow(following);
      if (!following.reachable || store.isImplicitThrowEdge(segment, following)) continue;
      if (loops.skips(previous, segment, following)) continue;
      // Entering a loop that must run and coming back to its test are different paths.
      const entry = loops.dependsOnEntry(following) ? `:${segment.id}` : '';
      const from = isGuardedWrite(origin) ? `:${origin.range[0]}` : '';
      const key = `${following.id}:${nextThrew ? 1 : 0}:${waited ? 1 : 0}:${triggered ? 1 : 0}:${returned ? returned.range[0] : ''}${entry}${from}`;
      enqueue({ segment: following, origin, from: -1, threw: nextThrew, waited, triggered, returned, previous: segment }, key);
    }
  }
  for (const [origin, finding] of loose) if (!observedFrom.has(origin)) return finding;
  return window ? { kind: 'rejectionWindow', binding, ...window } : undefined;
}

const findingsCache = new WeakMap<FunctionFlow, Map<string, BindingFinding[]>>();

/**
 * For each promise-holding local of a code path: a path to the function's end on which it is
 * never observed, or else the first suspension (`await`/`yield`) during which it has no handler.
 * Cached per code path and options, so every rule asking about the same function shares one run.
 */
export function promiseBindingFindings(
  analysis: Analysis,
  flow: FunctionFlow,
  store: FlowStore,
  options: PromiseFlowOptions,
): BindingFinding[] {
  const key = JSON.stringify(options);
  const perOptions = getOrCreate(findingsCache, flow, () => new Map<string, BindingFinding[]>());
  const cached = perOptions.get(key);
  if (cached) return cached;
  const findings: BindingFinding[] = [];
  if (flow.node.type !== AST_NODE_TYPES.Program || isModule(analysis, flow.node)) {
    // A test that throws (a failed assertion) fails anyway: the runner reports what it left behind.
    // A class written above the tests as the code under test (`isModuleCodeInTestFile`) is judged as that module.
    const inTest = isTestCode(analysis) && !isModuleCodeInTestFile(analysis, flow.node);
    const throwers = inTest ? [] : throwingCalls(analysis, flow);
    for (const binding of collectBindings(analysis, flow, options)) {
      // In test code, a waiter that rejects only from its own listeners fails the test either way:
      // the runner reports an unhandled rejection as it would the awaited one.
      // Under AVA a handler attached later in the test is in time.
      const quiet =
        inTest &&
        (runnerToleratesLateHandlers(analysis) ||
          (binding.creations[0] === binding.declarator &&
            waiterRejection(analysis, binding.typed === binding.id ? binding.declarator.init! : binding.typed) === 'listeners') ||
          !mayBeExpectedToReject(binding.variable));
      // A test that reads some promises of an array leaves the others to the runner, which fails
      // the run on their rejection as it would on the awaited ones.
      if (quiet && binding.partReads.length > 0) continue;
      const finding = firstUnobservedPath(analysis, binding, flow, store, quiet, throwers);
      if (finding) findings.push(finding);
    }
  }
  perOptions.set(key, findings);
  return findings;
}

/** True when TypeScript treats the file as a module; in a script, top-level bindings are globals. */
function isModule(analysis: Analysis, program: TSESTree.Program): boolean {
  return ts.isExternalModule(analysis.services.esTreeNodeToTSNodeMap.get(program));
}
