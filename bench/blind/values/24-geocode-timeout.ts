// expect: none
// The geocode promise is passed to withTimeout, whose parameter is typed Promise<T>, and the function returns that promise to its caller.

export interface LatLng {
  lat: number;
  lng: number;
}

declare const geocoder: {
  lookup(address: string, signal: AbortSignal): Promise<LatLng>;
};

export function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new Error(`timed out after ${ms}ms`));
    }, ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export function geocode(address: string, ms = 3000): Promise<LatLng> {
  const controller = new AbortController();
  const pending = geocoder.lookup(address, controller.signal);
  return withTimeout(pending, ms, () => controller.abort());
}
