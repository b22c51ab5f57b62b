import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import type { Assignment, Condition } from '../flow/branch-facts.js';
import { assignmentOf, conditionOf, factsAfter, isAlwaysTrue } from '../flow/branch-facts.js';
import type { CallSegments } from '../flow/call-segments.js';
import type { FlowStore, FunctionFlow } from '../flow/code-paths.js';
import { loopEntries } from '../flow/loop-entries.js';
import { isTestCodeAt } from '../scope/test-code.js';
import { variableOf } from '../scope/variables.js';
import { calleeName, isListenerArgument } from '../syntax/calls.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { isFunctionNode, isLoop, localFunctionBinding, skipTypeWrappers, typeWrapperTypes } from '../syntax/nodes.js';
import { isNestedCode, walk as walkSyntax } from '../syntax/walk.js';
import { isInCatchClause } from '../syntax/statements.js';
import { isAbsentSourceExit } from './absent-sources.js';
import { localFunctionCalled } from '../scope/declarations.js';
import { isExhaustiveSwitch, neverReturns } from './callback-throws.js';
import { detachesEverySettler, isOnceCallback, settledOnlyIn, throwsAfterIn } from './callback-outcomes.js';
import { handoffSite } from './optional-handoffs.js';
import { settledGuardExits } from './settled-flags.js';
import type { SettleOwner } from './settlers.js';

type Segment = TSESLint.CodePathSegment;
type Body = FunctionNode | TSESTree.Program;

/** What the code paths of one settle owner do wrong. */
export type SettleFinding =
  | {
      kind: 'multipleSettle';
      owner: SettleOwner;
      first: TSESTree.CallExpression;
      second: TSESTree.CallExpression;
      /** The `try` whose later statements can throw into the `catch` that settles again. */
      throwsIn?: TSESTree.TryStatement;
    }
  | {
      kind: 'neverSettles';
      owner: SettleOwner;
      exit: TSESTree.ReturnStatement | undefined;
      /** The callback, run at most once, whose path settles nothing (the executor's own paths when absent). */
      callback?: FunctionNode;
    };

interface PathEvent {
  kind: 'settle' | 'handoff' | 'expose' | 'end' | 'reset' | 'assign';
  node: TSESTree.Node;
  position: number;
  assignment?: Assignment;
  /** For a callback handed on: the first settle call inside it, which runs later. */
  inner?: TSESTree.CallExpression;
}

/**
 * Walks the code paths of an owner's functions. In each function that calls a settle function
 * (the executor itself or a callback inside it), a path that calls settle functions twice is a
 * `multipleSettle`; callbacks are separate paths, since they run later on their own, but a path of
 * the executor that settles and then hands a settling callback to a call settles twice too. On the
 * executor's (or deferred's) own paths, one that ends normally without settling and without handing
 * a settle function on (as an argument, a stored value, a callback that uses it) is `neverSettles`.
 * A `throw`, a call typed `never` (`process.exit()`) and an exception thrown before anything
 * settled inside a `try` do not count as settling twice.
 */
