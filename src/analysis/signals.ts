import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import ts from 'typescript';

import { memberName, skipTypeWrappers } from './cannot-reject.js';
import type { FunctionNode } from './scope.js';
import { containsInBody, isFunctionNode } from './scope.js';
import { checkerOf, isAbortSignalType, thenableKindOfType, typeOf } from './types.js';

/*
 * Which calls take an `AbortSignal`, whether they get one, and which signals a function holds.
 * Everything is read from the type checker, so `fetch`, `node:timers/promises`, `events.once`,
 * `fs/promises`, `child_process` and the user's own functions are found the same way.
 */

type Services = ParserServicesWithTypeInformation;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** A call or `new` that may take a signal. */
export type SignalCall = TSESTree.CallExpression | TSESTree.NewExpression;

/** Where a call signature takes a signal. */
export interface SignalSlot {
  /** Index of the parameter that takes the signal (or the options object holding it). */
  index: number;
  /** `direct`: the parameter is an `AbortSignal`; `options`: an object parameter with a `signal` property. */
  kind: 'direct' | 'options';
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

/** The non-nullish union members of `type`. */
function objectParts(type: ts.Type): ts.Type[] {
  const parts = type.isUnion() ? type.types : [type];
  return parts.filter((part) => (part.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)) === 0);
}

