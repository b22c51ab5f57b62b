import { assertTypeScriptApi } from './typescript-support.js';

// Imported first by the plugin entry and the CLI, so that TypeScript 7.0 (no compiler API) stops
// here with one clear line, before any module reads `ts.SyntaxKind` from it.
assertTypeScriptApi();
