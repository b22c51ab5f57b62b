/*
 * Fix builders, grouped by what they edit (src/fix/): expressions, statements, call arguments,
 * bindings, error handlers, timers and settle calls. Rules import them from here.
 */
export * from './fix/arguments.js';
export * from './fix/bindings.js';
export * from './fix/expressions.js';
export * from './fix/handlers.js';
export * from './fix/statements.js';
export * from './fix/timers.js';
export * from './fix/settle-calls.js';