/** True for `any`, `unknown` and type parameters without a useful constraint. */
function isOpaqueType(type: ts.Type): boolean {
  return (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0;
}

/**
 * The optional `signal` property of some member of `type` when it accepts an `AbortSignal`: its
 * declared type and whether `undefined` may be written to it. A required `signal` marks an object
 * that carries its own (a `Request`), not options.
 */
function signalProperty(services: Services, type: ts.Type): { type: ts.Type; read: ts.Type; acceptsUndefined: boolean } | undefined {
  const checker = checkerOf(services);
  const exact = services.program.getCompilerOptions().exactOptionalPropertyTypes === true;
  for (const part of objectParts(type)) {
    if (isOpaqueType(part) || ((part.flags & ts.TypeFlags.Object) === 0 && !part.isIntersection())) continue;
    const property = part.getProperty('signal');
    if (!property || (property.flags & ts.SymbolFlags.Optional) === 0) continue;
    const propertyType = checker.getTypeOfSymbol(property);
    if (!isAbortSignalType(services, propertyType)) continue;
    const declaration = property.valueDeclaration;
    const declared = declaration && (ts.isPropertySignature(declaration) || ts.isPropertyDeclaration(declaration)) && declaration.type
      ? checker.getTypeFromTypeNode(declaration.type)
      : propertyType;
    const declaredUndefined = (declared.isUnion() ? declared.types : [declared]).some((member) => (member.flags & ts.TypeFlags.Undefined) !== 0);
    return { type: declared, read: propertyType, acceptsUndefined: !exact || declaredUndefined };
  }
  return undefined;
}


/** True when a value of type `signal` may be handed over at `slot` (and type-checks there). */
export function slotAccepts(services: Services, slot: SignalSlot, signal: ts.Type): boolean {
  const checker = checkerOf(services);
  const nullable = (signal.isUnion() ? signal.types : [signal]).some((member) => (member.flags & ts.TypeFlags.Undefined) !== 0);
  if (nullable && !slot.acceptsUndefined) return false;
  return checker.isTypeAssignableTo(checker.getNonNullableType(signal), slot.signalType);
}

/** True when a parameter declaration is optional (`?`, a default, or a rest). */
function isOptionalParameter(symbol: ts.Symbol): boolean {
  const declaration = symbol.valueDeclaration;
  return declaration !== undefined && ts.isParameter(declaration) &&
    (declaration.questionToken !== undefined || declaration.initializer !== undefined);
}

/** The parameter of the call's resolved signature that takes an `AbortSignal`, if any. */
export function signalSlotOf(services: Services, call: SignalCall): SignalSlot | undefined {
  const callee = skipTypeWrappers(call.callee);
  if (registrationMethods.has(memberName(callee) ?? '')) return undefined;
  const tsCall = services.esTreeNodeToTSNodeMap.get(call) as ts.CallExpression | ts.NewExpression;
  let memo = slotCache.get(services.program);
  if (!memo) slotCache.set(services.program, (memo = new WeakMap()));
  const known = memo.get(tsCall);
  if (known !== undefined) return known || undefined;
  const slot = mayTakeSignal(services, call, tsCall) ? findSlot(services, call, tsCall) : undefined;
  memo.set(tsCall, slot ?? false);
  return slot;
}

/**
 * A cheap first look, before resolving the call (overloads, inference): false when no signature of
 * the callee's type has a parameter whose declared type could hold a signal (`arr.map(fn)`,
 * `res.json()`). Generic, `any` and unreadable parameters leave the question to `findSlot`.
 */
function mayTakeSignal(services: Services, call: SignalCall, tsCall: ts.CallExpression | ts.NewExpression): boolean {
  const checker = checkerOf(services);
  const calleeType = checker.getTypeAtLocation(tsCall.expression);
  const signatures = call.type === AST_NODE_TYPES.NewExpression ? calleeType.getConstructSignatures() : calleeType.getCallSignatures();
  if (signatures.length === 0) return true;
  return signatures.some((signature) => signature.typeParameters !== undefined || signature.parameters.some((parameter) => {
    const declaration = parameter.valueDeclaration;
    if (declaration && ts.isParameter(declaration) && declaration.dotDotDotToken) return false;
    return couldHoldSignal(services, checker.getTypeOfSymbol(parameter), 0);
  }));
}

/** True when a declared parameter type could be, or have, a signal: `AbortSignal`, an object with a `signal`, a type parameter, `any`. */
function couldHoldSignal(services: Services, type: ts.Type, depth: number): boolean {
  if (isOpaqueType(type) || (type.flags & ts.TypeFlags.TypeParameter) !== 0 || depth > 3) return true;
  if (type.isUnionOrIntersection()) return type.types.some((part) => couldHoldSignal(services, part, depth + 1));
  if ((type.flags & (ts.TypeFlags.Object | ts.TypeFlags.NonPrimitive)) === 0) return false;
  if (type.getCallSignatures().length > 0 && type.getProperties().length === 0) return false;
  return isAbortSignalType(services, type) || type.getProperty('signal') !== undefined || type.getStringIndexType() !== undefined;
}

function findSlot(services: Services, call: SignalCall, tsCall: ts.CallExpression | ts.NewExpression): SignalSlot | undefined {
  let signature: ts.Signature | undefined;
  try {
    signature = checkerOf(services).getResolvedSignature(tsCall);
  } catch {
    return undefined;
  }
  if (!signature) return undefined;
  const slot = slotOf(services, call, tsCall, signature);
  return slot && { ...slot, asynchronous: startsAsyncWork(services, signature) };
}

/** True when a resolved call returns a thenable or an async iterable, or is declared by `@types/node`. */
function startsAsyncWork(services: Services, signature: ts.Signature): boolean {
  const file = signature.getDeclaration()?.getSourceFile().fileName ?? '';
  if (/[\\/]@types[\\/]node[\\/]/.test(file)) return true;
  const result = checkerOf(services).getReturnTypeOfSignature(signature);
  if (thenableKindOfType(services, result) !== false) return true;
  return objectParts(result).some((part) => part.getProperties().some((property) => property.escapedName.toString().startsWith('__@asyncIterator')));
}

function slotOf(services: Services, call: SignalCall, tsCall: ts.CallExpression | ts.NewExpression, signature: ts.Signature): Omit<SignalSlot, 'asynchronous'> | undefined {
  const checker = checkerOf(services);
  const parameters = signature.parameters;
  for (const [index, parameter] of parameters.entries()) {
    const declaration = parameter.valueDeclaration;
    if (declaration && ts.isParameter(declaration) && declaration.dotDotDotToken) break;
    // `value: T` takes data, not options, even when this call's `T` has a `signal` property.
    if (declaration && objectParts(checker.getTypeAtLocation(declaration)).some((part) => part.isTypeParameter())) continue;
    const type = checker.getTypeOfSymbolAtLocation(parameter, tsCall);
    if (isOpaqueType(type)) continue;
    const skippable = parameters.slice(call.arguments.length, index).every(isOptionalParameter);
    if (isAbortSignalType(services, type) && objectParts(type).every((part) => isAbortSignalType(services, part))) {
      const acceptsUndefined = (type.isUnion() ? type.types : [type]).some((member) => (member.flags & ts.TypeFlags.Undefined) !== 0);
      return { index, kind: 'direct', signalType: type, acceptsUndefined, skippable };
    }
    const property = signalProperty(services, type);
    if (property) return { index, kind: 'options', signalType: property.type, acceptsUndefined: property.acceptsUndefined, skippable };
  }
  return undefined;
}

/** True when the value of `node` is, or may be, an `AbortSignal`. */
export function isSignalValue(services: Services, node: TSESTree.Node): boolean {
  // An object or array literal, a literal, a function… is never a signal itself: no need to ask.
  if (notSignalShapes.has(node.type)) return false;
  const type = typeOf(services, node);
  return !isOpaqueType(type) && isAbortSignalType(services, type);
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
export type SignalPassing = 'passed' | 'missing' | 'unknown';

/** Whether `call` passes an `AbortSignal` at `slot` (or anywhere: `AbortSignal.any([signal, x])`, a `Request`). */
export function signalPassing(services: Services, sourceCode: SourceCode, call: SignalCall, slot: SignalSlot): SignalPassing {
  const checker = checkerOf(services);
  for (const argument of call.arguments) {
    if (argument.type === AST_NODE_TYPES.SpreadElement) return 'unknown';
    if (isSignalValue(services, argument)) return 'passed';
    // A `Request` (or any object whose `signal` is required) carries its own signal.
    const type = typeOf(services, argument);
    const parts = objectParts(type);
    if (parts.length > 0 && parts.every((part) => {
      const property = part.getProperty('signal');
      return property !== undefined && (property.flags & ts.SymbolFlags.Optional) === 0 &&
        isAbortSignalType(services, checker.getTypeOfSymbol(property));
    })) return 'passed';
  }
  const argument = call.arguments[slot.index];
  if (!argument) return 'missing';
  if (slot.kind === 'direct') return 'passed';
  return optionsPassing(services, sourceCode, argument, 0);
}

/** Whether an options argument carries a `signal`. */
function optionsPassing(services: Services, sourceCode: SourceCode, node: TSESTree.Node, depth: number): SignalPassing {
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.ObjectExpression) {
    let result: SignalPassing = 'missing';
    for (const property of target.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        if (optionsPassing(services, sourceCode, property.argument, depth + 1) !== 'missing') result = 'unknown';
        continue;
      }
      if (property.computed && property.key.type !== AST_NODE_TYPES.Literal) result = 'unknown';
      else if (propertyKeyName(property.key) === 'signal') return 'passed';
    }
    return result;
  }
  const type = typeOf(services, target);
  if (isOpaqueType(type)) return 'unknown';
  const parts = objectParts(type);
  if (parts.some((part) => isOpaqueType(part) || part.isTypeParameter())) return 'unknown';
  // A dictionary of anything (`Record<string, any>`) may hold a signal.
  if (parts.some((part) => {
    const index = part.getStringIndexType();
    return index !== undefined && isOpaqueType(index);
  })) return 'unknown';
  if (!parts.some((part) => part.getProperty('signal') !== undefined)) return 'missing';
  // `const init = { signal }` typed `RequestInit`: the initializer tells.
  const initializer = depth < 3 ? constObjectInitializer(sourceCode, target) : undefined;
  return initializer ? optionsPassing(services, sourceCode, initializer, depth + 1) : 'unknown';
}

