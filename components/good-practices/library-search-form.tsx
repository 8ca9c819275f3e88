// The library search as a plain GET form: it works without JavaScript and its URL is bookmarkable.
// The selects say how many cases each prefecture and theme holds.
import Link from "next/link";
import { SelectField, TextField, secondaryClass, submitClass } from "@/components/users/form-fields";
import { goodPracticeMessages as m } from "@/lib/good-practices/messages";
import type { GoodPracticeList } from "@/lib/good-practices/queries";
import type { GoodPracticeSearch } from "@/lib/good-practices/schema";

export function LibrarySearchForm({ search, list }: { search: GoodPracticeSearch; list: GoodPracticeList }) {
  const all = { value: "", label: m.all };
  return (
    <form method="get" action="/library" className="space-y-6" noValidate>
      <TextField id="library-q" name="q" label={m.keyword} hint={m.keywordHint} defaultValue={search.q ?? ""} autoComplete="off" />
      <div className="grid gap-6 md:grid-cols-2">
        <SelectField
          id="library-prefecture"
          name="prefecture"
          label={m.prefecture}
          defaultValue={search.prefecture ?? ""}
          options={[all, ...list.prefectures.map((p) => ({ value: p.code, label: `${p.name}（${p.count}件）` }))]}
        />
        <SelectField
          id="library-theme"
          name="theme"
          label={m.theme}
          defaultValue={search.theme ?? ""}
          options={[all, ...list.tags.filter((t) => t.count > 0).map((t) => ({ value: t.key, label: `${t.label}（${t.count}件）` }))]}
        />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={submitClass}>
          {m.search}
        </button>
        <Link href="/library" className={secondaryClass}>
          {m.clear}
        </Link>
      </div>
    </form>
  );
}
