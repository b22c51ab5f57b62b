// expect: none
// The async mapper's promises are collected in an array and consumed with for await, which awaits each one in order.
declare function headRequest(url: string, timeoutMs: number): Promise<{ status: number }>;

export interface LinkResult {
  url: string;
  ok: boolean;
  status?: number;
  error?: string;
}

export async function checkLinks(urls: string[], timeoutMs = 5000): Promise<LinkResult[]> {
  const pending = urls.map(async (url): Promise<LinkResult> => {
    try {
      const { status } = await headRequest(url, timeoutMs);
      return { url, ok: status < 400, status };
    } catch (err) {
      return { url, ok: false, error: String(err) };
    }
  });

  const results: LinkResult[] = [];
  for await (const result of pending) {
    results.push(result);
    if (!result.ok) {
      console.error(`broken: ${result.url} (${result.status ?? result.error})`);
    }
  }
  return results;
}
