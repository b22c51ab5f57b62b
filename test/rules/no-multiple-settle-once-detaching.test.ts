import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A listener written in place that runs once (`lines.once('line', (line) => { … })`) and first
// takes every other settling listener away (`lines.off('close', onClose)`) is the last word: each
// of its paths must settle. A reply kind it only counts (`HOLD`) leaves the promise pending
// forever. Keeping the other listener, or settling on every kind, is the look-alike.
typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // the close listener stays until a final reply: a HOLD waits for the next line or the close
    `import type { Interface } from 'node:readline';
export function command(lines: Interface, write: (text: string) => void, text: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const onClose = () => reject(new Error(\`vat controller closed during \${text}\`));
    const onLine = (line: string) => {
      if (line.startsWith('HOLD')) return;
      lines.off('close', onClose);
      lines.off('line', onLine);
      if (line.startsWith('OK')) resolve(line.slice(2).trim());
      else reject(new Error(line));
    };
    lines.once('close', onClose);
    lines.on('line', onLine);
    write(\`\${text}\\n\`);
  });
}`,
    // every reply kind settles after the close listener is taken away
    `import type { Interface } from 'node:readline';
export function command(lines: Interface, write: (text: string) => void, text: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const onClose = () => reject(new Error(\`vat controller closed during \${text}\`));
    lines.once('close', onClose);
    lines.once('line', (line: string) => {
      lines.off('close', onClose);
      if (line.startsWith('OK')) resolve(line.slice(2).trim());
      else reject(new Error(\`vat controller: \${line}\`));
    });
    write(\`\${text}\\n\`);
  });
}`,
  ],
  invalid: [
    // a HOLD reply is only counted, after the close listener was taken away
    {
      code: `import type { Interface } from 'node:readline';
let holds = 0;
export function command(lines: Interface, write: (text: string) => void, text: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const onClose = () => reject(new Error(\`vat controller closed during \${text}\`));
    lines.once('close', onClose);
    lines.once('line', (line: string) => {
      lines.off('close', onClose);
      if (line.startsWith('OK')) {
        resolve(line.slice(2).trim());
      } else if (line.startsWith('ERR')) {
        reject(new Error(\`vat controller: \${line}\`));
      } else if (line.startsWith('HOLD')) {
        holds++;
      }
    });
    write(\`\${text}\\n\`);
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'neverSettles',
          line: 7,
          column: 39,
          endLine: 7,
          endColumn: 41,
          suggestions: [],
        },
      ],
    },
  ],
});
