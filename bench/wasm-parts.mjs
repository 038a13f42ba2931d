// Where a wasm file's bytes go: every function body attributed to a part of the
// program by its (demangled) name, and the data segments (strings and tables) apart.
// Reads a build that kept its name section (wasm-opt -g); the code is the same as
// the shipped build's, which has no names.
//
//   node bench/wasm-parts.mjs <file.wasm> [--json]
//
// `parts(bytes)` is exported for bench/report.mjs.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

/** Reads the sections the attribution needs: imports, code, data, names. */
function read(bytes) {
  let at = 8;
  const u32 = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[at++];
      result |= (b & 0x7f) << shift;
      if (b < 0x80) return result >>> 0;
      shift += 7;
    }
  };
  const name = () => {
    const n = u32();
    const s = Buffer.from(bytes.subarray(at, at + n)).toString('utf8');
    at += n;
    return s;
  };
  let importedFunctions = 0;
  const bodies = [];
  let data = [];
  const names = new Map();
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = u32();
    const end = at + size;
    if (id === 2) {
      for (let n = u32(); n > 0; n--) {
        name();
        name();
        const kind = bytes[at++];
        if (kind === 0) { u32(); importedFunctions++; }
        else if (kind === 1) { at++; const flags = u32(); u32(); if (flags & 1) u32(); }
        else if (kind === 2) { const flags = u32(); u32(); if (flags & 1) u32(); }
        else if (kind === 3) { at += 2; }
        else if (kind === 4) { at++; u32(); }
      }
    } else if (id === 10) {
      for (let n = u32(); n > 0; n--) {
        const length = u32();
        bodies.push(bytes.subarray(at, at + length));
        at += length;
      }
    } else if (id === 11) {
      data.push(bytes.subarray(at, end));
    } else if (id === 0) {
      const section = name();
      if (section === 'name') {
        while (at < end) {
          const sub = bytes[at++];
          const length = u32();
          const subEnd = at + length;
          if (sub === 1) {
            for (let n = u32(); n > 0; n--) {
              const index = u32();
              names.set(index, name());
            }
          }
          at = subEnd;
        }
      }
    }
    at = end;
  }
  return { importedFunctions, bodies, data, names };
}

const ESCAPES = { LT: '<', GT: '>', RF: '&', BP: '*', C: ',', SP: '@' };

/** A legacy-mangled Rust name (`_ZN…E`) as a path; other names as they are. */
export function demangle(symbol) {
  const m = /^_?_ZN(.*)E$/.exec(symbol);
  if (!m) return symbol;
  const s = m[1];
  const parts = [];
  let i = 0;
  while (i < s.length) {
    const digits = /^\d+/.exec(s.slice(i));
    if (!digits) break;
    i += digits[0].length;
    const n = Number(digits[0]);
    parts.push(s.slice(i, i + n));
    i += n;
  }
  if (/^h[0-9a-f]{16}$/.test(parts.at(-1) ?? '')) parts.pop();
  return parts
    .map((p) => p.replace(/^_\$/, '$')
      .replace(/\$([A-Z]+)\$/g, (all, e) => ESCAPES[e] ?? all)
      .replace(/\$u([0-9a-f]+)\$/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
      .replaceAll('..', '::'))
    .join('::');
}

/** The part of the program a function belongs to, by its path: the first rule
 *  whose pattern matches, in order. */
const RULES = [
  ['the notation parser', /weekboard_core::notation/],
  ['scoring', /weekboard_core::(score|arrange|report|small_sort)/],
  ['totals', /weekboard_core::totals/],
  ['the link codec', /weekboard_core::link|base64/],
  ['the plan reader and bounds', /weekboard_core::plan|serde_json|serde_path_to_error/],
  ['dates', /weekboard_core::date/],
  ['the rest of the core', /weekboard_core::/],
  ['float formatting', /core::num::flt2dec|core::fmt::float|float_to_decimal|float_to_exponential|grisu|dragon/],
  ['float parsing', /core::num::dec2flt|weekboard_core::decimal/],
  ['core::fmt', /core::fmt|core::panicking|core::str::|core::unicode|core::char|core::slice::index|core::result::unwrap_failed|core::option::expect_failed/],
  ['the viewer', /weekboard_viewer::/],
  ['serde', /serde(_wasm_bindgen)?::/],
  ['Yew', /\byew\b|yew_macro|implicit_clone|gloo|prokio/],
  ['the planner', /^weekboard::|<weekboard::|\bweekboard::/],
  ['wasm-bindgen glue', /wasm_bindgen|js_sys|web_sys|__wbg|__wbindgen|wbg/],
  ['allocator', /dlmalloc|lol_alloc|__rust_alloc|__rust_dealloc|__rust_realloc|__rdl_|alloc::alloc/],
  ['generic collections', /alloc::|hashbrown|core::iter|core::ptr::drop_in_place|core::array|core::cmp|std::collections|std::/],
];

/** Bytes of each part (raw, and brotli of the part on its own), most first. */
export function parts(bytes) {
  const { importedFunctions, bodies, data, names } = read(bytes);
  const byPart = new Map();
  const add = (part, body) => {
    const p = byPart.get(part) ?? { part, functions: 0, raw: 0, chunks: [] };
    p.functions++;
    p.raw += body.length;
    p.chunks.push(body);
    byPart.set(part, p);
  };
  bodies.forEach((body, i) => {
    const symbol = names.get(importedFunctions + i);
    const path = symbol ? demangle(symbol) : '';
    const rule = path && RULES.find(([, pattern]) => pattern.test(path));
    add(rule ? rule[0] : symbol ? 'other' : 'unnamed', body);
  });
  for (const segment of data) add('data: strings and tables', segment);
  const brotli = (chunks) => brotliCompressSync(Buffer.concat(chunks), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_GENERIC },
  }).length;
  return [...byPart.values()]
    .map(({ part, functions, raw, chunks }) => ({ part, functions, raw, brotli: brotli(chunks) }))
    .sort((a, b) => b.brotli - a.brotli);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const bytes = readFileSync(process.argv[2]);
  const table = parts(bytes);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(table));
  } else {
    const total = table.reduce((a, p) => a + p.brotli, 0);
    for (const p of table) {
      console.log(`${p.part.padEnd(30)} ${String(p.functions).padStart(5)} fns ${(p.raw / 1024).toFixed(1).padStart(7)} KiB raw ${(p.brotli / 1024).toFixed(1).padStart(6)} KiB brotli`);
    }
    console.log(`${'sum of parts'.padEnd(40)} ${(table.reduce((a, p) => a + p.raw, 0) / 1024).toFixed(1).padStart(7)} KiB raw ${(total / 1024).toFixed(1).padStart(6)} KiB brotli`);
  }
}
