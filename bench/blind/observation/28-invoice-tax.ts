// expect: none
// The tax lookup is started early, but every branch of the switch (including the error branch, via `finally`) awaits it before leaving.
interface Invoice { id: string; country: string; net: number; kind: "standard" | "reverse-charge" | "exempt" }

declare const taxApi: { rateFor(country: string): Promise<number> };

export class InvoiceError extends Error {}

export async function grossAmount(invoice: Invoice): Promise<number> {
  const rateP = taxApi.rateFor(invoice.country);
  let rate = 0;

  try {
    switch (invoice.kind) {
      case "exempt":
        return invoice.net;
      case "reverse-charge":
        if (invoice.country === "") {
          throw new InvoiceError(`invoice ${invoice.id} has no country`);
        }
        return invoice.net;
      case "standard":
        rate = await rateP;
        return Math.round(invoice.net * (1 + rate) * 100) / 100;
    }
  } finally {
    await rateP.catch(() => undefined);
  }
}
