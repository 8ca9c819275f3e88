// What people read about resetting a forgotten password.
export const resetMessages = {
  forgotLink: "パスワードを忘れた方",
  requestTitle: "パスワードの再設定",
  requestLead: "登録されているメールアドレスを入力してください。パスワードを再設定するためのリンクをお送りします。リンクの有効期限は1時間で、1回だけ使えます。",
  emailRequired: "メールアドレスを入力してください。",
  emailInvalid: "メールアドレスの形式で入力してください。",
  requestSubmit: "再設定用のリンクを送る",
  requested: "入力されたメールアドレスが登録されている場合は、パスワード再設定用のリンクを送信しました。メールが届かない場合は、入力したアドレスを確かめるか、本庁の管理者にお問い合わせください。",
  resetTitle: "新しいパスワードの設定",
  resetLead: (email: string) => `${email} の新しいパスワードを設定してください。設定すると、すべての端末でのログインが終了します。`,
  resetSubmit: "パスワードを設定する",
  resetDone: "パスワードを再設定しました。新しいパスワードでログインしてください（二段階認証を設定している場合は、確認コードも必要です）。",
  linkUnusable: "このリンクは使えません。有効期限（1時間）が過ぎたか、すでに使われています。もう一度、再設定を申し込んでください。",
  mailSubject: (siteName: string) => `【${siteName}】パスワードの再設定`,
  mailBody: (name: string, link: string, until: string) =>
    `${name} 様\n\nパスワードの再設定が申し込まれました。次のリンクから新しいパスワードを設定してください。\n\n${link}\n\nリンクの有効期限: ${until}（1回だけ使えます）\n\nお心当たりがない場合は、このメールを破棄してください。パスワードは変更されません。\n`,
};
