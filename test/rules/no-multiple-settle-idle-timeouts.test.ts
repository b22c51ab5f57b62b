import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A promise settled only by the items a socket brings (`data` until a reply line), with `error`
// and an idle `timeout` settling too, still hangs when the peer closes without replying: the close
// destroys the socket and its idle timer, and no listener settles on the end of the input.
typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // the end of the input settles too
    `import { connect } from 'node:net';
export function exchange(port: number, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port);
    let buffer = '';
    socket.setEncoding('utf8');
    socket.setTimeout(4000);
    socket.on('connect', () => socket.write(\`\${command}\\n\`));
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      const nl = buffer.indexOf('\\n');
      if (nl === -1) return;
      socket.destroy();
      resolve(buffer.slice(0, nl));
    });
    socket.on('timeout', () => {
      socket.destroy();
      reject(new Error('idle'));
    });
    socket.on('close', () => reject(new Error('closed before a reply')));
    socket.on('error', reject);
  });
}`,
  ],
  invalid: [
    // a reply line, an error or an idle timeout settle it, a close without a reply does not
    {
      code: `import { connect } from 'node:net';
export function exchange(port: number, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port);
    let buffer = '';
    socket.setEncoding('utf8');
    socket.setTimeout(4000);
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      const nl = buffer.indexOf('\\n');
      if (nl === -1) return;
      socket.destroy();
      resolve(buffer.slice(0, nl));
    });
    socket.on('timeout', () => {
      socket.destroy();
      reject(new Error('idle'));
    });
    socket.on('error', reject);
    socket.write(\`\${command}\\n\`);
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'endUnsettled',
          line: 8,
          column: 5,
          endLine: 14,
          endColumn: 7,
          suggestions: [],
        },
      ],
    },
  ],
});
