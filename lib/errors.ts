// Typed errors the domain layer throws; actions and route handlers map them to messages and
// HTTP statuses (lib/api/errors.ts). Messages are Japanese sentences a user can act on.
export abstract class AppError extends Error {
  abstract readonly code: string;
  abstract readonly status: number;
}

export class ValidationError extends AppError {
  readonly code = "validation_error";
  readonly status = 422;
  constructor(message: string, readonly fieldErrors: Record<string, string[]> = {}) {
    super(message);
  }

  /** From zod issues: field path ("successors.0.code") → messages. */
  static fromIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of issues) {
      const key = issue.path.map(String).join(".") || "_";
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return new ValidationError("入力内容を確認してください。", fieldErrors);
  }
}

export class UnauthenticatedError extends AppError {
  readonly code = "unauthenticated";
  readonly status = 401;
  constructor(message = "ログインしてください。") {
    super(message);
  }
}

export class ForbiddenError extends AppError {
  readonly code = "forbidden";
  readonly status = 403;
  constructor(message = "この操作を行う権限がありません。") {
    super(message);
  }
}

export class NotFoundError extends AppError {
  readonly code = "not_found";
  readonly status = 404;
  constructor(message = "指定されたデータが見つかりません。") {
    super(message);
  }
}

export class ConflictError extends AppError {
  readonly code = "conflict";
  readonly status = 409;
  constructor(message = "他の利用者が先に更新しました。最新の内容を確認してから、もう一度保存してください。") {
    super(message);
  }
}

/** Too many attempts for now (throttling): 429 with Retry-After; the message says when to try again. */
export class TooManyRequestsError extends AppError {
  readonly code = "too_many_requests";
  readonly status = 429;
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/**
 * A Bearer token that is unknown, malformed, revoked or expired, or whose user may no longer sign
 * in: 401 with `WWW-Authenticate: Bearer error="invalid_token"` (RFC 6750).
 */
export class InvalidTokenError extends AppError {
  readonly code = "invalid_token";
  readonly status = 401;
  constructor(message = "API トークンが正しくないか、取り消されたか、有効期限が切れています。有効なトークンを指定してください。") {
    super(message);
  }
}
