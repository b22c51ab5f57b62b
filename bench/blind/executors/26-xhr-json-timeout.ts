// expect: no-multiple-settle
// xhr.timeout is set but there is no ontimeout handler; a timed-out request fires 'timeout' (not 'load' or 'error'), so the promise never settles.
export interface ApiError {
  status: number;
  url: string;
}

export function getJson<T>(url: string, timeoutMs = 10_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url);
    xhr.timeout = timeoutMs;
    xhr.responseType = 'json';
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.withCredentials = true;
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(xhr.response as T);
      } else {
        const info: ApiError = { status: xhr.status, url };
        reject(Object.assign(new Error(`GET ${url} -> ${xhr.status}`), info));
      }
    };
    xhr.onerror = () => reject(new Error(`GET ${url} failed: network error`));
    xhr.send();
  });
}

export async function loadProfile(userId: string): Promise<{ name: string; avatar: string }> {
  return getJson(`/api/users/${encodeURIComponent(userId)}/profile`);
}