export function settleFindings(analysis: Analysis, owner: SettleOwner, store: FlowStore, calls: CallSegments): SettleFinding[] {
  const settleCalls = new Map<Body, TSESTree.CallExpression[]>();
  const handoffs: PathEvent[] = [];
  let hoistedHandoff = false;
  for (const { variable } of owner.settlers) {
    for (const reference of variable.references) {
      if (reference.init) continue;
      const identifier = reference.identifier as TSESTree.Identifier;
      const call = calledAt(identifier);
      const body = bodyOf(identifier);
      if (call && body) settleCalls.set(body, [...(settleCalls.get(body) ?? []), call]);
      if (body === owner.fn) {
        if (!call) handoffs.push({ kind: 'handoff', node: handoffSite(analysis, owner, identifier), position: identifier.range[0] });
        continue;
      }
      const nested = outermostFunctionWithin(identifier, owner.fn);
      // `https.get(url, (res) => { if (res.statusCode !== 200) return; res.once('end', () => resolve(…)); })`:
      // a callback of the executor that only hands settle functions on is walked too, for its paths that do not.
      if (nested && nested !== body && isFunctionNode(nested) && !settleCalls.has(nested)) settleCalls.set(nested, []);
      if (nested?.type === AST_NODE_TYPES.FunctionDeclaration) hoistedHandoff = true;
      else if (nested) {
        const inner = call && nested.parent.type === AST_NODE_TYPES.CallExpression ? call : undefined;
        handoffs.push({
          kind: 'handoff',
          node: handoffSite(analysis, owner, nested),
          position: nested.range[0],
          ...(inner ? { inner } : {}),
        });
      }
    }
  }
  // A callback that settles only through local helpers of the executor (`child.on('close', (code) => { if (code === 0)
  // succeed(out); else if (code !== null) fail(…); })` with `const succeed = (v) => { …; resolve(v); }`) is walked too.
  for (const helper of settlingHelpers(owner)) {
    for (const site of helperCallSites(analysis, helper)) {
      const around = bodyOf(site);
      if (around && around !== owner.fn && around !== helper && isFunctionNode(around) && !settleCalls.has(around))
        settleCalls.set(around, []);
    }
  }
  // Callbacks registered per item (`for (…) pool.connect((err) => { if (++done === n) resolve(); })`):
  // the path that skips the loop (no items) is not taken as one that forgets to settle.
  for (const handoff of [...handoffs]) {
    for (const loop of loopsAround(handoff.node, owner.fn)) handoffs.push({ kind: 'handoff', node: loop, position: loop.range[0] });
  }

  // A deferred's promise that a path never uses (returns, stores, awaits) is abandoned there, not left hanging.
  const exposures: PathEvent[] = [];
  for (const reference of owner.promise?.references ?? []) {
    if (reference.init) continue;
    const node = bodyOf(reference.identifier) === owner.fn ? reference.identifier : outermostFunctionWithin(reference.identifier, owner.fn);
    if (node) exposures.push({ kind: 'expose', node, position: node.range[0] });
  }
  // The executor's own paths are walked even without a direct call, to see whether each hands a settle function on.
  if ((handoffs.length > 0 || owner.declarator) && !settleCalls.has(owner.fn)) settleCalls.set(owner.fn, []);
  const findings: SettleFinding[] = [];
  const seconds = new Set<TSESTree.Node>();
  for (const [body, settles] of settleCalls) {
    const flow = store.flowOf(body);
    if (!flow) continue;
    const own = body === owner.fn;
    const events: PathEvent[] = settles.map((node) => ({ kind: 'settle', node, position: node.range[1] }));
    if (own) events.push(...handoffs, ...exposures);
    // A callback that runs at most once and is the only way this outcome can settle must settle on each of its paths.
    const once =
      !own &&
      owner.kind !== 'helper' &&
      isFunctionNode(body) &&
      ((isOnceCallback(analysis, body) && settledOnlyIn(analysis, owner, body)) || detachesEverySettler(analysis, owner, body));
    // `if (settled) return;`: leaving because another callback settled the promise counts as settled.
    const guards = once ? settledGuardExits(analysis, owner, body) : [];
    if (once) events.push(...handoffsWithin(analysis, owner, body), ...guards.map((node) => handoffAt(node)));
    // Any callback that settles and goes on to hand a settling callback to a call settles twice, as the executor does
    // (`if (res.statusCode !== 200) reject(…);` without `return`, then `out.on('finish', () => resolve(…))`).
    else if (!own && isFunctionNode(body)) events.push(...handoffsWithin(analysis, owner, body).filter((event) => event.inner));
    // A `withResolvers` declarator in a loop makes a fresh promise on every turn.
    if (own && owner.declarator) events.push({ kind: 'reset', node: owner.declarator, position: owner.declarator.range[1] });
    const result = walk(
      analysis,
      { flow, store, calls },
      events,
      own ? startOf(owner, flow, store) : undefined,
      !(own && owner.declarator),
    );
    for (const { first, second, throwsIn } of result.doubles) {
      // A helper may be a generic utility that calls its callback once per item; only the executor's intent is known.
      if (seconds.has(second) || (owner.kind === 'helper' && first === second)) continue;
      if (failureStandsInTest(analysis, owner, first, second)) continue;
      seconds.add(second);
      findings.push({ kind: 'multipleSettle', owner, first, second, ...(throwsIn && { throwsIn }) });
    }
    const mustSettle = own && owner.kind !== 'helper' && owner.fn.type !== AST_NODE_TYPES.Program && !hoistedHandoff && !rejectsOnly(owner);
    if (
      mustSettle &&
      result.unsettled &&
      (settles.length > 0 || handoffs.length > 0) &&
      !isAbsentSourceExit(analysis, owner, result.unsettled.exit)
    ) {
      findings.push({ kind: 'neverSettles', owner, exit: result.unsettled.exit });
    }
    if (once && result.unsettled && isFunctionNode(body)) {
      findings.push({ kind: 'neverSettles', owner, exit: result.unsettled.exit, callback: body });
    }
  }
  return findings;
}

