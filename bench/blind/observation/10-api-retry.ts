// expect: none
// The token promise is awaited inside a do-while body, which always runs at least once, so it cannot be skipped.
declare const auth: { getAccessToken(): Promise<string> };
declare function callApi(path: string, token: string): Promise<Response>;
declare function sleep(ms: number): Promise<void>;

export async function fetchWithRetry(path: string, maxAttempts: number): Promise<unknown> {
  const tokenP = auth.getAccessToken();
  let attempt = 0;
  let response: Response;

  do {
    const token = await tokenP;
    response = await callApi(path, token);
    if (response.status !== 503) {
      break;
    }
    attempt += 1;
    await sleep(200 * 2 ** attempt);
  } while (attempt < maxAttempts);

  if (!response.ok) {
    throw new Error(`GET ${path} failed with ${response.status}`);
  }
  return response.json();
}
