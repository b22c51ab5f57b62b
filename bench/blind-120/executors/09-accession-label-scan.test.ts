// expect: none
// The scanner promise settles once through a finish helper on match, end of input, input error or timeout, and each path removes its listeners and clears the timer first.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, Readable } from 'node:stream';
import { createInterface } from 'node:readline';

const ACCESSION = /^LICH-(\d{6})$/;

function readAccessionNumber(input: Readable, timeoutMs = 2000): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input, crlfDelay: Infinity });

    const onLine = (line: string) => {
      const match = ACCESSION.exec(line.trim());
      if (match) finish(() => resolve(match[0]));
    };
    const onClose = () => finish(() => reject(new Error('scanner stream ended without an accession label')));
    const onError = (err: Error) => finish(() => reject(err));
    const timer = setTimeout(() => finish(() => reject(new Error(`no label scanned within ${timeoutMs}ms`))), timeoutMs);

    function finish(settle: () => void): void {
      clearTimeout(timer);
      rl.off('line', onLine);
      rl.off('close', onClose);
      rl.off('error', onError);
      rl.close();
      settle();
    }

    rl.on('line', onLine);
    rl.on('close', onClose);
    rl.on('error', onError);
  });
}

describe('readAccessionNumber', () => {
  let idle: PassThrough;

  before(() => {
    idle = new PassThrough();
  });

  after(() => {
    idle.destroy();
  });

  test('returns the first accession label and skips scanner noise', async () => {
    const input = Readable.from(['\u0002READY\n', 'lichen drawer 14\n', 'LICH-004211\n', 'LICH-004212\n']);
    assert.equal(await readAccessionNumber(input), 'LICH-004211');
  });

  test('tolerates whitespace around the label', async () => {
    const input = Readable.from(['   LICH-120045  \r\n']);
    assert.equal(await readAccessionNumber(input), 'LICH-120045');
  });

  test('rejects when the stream ends without a label', async () => {
    const input = Readable.from(['Cladonia sp.\n', 'collected 1987\n']);
    await assert.rejects(readAccessionNumber(input), /ended without an accession label/);
  });

  test('rejects when the scanner input errors', async () => {
    const input = new PassThrough();
    const pending = readAccessionNumber(input);
    input.destroy(new Error('usb scanner unplugged'));
    await assert.rejects(pending, /usb scanner unplugged/);
  });

  test('times out when nothing is scanned', async () => {
    await assert.rejects(readAccessionNumber(idle, 50), /no label scanned within 50ms/);
    assert.equal(idle.listenerCount('error'), 0);
  });
});
