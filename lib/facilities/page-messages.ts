// Texts of the facility pages, the map measure and the facility API.
export const facilityMessages = {
  defaultAttribution: "地方厚生局「届出受理医療機関名簿」を加工して作成",
  noSnapshot: "医療機関名簿がまだ取り込まれていません。",
  noSnapshotOn: (date: string) => `${date} 以前の医療機関名簿はありません。`,
  regionNotFound: (code: string) => `在宅医療圏（コード ${code}）が見つかりません。`,
  municipalityNotFound: (code: string) => `市町村コード ${code} が見つかりません。`,
  kinds: { CLINIC: "在宅療養支援診療所", HOSPITAL: "在宅療養支援病院" } as const,
  shortKinds: { CLINIC: "在支診", HOSPITAL: "在支病" } as const,
  types: { 1: "機能強化型（単独型）", 2: "機能強化型（連携型）", 3: "従来型" } as Record<number, string>,
  typeShort: { 1: "類型1", 2: "類型2", 3: "類型3" } as Record<number, string>,
};
