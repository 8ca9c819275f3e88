// The municipality (or ward) an address is in, from the way Japanese addresses start: 市名,
// 郡名+町村名, or a 政令指定都市's 区. Pure; the importer builds it from the municipality table.

export interface MatchableMunicipality {
  id: number;
  code: string;
  name: string;
  kind: "DESIGNATED_CITY" | "CITY" | "TOWN" | "VILLAGE" | "WARD";
  /** 郡 name, for towns and villages. */
  district: string | null;
}

/** NFKC, no spaces, and one form for kanji the lists spell both ways (桧山郡 / 檜山郡). */
function normalise(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "").replace(/檜/g, "桧");
}

/**
 * A matcher over `municipalities`: the longest known prefix of the address wins, so 「余市郡余市町」
 * beats 「余市町」 and 「札幌市中央区」 beats 「札幌市」. A 政令指定都市 without a ward matches nothing
 * (its facilities are counted in wards), nor does an address in another prefecture.
 */
export function createAddressMatcher(municipalities: MatchableMunicipality[], prefectureName: string) {
  const keys = new Map<string, number | null>();
  const add = (key: string, id: number | null) => {
    const k = normalise(key);
    // The same key for two municipalities would be a guess: match neither.
    if (keys.has(k) && keys.get(k) !== id) keys.set(k, null);
    else keys.set(k, id);
  };
  for (const mu of municipalities) {
    if (mu.kind === "DESIGNATED_CITY") continue;
    add(mu.name, mu.id);
    if ((mu.kind === "TOWN" || mu.kind === "VILLAGE") && mu.district) add(mu.district + mu.name, mu.id);
  }
  const lengths = [...new Set([...keys.keys()].map((k) => k.length))].sort((a, b) => b - a);
  const prefecture = normalise(prefectureName);

  return function match(address: string | null): number | null {
    if (!address) return null;
    let text = normalise(address);
    if (text.startsWith(prefecture)) text = text.slice(prefecture.length);
    for (const length of lengths) {
      const id = keys.get(text.slice(0, length));
      if (id !== undefined) return id;
    }
    return null;
  };
}
