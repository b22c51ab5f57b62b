import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { getOrCreate } from '../memo.js';
import { isGlobalIdentifier } from '../scope/globals.js';
import { constInitializerOf } from '../scope/initializers.js';
import { variableOf } from '../scope/variables.js';
import { memberName, propertyKeyName, skipTypeWrappers } from '../syntax/nodes.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { isAnyOrUnknown, objectParts, unionMembers } from '../types/members.js';
import { isAbortSignalType, thenableKindOfType } from '../types/thenables.js';
import { isNodeTypingsFile } from '../types/node-typings.js';

/*
 * The `cancellation/` folder models signal flow and aborts: which calls take a signal (this module),
 * which signals a function holds (`signals-in-hand.ts`) and must pass on (`signal-propagation.ts`,
 * save where the abort has happened or is watched already: `after-abort.ts`),
 * which handlers swallow an abort (`abort-handlers.ts`, `abort-guards.ts`, `signal-uses.ts`,
 * `swallowed-aborts.ts`), and which race losers keep running (`timers.ts`, `race-contenders.ts`).
 */

/*
 * Which calls take an `AbortSignal`, whether they get one, and which signals a function holds.
 * Everything is read from the type checker, so `fetch`, `node:timers/promises`, `events.once`,
 * `fs/promises`, `child_process` and the user's own functions are found the same way.
 */

/** A call or `new` that may take a signal. */
export type SignalCall = TSESTree.CallExpression | TSESTree.NewExpression;

/** Where a call signature takes a signal. */
export interface SignalSlot {
  /** Index of the parameter that takes the signal (or the options object holding it). */
  index: number;
  /** `direct`: the parameter is an `AbortSignal`; `options`: an object parameter with a `signal` property. */
  kind: 'direct' | 'options';
  /** The options property that takes the signal: `signal`, or another name for it (`abortSignal`); `signal` for `direct`. */
  key: string;
  /** The type a signal must be assignable to: the parameter's, or the `signal` property's as declared. */
  signalType: ts.Type;
  /** False when `undefined` may not be written there (an optional property under `exactOptionalPropertyTypes`). */
  acceptsUndefined: boolean;
  /** True when every parameter from the first missing argument up to `index` is optional. */
  skippable: boolean;
  /** True when the call starts asynchronous work: it returns a thenable or an async iterable, or is a Node.js API (`spawn`, streams). */
  asynchronous: boolean;
}

/** Methods that take a signal only to unregister themselves: not downstream work. */
const registrationMethods = new Set(['addEventListener', 'removeEventListener']);

const slotCache = new WeakMap<ts.Program, WeakMap<ts.Node, SignalSlot | false>>();

export { objectParts } from '../types/members.js';

/** True for the name of an options property that holds a signal: `signal`, `abortSignal`, `cancelSignal`. */
export function isSignalKey(name: string | undefined): boolean {
  return name !== undefined && /^(?:[a-z]+Signal|signal)$/.test(name);
}

/** The optional properties of an object type that may be its signal: `signal` first, then others named for one (`abortSignal`). */
function signalCandidates(part: ts.Type): ts.Symbol[] {
  const signal = part.getProperty('signal');
  if (signal) return [signal];
  return part.getProperties().filter((property) => property.escapedName !== 'signal' && isSignalKey(property.escapedName.toString()));
}

/**
 * The optional `signal` property of some member of `type` when it accepts an `AbortSignal` (or a
 * property named for one, `abortSignal`, as several SDKs call it): its name, declared type and
 * whether `undefined` may be written to it. A required `signal` marks an object that carries its
 * own (a `Request`), not options.
 */
