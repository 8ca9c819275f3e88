-- CreateTable
CREATE TABLE "facility_snapshot_total" (
    "snapshot_id" INTEGER NOT NULL,
    "kind" "facility_kind" NOT NULL,
    "support_type" INTEGER NOT NULL,
    "facility_count" INTEGER NOT NULL,

    CONSTRAINT "facility_snapshot_total_pkey" PRIMARY KEY ("snapshot_id","kind","support_type")
);

-- AddForeignKey
ALTER TABLE "facility_snapshot_total" ADD CONSTRAINT "facility_snapshot_total_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "facility_snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The totals are kept by the database: after every statement that writes entries, the snapshots it
-- touched are counted again (ADR 0040). SECURITY DEFINER: the app's role may read the totals but not
-- write them, so they cannot disagree with the entries whoever writes those.
CREATE FUNCTION "facility_snapshot_total_refresh"() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  touched integer[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT snapshot_id) INTO touched FROM new_entries;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT snapshot_id) INTO touched FROM old_entries;
  ELSE
    SELECT array_agg(DISTINCT snapshot_id) INTO touched
      FROM (SELECT snapshot_id FROM old_entries UNION SELECT snapshot_id FROM new_entries) t;
  END IF;
  IF touched IS NULL THEN
    RETURN NULL;
  END IF;
  DELETE FROM facility_snapshot_total WHERE snapshot_id = ANY (touched);
  INSERT INTO facility_snapshot_total (snapshot_id, kind, support_type, facility_count)
    SELECT e.snapshot_id, e.kind, e.support_type, count(*)
      FROM facility_snapshot_entry e
      JOIN facility_snapshot s ON s.id = e.snapshot_id
     WHERE e.snapshot_id = ANY (touched)
     GROUP BY 1, 2, 3;
  RETURN NULL;
END
$$;
CREATE TRIGGER "facility_snapshot_total_after_insert" AFTER INSERT ON "facility_snapshot_entry"
  REFERENCING NEW TABLE AS new_entries FOR EACH STATEMENT EXECUTE FUNCTION "facility_snapshot_total_refresh"();
CREATE TRIGGER "facility_snapshot_total_after_update" AFTER UPDATE ON "facility_snapshot_entry"
  REFERENCING OLD TABLE AS old_entries NEW TABLE AS new_entries FOR EACH STATEMENT EXECUTE FUNCTION "facility_snapshot_total_refresh"();
CREATE TRIGGER "facility_snapshot_total_after_delete" AFTER DELETE ON "facility_snapshot_entry"
  REFERENCING OLD TABLE AS old_entries FOR EACH STATEMENT EXECUTE FUNCTION "facility_snapshot_total_refresh"();
REVOKE ALL ON FUNCTION "facility_snapshot_total_refresh"() FROM PUBLIC;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON TABLE "facility_snapshot_total" FROM "portal_app";

-- The snapshots imported before this migration.
INSERT INTO "facility_snapshot_total" ("snapshot_id", "kind", "support_type", "facility_count")
  SELECT "snapshot_id", "kind", "support_type", count(*) FROM "facility_snapshot_entry" GROUP BY 1, 2, 3;
