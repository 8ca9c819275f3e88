// Submitting a page's form the way a browser without JavaScript does: React renders every
// server-action form with hidden fields naming the action (progressive enhancement), and Next
// runs the action for a plain multipart POST to the page. Plain node:http, so the test controls
// every header — Host and X-Forwarded-For included, which fetch() would not let it set.
import http, { type IncomingHttpHeaders } from "node:http";

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export function rawRequest(url: string, options: { method?: string; headers?: Record<string, string>; body?: Buffer } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? "GET", headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/**
 * The hidden fields (the action's id and bound state among them) of a page's form: `form` a number
 * is the n-th form in the page's <main> (the shell's own forms, such as ログアウト in the header,
 * are not the page's); a string is the first form anywhere on the page whose markup contains it.
 */
export function hiddenFields(html: string, form: number | string = 0): [string, string][] {
  const scope = typeof form === "number" ? (/<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? html) : html;
  const forms = scope.match(/<form\b[\s\S]*?<\/form>/g) ?? [];
  const found = typeof form === "number" ? forms[form] : forms.find((f) => f.includes(form));
  if (!found) throw new Error(`the page has no form ${typeof form === "number" ? `#${form} in <main>` : `containing "${form}"`} (${forms.length} forms)`);
  return [...found.matchAll(/<input\b[^>]*\btype="hidden"[^>]*>/g)].map((m) => {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1] ?? "";
    const value = /\bvalue="([^"]*)"/.exec(m[0])?.[1] ?? "";
    return [decode(name), decode(value)];
  });
}

/** The cookies a response sets, as a Cookie header value. */
export function cookiesOf(res: RawResponse): string {
  return (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
}

/**
 * Opens `pagePath` and submits its form `form` (see hiddenFields; default the first in <main>) with `fields`, with `headers` on both
 * requests (an Origin matching the Host the server will see is added unless given).
 */
export async function submitForm(
  baseUrl: string,
  pagePath: string,
  fields: Record<string, string>,
  options: { headers?: Record<string, string>; form?: number | string } = {},
): Promise<RawResponse> {
  const headers = { ...options.headers };
  const page = await rawRequest(baseUrl + pagePath, { headers });
  if (page.status !== 200) throw new Error(`GET ${pagePath} answered ${page.status}`);
  const form = new FormData();
  for (const [name, value] of hiddenFields(page.body, options.form)) form.append(name, value);
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const encoded = new Request(baseUrl, { method: "POST", body: form });
  const body = Buffer.from(await encoded.arrayBuffer());
  const origin = headers.origin ?? `http://${headers.host ?? new URL(baseUrl).host}`;
  return rawRequest(baseUrl + pagePath, {
    method: "POST",
    headers: { ...headers, origin, "content-type": encoded.headers.get("content-type")!, "content-length": String(body.length) },
    body,
  });
}