/**
 * What hands the promise on inside a callback: a settle function passed or stored (not called), a
 * function nested in it that uses one, and a call of a local function that uses one (`finish(err)`).
 */
function handoffsWithin(analysis: Analysis, owner: SettleOwner, body: FunctionNode): PathEvent[] {
  const found: PathEvent[] = [];
  const rejecters = new Set(owner.settlers.filter(({ role }) => role === 'reject').map(({ variable }) => variable));
  // Only what `fn` settles through rejections: its settle calls all go to `reject`.
  const onlyRejects = (fn: TSESTree.Node): boolean =>
    owner.settlers.every(
      ({ variable }) => rejecters.has(variable) || !variable.references.some(({ identifier }) => within(identifier, fn)),
    );
  for (const { variable } of owner.settlers) {
    for (const reference of variable.references) {
      const identifier = reference.identifier as TSESTree.Identifier;
      if (reference.init || !within(identifier, body)) continue;
      if (bodyOf(identifier) === body) {
        // `res.once('error', reject)` settles only if the response fails: not on its ordinary ending (a 404).
        if (rejecters.has(variable) && isFailureListener(identifier)) continue;
        if (!calledAt(identifier)) found.push({ kind: 'handoff', node: identifier, position: identifier.range[0] });
        continue;
      }
      const nested = outermostFunctionWithin(identifier, body);
      if (!nested) continue;
      if (isFailureListener(nested) && onlyRejects(nested)) continue;
      const call = calledAt(identifier);
      const inner = call && nested.parent.type === AST_NODE_TYPES.CallExpression ? call : undefined;
      found.push({ kind: 'handoff', node: nested, position: nested.range[0], ...(inner ? { inner } : {}) });
    }
  }
  const usesSettler = (fn: FunctionNode): boolean =>
    owner.settlers.some(({ variable }) => variable.references.some(({ identifier }) => within(identifier, fn)));
  for (const node of bodyNodes(body)) {
    if (node.type !== AST_NODE_TYPES.CallExpression) continue;
    const local = localFunctionCalled(analysis, node);
    if (local && usesSettler(local)) found.push({ kind: 'handoff', node, position: node.range[1] });
    // `setTimeout(poll, ms)`: a function of the executor that settles, handed on to run again (not `off('close', onClose)`).
    if (/^(off|remove|un[a-z]|clear)/.test(calleeName(node) ?? '')) continue;
    for (const argument of node.arguments) {
      const handed = argument.type === AST_NODE_TYPES.Identifier ? executorFunctionNamed(analysis, owner, argument) : undefined;
      if (handed && usesSettler(handed)) found.push({ kind: 'handoff', node: argument, position: argument.range[0] });
    }
  }
  // `res.on('end', () => succeed(body))`: a callback registered on the way that settles through a local helper is a hand-off too.
  walkSyntax(
    body,
    (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression || bodyOf(node) === body) return undefined;
      const local = localFunctionCalled(analysis, node);
      // A helper of the executor (inside it), not the method around it called again (`this.purge(…)` in a retry timer).
      if (!local || local === owner.fn || !within(local, owner.fn) || !usesSettler(local)) return undefined;
      const nested = outermostFunctionWithin(node, body);
      if (nested && nested !== body && !found.some((event) => event.node === nested))
        found.push({ kind: 'handoff', node: nested, position: nested.range[0] });
      return undefined;
    },
    { nested: true },
  );
  return found;
}

