import { describe, expect, it } from "vitest";
import { isStaleBuildError, keepInputOnFailure as keep, submitFailureMessages } from "./submit-failure";

type State = { ok?: boolean; message?: string; values?: Record<string, string> };
const keepInputOnFailure = (fn: (prev: State, fd: FormData) => Promise<State>) => keep<State>(fn);

const form = () => {
  const fd = new FormData();
  fd.set("reason", "9月補正");
  fd.set("$ACTION_ID_abc", "");
  return fd;
};

describe("keepInputOnFailure", () => {
  it("passes a normal answer through", async () => {
    const action = keepInputOnFailure(async () => ({ ok: true }));
    expect(await action({}, form())).toEqual({ ok: true });
  });

  it("turns a failed call into the outage message with what was typed", async () => {
    const action = keepInputOnFailure(async () => {
      throw new Error("An error occurred in the Server Components render.");
    });
    expect(await action({}, form())).toMatchObject({ ok: false, message: submitFailureMessages.unavailable, values: { reason: "9月補正" } });
  });

  it("tells the user to reload after a new build, and lets redirects through", async () => {
    const stale = keepInputOnFailure(async () => {
      throw new Error('Server Action "7f00ab" was not found on the server.');
    });
    expect((await stale({}, form())).message).toBe(submitFailureMessages.newBuild);
    expect(isStaleBuildError(new Error("Failed to find Server Action \"x\"."))).toBe(true);
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;push;/x;303;" });
    await expect(keepInputOnFailure(async () => { throw redirect; })({}, form())).rejects.toBe(redirect);
  });

  it("knows Next's UnrecognizedActionError by name", () => {
    expect(isStaleBuildError(Object.assign(new Error("x"), { name: "UnrecognizedActionError" }))).toBe(true);
  });

  it("adds the failing request's id (お問い合わせ番号) when the server answered with an error", async () => {
    const g = globalThis as { document?: { cookie: string } };
    g.document = { cookie: "portal-request-id=0123456789abcdef" };
    try {
      const failed = keepInputOnFailure(async () => {
        throw Object.assign(new Error("An error occurred in the Server Components render."), { digest: "12345" });
      });
      expect((await failed({}, form())).message).toBe(`${submitFailureMessages.unavailable}（お問い合わせ番号: 0123456789abcdef）`);
      const offline = keepInputOnFailure(async () => {
        throw new TypeError("Failed to fetch");
      });
      expect((await offline({}, form())).message).toBe(submitFailureMessages.unavailable);
    } finally {
      delete g.document;
    }
  });
});
