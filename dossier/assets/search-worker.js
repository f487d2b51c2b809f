// The site's search worker: answers Material for MkDocs' search box by scanning the text of
// the search index, where Material's own worker first builds a Lunr index of all of it (two
// seconds and more at a thousand articles, on every page a reader opens). It speaks
// Material's worker protocol (SETUP -> READY, QUERY -> RESULT) and keeps its rules: every
// word matches the start of a word, "quoted words" and +word must all be found, -word must
// not; titles weigh a thousand times the text; a page's sections come grouped under it.
"use strict";

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
const OPTIONAL = 0, REQUIRED = 1, PROHIBITED = 2;

// Lunr's English stop words: Material leaves them out of its index, so a query skips them.
const STOP_WORDS = new Set(("a able about across after all almost also am among an and any are as at " +
  "be because been but by can cannot could dear did do does either else ever every for from get got " +
  "had has have he her hers him his how however i if in into is it its just least let like likely may " +
  "me might most must my neither no nor not of off often on only or other our own rather said say " +
  "says she should since so some than that the their them then there these they this tis to too twas " +
  "us wants was we were what when where which while who whom why will with would yet you your").split(" "));
const K1 = 1.2;            // Lunr's term-frequency saturation; Material turns length normalisation off
const SHOWN_BLOCKS = 2;    // paragraphs of a section shown under a result, as Material shows
const WORD = /[\p{L}\p{N}]/u;
const TAG = /<(\/?)[a-z0-9]+[^>]*>/gi;
const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi;
// The named entities the search index's text holds (Python's html.escape and Markdown's).
const NAMED = new Map([["amp", "&"], ["lt", "<"], ["gt", ">"], ["quot", "\""], ["apos", "'"], ["nbsp", "\u00a0"]]);

let site = null;

addEventListener("message", ({ data: message }) => {
  if (message.type === SETUP) {
    site = prepare(message.data);
    postMessage({ type: READY });
  } else if (message.type === QUERY) {
    postMessage({ type: RESULT, data: site ? answer(site, message.data) : { items: [] } });
  }
});

/* ------------------------------------------------------------------------- */

// What a query needs, made once: every title and every text joined into one lowercase
// string each, tags blanked out (same length, so a match's offset is its offset in the doc).
function prepare({ config, docs, options }) {
  const pages = new Map();
  const pageOf = docs.map((doc, i) => {
    const [path] = doc.location.split("#");
    if (!pages.has(path)) pages.set(path, i);
    return pages.get(path);
  });
  const fields = config.fields || {};
  return {
    docs,
    pageOf,
    title: haystack(docs.map(doc => doc.title || "")),
    text: haystack(docs.map(doc => doc.text || "")),
    titleBoost: (fields.title && fields.title.boost) || 1,
    textBoost: (fields.text && fields.text.boost) || 1,
    separator: new RegExp(config.separator || "[\\s\\-]+"),
    stopWords: (config.pipeline || []).includes("stopWordFilter"),
    suggest: Boolean(options && options.suggest),
  };
}

function haystack(values) {
  const starts = new Int32Array(values.length + 1);
  let offset = 0;
  values.forEach((value, i) => { starts[i] = offset; offset += value.length + 1; });
  starts[values.length] = offset;
  const joined = values.join("\n").replace(TAG, tag => " ".repeat(tag.length));
  let lower = joined.toLowerCase();
  if (lower.length !== joined.length)   // a letter whose lowercase is longer ('İ'): keep it as it is
    lower = Array.from(joined, c => { const l = c.toLowerCase(); return l.length === c.length ? l : c; }).join("");
  return { lower, starts };
}

/* ------------------------------------------------------------------------- */

// As in Material's worker, a query that fails gets an empty answer: the search box never waits on it.
function answer(site, query) {
  try {
    return search(site, query);
  } catch (error) {
    console.warn(`Search failed for: ${query}`, error);
    return { items: [] };
  }
}

