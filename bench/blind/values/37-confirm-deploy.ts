// expect: none
// node:readline/promises returns a promise from question(), and the answer is awaited before it is compared.

import { createInterface } from 'node:readline/promises';
import { stdin, stdout } from 'node:process';

declare function deploy(env: string): Promise<{ url: string }>;

export async function confirmAndDeploy(env: string, assumeYes: boolean): Promise<number> {
  if (!assumeYes) {
    const rl = createInterface({ input: stdin, output: stdout });
    try {
      const answer = await rl.question(`Deploy to ${env}? [y/N] `);
      if (answer.trim().toLowerCase() !== 'y') {
        stdout.write('aborted\n');
        return 1;
      }
    } finally {
      rl.close();
    }
  }

  const { url } = await deploy(env);
  stdout.write(`deployed to ${url}\n`);
  return 0;
}
