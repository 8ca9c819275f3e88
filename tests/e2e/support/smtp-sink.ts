// A minimal SMTP server that accepts every mail and keeps it, so a test can read what the portal
// really sent (the outbox stores one-time links redacted). Plain SMTP, no TLS, no auth.
import net from "node:net";

export interface ReceivedMail {
  from: string;
  to: string[];
  headers: Record<string, string>;
  /** The text body, transfer encoding (base64 / quoted-printable) undone. */
  text: string;
}

function decodeBody(headers: Record<string, string>, body: string): string {
  const encoding = (headers["content-transfer-encoding"] ?? "").toLowerCase();
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h: string) => `%${h}`);
    return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, "%25"));
  }
  return body;
}

function parse(from: string, to: string[], data: string): ReceivedMail {
  const [head, ...rest] = data.split(/\r?\n\r?\n/);
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const i = line.indexOf(":");
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return { from, to, headers, text: decodeBody(headers, rest.join("\r\n\r\n").replace(/(^|\r?\n)\.\./g, "$1.")) };
}

export async function startSmtpSink(): Promise<{ port: number; mails: ReceivedMail[]; close: () => Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const server = net.createServer((socket) => {
    let buffer = "";
    let from = "";
    let to: string[] = [];
    let inData = false;
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 smtp-sink ESMTP");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      while (true) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          mails.push(parse(from, to, buffer.slice(0, end)));
          buffer = buffer.slice(end + 5);
          inData = false;
          reply("250 OK");
          continue;
        }
        const eol = buffer.indexOf("\r\n");
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "MAIL") {
          from = line.slice(10).trim();
          to = [];
        } else if (verb === "RCPT") {
          to.push(line.slice(8).trim());
        } else if (verb === "DATA") {
          inData = true;
          reply("354 End data with <CR><LF>.<CR><LF>");
          continue;
        } else if (verb === "QUIT") {
          reply("221 Bye");
          socket.end();
          return;
        }
        reply(verb === "EHLO" || verb === "HELO" ? "250 smtp-sink" : "250 OK");
      }
    });
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return { port, mails, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