export function signalProperty(
  analysis: Analysis,
  type: ts.Type,
): { key: string; type: ts.Type; read: ts.Type; acceptsUndefined: boolean } | undefined {
  const checker = checkerOf(analysis);
  const exact = analysis.services.program.getCompilerOptions().exactOptionalPropertyTypes === true;
  for (const part of objectParts(type)) {
    if (isAnyOrUnknown(part) || ((part.flags & ts.TypeFlags.Object) === 0 && !part.isIntersection())) continue;
    const property = signalCandidates(part).find((candidate) => (candidate.flags & ts.SymbolFlags.Optional) !== 0);
    if (!property) continue;
    const propertyType = checker.getTypeOfSymbol(property);
    if (!isAbortSignalType(analysis, propertyType)) continue;
    const declaration = property.valueDeclaration;
    const declared =
      declaration && (ts.isPropertySignature(declaration) || ts.isPropertyDeclaration(declaration)) && declaration.type
        ? checker.getTypeFromTypeNode(declaration.type)
        : propertyType;
    const declaredUndefined = unionMembers(declared).some((member) => (member.flags & ts.TypeFlags.Undefined) !== 0);
    return { key: property.escapedName.toString(), type: declared, read: propertyType, acceptsUndefined: !exact || declaredUndefined };
  }
  return undefined;
}

/**
 * True when a value of type `signal` may be handed over at `slot` (and type-checks there): each
 * member of its union is accepted, `undefined` where the slot takes `undefined` (an optional
 * property or parameter), `null` only where the declared type takes `null` (`RequestInit.signal`
 * does, `{ signal?: AbortSignal }` does not).
 */
export function slotAccepts(analysis: Analysis, slot: SignalSlot, signal: ts.Type): boolean {
  const checker = checkerOf(analysis);
  return unionMembers(signal).every((member) =>
    (member.flags & ts.TypeFlags.Undefined) !== 0 ? slot.acceptsUndefined : checker.isTypeAssignableTo(member, slot.signalType),
  );
}

/**
 * True when a signal can be handed to `call` at `slot` without changing anything else it is given:
 * the argument is absent, or an object literal (it gets a `signal` property), or a plain object a
 * spread copies whole (`{ ...init, signal }`). Never a promise or thenable, nor a union with one
 * (`{ ...buildOptions(o), signal }` spreads the pending promise: it type-checks when every option
 * is optional and sends none of them), nor a class instance (a spread drops its prototype's
 * members), an array, a function, a primitive or a type that cannot be told (`any`, a type
 * parameter).
 */
export function canAddSignal(analysis: Analysis, call: SignalCall, slot: SignalSlot): boolean {
  const argument = call.arguments[slot.index];
  if (!argument) return true;
  if (slot.kind === 'direct' || argument.type === AST_NODE_TYPES.SpreadElement) return false;
  if (skipTypeWrappers(argument).type === AST_NODE_TYPES.ObjectExpression) return true;
  return isPlainObjectValue(analysis, argument);
}

/** True when the value of `node` is a plain object (or nullish): no thenable, class instance, array, function or unknown member. */
function isPlainObjectValue(analysis: Analysis, node: TSESTree.Node): boolean {
  const type = typeOf(analysis, node);
  if (thenableKindOfType(analysis, type) !== false) return false;
  const checker = checkerOf(analysis);
  const parts = objectParts(type);
  const plain = (part: ts.Type): boolean => {
    if (part.isIntersection()) return part.types.every(plain);
    if (isAnyOrUnknown(part) || (part.flags & ts.TypeFlags.Object) === 0) return false;
    if (part.getCallSignatures().length > 0 || part.getConstructSignatures().length > 0) return false;
    if (checker.isArrayType(part) || checker.isTupleType(part)) return false;
    return ((part.getSymbol()?.flags ?? 0) & ts.SymbolFlags.Class) === 0;
  };
  return parts.length > 0 && parts.every(plain);
}

/** True when a parameter declaration is optional (`?`, a default, or a rest). */
export function isOptionalParameter(symbol: ts.Symbol): boolean {
  const declaration = symbol.valueDeclaration;
  return (
    declaration !== undefined &&
    ts.isParameter(declaration) &&
    (declaration.questionToken !== undefined || declaration.initializer !== undefined)
  );
}