/** The function declared inside the owner's function that `name` refers to (`const poll = () => …`, `function poll() { … }`). */
function executorFunctionNamed(analysis: Analysis, owner: SettleOwner, name: TSESTree.Identifier): FunctionNode | undefined {
  const definition = variableOf(analysis, name)?.defs[0]?.node;
  const fn =
    definition?.type === AST_NODE_TYPES.FunctionDeclaration
      ? definition
      : definition?.type === AST_NODE_TYPES.VariableDeclarator && definition.init && isFunctionNode(definition.init)
        ? definition.init
        : undefined;
  return fn && fn !== owner.fn && within(fn, owner.fn) ? fn : undefined;
}

/**
 * True when `node` is the listener of a registration for an event that only a failure fires
 * (`res.once('error', reject)`, `req.on('timeout', () => reject(…))`): not `close` or `end`, which
 * an ordinary ending fires too.
 */
function isFailureListener(node: TSESTree.Node): boolean {
  if (!isListenerArgument(node)) return false;
  const [event] = (node.parent as TSESTree.CallExpression).arguments;
  return event?.type === AST_NODE_TYPES.Literal && typeof event.value === 'string' && failureOnlyEvents.has(event.value);
}

const failureOnlyEvents = new Set(['error', 'abort', 'aborted', 'timeout']);

/**
 * An executor that never mentions its `resolve` (`new Promise<never>((_, reject) => …)`) is written
 * only to reject when something happens: an abort, a timeout, a closed socket, as a contender in a
 * race. Staying pending when that cannot happen (`if (!signal) return;`) is its design, not a
 * forgotten settle.
 */
function rejectsOnly(owner: SettleOwner): boolean {
  if (owner.kind !== 'executor') return false;
  const resolve = owner.settlers.find(({ role }) => role === 'resolve');
  return resolve !== undefined && resolve.variable.references.length === 0;
}

/**
 * In test code, `catch (error) { reject(error) }` followed by a `resolve()` on the same path: the
 * rejection settled the promise first, so the test fails with the very error it caught; the later
 * `resolve` is ignored and loses nothing. (Outside tests the code after `reject` may still do work
 * meant only for success, so it stays reported.)
 */
function failureStandsInTest(
  analysis: Analysis,
  owner: SettleOwner,
  first: TSESTree.CallExpression,
  second: TSESTree.CallExpression,
): boolean {
  const roleOf = (call: TSESTree.CallExpression): string | undefined => {
    const callee = skipTypeWrappers(call.callee);
    return callee.type === AST_NODE_TYPES.Identifier
      ? owner.settlers.find(({ variable }) => variable.name === callee.name)?.role
      : undefined;
  };
  if (roleOf(first) !== 'reject' || roleOf(second) !== 'resolve' || !isInCatchClause(first)) return false;
  return isTestCodeAt(analysis, first);
}

interface WalkResult {
  doubles: { first: TSESTree.CallExpression; second: TSESTree.CallExpression; throwsIn?: TSESTree.TryStatement }[];
  unsettled: { exit: TSESTree.ReturnStatement | undefined } | undefined;
}

interface State {
  segment: Segment;
  from: number;
  first: TSESTree.CallExpression | null;
  handed: boolean;
  exposed: boolean;
  /** What this path knows about the values that conditions test. */
  facts: ReadonlyMap<string, boolean>;
  previous: Segment | undefined;
}

interface Recording {
  flow: FunctionFlow;
  store: FlowStore;
  calls: CallSegments;
}

