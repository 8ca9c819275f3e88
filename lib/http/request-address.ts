// The client address of the request being handled, for server components and server actions
// (route handlers pass request.headers to clientAddress directly).
import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "./client-address";

export async function requestClientAddress(): Promise<string | null> {
  return clientAddress(await headers());
}
