// Server bootstrap: reads the port from the config file, listens, and reports the price of the
// warm-up cart; a file watcher shows the latest contents unless it was cancelled.
export interface Config {
  port: number;
}

export interface Platform {
  readConfig(path: string): Promise<Config>;
  listen(port: number): void;
  price(sku: string): Promise<number>;
}

export function start(platform: Platform, path: string): void {
  let port = 8080;
  platform.readConfig(path).then(
    (config) => {
      port = config.port;
    },
    (error: unknown) => console.error('config not read, using the default port', error),
  );
  platform.listen(port);
}

export async function warmUpTotal(platform: Platform, skus: readonly string[]): Promise<number> {
  const prices = await Promise.all(skus.map((sku) => platform.price(sku)));
  return prices.reduce((sum, value) => sum + value, 0);
}

/** Correct: the read happens in a callback that runs after the load. */
export function watch(load: () => Promise<string>, show: (text: string) => void): () => void {
  let cancelled = false;
  load()
    .then((text) => {
      if (!cancelled) show(text);
    })
    .catch((error: unknown) => console.error('watch failed', error));
  return () => {
    cancelled = true;
  };
}
