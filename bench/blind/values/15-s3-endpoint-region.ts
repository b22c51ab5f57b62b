// expect: no-promise-as-value
// When AWS_REGION is unset, `region` falls back to the un-awaited promise from regionFromInstanceMetadata, so the endpoint becomes "https://s3.[object Promise].amazonaws.com".

declare function regionFromInstanceMetadata(): Promise<string>;

declare class ObjectStore {
  constructor(opts: { endpoint: string; bucket: string });
  put(key: string, body: Uint8Array): Promise<void>;
}

export interface StoreOptions {
  bucket: string;
  pathStyle?: boolean;
}

export async function createStore(opts: StoreOptions): Promise<ObjectStore> {
  const region = process.env.AWS_REGION || regionFromInstanceMetadata();

  const endpoint = opts.pathStyle
    ? `https://s3.${region}.amazonaws.com/${opts.bucket}`
    : `https://${opts.bucket}.s3.amazonaws.com`;

  const store = new ObjectStore({ endpoint, bucket: opts.bucket });
  await store.put('.healthcheck', new Uint8Array([1]));
  return store;
}
