// expect: none
// accessToken is written in the .then of the token exchange, but query() reads it only after awaiting ensureToken(), which returns that same chain, so the header always carries the fresh token.
interface TokenGrant {
  access_token: string;
  expires_in: number;
  token_type: 'Bearer';
}

interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
}

declare const oauth: {
  clientCredentials(clientId: string, clientSecret: string, scope: string): Promise<TokenGrant>;
};

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly errors: GraphQLErrorEntry[],
    readonly status?: number,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

export class BillingApiClient {
  private accessToken?: string;
  private expiresAt = 0;
  private refreshing?: Promise<void>;

  constructor(
    private readonly endpoint: string,
    private readonly clientId: string,
    private readonly clientSecret: string,
  ) {}

  private ensureToken(): Promise<void> {
    if (this.accessToken && Date.now() < this.expiresAt - 30_000) return Promise.resolve();
    this.refreshing ??= oauth
      .clientCredentials(this.clientId, this.clientSecret, 'billing:read billing:write')
      .then((grant) => {
        this.accessToken = grant.access_token;
        this.expiresAt = Date.now() + grant.expires_in * 1000;
      })
      .finally(() => {
        this.refreshing = undefined;
      });
    return this.refreshing;
  }

  async query<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
    await this.ensureToken();
    const res = await fetch(this.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.accessToken}` },
      body: JSON.stringify({ query: document, variables }),
    });
    if (res.status === 401) this.accessToken = undefined;
    if (!res.ok) throw new GraphQLRequestError(`billing API answered ${res.status}`, [], res.status);
    const body = (await res.json()) as { data?: T; errors?: GraphQLErrorEntry[] };
    if (body.errors?.length) throw new GraphQLRequestError(body.errors[0].message, body.errors);
    if (body.data === undefined) throw new GraphQLRequestError('billing API returned no data', []);
    return body.data;
  }
}

export async function outstandingBalance(client: BillingApiClient, customerId: string): Promise<number> {
  const data = await client.query<{ customer: { invoices: { amountDue: number; status: string }[] } }>(
    'query($id: ID!) { customer(id: $id) { invoices(status: OPEN) { amountDue status } } }',
    { id: customerId },
  );
  return data.customer.invoices.reduce((sum, inv) => sum + inv.amountDue, 0);
}
