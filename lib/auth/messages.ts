// User-facing text of sign-in and sessions.
import { roleLabels } from "./role-labels";
export const authMessages = {
  signInTitle: "ログイン",
  signInLead: "本庁・保健所・申請団体など、利用者として登録された方のログイン画面です。",
  email: "メールアドレス",
  password: "パスワード",
  submit: "ログイン",
  failed: "メールアドレスまたはパスワードが正しくありません。",
  required: "メールアドレスとパスワードを入力してください。",
  signOut: "ログアウト",
  account: "アカウント",
  signIn: "ログイン",
  signedInAs: (name: string, role: string) => `${name}（${role}）`,
  timeoutTitle: "まもなく自動的にログアウトします",
  timeoutBody: (minutes: number) => `操作がないため、あと約${minutes}分でログアウトします。入力中の内容はそのまま残ります。`,
  extend: "ログインを延長する",
  close: "閉じる",
  expired: "一定時間操作がなかったため、ログアウトしました。入力中の内容を控えてから、もう一度ログインしてください。",
  roles: roleLabels,
};
