-- What schema.prisma cannot express. Every object here is declared in prisma/schema-extras.ts,
-- which the drift test (tests/integration/schema-drift.test.ts) checks against the database.

-- Periods [valid_from, valid_to) that must not overlap use GiST exclusion constraints.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Validity periods are well formed.
ALTER TABLE "home_care_region" ADD CONSTRAINT "home_care_region_period_check"
  CHECK ("valid_to" IS NULL OR "valid_to" > "valid_from");
ALTER TABLE "home_care_region_member" ADD CONSTRAINT "home_care_region_member_period_check"
  CHECK ("valid_to" IS NULL OR "valid_to" > "valid_from");
ALTER TABLE "health_center_jurisdiction" ADD CONSTRAINT "health_center_jurisdiction_period_check"
  CHECK ("valid_to" IS NULL OR "valid_to" > "valid_from");
ALTER TABLE "home_care_region_lead" ADD CONSTRAINT "home_care_region_lead_period_check"
  CHECK ("valid_to" IS NULL OR "valid_to" > "valid_from");
ALTER TABLE "health_center" ADD CONSTRAINT "health_center_period_check"
  CHECK ("valid_to" IS NULL OR "valid_from" IS NULL OR "valid_to" > "valid_from");

-- On any date a municipality or ward belongs to at most one 在宅医療圏 ...
ALTER TABLE "home_care_region_member" ADD CONSTRAINT "home_care_region_member_no_overlap"
  EXCLUDE USING gist ("municipality_id" WITH =, daterange("valid_from", "valid_to", '[)') WITH &&);
-- ... is under at most one 保健所 ...
ALTER TABLE "health_center_jurisdiction" ADD CONSTRAINT "health_center_jurisdiction_no_overlap"
  EXCLUDE USING gist ("municipality_id" WITH =, daterange("valid_from", "valid_to", '[)') WITH &&);
-- ... and a 在宅医療圏 has at most one lead 保健所.
ALTER TABLE "home_care_region_lead" ADD CONSTRAINT "home_care_region_lead_no_overlap"
  EXCLUDE USING gist ("region_id" WITH =, daterange("valid_from", "valid_to", '[)') WITH &&);

-- Codes have their published shape.
ALTER TABLE "prefecture" ADD CONSTRAINT "prefecture_code_check" CHECK ("code" ~ '^[0-9]{2}$');
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_code_check" CHECK ("code" ~ '^[0-9]{5}$');
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_ward_parent_check"
  CHECK (("kind" = 'WARD') = ("parent_id" IS NOT NULL));
ALTER TABLE "facility" ADD CONSTRAINT "facility_institution_number_check"
  CHECK ("institution_number" ~ '^[0-9]{7}$');
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_corporate_number_check"
  CHECK ("corporate_number" IS NULL OR "corporate_number" ~ '^[0-9]{13}$');
ALTER TABLE "user_account" ADD CONSTRAINT "user_account_email_lower_check"
  CHECK ("email" = lower("email"));

-- A role scoped to a health centre or an organisation names it.
ALTER TABLE "membership" ADD CONSTRAINT "membership_scope_check" CHECK (
  ("role" <> 'HEALTH_CENTER' OR "health_center_id" IS NOT NULL)
  AND ("role" <> 'APPLICANT' OR "organisation_id" IS NOT NULL)
);

-- Attachments: at most 20 MiB, size and digest consistent with the content.
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_size_check" CHECK (
  "size_bytes" > 0 AND "size_bytes" <= 20971520 AND octet_length("content") = "size_bytes"
);
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_sha256_check" CHECK ("sha256" ~ '^[0-9a-f]{64}$');

-- One 在宅医療圏 name is in use once at a time within a prefecture.
CREATE UNIQUE INDEX "home_care_region_current_name_key"
  ON "home_care_region" ("prefecture_id", "name") WHERE "valid_to" IS NULL;

-- The audit trail is append-only, whoever connects.
CREATE FUNCTION "audit_entry_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_entry is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER "audit_entry_no_update_delete" BEFORE UPDATE OR DELETE ON "audit_entry"
  FOR EACH ROW EXECUTE FUNCTION "audit_entry_append_only"();
CREATE TRIGGER "audit_entry_no_truncate" BEFORE TRUNCATE ON "audit_entry"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_entry_append_only"();

-- The app's role: reads and writes rows, owns nothing. Tables created by later migrations (run by
-- the same owner role) get the same privileges through the default privileges.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'portal_app') THEN
    CREATE ROLE "portal_app" NOLOGIN;
  END IF;
END
$$;
GRANT USAGE ON SCHEMA "public" TO "portal_app";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "public" TO "portal_app";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "public" TO "portal_app";
ALTER DEFAULT PRIVILEGES IN SCHEMA "public" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "portal_app";
ALTER DEFAULT PRIVILEGES IN SCHEMA "public" GRANT USAGE, SELECT ON SEQUENCES TO "portal_app";
REVOKE ALL ON TABLE "_prisma_migrations" FROM "portal_app";
REVOKE UPDATE, DELETE, TRUNCATE ON TABLE "audit_entry" FROM "portal_app";
