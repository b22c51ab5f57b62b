import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A callback that runs once and settles only by handing the settle functions on (`https.get(url,
// (res) => { …; res.once('end', () => resolve(…)); res.once('error', reject); })`) must hand them on
// or settle on each of its paths: an early `return` for a non-200 status that does neither leaves
// the promise pending. Rejecting before that `return` is fine.
typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // The non-200 path rejects before it returns.
    `import https from 'node:https';
export function download(url: string): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const req = https.get(url, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(\`HTTP \${res.statusCode}\`));
        return;
      }
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.once('end', () => resolve(Buffer.concat(chunks)));
      res.once('error', reject);
    });
    req.once('error', reject);
  });
}`,
  ],
  invalid: [
    // The non-200 path drains the response and returns, settling nothing.
    {
      code: `import https from 'node:https';
export function download(url: string): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const req = https.get(url, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        return;
      }
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.once('end', () => resolve(Buffer.concat(chunks)));
      res.once('error', reject);
    });
    req.once('error', reject);
  });
}`,
      errors: [{ messageId: 'neverSettles', line: 7, column: 9, endLine: 7, endColumn: 16 }],
    },
  ],
});
