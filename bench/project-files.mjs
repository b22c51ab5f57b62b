// The TypeScript files a tsconfig includes (not declaration files), as absolute paths: what the
// bench lints, so that stray files beside the project (a vitest.config.ts outside `include`) do not count.
import path from 'node:path';

import ts from 'typescript';

export function projectFiles(tsconfig) {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.resolve(tsconfig),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  return parsed.fileNames.filter((file) => /\.[cm]?tsx?$/.test(file) && !/\.d\.[cm]?ts$/.test(file)).map((file) => path.resolve(file));
}
