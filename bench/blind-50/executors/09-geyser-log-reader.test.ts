// expect: none
// collectLines settles on 'end', 'error' or a premature 'close', and each handler detaches all the others first, so it settles exactly once.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';

interface Eruption {
  geyser: string;
  startedAt: Date;
  durationS: number;
  heightM: number;
}

declare function parseEruption(line: string): Eruption | null;
declare function intervalsMinutes(eruptions: Eruption[]): number[];

function collectLines(source: Readable): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const lines: string[] = [];
    let tail = '';
    const detach = () => {
      source.off('data', onData);
      source.off('end', onEnd);
      source.off('error', onError);
      source.off('close', onClose);
    };
    const onData = (chunk: Buffer | string) => {
      const parts = (tail + chunk.toString()).split('\n');
      tail = parts.pop() ?? '';
      lines.push(...parts);
    };
    const onEnd = () => {
      detach();
      if (tail) lines.push(tail);
      resolve(lines);
    };
    const onError = (err: Error) => {
      detach();
      reject(err);
    };
    const onClose = () => {
      detach();
      reject(new Error('log stream closed before end'));
    };
    source.on('data', onData);
    source.on('end', onEnd);
    source.on('error', onError);
    source.on('close', onClose);
  });
}

const oldFaithful = [
  '2024-06-01T06:12:00Z|old-faithful|212|41',
  '2024-06-01T07:43:00Z|old-faithful|248|44\n2024-06-01T09:20:00Z|old-faithful|',
  '95|29\n',
  '# sensor 3 offline\n',
  '2024-06-01T10:58:00Z|old-faithful|231|43',
];

describe('eruption log parsing', () => {
  it('reassembles lines split across chunks', async () => {
    const lines = await collectLines(Readable.from(oldFaithful));
    const eruptions = lines.map(parseEruption).filter((e): e is Eruption => e !== null);
    assert.equal(eruptions.length, 4);
    assert.equal(eruptions[2].durationS, 95);
  });

  it('computes intervals between eruptions', async () => {
    const lines = await collectLines(Readable.from(oldFaithful));
    const eruptions = lines.map(parseEruption).filter((e): e is Eruption => e !== null);
    assert.deepEqual(intervalsMinutes(eruptions), [91, 97, 98]);
  });

  it('surfaces a stream error instead of hanging', async () => {
    const broken = new Readable({
      read() {
        this.destroy(new Error('disk read failed'));
      },
    });
    await assert.rejects(collectLines(broken), /disk read failed/);
  });

  it('rejects when the source is destroyed without an error', async () => {
    const cut = new Readable({
      read() {
        this.push('2024-06-01T06:12:00Z|old-faithful|212|41\n');
        this.destroy();
      },
    });
    await assert.rejects(collectLines(cut), /closed before end/);
  });
});
