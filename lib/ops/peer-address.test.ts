import { describe, expect, it } from "vitest";
import { PEER_HEADER, stampPeerAddress } from "./peer-address";

describe("stampPeerAddress", () => {
  it("replaces a client-sent copy with the socket's address", () => {
    const req = { headers: { [PEER_HEADER]: "203.0.113.9", host: "x" }, socket: { remoteAddress: "127.0.0.1" } };
    stampPeerAddress(req as never);
    expect(req.headers[PEER_HEADER]).toBe("127.0.0.1");
    expect(req.headers.host).toBe("x");
  });

  it("sets an empty value when the socket has no address (closed)", () => {
    const req = { headers: {}, socket: {} };
    stampPeerAddress(req as never);
    expect(req.headers).toEqual({ [PEER_HEADER]: "" });
  });
});
