// The database objects that schema.prisma cannot express, created by hand-written migrations.
// The drift test compares the database the migrations build with the one schema.prisma alone
// builds: every difference must be listed here, and everything listed here must exist.
// Adding to this list is a reviewed decision, never a way to silence the test.

export interface SchemaExtra {
  kind: "constraint" | "index" | "trigger" | "function" | "extension";
  /** Table for constraints, indexes and triggers. */
  table?: string;
  name: string;
  why: string;
}

export const schemaExtras: SchemaExtra[] = [
  { kind: "extension", name: "btree_gist", why: "= on integers inside GiST exclusion constraints" },
  ...["home_care_region", "home_care_region_member", "health_center_jurisdiction", "home_care_region_lead", "health_center"].map(
    (table): SchemaExtra => ({ kind: "constraint", table, name: `${table}_period_check`, why: "valid_to after valid_from" }),
  ),
  { kind: "constraint", table: "home_care_region_member", name: "home_care_region_member_no_overlap", why: "a member is in one 在宅医療圏 at a time" },
  { kind: "constraint", table: "health_center_jurisdiction", name: "health_center_jurisdiction_no_overlap", why: "one 保健所 per municipality at a time" },
  { kind: "constraint", table: "home_care_region_lead", name: "home_care_region_lead_no_overlap", why: "one lead 保健所 per 在宅医療圏 at a time" },
  { kind: "constraint", table: "prefecture", name: "prefecture_code_check", why: "JIS X 0401 code" },
  { kind: "constraint", table: "municipality", name: "municipality_code_check", why: "5-digit 全国地方公共団体コード" },
  { kind: "constraint", table: "municipality", name: "municipality_ward_parent_check", why: "wards, and only wards, have a parent city" },
  { kind: "constraint", table: "facility", name: "facility_institution_number_check", why: "7-digit 医療機関番号" },
  { kind: "constraint", table: "organisation", name: "organisation_corporate_number_check", why: "13-digit 法人番号" },
  { kind: "constraint", table: "user_account", name: "user_account_email_lower_check", why: "e-mail addresses are unique case-insensitively" },
  { kind: "constraint", table: "membership", name: "membership_scope_check", why: "保健所 and 申請者 roles name their scope" },
  { kind: "constraint", table: "attachment", name: "attachment_size_check", why: "≤ 20 MiB, size matches content" },
  { kind: "constraint", table: "attachment", name: "attachment_sha256_check", why: "hex SHA-256" },
  { kind: "constraint", table: "facility_import_row", name: "facility_import_row_support_type_check", why: "在宅療養支援 types are 1–3" },
  { kind: "constraint", table: "facility_snapshot_entry", name: "facility_snapshot_entry_support_type_check", why: "在宅療養支援 types are 1–3" },
  { kind: "constraint", table: "facility_import", name: "facility_import_percent_check", why: "progress is a percentage" },
  { kind: "constraint", table: "facility_snapshot", name: "facility_snapshot_sha256_check", why: "hex SHA-256" },
  { kind: "constraint", table: "subsidy_menu_rule", name: "subsidy_menu_rule_rate_check", why: "a 補助率 is a fraction in (0, 1]" },
  { kind: "constraint", table: "subsidy_menu_rule", name: "subsidy_menu_rule_base_check", why: "基準額 kind, amount and unit agree" },
  { kind: "constraint", table: "subsidy_expense_item", name: "subsidy_expense_item_base_check", why: "an item's 基準額 is fixed, per unit or none" },
  { kind: "constraint", table: "subsidy_menu_rule_applicant", name: "subsidy_menu_rule_applicant_amount_check", why: "amounts are not negative" },
  { kind: "constraint", table: "subsidy_menu", name: "subsidy_menu_code_check", why: "menu codes are URL-safe" },
  { kind: "constraint", table: "budget_line", name: "budget_line_code_check", why: "budget line codes are URL-safe" },
  { kind: "constraint", table: "budget", name: "budget_amounts_check", why: "amounts are not negative" },
  { kind: "constraint", table: "budget", name: "budget_committed_check", why: "交付決定額 never exceeds the budget (last line against over-commitment; ADR 0022)" },
  { kind: "constraint", table: "budget", name: "budget_paid_check", why: "確定額 never exceeds 交付決定額" },
  { kind: "constraint", table: "budget_allocation", name: "budget_allocation_amounts_check", why: "a menu's allocation: paid ≤ committed ≤ allocated" },
  { kind: "constraint", table: "budget_supplement", name: "budget_supplement_amount_check", why: "a 補正 changes the amount and gives a reason" },
  { kind: "constraint", table: "budget_ledger_entry", name: "budget_ledger_entry_amount_check", why: "payments are positive; commitments non-zero" },
  { kind: "constraint", table: "budget_ledger_entry", name: "budget_ledger_entry_reason_check", why: "a reduction or cancellation gives a reason" },
  { kind: "constraint", table: "budget_ledger_entry", name: "budget_ledger_entry_allocation_menu_check", why: "an entry against an allocation names its menu" },
  { kind: "constraint", table: "subsidy_call", name: "subsidy_call_extension_check", why: "an extension moves the deadline later" },
  { kind: "constraint", table: "subsidy_application", name: "subsidy_application_amounts_check", why: "amounts are not negative" },
  { kind: "constraint", table: "subsidy_application", name: "subsidy_application_confirmed_check", why: "確定額 never exceeds the 交付決定額" },
  { kind: "constraint", table: "subsidy_application", name: "subsidy_application_rate_check", why: "a decided 補助率 is a fraction in (0, 1]" },
  { kind: "constraint", table: "subsidy_application", name: "subsidy_application_period_check", why: "the period ends after it starts" },
  { kind: "constraint", table: "subsidy_application_item", name: "subsidy_application_item_amounts_check", why: "costs and quantities are not negative" },
  { kind: "index", table: "home_care_region", name: "home_care_region_current_name_key", why: "a current region's name is unique (partial index)" },
  { kind: "constraint", table: "designation_region", name: "designation_region_period_check", why: "valid_to after valid_from" },
  { kind: "constraint", table: "designation_region", name: "designation_region_one_active_base", why: "at most one active 拠点 per 在宅医療圏 on any date (ADR 0020)" },
  { kind: "constraint", table: "designation", name: "designation_end_check", why: "a revoked, withdrawn or expired designation says when and why" },
  { kind: "constraint", table: "designation", name: "designation_designated_on_check", why: "a designation that was designated has its 指定日" },
  { kind: "constraint", table: "roadmap_target", name: "roadmap_target_range_check", why: "a target is a range of regions or 'the rest'" },
  { kind: "index", table: "approval_request", name: "approval_request_one_in_progress", why: "one 決裁 in progress per application and purpose (ADR 0025)" },
  { kind: "constraint", table: "approval_request", name: "approval_request_rate_check", why: "a proposed 補助率 is a fraction in (0, 1]" },
  { kind: "constraint", table: "approval_request", name: "approval_request_amount_check", why: "amounts are not negative" },
  { kind: "constraint", table: "approval_action", name: "approval_action_position_check", why: "a 決裁 has at most three steps" },
  { kind: "constraint", table: "document_number_sequence", name: "document_number_sequence_last_check", why: "文書番号 count from 1" },
  { kind: "constraint", table: "issued_document", name: "issued_document_number_check", why: "文書番号 count from 1" },
  { kind: "constraint", table: "document_template", name: "document_template_size_check", why: "≤ 2 MiB, size matches content" },
  { kind: "function", name: "audit_entry_append_only", why: "refuses changes to the audit trail" },
  { kind: "trigger", table: "audit_entry", name: "audit_entry_no_update_delete", why: "append-only audit trail" },
  { kind: "trigger", table: "audit_entry", name: "audit_entry_no_truncate", why: "append-only audit trail" },
  { kind: "function", name: "facility_snapshot_total_refresh", why: "counts a snapshot's entries again after they change (ADR 0040)" },
  ...(["insert", "update", "delete"] as const).map(
    (op): SchemaExtra => ({ kind: "trigger", table: "facility_snapshot_entry", name: `facility_snapshot_total_after_${op}`, why: "keeps facility_snapshot_total (ADR 0040)" }),
  ),
  { kind: "function", name: "prefecture_population_refresh", why: "sums a prefecture's population again after its municipalities change (ADR 0040)" },
  ...(["insert", "update", "delete"] as const).map(
    (op): SchemaExtra => ({ kind: "trigger", table: "municipality", name: `prefecture_population_after_${op}`, why: "keeps prefecture_population (ADR 0040)" }),
  ),
];

/** Table privileges of the app's role `portal_app`: every table gets `default` unless listed. */
export const appPrivileges = {
  default: ["DELETE", "INSERT", "SELECT", "UPDATE"],
  tables: {
    _prisma_migrations: [] as string[],
    audit_entry: ["INSERT", "SELECT"],
    // Append-only for the app: corrections are new entries (ADR 0022).
    budget_ledger_entry: ["INSERT", "SELECT"],
    budget_supplement: ["INSERT", "SELECT"],
    // 決裁 acts and issued notices are records: never changed (ADR 0025).
    approval_action: ["INSERT", "SELECT"],
    issued_document: ["INSERT", "SELECT"],
    // Kept by triggers on facility_snapshot_entry and municipality (ADR 0040).
    facility_snapshot_total: ["SELECT"],
    prefecture_population: ["SELECT"],
  } as Record<string, string[]>,
};
