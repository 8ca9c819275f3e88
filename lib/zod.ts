// zod as schema files import it (they are shared with client components, STYLE.md). In the
// browser zod's JIT is switched off: its probe for eval (`new Function`) is refused by the
// Content-Security-Policy and reported as a violation even though zod copes (ADR 0015). The
// server keeps the JIT.
import { z } from "zod";

if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