function search(site, query) {
  const clauses = parse(query, site);
  const wanted = clauses.filter(c => c.presence !== PROHIBITED);
  if (!wanted.length) return { items: [] };
  const none = new Map();
  const hits = clauses.map(clause => ({
    clause,
    title: clause.field === "text" ? none : occurrences(site.title, clause),
    text: clause.field === "title" ? none : occurrences(site.text, clause),
  }));

  const found = new Map();   // doc -> {score, matched: Set of clause indexes}
  const total = site.docs.length;
  hits.forEach((hit, index) => {
    if (hit.clause.presence === PROHIBITED) return;
    const df = new Set([...hit.title.keys(), ...hit.text.keys()]).size;
    const idf = Math.log(1 + Math.abs((total - df + 0.5) / (df + 0.5)));
    for (const [field, boost] of [[hit.title, site.titleBoost], [hit.text, site.textBoost]])
      for (const [doc, positions] of field) {
        let entry = found.get(doc);
        if (!entry) found.set(doc, entry = { score: 0, matched: new Set() });
        entry.score += boost * idf * (K1 + 1) * positions.length / (K1 + positions.length);
        entry.matched.add(index);
      }
  });
  const excluded = new Set();
  hits.forEach(hit => {
    if (hit.clause.presence !== PROHIBITED) return;
    for (const doc of [...hit.title.keys(), ...hit.text.keys()]) excluded.add(doc);
  });
  const required = clauses.map((c, i) => i).filter(i => clauses[i].presence === REQUIRED);

  const items = [];
  for (const [doc, entry] of found) {
    if (excluded.has(doc) || !required.every(i => entry.matched.has(i))) continue;
    const terms = {};
    clauses.forEach((c, i) => { if (c.presence !== PROHIBITED) terms[c.term] = entry.matched.has(i); });
    const matchedShare = wanted.filter(c => terms[c.term]).length / wanted.length;
    const boost = (site.pageOf[doc] === doc ? 1 : 0) + matchedShare;
    items.push({ doc, score: entry.score * (site.docs[doc].boost || 1) * (1 + boost * boost), terms });
  }
  items.sort((a, b) => b.score - a.score);

  const groups = new Map();
  for (const item of items) {
    const page = site.pageOf[item.doc];
    if (!groups.has(page)) groups.set(page, []);
    groups.get(page).push(shown(site, item, hits));
  }
  for (const [page, group] of groups)
    if (!group.some(item => item.location === site.docs[page].location))
      group.push({ ...site.docs[page], score: 0, terms: {} });

  const result = { items: [...groups.values()] };
  if (site.suggest) result.suggest = suggestion(site, hits);
  return result;
}

// The query as Material reads it: "quoted words" and +word required, -word excluded,
// title:word and text:word in that field alone, fuzzy (~) and boost (^) marks dropped,
// a leading * matching inside words.
function parse(query, site) {
  const clauses = [];
  query.trim().split(/"([^"]+)"/g).forEach((part, quoted) => {
    for (const raw of part.split(/\s+/)) {
      let word = raw, presence = quoted % 2 ? REQUIRED : OPTIONAL;
      if (word.startsWith("+")) { presence = REQUIRED; word = word.slice(1); }
      else if (word.startsWith("-")) { presence = PROHIBITED; word = word.slice(1); }
      word = word.replace(/"/g, "").replace(/[~^]\d*$/, "");
      const field = /^(title|text):(?=.)/.exec(word);
      if (field) word = word.slice(field[0].length);
      const anywhere = word.startsWith("*");
      word = word.replace(/^\*+|\*+$/g, "");
      for (const piece of word.split(site.separator)) {
        const term = piece.toLowerCase();
        if (!term || (site.stopWords && STOP_WORDS.has(term))) continue;
        clauses.push({ term, needle: escapeHtml(term), presence, anywhere, field: field && field[1] });
      }
    }
  });
  return clauses;
}

