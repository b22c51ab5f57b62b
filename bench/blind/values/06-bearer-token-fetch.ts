// expect: no-read-before-settle
// `token` is assigned in the .then callback of getAccessToken but read immediately to build the Authorization header, so the first request goes out with "Bearer undefined".

declare const auth: {
  getAccessToken(scope: string): Promise<string>;
};

declare function reportError(err: unknown): void;

export interface Invoice {
  id: string;
  total: number;
}

export async function fetchInvoices(baseUrl: string, customerId: string): Promise<Invoice[]> {
  let token: string | undefined;
  auth
    .getAccessToken('invoices:read')
    .then((t) => {
      token = t;
    })
    .catch(reportError);

  const res = await fetch(`${baseUrl}/customers/${encodeURIComponent(customerId)}/invoices`, {
    headers: {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json',
    },
  });

  if (!res.ok) {
    throw new Error(`invoice request failed: ${res.status}`);
  }
  return (await res.json()) as Invoice[];
}