/** The static name of an object property key. */
function propertyKeyName(key: TSESTree.Node): string | undefined {
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string') return key.value;
  return undefined;
}

/** The object literal a never-modified `const` is initialized with. */
function constObjectInitializer(sourceCode: SourceCode, node: TSESTree.Node): TSESTree.ObjectExpression | undefined {
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
  const def = variable?.defs[0];
  if (!variable || variable.defs.length !== 1 || def?.node.type !== AST_NODE_TYPES.VariableDeclarator) return undefined;
  if (def.node.id.type !== AST_NODE_TYPES.Identifier || def.parent?.type !== AST_NODE_TYPES.VariableDeclaration || def.parent.kind !== 'const') return undefined;
  const init = def.node.init && skipTypeWrappers(def.node.init);
  if (init?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
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

/** A signal a function can hand on: its source text, its type and the node that holds it. */
export interface SignalInHand {
  /** Text that reads the signal at the function's top level: `signal`, `options.signal`, `controller.signal`. */
  text: string;
  type: ts.Type;
  /** The identifier whose scope must be visible where the signal is used. */
  binding: TSESTree.Identifier;
  /** Where the signal comes from: a parameter (or its options) or a local derived from a received signal. */
  source: 'parameter' | 'local';
}

/** True for a parameter named to be ignored (`_options`) and never read. */
function isIgnoredParameter(sourceCode: SourceCode, binding: TSESTree.Identifier): boolean {
  if (!binding.name.startsWith('_')) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(binding), binding);
  return variable !== null && variable.references.every((reference) => reference.init === true);
}

/** True when a parameter is read somewhere (a default value's write does not count). */
function isReadParameter(sourceCode: SourceCode, binding: TSESTree.Identifier): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(binding), binding);
  return variable?.references.some((reference) => reference.isRead()) ?? true;
}