/** The parameter of the call's resolved signature that takes an `AbortSignal`, if any. */
export function signalSlotOf(analysis: Analysis, call: SignalCall): SignalSlot | undefined {
  const callee = skipTypeWrappers(call.callee);
  if (registrationMethods.has(memberName(callee) ?? '')) return undefined;
  const tsCall = analysis.services.esTreeNodeToTSNodeMap.get(call) as ts.CallExpression | ts.NewExpression;
  const memo = getOrCreate(slotCache, analysis.services.program, () => new WeakMap<ts.Node, SignalSlot | false>());
  const known = memo.get(tsCall);
  if (known !== undefined) return known || undefined;
  const slot = mayTakeSignal(analysis, call, tsCall) ? findSlot(analysis, call, tsCall) : undefined;
  memo.set(tsCall, slot ?? false);
  return slot;
}

/**
 * A cheap first look, before resolving the call (overloads, inference): false when no signature of
 * the callee's type has a parameter whose declared type could hold a signal (`arr.map(fn)`,
 * `res.json()`). Generic, `any` and unreadable parameters leave the question to `findSlot`.
 */
function mayTakeSignal(analysis: Analysis, call: SignalCall, tsCall: ts.CallExpression | ts.NewExpression): boolean {
  const checker = checkerOf(analysis);
  const calleeType = checker.typeOfTsNode(tsCall.expression);
  const signatures = call.type === AST_NODE_TYPES.NewExpression ? calleeType.getConstructSignatures() : calleeType.getCallSignatures();
  if (signatures.length === 0) return true;
  return signatures.some(
    (signature) =>
      signature.typeParameters !== undefined ||
      signature.parameters.some((parameter) => {
        const declaration = parameter.valueDeclaration;
        if (declaration && ts.isParameter(declaration) && declaration.dotDotDotToken) return false;
        return couldHoldSignal(analysis, checker.getTypeOfSymbol(parameter), 0);
      }),
  );
}

/** True when a declared parameter type could be, or have, a signal: `AbortSignal`, an object with a `signal`, a type parameter, `any`. */
function couldHoldSignal(analysis: Analysis, type: ts.Type, depth: number): boolean {
  if (isAnyOrUnknown(type) || (type.flags & ts.TypeFlags.TypeParameter) !== 0 || depth > 3) return true;
  if (type.isUnionOrIntersection()) return type.types.some((part) => couldHoldSignal(analysis, part, depth + 1));
  if ((type.flags & (ts.TypeFlags.Object | ts.TypeFlags.NonPrimitive)) === 0) return false;
  if (type.getCallSignatures().length > 0 && type.getProperties().length === 0) return false;
  return isAbortSignalType(analysis, type) || signalCandidates(type).length > 0 || type.getStringIndexType() !== undefined;
}

function findSlot(analysis: Analysis, call: SignalCall, tsCall: ts.CallExpression | ts.NewExpression): SignalSlot | undefined {
  let signature: ts.Signature | undefined;
  try {
    signature = checkerOf(analysis).resolvedSignature(tsCall);
  } catch {
    return undefined;
  }
  if (!signature) return undefined;
  const slot = slotOf(analysis, call, tsCall, signature);
  return slot && { ...slot, asynchronous: startsAsyncWork(analysis, signature) };
}

/**
 * True when a resolved call returns a thenable or an async iterable. A Node.js API declared by
 * `@types/node` also starts work when it takes a callback (`fs.readFile(path, { signal }, done)`)
 * or returns an emitter (`spawn`, `http.request`, `fs.watch`); one that does neither finishes
 * before it returns (`fs.writeFileSync`, `spawnSync`: their options type, shared with the async
 * sibling, merely lists `signal`). Those of `node:stream` (and its submodules) count only when
 * they return a promise: they build in-memory pipes (`new PassThrough()`, `Readable.from(values)`)
 * that start no I/O of their own; so do the transform streams other modules return
 * (`createHash`, `createGzip`).
 */
