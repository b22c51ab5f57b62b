// expect: none
// Only JSON.parse is inside the try, the catch returns after rejecting, and resolve runs once after the try, so nothing can reject after resolving.
export interface DeployConfig {
  service: string;
  replicas: number;
  image: string;
}

function readStdinJson<T>(): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
    });
    process.stdin.once('error', reject);
    process.stdin.once('end', () => {
      let parsed: T;
      try {
        parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as T;
      } catch (err) {
        reject(new Error(`stdin is not valid JSON: ${(err as Error).message}`));
        return;
      }
      resolve(parsed);
    });
  });
}

export async function loadDeployConfig(): Promise<DeployConfig> {
  const raw = await readStdinJson<Partial<DeployConfig>>();
  if (!raw.service || !raw.image) throw new Error('config needs "service" and "image"');
  return { service: raw.service, image: raw.image, replicas: raw.replicas ?? 1 };
}