/** Parameter annotations that can never hold a signal: `string`, `number`, literal types and arrays of them. */
function isPlainDataAnnotation(node: TSESTree.TypeNode): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.TSStringKeyword:
    case AST_NODE_TYPES.TSNumberKeyword:
    case AST_NODE_TYPES.TSBooleanKeyword:
    case AST_NODE_TYPES.TSBigIntKeyword:
    case AST_NODE_TYPES.TSLiteralType:
    case AST_NODE_TYPES.TSNullKeyword:
    case AST_NODE_TYPES.TSUndefinedKeyword:
      return true;
    case AST_NODE_TYPES.TSArrayType:
      return isPlainDataAnnotation(node.elementType);
    case AST_NODE_TYPES.TSUnionType:
      return node.types.every(isPlainDataAnnotation);
    default:
      return false;
  }
}

/**
 * The signals a function RECEIVED and can hand on: AbortSignal parameters and destructured options,
 * `options.signal`, a received `AbortController`, and locals derived from those
 * (`AbortSignal.any([signal, …])`, `const { signal } = options`, a controller aborted from the
 * received signal's abort listener). A controller the function creates for its own purposes is not
 * one: it aims at the tasks it is given to, and is often aborted already.
 */
export function signalsInHand(services: Services, sourceCode: SourceCode, fn: FunctionNode): SignalInHand[] {
  const found: SignalInHand[] = [];
  const addBinding = (binding: TSESTree.Identifier, source: SignalInHand['source']): void => {
    const type = typeOf(services, binding);
    if (isOpaqueType(type)) return;
    if (isAbortSignalType(services, type)) {
      found.push({ text: binding.name, type, binding, source });
      return;
    }
    if (isAbortControllerType(type)) {
      const property = type.getProperty('signal');
      if (property) found.push({ text: `${binding.name}.signal`, type: checkerOf(services).getTypeOfSymbol(property), binding, source });
      return;
    }
    // Options the function never reads (a stub that ignores them) hand nothing on.
    if (source !== 'parameter' || !isReadParameter(sourceCode, binding)) return;
    const property = signalProperty(services, type);
    if (!property) return;
    const optional = objectParts(type).length !== (type.isUnion() ? type.types.length : 1);
    found.push({ text: `${binding.name}${optional ? '?.' : '.'}signal`, type: property.read, binding, source });
  };
  const visitPattern = (pattern: TSESTree.Node, source: SignalInHand['source']): void => {
    switch (pattern.type) {
      case AST_NODE_TYPES.Identifier:
        if (source === 'parameter' && (isIgnoredParameter(sourceCode, pattern) ||
          (pattern.typeAnnotation && isPlainDataAnnotation(pattern.typeAnnotation.typeAnnotation)))) return;
        addBinding(pattern, source);
        break;
      case AST_NODE_TYPES.AssignmentPattern:
        visitPattern(pattern.left, source);
        break;
      case AST_NODE_TYPES.ObjectPattern:
        for (const property of pattern.properties) {
          const value = property.type === AST_NODE_TYPES.Property ? property.value : undefined;
          const local = value?.type === AST_NODE_TYPES.AssignmentPattern ? value.left : value;
          // Only signals pulled out of options count: `{ signal }`, `{ signal: parent }`, `{ abortSignal }`.
          if (local?.type !== AST_NODE_TYPES.Identifier || property.type !== AST_NODE_TYPES.Property) continue;
          const key = propertyKeyName(property.key) ?? '';
          if (!/signal/i.test(key) && !/signal/i.test(local.name)) continue;
          const type = typeOf(services, local);
          if (isAbortSignalType(services, type)) found.push({ text: local.name, type, binding: local, source });
        }
        break;
      default:
        break;
    }
  };
  for (const parameter of fn.params) visitPattern(parameter.type === AST_NODE_TYPES.TSParameterProperty ? parameter.parameter : parameter, 'parameter');
  // A local signal or controller is written with one of these words (its name, type or initializer):
  // test the text first, so that functions without one never walk their locals.
  const text = sourceCode.text;
  const mentionsSignal = (node: TSESTree.Node): boolean => signalWords.test(text.slice(node.range[0], node.range[1]));
  if (mentionsSignal(fn.body)) {
    // Every declarator of the body, outside nested functions and classes.
    containsInBody(fn.body, (declarator) => {
      if (declarator.type !== AST_NODE_TYPES.VariableDeclarator) return false;
      const init = declarator.init;
      if (!init || !mentionsSignal(declarator)) return false;
      if (declarator.id.type === AST_NODE_TYPES.Identifier && isNewAbortController(init)) {
        if (isWiredToReceivedSignal(sourceCode, declarator.id)) addBinding(declarator.id, 'local');
        return false;
      }
      if (isReceivedSignal(sourceCode, init)) visitPattern(declarator.id, 'local');
      return false;
    });
  }
  return found;
}