function startsAsyncWork(analysis: Analysis, signature: ts.Signature): boolean {
  const file = signature.getDeclaration()?.getSourceFile().fileName ?? '';
  const checker = checkerOf(analysis);
  const result = checker.getReturnTypeOfSignature(signature);
  if (thenableKindOfType(analysis, result) !== false) return true;
  // A stream is an async iterable too: that alone is no sign of work here.
  if (/[\\/]@types[\\/]node[\\/]stream(?:[\\/][a-z]+)?\.d\.ts$/.test(file)) return false;
  const parts = objectParts(result);
  // A transform stream of Node (`createHash`, `createGzip`, `createCipheriv`) works on what it is fed, in memory.
  const isNodeApi = isNodeTypingsFile(file);
  if (isNodeApi && parts.length > 0 && parts.every((part) => part.getProperty('_transform') !== undefined)) return false;
  if (parts.some((part) => part.getProperties().some((property) => property.escapedName.toString().startsWith('__@asyncIterator'))))
    return true;
  if (!isNodeApi) return false;
  const takesCallback = signature.parameters.some((parameter) =>
    unionMembers(checker.getTypeOfSymbol(parameter)).some((part) => part.getCallSignatures().length > 0),
  );
  return takesCallback || parts.some((part) => part.getProperty('on') !== undefined || part.getProperty('addEventListener') !== undefined);
}

function slotOf(
  analysis: Analysis,
  call: SignalCall,
  tsCall: ts.CallExpression | ts.NewExpression,
  signature: ts.Signature,
): Omit<SignalSlot, 'asynchronous'> | undefined {
  const checker = checkerOf(analysis);
  const parameters = signature.parameters;
  for (const [index, parameter] of parameters.entries()) {
    const declaration = parameter.valueDeclaration;
    if (declaration && ts.isParameter(declaration) && declaration.dotDotDotToken) break;
    // `value: T` takes data, not options, even when this call's `T` has a `signal` property.
    if (declaration && objectParts(checker.typeOfTsNode(declaration)).some((part) => part.isTypeParameter())) continue;
    const type = checker.getTypeOfSymbolAtLocation(parameter, tsCall);
    if (isAnyOrUnknown(type)) continue;
    const skippable = parameters.slice(call.arguments.length, index).every(isOptionalParameter);
    if (isAbortSignalType(analysis, type) && objectParts(type).every((part) => isAbortSignalType(analysis, part))) {
      const acceptsUndefined = unionMembers(type).some((member) => (member.flags & ts.TypeFlags.Undefined) !== 0);
      return { index, kind: 'direct', key: 'signal', signalType: type, acceptsUndefined, skippable };
    }
    const property = signalProperty(analysis, type);
    if (property)
      return {
        index,
        kind: 'options',
        key: property.key,
        signalType: property.type,
        acceptsUndefined: property.acceptsUndefined,
        skippable,
      };
  }
  return undefined;
}

/** True when the value of `node` is, or may be, an `AbortSignal`. */
export function isSignalValue(analysis: Analysis, node: TSESTree.Node): boolean {
  // An object or array literal, a literal, a function… is never a signal itself: no need to ask.
  if (notSignalShapes.has(node.type)) return false;
  const type = typeOf(analysis, node);
  return !isAnyOrUnknown(type) && isAbortSignalType(analysis, type);
}

const notSignalShapes: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.ObjectExpression,
  AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.Literal,
  AST_NODE_TYPES.TemplateLiteral,
  AST_NODE_TYPES.ArrowFunctionExpression,
  AST_NODE_TYPES.FunctionExpression,
  AST_NODE_TYPES.ClassExpression,
  AST_NODE_TYPES.BinaryExpression,
  AST_NODE_TYPES.UnaryExpression,
  AST_NODE_TYPES.UpdateExpression,
]);

/** Whether a call hands on a signal: `passed`, `missing`, or `unknown` (a spread, an options value whose `signal` may be set). */
type SignalPassing = 'passed' | 'missing' | 'unknown';

