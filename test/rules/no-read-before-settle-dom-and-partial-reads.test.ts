import rule from '../../rules/no-read-before-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// Locals written in callbacks that run later, beyond promise reactions: a DOM callback interface
// (`PositionCallback`, `BlobCallback`, `FrameRequestCallback`…) is called when the browser's work
// is done, and a listener that gathers a part per event (`line`, `data`, `row`) has the whole only
// once the emitter's end was waited for: outside tests, an unrelated `await` in between does not
// make the read safe. Reads in the callback, reads after `await once(reader, 'close')`, and
// synchronous DOM callbacks (`NodeList.forEach`) are left alone.
typedRuleTester().run('no-read-before-settle', rule, {
  valid: [
    // the position is read in the callback that receives it
    `interface LatLon {
  lat: number;
  lon: number;
}
export function centreMap(view: { setCenter(p: LatLon): void }): void {
  navigator.geolocation.getCurrentPosition((pos) => {
    view.setCenter({ lat: pos.coords.latitude, lon: pos.coords.longitude });
  });
}`,
    // the line count is read once the reader's close was waited for
    `import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
declare const catalogue: { begin(): Promise<string>; commit(id: string, lines: number): Promise<void> };
export async function importSheet(sheet: Readable): Promise<void> {
  let lines = 0;
  const reader = createInterface({ input: sheet });
  reader.on('line', () => {
    lines += 1;
  });
  await once(reader, 'close');
  const id = await catalogue.begin();
  await catalogue.commit(id, lines);
}`,
    // a synchronous DOM callback (NodeList's forEach) runs before the read
    `export function countChecked(list: NodeListOf<HTMLInputElement>): number {
  let checked = 0;
  list.forEach((input) => {
    if (input.checked) checked += 1;
  });
  return checked;
}`,
    // the byte count of the input is read once the reader made from it has closed
    `import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
export async function measure(input: Readable): Promise<{ bytes: number; lines: number }> {
  let bytes = 0;
  let lines = 0;
  const reader = createInterface({ input });
  input.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
  });
  reader.on('line', () => {
    lines += 1;
  });
  await once(reader, 'close');
  return { bytes, lines };
}`,
    // the counts are read once a waiter written in place has seen the reader close
    `import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
export async function countReports(input: Readable): Promise<number> {
  let reports = 0;
  const reader = createInterface({ input });
  reader.on('line', () => {
    reports += 1;
  });
  await new Promise<void>((resolve) => {
    reader.once('close', () => resolve());
  });
  return reports;
}`,
    // the output is read once the child has closed
    `import { spawn } from 'node:child_process';
import { once } from 'node:events';
export async function readProbe(bin: string): Promise<string> {
  const child = spawn(bin, [], { stdio: ['ignore', 'pipe', 'inherit'] });
  let raw = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    raw += chunk;
  });
  await once(child, 'close');
  return raw;
}`,
  ],
  invalid: [
    // the browser calls the position callback once it has a fix, after the map was centred
    {
      code: `interface LatLon {
  lat: number;
  lon: number;
}
export function centreMap(view: { setCenter(p: LatLon): void }): void {
  let here: LatLon | undefined;
  navigator.geolocation.getCurrentPosition((pos) => {
    here = { lat: pos.coords.latitude, lon: pos.coords.longitude };
  });
  view.setCenter(here ?? { lat: 0, lon: 0 });
}`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 10,
          column: 18,
          endLine: 10,
          endColumn: 22,
        },
      ],
    },
    // the line count is read after an unrelated wait, not after the reader closed
    {
      code: `import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
declare const catalogue: { begin(): Promise<string>; commit(id: string, lines: number): Promise<void> };
export async function importSheet(sheet: Readable): Promise<void> {
  let lines = 0;
  const reader = createInterface({ input: sheet });
  reader.on('line', () => {
    lines += 1;
  });
  const id = await catalogue.begin();
  await catalogue.commit(id, lines);
}`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 11,
          column: 30,
          endLine: 11,
          endColumn: 35,
        },
      ],
    },
    // waiting for the child's spawn waits for its start, not for the output it gathers
    {
      code: `import { spawn } from 'node:child_process';
import { once } from 'node:events';
export async function readProbe(bin: string): Promise<string> {
  const child = spawn(bin, [], { stdio: ['ignore', 'pipe', 'inherit'] });
  let raw = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    raw += chunk;
  });
  await once(child, 'spawn');
  return raw;
}`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 11,
          column: 10,
          endLine: 11,
          endColumn: 13,
        },
      ],
    },
  ],
});
