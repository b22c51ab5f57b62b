// Callbacks a local helper runs (how often is read from how the helper calls them: from a repeating
// listener, or once), a request's end events, of which exactly one fires, and items awaited on one emitter while
// only error listeners watch the others.
import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // the helper calls the callback from a once('end') listener: it runs at most once
    `import type { Socket } from 'node:net';
function onEnd(socket: Socket, cb: (text: string) => void): void {
  let text = '';
  socket.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  socket.once('end', () => cb(text));
}
export function readAll(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    socket.once('error', onError);
    onEnd(socket, (text) => {
      socket.off('error', onError);
      resolve(text);
    });
  });
}`,
    // the data listener removes itself by name before it settles
    `import type { Socket } from 'node:net';
export function firstChunk(socket: Socket): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => {
      socket.off('data', onData);
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      socket.off('error', onError);
      socket.off('data', onData);
      resolve(chunk);
    };
    socket.once('error', onError);
    socket.on('data', onData);
  });
}`,
    // the helper calls the callback itself, synchronously, maybe several times: how often is not told, and nothing is reported
    `function withHeader(raw: string, cb: (header: string) => void): void {
  for (const line of raw.split('\\n')) {
    if (line.startsWith('X-')) cb(line);
  }
}
export function header(raw: string): Promise<string> {
  return new Promise((resolve) => {
    withHeader(raw, (line) => resolve(line));
    resolve('');
  });
}`,
    // loadend fires after load too: it settles what onload left open
    `export function upload(body: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/upload');
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(String(xhr.response));
      } else if (xhr.status >= 500) {
        reject(new Error(\`server error \${xhr.status}\`));
      }
    };
    xhr.onloadend = () => reject(new Error(\`upload ended with \${xhr.status}\`));
    xhr.onerror = () => reject(new Error('network error'));
    xhr.send(body);
  });
}`,
    // the child's exit rejects: the end of the output before the ready line settles the promise
    `import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
export function startServer(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', ['server.js', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.once('error', (error) => reject(error));
    child.once('exit', (code) => reject(new Error(\`server exited with \${code} before it listened\`)));
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = /listening on (\\S+)/.exec(line);
      if (!match) return;
      lines.close();
      resolve(match[1]!);
    });
  });
}`,
  ],
  invalid: [
    // a local helper calls the callback from a data listener, once per line; removing the error listener does not remove it
    {
      code: `import type { Socket } from 'node:net';
function onLine(socket: Socket, cb: (line: string) => void): void {
  let buffered = '';
  socket.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('latin1');
    let index: number;
    while ((index = buffered.indexOf('\\r\\n')) !== -1) {
      cb(buffered.slice(0, index));
      buffered = buffered.slice(index + 2);
    }
  });
}
export function reply(socket: Socket, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    socket.once('error', onError);
    onLine(socket, (line) => {
      socket.off('error', onError);
      resolve(line);
    });
    socket.write(\`\${command}\\r\\n\`);
  });
}`,
      errors: [
        {
          messageId: 'repeatedSettle',
          line: 19,
          column: 7,
          endLine: 19,
          endColumn: 20,
          suggestions: [],
        },
      ],
    },
    // onload settles nothing for a 4xx, and timeout, abort and error never fire once load has: the upload hangs
    {
      code: `export function upload(body: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/upload');
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(String(xhr.response));
      } else if (xhr.status >= 500) {
        reject(new Error(\`server error \${xhr.status}\`));
      }
    };
    xhr.ontimeout = () => reject(new Error('timed out'));
    xhr.onabort = () => reject(new Error('aborted'));
    xhr.onerror = () => reject(new Error('network error'));
    xhr.send(body);
  });
}`,
      errors: [
        {
          messageId: 'neverSettles',
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 23,
          suggestions: [],
        },
      ],
    },
    // ready line awaited from readline over the child's stdout, with only an error listener on the child: an exit before the line hangs
    {
      code: `import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
export function startServer(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', ['server.js', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.once('error', (error) => reject(error));
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = /listening on (\\S+)/.exec(line);
      if (!match) return;
      lines.close();
      resolve(match[1]!);
    });
  });
}`,
      errors: [
        {
          messageId: 'endUnsettled',
          line: 8,
          column: 5,
          endLine: 13,
          endColumn: 7,
          suggestions: [],
        },
      ],
    },
    // a recorder with a timeslice hands over a chunk every second: only the first one is kept
    {
      code: `export function record(stream: MediaStream): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const recorder = new MediaRecorder(stream);
    recorder.ondataavailable = (event: BlobEvent) => {
      if (event.data.size > 0) resolve(event.data);
    };
    recorder.onerror = () => reject(new Error('recording failed'));
    recorder.start(1_000);
  });
}`,
      errors: [
        {
          messageId: 'repeatedSettle',
          line: 5,
          column: 32,
          endLine: 5,
          endColumn: 51,
          suggestions: [],
        },
      ],
    },
  ],
});
