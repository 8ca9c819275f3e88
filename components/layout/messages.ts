// User-facing text of the site shell: navigation, header, footer, skip link and error pages.

export interface NavItem {
  href: string;
  label: string;
  /** Shown only to these roles (signed in); absent = everyone. */
  roles?: string[];
  /** "admin": 本庁's master data and administration, shown on the menu's second row (管理). */
  group?: "admin";
}

/**
 * The global navigation. Features add their entry here once their pages exist. データの出典 (/sources)
 * is linked from every page's footer and アカウント (/account) from the user menu beside ログアウト, so
 * that the main row fits one line at 1280 px for every role.
 */
export const navItems: NavItem[] = [
  { href: "/", label: "ホーム" },
  { href: "/regions", label: "在宅医療圏" },
  { href: "/facilities", label: "医療機関" },
  { href: "/subsidies", label: "補助メニュー" },
  { href: "/roadmap", label: "ロードマップ" },
  { href: "/library", label: "先進事例集" },
  { href: "/open-data", label: "オープンデータ" },
  { href: "/applications", label: "補助金申請", roles: ["APPLICANT"] },
  { href: "/designations", label: "指定の管理", roles: ["PREFECTURE_ADMIN", "PREFECTURE_STAFF", "HEALTH_CENTER"] },
  { href: "/reports", label: "状況報告", roles: ["PREFECTURE_ADMIN", "PREFECTURE_STAFF", "HEALTH_CENTER", "VIEWER"] },
  { href: "/needs", label: "地域のニーズ", roles: ["PREFECTURE_ADMIN", "PREFECTURE_STAFF", "HEALTH_CENTER"] },
  { href: "/admin/dashboard", label: "ダッシュボード", roles: ["PREFECTURE_ADMIN", "PREFECTURE_STAFF"], group: "admin" },
  { href: "/admin/regions", label: "在宅医療圏の定義", roles: ["PREFECTURE_ADMIN", "PREFECTURE_STAFF"], group: "admin" },
  { href: "/admin/facility-imports", label: "医療機関名簿の取込み", roles: ["PREFECTURE_ADMIN", "PREFECTURE_STAFF"], group: "admin" },
  { href: "/admin/health-centers", label: "保健所の管轄", roles: ["PREFECTURE_ADMIN", "PREFECTURE_STAFF"], group: "admin" },
  { href: "/admin/organisations", label: "団体の登録", roles: ["PREFECTURE_ADMIN", "PREFECTURE_STAFF"], group: "admin" },
  { href: "/admin/subsidy-menus", label: "補助メニューの管理", roles: ["PREFECTURE_ADMIN", "PREFECTURE_STAFF"], group: "admin" },
  { href: "/admin/calls", label: "募集の管理", roles: ["PREFECTURE_ADMIN", "PREFECTURE_STAFF"], group: "admin" },
  { href: "/admin/budgets", label: "予算", roles: ["PREFECTURE_ADMIN", "PREFECTURE_STAFF"], group: "admin" },
  { href: "/admin/reviews", label: "審査", roles: ["PREFECTURE_ADMIN", "PREFECTURE_STAFF"], group: "admin" },
  { href: "/admin/approval-settings", label: "決裁の設定", roles: ["PREFECTURE_ADMIN"], group: "admin" },
  { href: "/admin/document-templates", label: "書類の様式", roles: ["PREFECTURE_ADMIN", "PREFECTURE_STAFF"], group: "admin" },
  { href: "/admin/audit", label: "監査ログ", roles: ["PREFECTURE_ADMIN", "PREFECTURE_STAFF"], group: "admin" },
  { href: "/admin/users", label: "利用者管理", roles: ["PREFECTURE_ADMIN"], group: "admin" },
  { href: "/admin/outbox", label: "送信メール", roles: ["PREFECTURE_ADMIN"], group: "admin" },
];

export const shellMessages = {
  skipToContent: "本文へスキップ",
  demoBanner: "デモ環境です。「サンプル」と表示されたデータは説明用の架空のものです。",
  homeLinkLabel: (siteName: string) => `${siteName}（ホーム）`,
  navLabel: "メインメニュー",
  navAdminLabel: "管理",
  menuOpen: "メニュー",
  menuClose: "閉じる",
  footer: {
    sourcesHeading: "データの出典",
    // Attributions the licences require, word for word (prisma/data/hokkaido/SOURCES.md).
    attributions: [
      "「国土数値情報（行政区域データ）」（国土交通省）を加工して作成",
      "「令和2年国勢調査」（総務省統計局）",
      "北海道厚生局「届出受理医療機関名簿（医科）」を加工して作成",
    ],
    sourcesLink: "出典とライセンスの詳細",
    copyright: (operator: string) => `© ${operator}`,
  },
};

export const errorMessages = {
  title: "ページを表示できませんでした",
  body: "一時的にサービスを利用できない状態になっている可能性があります（データベースの保守作業中など）。しばらく待ってから、もう一度お試しください。",
  retry: "再読み込み",
  home: "ホームへ戻る",
  /** Shown with the failing request's id, the one in its server log line (ADR 0031). */
  reference: "お問い合わせ番号",
  referenceHint: "問い合わせの際は、この番号をお知らせください。",
};

export const notFoundMessages = {
  title: "ページが見つかりません",
  body: "お探しのページは、移動または削除されたか、URLが間違っている可能性があります。",
  home: "ホームへ戻る",
};