function walk(
  analysis: Analysis,
  { flow, store, calls }: Recording,
  ownEvents: PathEvent[],
  start: { segments: readonly Segment[]; from: number } | undefined,
  exposedAtStart: boolean,
): WalkResult {
  const events = new Map<Segment, PathEvent[]>();
  const { catches, impossible, branches, keys, pathEvents } = pathStructure(analysis, flow, store);
  for (const event of [...ownEvents, ...pathEvents]) {
    for (const segment of segmentsOfEvent(event, store, calls) ?? []) {
      const list = events.get(segment);
      if (list) list.push(event);
      else events.set(segment, [event]);
    }
  }
  for (const list of events.values()) list.sort((a, b) => a.position - b.position);

  const result: WalkResult = { doubles: [], unsettled: undefined };
  const tried = new Map<TSESTree.CallExpression, TSESTree.TryStatement>();
  const thrown = new Set(flow.codePath.thrownSegments);
  const seen = new Set<string>();
  const initial = start ?? { segments: [flow.codePath.initialSegment], from: -1 };
  const queue: State[] = initial.segments
    .filter((segment) => segment.reachable)
    .map((segment) => ({
      segment,
      from: initial.from,
      first: null,
      handed: false,
      exposed: exposedAtStart,
      facts: new Map<string, boolean>(),
      previous: undefined,
    }));
  const loops = loopEntries(flow, store);
  for (let index = 0; index < queue.length; index += 1) {
    const state = queue[index]!;
    let { first, handed, exposed, facts } = state;
    let stopped = false;
    for (const event of events.get(state.segment) ?? []) {
      if (event.position <= state.from) continue;
      if (event.kind === 'end') {
        stopped = true;
        break;
      }
      if (event.kind === 'handoff') {
        // Settled already, then a callback that settles again is handed to a call that runs it later
        // (\`resolve(cached);\` without \`return\`, then \`readFile(…, (err, text) => resolve(text))\`).
        if (first && event.inner) {
          result.doubles.push({ first, second: event.inner });
          stopped = true;
          break;
        }
        handed = true;
        continue;
      }
      if (event.kind === 'assign') {
        facts = factsAfter(facts, event.assignment!, keys);
        continue;
      }
      if (event.kind === 'expose') {
        exposed = true;
        continue;
      }
      if (event.kind === 'reset') {
        first = null;
        handed = false;
        exposed = false;
        continue;
      }
      if (first) {
        // The path goes on: a later settle call on it is one more ignored call (reported once per call).
        const throwsIn = tried.get(first);
        result.doubles.push({ first, second: event.node as TSESTree.CallExpression, ...(throwsIn && { throwsIn }) });
        continue;
      }
      first = event.node as TSESTree.CallExpression;
    }
    if (stopped) continue;
    const { segment } = state;
    if (segment.nextSegments.length === 0) {
      // An explicit `throw` in an executor rejects; an unexpected exception is not a path of its own.
      if (!thrown.has(segment) && !first && !handed && exposed) result.unsettled ??= { exit: exitAt(flow, store, segment) };
      continue;
    }
    const onlyTo = impossible.get(segment);
    const branch = branches.get(segment);
    for (const next of segment.nextSegments) {
      if (!next.reachable || (onlyTo && !onlyTo.includes(next)) || loops.skips(state.previous, segment, next)) continue;
      let nextFacts = facts;
      if (branch) {
        const { key, polarity } = branch.condition;
        const holds = branch.consequent.includes(next) === polarity;
        const known = facts.get(key);
        if (known !== undefined && known !== holds) continue;
        if (known === undefined) nextFacts = new Map([...facts, [key, holds]]);
      }
      let nextFirst = first;
      // `try { resolve(parse(text)) } catch (e) { reject(e) }`: ESLint links the end of the `try`
      // block to the `catch`, but the exception came before anything in the block settled.
      const clause = store.isImplicitThrowEdge(segment, next) ? catches.get(next) : undefined;
      // Unless code after the settle call in the `try` can still throw (`resolve(body); log(Object.keys(body))`).
      if (clause && nextFirst && within(nextFirst, clause.parent.block)) {
        if (throwsAfterIn(analysis, nextFirst, clause.parent.block)) tried.set(nextFirst, clause.parent);
        else nextFirst = null;
      }
      const known = [...nextFacts]
        .map(([fact, value]) => `${fact}=${value ? 1 : 0}`)
        .sort()
        .join(';');
      // Entering a loop that always runs and coming back to its test are different paths.
      const entry = loops.dependsOnEntry(next) ? `:${segment.id}` : '';
      const key = `${next.id}:${nextFirst?.range[0] ?? -1}:${handed}:${exposed}:${known}${entry}`;
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push({ segment: next, from: -1, first: nextFirst, handed, exposed, facts: nextFacts, previous: segment });
    }
  }
  return result;
}

