// expect: no-swallowed-abort
// The client's request helper converts every thrown error, including the AbortError from a cancelled fetch, into a generic ApiError with status 0, so cancellation looks like a network failure.

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export class TicketsClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  private async request<T>(path: string, init: RequestInit, opts: RequestOptions): Promise<T> {
    let res: Response;
    try {
      res = await fetch(`${this.baseUrl}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${this.token}`, "content-type": "application/json" },
        signal: opts.signal,
      });
    } catch (err) {
      throw new ApiError(`request to ${path} failed: ${(err as Error).message}`, 0);
    }
    if (!res.ok) {
      throw new ApiError(`request to ${path} failed`, res.status);
    }
    return (await res.json()) as T;
  }

  getTicket(id: string, opts: RequestOptions = {}): Promise<{ id: string; title: string }> {
    return this.request(`/tickets/${id}`, { method: "GET" }, opts);
  }

  closeTicket(id: string, opts: RequestOptions = {}): Promise<void> {
    return this.request(`/tickets/${id}/close`, { method: "POST" }, opts);
  }
}