/** Whether `call` passes an `AbortSignal` at `slot` (or anywhere: `AbortSignal.any([signal, x])`, a `Request`). */
export function signalPassing(analysis: Analysis, call: SignalCall, slot: SignalSlot): SignalPassing {
  const checker = checkerOf(analysis);
  for (const argument of call.arguments) {
    if (argument.type === AST_NODE_TYPES.SpreadElement) return 'unknown';
    if (isSignalValue(analysis, argument)) return 'passed';
    // A `Request` (or any object whose `signal` is required) carries its own signal.
    const type = typeOf(analysis, argument);
    const parts = objectParts(type);
    if (
      parts.length > 0 &&
      parts.every((part) => {
        const property = part.getProperty('signal');
        return (
          property !== undefined &&
          (property.flags & ts.SymbolFlags.Optional) === 0 &&
          isAbortSignalType(analysis, checker.getTypeOfSymbol(property))
        );
      })
    )
      return 'passed';
  }
  const argument = call.arguments[slot.index];
  if (!argument) return 'missing';
  if (slot.kind === 'direct') return 'passed';
  return optionsPassing(analysis, argument, 0);
}

/** Whether an options argument carries a `signal`. */
function optionsPassing(analysis: Analysis, node: TSESTree.Node, depth: number): SignalPassing {
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.ObjectExpression) {
    let result: SignalPassing = 'missing';
    for (const property of target.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        if (optionsPassing(analysis, property.argument, depth + 1) !== 'missing') result = 'unknown';
        continue;
      }
      if (property.computed && property.key.type !== AST_NODE_TYPES.Literal) result = 'unknown';
      else if (isSignalKey(propertyKeyName(property.key))) return 'passed';
    }
    return result;
  }
  const type = typeOf(analysis, target);
  if (isAnyOrUnknown(type)) return 'unknown';
  const parts = objectParts(type);
  if (parts.some((part) => isAnyOrUnknown(part) || part.isTypeParameter())) return 'unknown';
  // A dictionary of anything (`Record<string, any>`) may hold a signal.
  if (
    parts.some((part) => {
      const index = part.getStringIndexType();
      return index !== undefined && isAnyOrUnknown(index);
    })
  )
    return 'unknown';
  if (!parts.some((part) => signalCandidates(part).length > 0)) return 'missing';
  // `const init = { signal }` typed `RequestInit`: the initializer tells.
  const initializer = depth < 3 ? constObjectInitializer(analysis, target) : undefined;
  return initializer ? optionsPassing(analysis, initializer, depth + 1) : 'unknown';
}

/** The object literal a never-modified `const` is initialized with. */
function constObjectInitializer(analysis: Analysis, node: TSESTree.Node): TSESTree.ObjectExpression | undefined {
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = variableOf(analysis, node);
  const found = variable && constInitializerOf(variable);
  const init = found && skipTypeWrappers(found);
  if (!variable || init?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  // `init.signal = signal` or `Object.assign(init, …)` later: the literal no longer tells.
  const modified = variable.references.some((reference) => {
    const parent = reference.identifier.parent;
    if (reference.init) return false;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === reference.identifier) {
      return parent.parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.parent.left === parent;
    }
    return parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === reference.identifier;
  });
  return modified ? undefined : init;
}

/** Global objects whose methods never take a signal. */
const builtinNamespaces = new Set([
  'console',
  'JSON',
  'Math',
  'Object',
  'Array',
  'Number',
  'String',
  'Boolean',
  'Symbol',
  'Reflect',
  'Promise',
  'Date',
  'BigInt',
  'Error',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'AbortSignal',
  'AbortController',
  'URL',
]);

/** True for `console.log(…)`, `Promise.all(…)`, `JSON.parse(…)`: a call on a global built-in that never takes a signal (no type question). */
export function isBuiltinCall(analysis: Analysis, call: SignalCall): boolean {
  let root = skipTypeWrappers(call.callee);
  while (root.type === AST_NODE_TYPES.MemberExpression) root = skipTypeWrappers(root.object);
  return root.type === AST_NODE_TYPES.Identifier && builtinNamespaces.has(root.name) && isGlobalIdentifier(analysis, root);
}

/** True for `work(id, { signal })` (or `{ abortSignal }`): an options literal visibly hands a signal on (no type question). */
export function hasSignalProperty(call: SignalCall): boolean {
  return call.arguments.some(
    (argument) =>
      argument.type === AST_NODE_TYPES.ObjectExpression &&
      argument.properties.some(
        (property) => property.type === AST_NODE_TYPES.Property && !property.computed && isSignalKey(propertyKeyName(property.key)),
      ),
  );
}
