// Request bodies of API endpoints: multipart/form-data or JSON, read and parsed with the
// endpoint's declared zod schema (lib/api/endpoint.ts), answered in the one error shape.
import type { BodyType, Endpoint, Parsed } from "./endpoint";
import { errorResponse } from "./errors";

async function readBody(type: BodyType, request: Request, required: boolean): Promise<Parsed> {
  if (type === "multipart/form-data") {
    const unreadable = "multipart/form-data 形式で送ってください（ファイルは file 欄）。";
    if (!/^multipart\/form-data\b/i.test(request.headers.get("content-type") ?? "")) return { error: errorResponse(400, "invalid_body", unreadable) };
    try {
      return { value: Object.fromEntries((await request.formData()).entries()) };
    } catch {
      return { error: errorResponse(400, "invalid_body", unreadable) };
    }
  }
  const text = await request.text();
  if (text.trim() === "") return required ? { error: errorResponse(400, "invalid_body", "本文（JSON）を送ってください。") } : { value: {} };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: errorResponse(400, "invalid_body", "本文を JSON として読み取れません。") };
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) return { error: errorResponse(400, "invalid_body", "本文は JSON のオブジェクト（{ … }）で送ってください。") };
  return { value: json as Record<string, unknown> };
}

/** The request body, parsed with the declared schema: 413 too long, 400 unreadable, 422 invalid. */
export async function parseBody(spec: Endpoint["body"], request: Request, limit?: { bytes: number; message: string }): Promise<Parsed> {
  if (!spec) return { value: {} };
  const length = Number(request.headers.get("content-length") ?? NaN);
  if (limit && Number.isFinite(length) && length > limit.bytes) return { error: errorResponse(413, "payload_too_large", limit.message) };
  const raw = await readBody(spec.type, request, spec.required !== false);
  if ("error" in raw) return raw;
  const parsed = spec.schema.safeParse(raw.value);
  if (parsed.success) return { value: parsed.data };
  return { error: errorResponse(422, "validation_error", parsed.error.issues[0].message) };
}
