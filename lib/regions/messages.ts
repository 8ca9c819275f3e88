// User-facing messages of the 在宅医療圏 domain.
export const regionMessages = {
  notFound: (code: string) => `在宅医療圏（コード ${code}）が見つかりません。`,
  forbiddenDefine: "在宅医療圏の定義を変更できるのは本庁管理者だけです。",
  notActiveOn: (code: string, date: string) => `在宅医療圏 ${code} は ${date} 時点で有効ではありません。`,
  effectiveNotAfterStart: (date: string) => `分割日（${date}）は、元の在宅医療圏の開始日より後にしてください。`,
  codeInUse: (code: string) => `コード ${code} は既に使われています。在宅医療圏のコードは再利用できません。`,
  memberMissing: (name: string) => `${name} がどの分割後の在宅医療圏にも含まれていません。`,
  memberTwice: (name: string) => `${name} が複数の分割後の在宅医療圏に含まれています。`,
  memberForeign: (code: string) => `市町村コード ${code} は分割する在宅医療圏の構成市町村ではありません。`,
  scheduledChange: (name: string) => `${name} には分割日以降に予定された所属変更があります。先にその変更を取り消してください。`,
  conflict: "他の利用者がこの在宅医療圏を先に更新しました。最新の内容を確認してから、もう一度操作してください。",
};
