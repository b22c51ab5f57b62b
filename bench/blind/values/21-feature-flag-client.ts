// expect: no-read-before-settle
// The constructor stores the flags in `this.flags` inside a .then callback but reads `this.flags.apiBase` on the next line, before the fetch has settled.

interface RemoteFlags {
  apiBase: string;
  enabled: string[];
}

declare function fetchFlags(env: string): Promise<RemoteFlags>;
declare function logError(scope: string, err: unknown): void;

declare class HttpClient {
  constructor(baseUrl: string);
  get<T>(path: string): Promise<T>;
}

const DEFAULT_FLAGS: RemoteFlags = { apiBase: 'https://api.example.com', enabled: [] };

export class FeatureClient {
  private flags: RemoteFlags = DEFAULT_FLAGS;
  private readonly http: HttpClient;

  constructor(env: string) {
    fetchFlags(env)
      .then((flags) => {
        this.flags = flags;
      })
      .catch((err) => logError('flags', err));

    this.http = new HttpClient(this.flags.apiBase);
  }

  isEnabled(flag: string): boolean {
    return this.flags.enabled.includes(flag);
  }

  profile(): Promise<{ id: string }> {
    return this.http.get('/me');
  }
}
