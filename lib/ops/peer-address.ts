import type { IncomingMessage } from "node:http";

/** Header carrying the TCP peer address to the app. Never trusted from the client. */
export const PEER_HEADER = "x-portal-peer-address";

/** Removes any copy the client sent and sets the header from the socket's peer address. */
export function stampPeerAddress(req: Pick<IncomingMessage, "headers" | "socket">) {
  delete req.headers[PEER_HEADER];
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
}
