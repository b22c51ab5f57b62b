// expect: none
// The helper's promise waits on both 'end' and 'error' with once(), and also on the gzip stream's 'error', so a failed compression rejects the test instead of hanging it.
import { createGzip, gunzipSync } from 'node:zlib';
import { PassThrough } from 'node:stream';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void>): void;
declare function expect(value: unknown): { toBe(expected: unknown): void; toBeGreaterThan(n: number): void };

function gzipToBuffer(text: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (c: Buffer) => chunks.push(c));
  return new Promise<Buffer>((resolve, reject) => {
    const gz = createGzip();
    gz.pipe(sink);
    sink.once('end', () => resolve(Buffer.concat(chunks)));
    sink.once('error', reject);
    gz.once('error', reject);
    gz.end(text);
  });
}

describe('gzip', () => {
  it('round-trips utf8 text', async () => {
    const text = 'héllo wörld\n'.repeat(500);
    const compressed = await gzipToBuffer(text);
    expect(compressed.length).toBeGreaterThan(0);
    expect(gunzipSync(compressed).toString('utf8')).toBe(text);
  });
});

export { gzipToBuffer };