interface PathStructure {
  /** The `catch` clause each catch entry segment starts. */
  catches: Map<Segment, TSESTree.CatchClause>;
  /** Segments whose only possible successors are listed: the other edges cannot be taken. */
  impossible: Map<Segment, readonly Segment[]>;
  /** Segments that end by branching on a condition tested (or written) more than once. */
  branches: Map<Segment, Branch>;
  /** The condition keys in `branches`. */
  keys: Set<string>;
  /** Calls that never return and writes to tested values. */
  pathEvents: PathEvent[];
}

interface Branch {
  condition: Condition;
  consequent: readonly Segment[];
}

/** What a function's own statements say about its paths: impossible edges, correlated branches, ends. */
function pathStructure(analysis: Analysis, flow: FunctionFlow, store: FlowStore): PathStructure {
  const catches = new Map<Segment, TSESTree.CatchClause>();
  const impossible = new Map<Segment, readonly Segment[]>();
  const branches = new Map<Segment, Branch>();
  const assignments: TSESTree.Node[] = [];
  const pathEvents: PathEvent[] = [];
  for (const node of bodyNodes(flow.node)) {
    if (node.type === AST_NODE_TYPES.SwitchStatement && isExhaustiveSwitch(analysis, node)) {
      // The edge past the last case test, taken when no case matches, never runs.
      const last = node.cases[node.cases.length - 1]!;
      const body = last.consequent[0] && store.segmentsOf(last.consequent[0]);
      for (const segment of (body && store.segmentsOf(last.test!)) ?? []) impossible.set(segment, body!);
    } else if (node.type === AST_NODE_TYPES.IfStatement) {
      const consequent = store.segmentsOf(node.consequent);
      const tested = store.segmentsOf(node.test) ?? [];
      if (!consequent) continue;
      // Branching on a test TypeScript has narrowed to `true`: the other branch never runs.
      if (isAlwaysTrue(analysis, node.test)) for (const segment of tested) impossible.set(segment, consequent);
      const condition = conditionOf(node.test);
      const branch = condition && { condition, consequent };
      if (branch) for (const segment of tested) branches.set(segment, branch);
    } else if (node.type === AST_NODE_TYPES.CatchClause) {
      for (const segment of store.segmentsOf(node) ?? []) catches.set(segment, node);
    } else if (assignmentOf(node)) {
      assignments.push(node);
    } else if (node.type === AST_NODE_TYPES.ExpressionStatement) {
      const expression = skipTypeWrappers(
        node.expression.type === AST_NODE_TYPES.AwaitExpression ? node.expression.argument : node.expression,
      );
      if (expression.type === AST_NODE_TYPES.CallExpression && neverReturns(analysis, expression)) {
        pathEvents.push({ kind: 'end', node: expression, position: expression.range[1] });
      }
    }
  }
  // Only a condition tested twice (`if (err) reject(err); if (!err) resolve(v)`), or tested after a
  // write of a literal (`done = true; … if (!done) …`), can make a path impossible.
  const tests = new Map<string, number>();
  for (const { condition } of new Set(branches.values())) tests.set(condition.key, (tests.get(condition.key) ?? 0) + 1);
  const written = (key: string, path: string): boolean => key === path || key.startsWith(`${path}.`) || key.startsWith(`${path}==`);
  for (const node of assignments) {
    const assignment = assignmentOf(node)!;
    const keys = [...tests.keys()].filter((key) => written(key, assignment.path));
    if (keys.length === 0) continue;
    for (const key of keys) tests.set(key, (tests.get(key) ?? 0) + 1);
    pathEvents.push({ kind: 'assign', node, position: node.range[1], assignment });
  }
  for (const [segment, branch] of branches) if ((tests.get(branch.condition.key) ?? 0) < 2) branches.delete(segment);
  const keys = new Set([...branches.values()].map(({ condition }) => condition.key));
  return { catches, impossible, branches, keys, pathEvents };
}

/** Where an event happens: a call once its arguments have run (possibly in a later segment), a declarator once initialized. */
function segmentsOfEvent(event: PathEvent, store: FlowStore, calls: CallSegments): readonly Segment[] | undefined {
  if (event.node.type === AST_NODE_TYPES.VariableDeclarator) return store.segmentsAfter(event.node);
  if (event.node.type === AST_NODE_TYPES.CallExpression) return calls.after(event.node) ?? store.segmentsOf(event.node);
  return store.segmentsOf(event.node);
}