// Where a clause matches, doc by doc: doc -> offsets in that doc's field.
function occurrences({ lower, starts }, clause) {
  const found = new Map();
  const needle = clause.needle;
  const bounded = !clause.anywhere && WORD.test(needle[0]);   // '.com' may follow a letter
  let doc = 0;
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
    // A word starts after anything but a letter or digit; after '&' is an entity's name.
    if (at > 0 && (lower[at - 1] === "&" || (bounded && WORD.test(lower[at - 1])))) continue;
    while (starts[doc + 1] <= at) doc++;
    const offset = at - starts[doc];
    const list = found.get(doc);
    if (list) list.push(offset); else found.set(doc, [offset]);
  }
  return found;
}

/* ------------------------------------------------------------------------- */

// A result as Material shows it: the whole title and the matching paragraphs, marked.
function shown(site, { doc, score, terms }, hits) {
  const source = site.docs[doc];
  const titleRanges = ranges(source.title || "", hits, "title", doc);
  const textRanges = ranges(source.text || "", hits, "text", doc);
  return {
    ...source,
    title: titleRanges.length ? mark(source.title, titleRanges) : source.title,
    text: textRanges.length ? excerpt(source.text, textRanges) : source.text,
    score,
    terms,
  };
}

// Matched stretches of a field, from the start of the match to the end of its word, merged.
function ranges(value, hits, field, doc) {
  const spans = [];
  for (const hit of hits) {
    if (hit.clause.presence === PROHIBITED) continue;
    for (const start of hit[field].get(doc) || []) {
      let end = start + hit.clause.needle.length;
      while (end < value.length && WORD.test(value[end])) end++;
      spans.push([start, end]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}

function mark(value, spans, from = 0, to = value.length) {
  let out = "", cursor = from;
  for (const [start, end] of spans) {
    if (start < from || end > to) continue;
    out += value.slice(cursor, start) + "<mark>" + value.slice(start, end) + "</mark>";
    cursor = end;
  }
  return out + value.slice(cursor, to);
}

// The first few top-level blocks (paragraphs, lists) of a text that hold a match.
function excerpt(text, spans) {
  const parts = [];
  for (const [from, to] of blocks(text)) {
    if (!spans.some(([start]) => start >= from && start < to)) continue;
    parts.push(mark(text, spans, from, to));
    if (parts.length === SHOWN_BLOCKS) break;
  }
  return parts.join("");
}

function blocks(text) {
  const found = [];
  let depth = 0, start = 0, match;
  TAG.lastIndex = 0;
  while ((match = TAG.exec(text))) {
    if (match[1]) {
      if (depth > 0 && --depth === 0) { found.push([start, TAG.lastIndex]); start = TAG.lastIndex; }
    } else {
      if (depth === 0) { if (text.slice(start, match.index).trim()) found.push([start, match.index]); start = match.index; }
      depth++;
    }
  }
  if (text.slice(start).trim()) found.push([start, text.length]);
  return found;
}

// The words that complete the query from the best title that holds all of them, as
// Material suggests them. A title in the index is HTML; Material shows a suggestion as
// text (textContent), so its words are given as the text they stand for: '&' for '&amp;'.
function suggestion(site, hits) {
  const usable = hits.filter(hit => hit.clause.presence !== PROHIBITED);
  let best = -1, bestScore = 0;
  for (const doc of usable[0].title.keys()) {
    if (!usable.every(hit => hit.title.has(doc))) continue;
    const score = usable.reduce((sum, hit) => sum + hit.title.get(doc).length, 0) * (site.docs[doc].boost || 1);
    if (score > bestScore) { best = doc; bestScore = score; }
  }
  if (best < 0) return [];
  const title = site.title.lower.slice(site.title.starts[best], site.title.starts[best + 1] - 1);
  return usable.map(hit => {
    const start = hit.title.get(best)[0];
    const rest = title.slice(start).split(site.separator)[0];
    return unescapeHtml(rest.trim());
  });
}

function escapeHtml(value) {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// The text HTML stands for, entity by entity; an entity it does not know stays as it is.
function unescapeHtml(value) {
  return value.replace(ENTITY, (entity, decimal, hex, name) => {
    if (name) return NAMED.get(name.toLowerCase()) ?? entity;
    const code = decimal ? parseInt(decimal, 10) : parseInt(hex, 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : entity;
  });
}
