import rule from '../../rules/no-read-before-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A local written by a listener on an emitter, read right after the request is written to a part
// of that emitter (`probe.port.write(…)`, Node's `Writable#write`): the library's write fires none of
// the emitter's listeners during the call, so the read sees the old value. A part written in the
// program (a fake that answers at once) may fire them, and waiting for the event reads the answer.
typedRuleTester().run('no-read-before-settle', rule, {
  valid: [
    // the reading is awaited after the request is written
    `import { once, type EventEmitter } from 'node:events';
import type { Writable } from 'node:stream';
export interface Hydrometer extends EventEmitter {
  port: Writable;
}
export async function readBrix(probe: Hydrometer, pan: string): Promise<number> {
  const reading = once(probe, 'reading');
  probe.port.write(\`READ \${pan}\\r\\n\`);
  const [value] = (await reading) as [{ brix: number }];
  return value.brix;
}`,
    // the port is a fake of this program whose write may answer during the call
    `import { EventEmitter } from 'node:events';
class LoopbackPort {
  constructor(private readonly owner: EventEmitter) {}
  write(line: string): void {
    this.owner.emit('reading', { brix: line.length });
  }
}
export class Hydrometer extends EventEmitter {
  readonly port = new LoopbackPort(this);
}
export function readBrix(probe: Hydrometer, pan: string): number {
  let brix = Number.NaN;
  probe.once('reading', (reading: { brix: number }) => {
    brix = reading.brix;
  });
  probe.port.write(\`READ \${pan}\`);
  return brix;
}`,
    // a part reached through a call (`probe.portFor(pan)`) is not known to be a field: its write may fire at once
    `import type { EventEmitter } from 'node:events';
import type { Writable } from 'node:stream';
export interface Hydrometer extends EventEmitter {
  portFor(pan: string): Writable;
}
export function readBrix(probe: Hydrometer, pan: string): number {
  let brix = Number.NaN;
  probe.once('reading', (reading: { brix: number }) => {
    brix = reading.brix;
  });
  probe.portFor(pan).write(\`READ \${pan}\`);
  return brix;
}`,
  ],
  invalid: [
    // Node's write answers nothing during the call: the comparison sees NaN
    {
      code: `import type { EventEmitter } from 'node:events';
import type { Writable } from 'node:stream';
export interface Hydrometer extends EventEmitter {
  port: Writable;
}
export function shouldDrawOff(probe: Hydrometer, pan: string): boolean {
  let brix = Number.NaN;
  probe.once('reading', (reading: { brix: number }) => {
    brix = reading.brix;
  });
  probe.port.write(\`READ \${pan}\\r\\n\`);
  return brix >= 66.9;
}`,
      output: null,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 12,
          column: 10,
          endLine: 12,
          endColumn: 14,
          suggestions: [],
        },
      ],
    },
  ],
});