/** Where a deferred's paths start: right after its `withResolvers` declarator. */
function startOf(owner: SettleOwner, flow: FunctionFlow, store: FlowStore): { segments: readonly Segment[]; from: number } | undefined {
  if (!owner.declarator) return undefined;
  const segments = store.segmentsAfter(owner.declarator);
  return segments
    ? { segments, from: owner.declarator.range[1] }
    : { segments: [flow.codePath.initialSegment], from: owner.declarator.range[1] };
}

/** The `return` statement that ends a final segment, if the path ends at one. */
function exitAt(flow: FunctionFlow, store: FlowStore, segment: Segment): TSESTree.ReturnStatement | undefined {
  const exit = flow.exits.find((node) => node.type === AST_NODE_TYPES.ReturnStatement && store.segmentsOf(node)?.includes(segment));
  return exit as TSESTree.ReturnStatement | undefined;
}

const handoffAt = (node: TSESTree.Node): PathEvent => ({ kind: 'handoff', node, position: node.range[0] });

/** The call whose callee is `identifier` (through `!`, `as` and optional chains). */
function calledAt(identifier: TSESTree.Identifier): TSESTree.CallExpression | undefined {
  let node: TSESTree.Node = identifier;
  while (node.parent && typeWrapperTypes.has(node.parent.type) && node.parent.type !== AST_NODE_TYPES.ChainExpression) node = node.parent;
  const parent = node.parent;
  return parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === node ? parent : undefined;
}

/** The function (or module) whose code path runs `node`; `undefined` in class fields and static blocks. */
function bodyOf(node: TSESTree.Node): Body | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current) || current.type === AST_NODE_TYPES.Program) return current;
    if (current.type === AST_NODE_TYPES.StaticBlock || current.type === AST_NODE_TYPES.PropertyDefinition) return undefined;
  }
  return undefined;
}

/** The loops of `outer`'s own code path whose body contains `node`. */
function loopsAround(node: TSESTree.Node, outer: Body): TSESTree.Node[] {
  const loops: TSESTree.Node[] = [];
  for (let child = node, current = node.parent; current && current !== outer; child = current, current = current.parent) {
    if (isFunctionNode(current)) return [];
    if (isLoop(current) && current.body === child) loops.push(current);
  }
  return loops;
}

/** The function directly inside `outer`'s code path that contains `node`. */
function outermostFunctionWithin(node: TSESTree.Node, outer: Body): FunctionNode | undefined {
  let found: FunctionNode | undefined;
  for (let current = node.parent; current && current !== outer; current = current.parent) {
    if (isFunctionNode(current)) found = current;
  }
  return found;
}

function within(node: TSESTree.Node, container: TSESTree.Node): boolean {
  return node.range[0] >= container.range[0] && node.range[1] <= container.range[1];
}

/** The nodes of a function's own code path: not those of nested functions or classes. */
function bodyNodes(root: TSESTree.Node): TSESTree.Node[] {
  const nodes: TSESTree.Node[] = [];
  walkSyntax(root, (node) => {
    if (node !== root && isNestedCode(node)) return 'skip';
    nodes.push(node);
  });
  return nodes;
}

/** Local functions of the executor, held in a `const` or declared, that call a settle function (`const fail = (e) => { …; reject(e); }`). */
function settlingHelpers(owner: SettleOwner): FunctionNode[] {
  const found = new Set<FunctionNode>();
  for (const { variable } of owner.settlers) {
    for (const reference of variable.references) {
      if (reference.init || !calledAt(reference.identifier as TSESTree.Identifier)) continue;
      const nested = outermostFunctionWithin(reference.identifier, owner.fn);
      if (!nested || !isFunctionNode(nested)) continue;
      if (localFunctionBinding(nested)) found.add(nested);
    }
  }
  return [...found];
}

/** The calls of a local helper by its name (`succeed(route)`). */
function helperCallSites(analysis: Analysis, helper: FunctionNode): TSESTree.CallExpression[] {
  const name = localFunctionBinding(helper);
  const variable = name ? variableOf(analysis, name) : undefined;
  return (variable?.references ?? []).flatMap((reference) => {
    const call = reference.init ? undefined : calledAt(reference.identifier as TSESTree.Identifier);
    return call ? [call] : [];
  });
}
