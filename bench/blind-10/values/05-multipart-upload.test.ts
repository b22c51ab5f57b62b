// expect: none
// Each async result is either awaited before it is compared or handed to expect(...).resolves/.rejects and that assertion is awaited, so the tests check real values.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => void): void;
declare const vi: {
  fn<F extends (...args: any[]) => any>(impl: F): F & { mock: { calls: Parameters<F>[] } };
};
interface Matchers<R> {
  toBe(expected: unknown): R;
  toEqual(expected: unknown): R;
  toThrow(expected?: string | RegExp): R;
  toHaveLength(n: number): R;
}
interface Assertion extends Matchers<void> {
  resolves: Matchers<Promise<void>>;
  rejects: Matchers<Promise<void>>;
}
declare function expect(actual: unknown): Assertion;

type SendPart = (part: { index: number; bytes: Uint8Array }) => Promise<{ etag: string }>;
type MockSend = SendPart & { mock: { calls: Parameters<SendPart>[] } };

async function uploadInParts(data: Uint8Array, partSize: number, send: SendPart): Promise<string[]> {
  if (!Number.isInteger(partSize) || partSize <= 0) throw new RangeError(`invalid partSize ${partSize}`);
  const etags: string[] = [];
  for (let offset = 0, index = 1; offset < data.length; offset += partSize, index++) {
    const { etag } = await send({ index, bytes: data.subarray(offset, offset + partSize) });
    etags.push(etag);
  }
  return etags;
}

describe('uploadInParts', () => {
  let send: MockSend;

  beforeEach(() => {
    send = vi.fn<SendPart>(async ({ index }) => ({ etag: `"etag-${index}"` }));
  });

  it('splits the payload and keeps part order', async () => {
    const etags = await uploadInParts(new Uint8Array(10), 4, send);
    expect(etags).toEqual(['"etag-1"', '"etag-2"', '"etag-3"']);
    expect(send.mock.calls.map(([p]) => p.bytes.length)).toEqual([4, 4, 2]);
  });

  it('resolves to an empty list for an empty payload', async () => {
    await expect(uploadInParts(new Uint8Array(0), 4, send)).resolves.toEqual([]);
    expect(send.mock.calls).toHaveLength(0);
  });

  it('rejects a non-positive part size before sending anything', async () => {
    await expect(uploadInParts(new Uint8Array(8), 0, send)).rejects.toThrow(/invalid partSize/);
    expect(send.mock.calls).toHaveLength(0);
  });

  it('stops at the first failing part and surfaces its error', async () => {
    send = vi.fn<SendPart>(async ({ index }) => {
      if (index === 2) throw new Error('part 2: 503 SlowDown');
      return { etag: `"ok-${index}"` };
    });
    const upload = uploadInParts(new Uint8Array(12), 4, send);
    await expect(upload).rejects.toThrow('part 2: 503 SlowDown');
    expect(send.mock.calls).toHaveLength(2);
  });

  it('returns the etag of a single small part', async () => {
    const [only] = await uploadInParts(new Uint8Array(3), 1024, send);
    expect(only).toBe('"etag-1"');
  });
});
