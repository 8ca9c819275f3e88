// User-facing text of the 保健所 domain: health centres, their jurisdiction and the lead 保健所
// of each 在宅医療圏.
export const operatorLabels: Record<string, string> = {
  PREFECTURE: "道立",
  MUNICIPALITY: "市立",
};

export const healthCenterMessages = {
  field: {
    name: "名称",
    code: "保健所コード",
    operator: "設置主体",
    operatingMunicipalityCode: "設置市",
    validFrom: "開設日",
    validTo: "廃止日",
    municipalityCodes: "市町村・区",
    healthCenterId: "保健所",
    regionCode: "在宅医療圏",
    effectiveOn: "適用日",
  },
  forbiddenRead: "保健所の管轄を閲覧できるのは本庁の職員だけです。",
  forbiddenChange: "保健所と管轄を変更できるのは本庁管理者だけです。",
  notFound: "保健所が見つかりません。",
  conflict: "他の利用者が先にこの保健所を更新しました。画面を再読み込みして最新の内容を確認してから、もう一度保存してください。",
  nameRequired: "名称を入力してください",
  nameTooLong: "名称は40文字以内で入力してください",
  nameTaken: (name: string) => `「${name}」という名称の保健所は既に登録されています。`,
  codeInvalid: "保健所コードは半角数字2〜4桁で入力してください",
  operatorInvalid: "設置主体を選んでください",
  dateInvalid: "日付は「令和8年4月1日」または「2026-04-01」の形式で入力してください",
  periodInvalid: "廃止日は開設日より後にしてください",
  operatingCityForCityOnly: "設置市は市立の保健所のときだけ指定します",
  unknownMunicipality: (code: string) => `市町村コード ${code} は登録されていません。`,
  municipalitiesRequired: "市町村・区を1つ以上選んでください",
  healthCenterNotActive: (name: string, date: string) => `「${name}」は ${date} 時点で有効ではありません。`,
  scheduledJurisdiction: (name: string, date: string) =>
    `${name} には ${date} 以降に予定された管轄の変更があります。先にその変更を確認してください。`,
  cityWardClash: (name: string) =>
    `${name} の管轄は、政令指定都市とその区の一方にだけ設定できます（市の管轄はその区に及びます）。もう一方の管轄を確認してください。`,
  alreadyUnder: (name: string, center: string) => `${name} は既に「${center}」の管轄です。`,
  unknownRegion: (code: string) => `在宅医療圏（コード ${code}）が見つかりません。`,
  regionNotActive: (name: string, date: string) => `在宅医療圏「${name}」は ${date} 時点で有効ではありません。`,
  scheduledLead: (name: string, date: string) =>
    `在宅医療圏「${name}」には ${date} 以降に予定された主管保健所の変更があります。先にその変更を確認してください。`,
  alreadyLead: (region: string, center: string) => `在宅医療圏「${region}」の主管保健所は既に「${center}」です。`,
  overlap: "同じ日に同じ市町村・在宅医療圏を2つの保健所に割り当てることはできません。",
  audit: {
    created: (name: string) => `保健所「${name}」を登録しました`,
    updated: (name: string) => `保健所「${name}」を更新しました`,
    jurisdiction: (center: string, names: string[], date: string) => `${date}付けで${names.join("・")}を「${center}」の管轄にしました`,
    lead: (region: string, center: string, date: string) => `${date}付けで在宅医療圏「${region}」の主管保健所を「${center}」にしました`,
  },
};