const signalWords = /signal|controller|abort/i;

/** True for `new AbortController()`. */
function isNewAbortController(node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  return target.type === AST_NODE_TYPES.NewExpression && target.callee.type === AST_NODE_TYPES.Identifier && target.callee.name === 'AbortController';
}

/**
 * True when the value of `node` comes from what the enclosing functions received: a parameter or a
 * member of one (`signal`, `options.signal`, `job.controller.signal`), `AbortSignal.any([…])` with
 * such a member, or a `const` initialized with one. Read from the scopes alone (no type questions).
 */
export function isReceivedSignal(sourceCode: SourceCode, node: TSESTree.Node, depth = 0): boolean {
  if (depth > 4) return false;
  let target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.ChainExpression) target = target.expression;
  switch (target.type) {
    case AST_NODE_TYPES.Identifier: {
      const variable = ASTUtils.findVariable(sourceCode.getScope(target), target);
      if (!variable || variable.defs.length !== 1) return false;
      const def = variable.defs[0]!;
      if (def.type === 'Parameter') return true;
      if (def.node.type !== AST_NODE_TYPES.VariableDeclarator || def.parent?.type !== AST_NODE_TYPES.VariableDeclaration || def.parent.kind !== 'const') return false;
      if (def.node.init && isNewAbortController(def.node.init)) return isWiredToReceivedSignal(sourceCode, def.node.id as TSESTree.Identifier);
      return def.node.init !== null && isReceivedSignal(sourceCode, def.node.init, depth + 1);
    }
    case AST_NODE_TYPES.MemberExpression:
      return !target.computed && isReceivedSignal(sourceCode, target.object, depth + 1);
    case AST_NODE_TYPES.LogicalExpression:
      return isReceivedSignal(sourceCode, target.left, depth + 1) || isReceivedSignal(sourceCode, target.right, depth + 1);
    case AST_NODE_TYPES.ConditionalExpression:
      return isReceivedSignal(sourceCode, target.consequent, depth + 1) || isReceivedSignal(sourceCode, target.alternate, depth + 1);
    case AST_NODE_TYPES.CallExpression: {
      // `AbortSignal.any([signal, AbortSignal.timeout(ms)])`
      const [list] = target.arguments;
      return memberName(skipTypeWrappers(target.callee)) === 'any' && list?.type === AST_NODE_TYPES.ArrayExpression &&
        list.elements.some((element) => element !== null && element.type !== AST_NODE_TYPES.SpreadElement && isReceivedSignal(sourceCode, element, depth + 1));
    }
    default:
      return false;
  }
}

/** The signal an abort listener is registered on: `signal` in `signal.addEventListener('abort', fn)` and `signal.onabort = fn`. */
function abortListenerTarget(listener: TSESTree.Node): TSESTree.Node | undefined {
  const parent = listener.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[1] === listener) {
    const [first] = parent.arguments;
    const callee = skipTypeWrappers(parent.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'addEventListener' && first?.type === AST_NODE_TYPES.Literal && first.value === 'abort') {
      return callee.object;
    }
  }
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === listener && parent.left.type === AST_NODE_TYPES.MemberExpression &&
    memberName(parent.left) === 'onabort') return parent.left.object;
  return undefined;
}

