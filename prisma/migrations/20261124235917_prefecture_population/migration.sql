-- CreateTable
CREATE TABLE "prefecture_population" (
    "prefecture_id" INTEGER NOT NULL,
    "population_2020" INTEGER,

    CONSTRAINT "prefecture_population_pkey" PRIMARY KEY ("prefecture_id")
);

-- AddForeignKey
ALTER TABLE "prefecture_population" ADD CONSTRAINT "prefecture_population_prefecture_id_fkey" FOREIGN KEY ("prefecture_id") REFERENCES "prefecture"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Kept by the database: after every statement that writes municipalities, the prefectures it
-- touched are summed again (ADR 0040). SECURITY DEFINER: the app's role reads, never writes.
CREATE FUNCTION "prefecture_population_refresh"() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  touched integer[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT prefecture_id) INTO touched FROM new_municipalities;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT prefecture_id) INTO touched FROM old_municipalities;
  ELSE
    SELECT array_agg(DISTINCT prefecture_id) INTO touched
      FROM (SELECT prefecture_id FROM old_municipalities UNION SELECT prefecture_id FROM new_municipalities) t;
  END IF;
  IF touched IS NULL THEN
    RETURN NULL;
  END IF;
  DELETE FROM prefecture_population WHERE prefecture_id = ANY (touched);
  INSERT INTO prefecture_population (prefecture_id, population_2020)
    SELECT m.prefecture_id, sum(m.population_2020) FILTER (WHERE m.kind <> 'DESIGNATED_CITY')
      FROM municipality m
      JOIN prefecture p ON p.id = m.prefecture_id
     WHERE m.prefecture_id = ANY (touched)
     GROUP BY 1;
  RETURN NULL;
END
$$;
CREATE TRIGGER "prefecture_population_after_insert" AFTER INSERT ON "municipality"
  REFERENCING NEW TABLE AS new_municipalities FOR EACH STATEMENT EXECUTE FUNCTION "prefecture_population_refresh"();
CREATE TRIGGER "prefecture_population_after_update" AFTER UPDATE ON "municipality"
  REFERENCING OLD TABLE AS old_municipalities NEW TABLE AS new_municipalities FOR EACH STATEMENT EXECUTE FUNCTION "prefecture_population_refresh"();
CREATE TRIGGER "prefecture_population_after_delete" AFTER DELETE ON "municipality"
  REFERENCING OLD TABLE AS old_municipalities FOR EACH STATEMENT EXECUTE FUNCTION "prefecture_population_refresh"();
REVOKE ALL ON FUNCTION "prefecture_population_refresh"() FROM PUBLIC;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON TABLE "prefecture_population" FROM "portal_app";

-- The municipalities loaded before this migration.
INSERT INTO "prefecture_population" ("prefecture_id", "population_2020")
  SELECT "prefecture_id", sum("population_2020") FILTER (WHERE "kind" <> 'DESIGNATED_CITY') FROM "municipality" GROUP BY 1;
