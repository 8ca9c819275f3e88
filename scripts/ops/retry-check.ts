// "nginx retries only idempotent requests on the other instance" (issue 13), shown for real: a
// stand-in upstream that reads each request and drops the connection without answering sits in
// the pool beside a portal instance. A GET it drops is retried on the portal (the client gets
// 200); a POST it drops is answered 502 and never reaches the portal (nginx does not send a
// non-idempotent request twice, ADR 0026).
import net from "node:net";
import { rawRequest } from "../../tests/e2e/support/form-post";

export interface DroppingUpstream {
  port: number;
  seen: Record<string, number>;
  close: () => Promise<void>;
}

export async function startDroppingUpstream(): Promise<DroppingUpstream> {
  const seen: Record<string, number> = {};
  const server = net.createServer((socket) => {
    let head = "";
    socket.on("data", (chunk) => {
      head += chunk.toString("latin1");
      if (!head.includes("\r\n")) return;
      const method = head.split(" ")[0];
      seen[method] = (seen[method] ?? 0) + 1;
      socket.destroy();
    });
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface RetryResult {
  /** GETs the dropping upstream took, and whether every client still got 200. */
  getsDropped: number;
  getsAllOk: boolean;
  /** POSTs it took, and how many clients got 502 (equal: none was sent on to the portal). */
  postsDropped: number;
  posts502: number;
  postStatuses: number[];
}

/** Sends requests through nginx (`front`) until the dropping upstream has taken a GET and a POST. */
export async function exerciseRetries(front: string, dropping: DroppingUpstream, afresh: () => Promise<void>): Promise<RetryResult> {
  let getsAllOk = true;
  for (let i = 0; i < 12 && !dropping.seen.GET; i++) {
    const status = await rawRequest(`${front}/api/health`, { headers: { connection: "close" } }).then((r) => r.status, () => 0);
    if (status !== 200) getsAllOk = false;
  }
  // After a failure nginx keeps the dropping upstream out (fail_timeout) and weighs it down for a
  // while; a reload starts the POSTs with a fresh upstream state.
  await afresh();
  const postStatuses: number[] = [];
  for (let i = 0; i < 12 && !dropping.seen.POST; i++) {
    const body = Buffer.from("{}");
    const res = await rawRequest(`${front}/api/health`, {
      method: "POST",
      headers: { connection: "close", "content-type": "application/json", "content-length": String(body.length) },
      body,
    }).then((r) => r.status, () => 0);
    postStatuses.push(res);
  }
  return {
    getsDropped: dropping.seen.GET ?? 0,
    getsAllOk,
    postsDropped: dropping.seen.POST ?? 0,
    posts502: postStatuses.filter((s) => s === 502).length,
    postStatuses,
  };
}