/**
 * True when a local controller is aborted when a received signal aborts: `controller.abort()` in a
 * listener (inline, or a `const` function) registered with `signal.addEventListener('abort', …)` or
 * `signal.onabort = …` on a received signal.
 */
function isWiredToReceivedSignal(sourceCode: SourceCode, controller: TSESTree.Identifier): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(controller), controller);
  return variable?.references.some((reference) => {
    const member = reference.identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier || memberName(member) !== 'abort') return false;
    let listener: TSESTree.Node | undefined = member.parent;
    while (listener && !isFunctionNode(listener)) listener = listener.parent;
    if (!listener) return false;
    const listeners: TSESTree.Node[] = [listener];
    // `const onAbort = () => controller.abort(); signal.addEventListener('abort', onAbort);`
    if (listener.parent?.type === AST_NODE_TYPES.VariableDeclarator && listener.parent.id.type === AST_NODE_TYPES.Identifier) {
      const named = ASTUtils.findVariable(sourceCode.getScope(listener.parent), listener.parent.id);
      for (const use of named?.references ?? []) if (!use.init) listeners.push(use.identifier);
    }
    return listeners.some((candidate) => {
      const target = abortListenerTarget(candidate);
      return target !== undefined && isReceivedSignal(sourceCode, target);
    });
  }) ?? false;
}

/**
 * True when an options argument may be, or spread, a received options object: `opts` after
 * `const opts = typeof options === 'object' ? options : {…}`, `merge(options, extra)`,
 * `{ ...options, retries: 1 }`. Its `signal` travels with it.
 */
export function carriesReceivedOptions(sourceCode: SourceCode, node: TSESTree.Node, bindings: readonly TSESTree.Identifier[], depth = 0): boolean {
  if (depth > 4 || bindings.length === 0) return false;
  let target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.ChainExpression) target = target.expression;
  const next = (child: TSESTree.Node): boolean => carriesReceivedOptions(sourceCode, child, bindings, depth + 1);
  switch (target.type) {
    case AST_NODE_TYPES.Identifier: {
      const variable = ASTUtils.findVariable(sourceCode.getScope(target), target);
      if (!variable) return false;
      if (variable.identifiers.some((identifier) => bindings.includes(identifier))) return true;
      // A local: any value written to it (its initializer, later assignments).
      return variable.references.some((reference) => reference.writeExpr !== undefined && reference.writeExpr !== null && next(reference.writeExpr));
    }
    case AST_NODE_TYPES.ConditionalExpression:
      return next(target.consequent) || next(target.alternate);
    case AST_NODE_TYPES.LogicalExpression:
      return next(target.left) || next(target.right);
    case AST_NODE_TYPES.ObjectExpression:
      return target.properties.some((property) => property.type === AST_NODE_TYPES.SpreadElement && next(property.argument));
    case AST_NODE_TYPES.CallExpression:
      // `merge(options, defaults)`, `Object.assign({}, options)`
      return target.arguments.some((argument) => argument.type === AST_NODE_TYPES.Identifier && next(argument));
    default:
      return false;
  }
}

/** True for the `AbortController` class instance type. */
function isAbortControllerType(type: ts.Type): boolean {
  return type.getSymbol()?.getName() === 'AbortController' && type.getProperty('abort') !== undefined;
}

/** True when `signal` is usable at `node`: its binding is the one the name resolves to there, declared before it. */
export function isVisibleAt(sourceCode: SourceCode, signal: SignalInHand, node: TSESTree.Node): boolean {
  if (signal.binding.range[1] > node.range[0]) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), signal.binding.name);
  return variable?.identifiers.includes(signal.binding) ?? false;
}

/** True when `fn` is a listener that runs once the signal has aborted: `signal.addEventListener('abort', fn)`, `signal.onabort = fn`. */
export function isAbortListener(fn: TSESTree.Node): boolean {
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(fn as TSESTree.CallExpressionArgument)) {
    const first = parent.arguments[0];
    return memberName(parent.callee) === 'addEventListener' && first?.type === AST_NODE_TYPES.Literal && first.value === 'abort';
  }
  return parent?.type === AST_NODE_TYPES.AssignmentExpression && memberName(parent.left) === 'onabort';
}

