// The roles' names as users read them: one list for every screen and message.
export const roleLabels: Record<string, string> = {
  PREFECTURE_ADMIN: "本庁管理者",
  PREFECTURE_STAFF: "本庁担当",
  HEALTH_CENTER: "保健所",
  APPLICANT: "申請者",
  VIEWER: "閲覧者",
};
