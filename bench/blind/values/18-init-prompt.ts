// expect: no-read-before-settle
// The rl.question callback assigns `projectName` only after the user answers, but it is read right away to build the package manifest.

import { createInterface } from 'node:readline';
import { writeFileSync } from 'node:fs';

export interface PackageManifest {
  name: string;
  version: string;
  private: boolean;
}

export function initProject(dir: string): PackageManifest {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  let projectName = 'my-app';

  rl.question(`Project name (${projectName}): `, (answer) => {
    if (answer.trim()) {
      projectName = answer.trim();
    }
    rl.close();
  });

  const manifest: PackageManifest = {
    name: projectName,
    version: '0.1.0',
    private: true,
  };
  writeFileSync(`${dir}/package.json`, JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}