/**
 * True when a signal expression only ever aborts on a timeout the function set itself:
 * `AbortSignal.timeout(ms)`, or a local controller aborted only from a `setTimeout` callback.
 */
export function isOwnTimeoutSignal(sourceCode: SourceCode, node: TSESTree.Node, depth = 0): boolean {
  const target = skipTypeWrappers(node);
  if (depth > 3) return false;
  if (target.type === AST_NODE_TYPES.CallExpression) {
    const callee = skipTypeWrappers(target.callee);
    return callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier &&
      callee.object.name === 'AbortSignal' && memberName(callee) === 'timeout';
  }
  if (target.type === AST_NODE_TYPES.Identifier) {
    const init = constInit(sourceCode, target);
    return init !== undefined && isOwnTimeoutSignal(sourceCode, init, depth + 1);
  }
  if (target.type === AST_NODE_TYPES.MemberExpression && memberName(target) === 'signal' && target.object.type === AST_NODE_TYPES.Identifier) {
    return isTimeoutController(sourceCode, target.object);
  }
  return false;
}

/** The initializer of a `const name = …` (a plain identifier binding). */
function constInit(sourceCode: SourceCode, identifier: TSESTree.Identifier): TSESTree.Expression | undefined {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  const def = variable?.defs[0];
  if (variable?.defs.length !== 1 || def?.node.type !== AST_NODE_TYPES.VariableDeclarator) return undefined;
  if (def.node.id.type !== AST_NODE_TYPES.Identifier || def.parent?.type !== AST_NODE_TYPES.VariableDeclaration || def.parent.kind !== 'const') return undefined;
  return def.node.init ?? undefined;
}

/** A local `new AbortController()` whose only uses are `.signal` and `.abort()` inside `setTimeout` callbacks. */
function isTimeoutController(sourceCode: SourceCode, identifier: TSESTree.Identifier): boolean {
  const init = constInit(sourceCode, identifier);
  if (init?.type !== AST_NODE_TYPES.NewExpression || init.callee.type !== AST_NODE_TYPES.Identifier || init.callee.name !== 'AbortController') return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  return variable?.references.every((reference) => {
    if (reference.init) return true;
    const member = reference.identifier.parent;
    const name = memberName(member as TSESTree.Node);
    if (name === 'signal') return true;
    if (name !== 'abort' || member?.parent?.type !== AST_NODE_TYPES.CallExpression) return false;
    return insideTimerCallback(member.parent);
  }) ?? false;
}

/** True when `node` sits in a function passed to `setTimeout`. */
function insideTimerCallback(node: TSESTree.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    const call = current.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression) return false;
    const callee = skipTypeWrappers(call.callee);
    return (callee.type === AST_NODE_TYPES.Identifier ? callee.name : memberName(callee)) === 'setTimeout';
  }
  return false;
}

/** Global objects whose methods never take a signal. */
const builtinNamespaces = new Set(['console', 'JSON', 'Math', 'Object', 'Array', 'Number', 'String', 'Boolean', 'Symbol', 'Reflect', 'Promise',
  'Date', 'BigInt', 'Error', 'Map', 'Set', 'WeakMap', 'WeakSet', 'AbortSignal', 'AbortController', 'URL']);

/** True for `console.log(…)`, `Promise.all(…)`, `JSON.parse(…)`: a call on a global built-in that never takes a signal (no type question). */
export function isBuiltinCall(sourceCode: SourceCode, call: SignalCall): boolean {
  let root = skipTypeWrappers(call.callee);
  while (root.type === AST_NODE_TYPES.MemberExpression) root = skipTypeWrappers(root.object);
  if (root.type !== AST_NODE_TYPES.Identifier || !builtinNamespaces.has(root.name)) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(root), root);
  return !variable || variable.defs.length === 0;
}

/** True for `work(id, { signal })`: an options literal visibly hands a signal on (no type question). */
export function hasSignalProperty(call: SignalCall): boolean {
  return call.arguments.some((argument) => argument.type === AST_NODE_TYPES.ObjectExpression && argument.properties.some((property) =>
    property.type === AST_NODE_TYPES.Property && !property.computed && propertyKeyName(property.key) === 'signal'));
}
