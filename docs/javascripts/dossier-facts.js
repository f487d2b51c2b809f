// The facts filter: builds its form in each filter box of the page (the facts page's, and
// an actor page's, built here too, which keeps to the facts said by or naming that actor),
// answers it from the facts index, lists the first matches, and keeps the choices in the
// page's address so that it can be shared. Without this script the facts page's box stays
// hidden, and an actor page has none.
// The index comes in parts (dossier/facets.py says how they are laid out): a manifest,
// buckets of keys (a speaker, an actor named, a kind, a publisher, every fact), each key's
// facts in rank order in pages with, for a larger key, a part giving the ranks and kinds of
// its facts and where its pages start, shards of words with the ranks of the facts each is
// in (and the facts of the first screenful of their busiest words, past the first page of
// every fact's list), and the count of dated facts by day. A filter meets on ranks: the
// ranks of its keys and its words, and the run of ranks its dates span, are intersected (a
// kind asked with another key is read from that key's kinds), which counts the matches
// exactly; then only the pages holding the first matches are fetched, from the whole list
// with fewest facts (of every fact, when no key has one): first the pages holding a
// screenful, which are shown with the count, then the pages holding the rest. A key the
// manifest knows (every fact, a kind, a suggested speaker, actor or publisher) needs no
// bucket: asked alone, its first page, named from the key, is fetched at once; with others,
// its ranks, and its first page with them when it likely holds a screenful of the matches.
// Each part is fetched once, from beside the manifest (relative addresses: the site may sit
// under a path).
// Words are matched as words: each word typed is the start of a word of the fact (a word of
// one or two letters, the whole word).
// Every text from the articles goes into the page as text (textContent), never as markup.
// The words field is "words" in the address: Material's search box answers "q".
(function () {
  const SHOWN = 100;
  // The letters of a word typed that choose its shard, as facets.PREFIX.
  const PREFIX = 3;
  // The keys whose list keeps its first page alone, as facets.SHORT.
  const SHORT = ["kind:", "publisher:"];
  // The form's fields: name in the address, label, and what input it is.
  const FORM = [
    ["speaker", "Speaker", "list", "dossier-filter-speakers"],
    ["named", "Names", "list", "dossier-filter-named"],
    ["kind", "Kind", "select"],
    ["from", "From", "date"],
    ["to", "To", "date"],
    ["publisher", "Publisher", "list", "dossier-filter-publishers"],
    ["words", "Words", "search"],
  ];
  const FIELDS = FORM.map(field => field[0]);

  function makeForm(box) {
    const form = document.createElement("form");
    form.setAttribute("role", "search");
    form.setAttribute("aria-label", box.dataset.actor ? "Filter this actor's facts" : "Filter the facts");
    for (const [name, text, type, list] of FORM) {
      const label = document.createElement("label");
      let input;
      if (type === "select") {
        input = document.createElement("select");
        const any = document.createElement("option");
        any.value = "";
        any.textContent = "any";
        input.appendChild(any);
      } else {
        input = document.createElement("input");
        input.type = type === "list" ? "text" : type;
        if (list) { input.setAttribute("list", list); input.autocomplete = "off"; }
      }
      input.name = name;
      label.append(text + " ", input);
      form.appendChild(label);
    }
    for (const [, , , list] of FORM) {
      if (!list) continue;
      const options = document.createElement("datalist");
      options.id = list;
      form.appendChild(options);
    }
    const heading = box.querySelector("h2");
    if (heading) heading.after(form); else box.prepend(form);
    return form;
  }

  function option(list, value) {
    const item = document.createElement("option");
    item.value = value;
    list.appendChild(item);
  }

  // 32-bit FNV-1a of the key's UTF-8, as facets.bucket_of computes it.
  function hash(key) {
    let value = 0x811c9dc5;
    for (const byte of new TextEncoder().encode(key)) value = Math.imul(value ^ byte, 0x01000193) >>> 0;
    return value;
  }

  // The start of the names of a key's pages, as facets.stem makes it.
  function stem(key) {
    return hash(key).toString(16).padStart(8, "0") + hash(key + "\n").toString(16).padStart(8, "0");
  }

  // The words of a text, lower-cased, as facets.words_of reads them.
  function wordsOf(text) {
    return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
  }

  // Whether a word of the text is the word typed, or starts with it when it has PREFIX
  // letters or more: the words the index finds for it in its shard.
  function found(words, typed) {
    const long = [...typed].length >= PREFIX;
    return words.some(w => (long ? w.startsWith(typed) : w === typed));
  }

  // Ranks written as the first and each one's distance from the one before, read back.
  function ungap(gaps) {
    let rank = 0;
    return gaps.map(gap => (rank += gap));
  }

  // The ranks in both of two lists in rank order.
  function intersect(a, b) {
    const both = [];
    for (let i = 0, j = 0; i < a.length && j < b.length;) {
      if (a[i] < b[j]) i++;
      else if (a[i] > b[j]) j++;
      else { both.push(a[i]); i++; j++; }
    }
    return both;
  }

  // The ranks in either of several lists, in rank order, each once.
  function union(lists) {
    if (lists.length === 1) return lists[0];
    return [...new Set(lists.flat())].sort((a, b) => a - b);
  }

  // The number of an ISO day from 1970-01-01, as facets.ranked counts them.
  function dayNumber(day) {
    const [year, month, date] = day.split("-").map(Number);
    const time = new Date(0);
    time.setUTCFullYear(year, month - 1, date);
    return Math.round(time.getTime() / 86400000);
  }

  // The page of a list whose ranks include `rank`: the last that starts at or before it.
  function pageOf(pages, rank) {
    let low = 0, high = pages.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (pages[middle][0] <= rank) low = middle; else high = middle - 1;
    }
    return low;
  }

  // The parts of one index, each fetched once.
  function Index(address) {
    const base = new URL(address, location.href);
    const parts = new Map();
    // The parts that have arrived: a page held needs no wait.
    const arrived = new Set();
    function part(path) {
      const url = new URL(path, base).href;
      if (!parts.has(url)) {
        parts.set(url, fetch(url).then(r => {
          if (!r.ok) throw new Error(url + ": " + r.status);
          return r.json();
        }).then(value => {
          arrived.add(url);
          return value;
        }));
      }
      return parts.get(url);
    }
    function held(path) {
      return arrived.has(new URL(path, base).href);
    }
    const manifest = part(base.href).then(([kinds, buckets, shards, size, inline, speakers, named, publishers, kindCounts, all, screen]) => {
      // How many facts each key the manifest knows has.
      const counts = new Map([["all:", all], ...kinds.map((k, n) => ["kind:" + k, kindCounts[n]]),
        ...speakers.map(a => ["speaker:" + a[0], a[2]]), ...named.map(a => ["named:" + a[0], a[2]]),
        ...publishers.map(p => ["publisher:" + p[0], p[1]])]);
      const names = new Map([...speakers.map(a => ["speaker:" + a[0], a[1]]), ...named.map(a => ["named:" + a[0], a[1]])]);
      return {kinds, buckets, shards, size, inline, counts, names, all, screen, speakers: speakers.map(a => [a[0], a[1]]),
              named: named.map(a => [a[0], a[1]]), publishers: publishers.map(p => p[0])};
    });
    function bucket(key) {
      return manifest.then(m => part("keys/" + (hash(key) % m.buckets) + ".json"));
    }
    // A page of a key's list: the first by the key's stem, a later one by the stem and its
    // first rank (facets.facts_index names them so).
    function pageName(paged, first) {
      return "lists/" + paged + (first === null ? "" : "-" + first) + ".json";
    }
    function listPage(paged, first) {
      return part(pageName(paged, first)).then(read);
    }
    // A key's head, as its bucket holds it: [key, name, count, stem, ranks, kinds, facts
    // kept whole], the last three only for a key kept whole; null when no fact has it. A key
    // the manifest counts, and does not keep whole in its bucket, needs no bucket.
    function head(key) {
      return manifest.then(m => (m.counts.get(key) > m.inline ? [key, m.names.get(key) || "", m.counts.get(key), stem(key)]
        : bucket(key).then(([entries]) => entries.find(e => e[0] === key) || null)));
    }
    // A key's entry: {key, name, count, ranks, kinds, pages: [[first rank, facts]], whole,
    // page(n), held(n)}; null when no fact has it. `whole` when its pages hold every one of
    // its facts. A key the manifest counts has its ranks fetched with its bucket, not after it.
    function entry(key) {
      return head(key).then(listOf);
    }
    function listOf(found) {
      if (!found) return null;
      const [key, name, count, paged, gaps, kinds, inline] = found;
      const listed = paged ? part("lists/" + paged + "-ranks.json") : Promise.resolve([gaps, kinds, null]);
      return listed.then(([gaps, kinds, pages]) => ({
        key, name, count, ranks: ungap(gaps), kinds, pages: inline ? [[-Infinity, count]] : pages,
        whole: !!inline || pages.reduce((n, p) => n + p[1], 0) === count,
        page: n => (inline ? Promise.resolve(read(inline)) : listPage(paged, n ? pages[n][0] : null)),
        held: n => !!inline || held(pageName(paged, n ? pages[n][0] : null))}));
    }
    // The first page of a key's list (a head), fetched now, to be read later.
    function prefetch(found) {
      if (found[3]) part(pageName(found[3], null));
    }
    // For each word of the text: {ranks} of the facts holding it, and the facts its shard
    // carries (the first screenful of its busy words).
    function words(text) {
      return manifest.then(m => Promise.all(wordsOf(text).map(typed =>
        part("words/" + (hash([...typed].slice(0, PREFIX).join("")) % m.shards) + ".json").then(([shard, carried]) => ({
          ranks: union([[], ...shard.filter(([word]) => found([word], typed)).map(([, gaps]) => ungap(gaps))]),
          carried: read(carried)})))));
    }
    // The facts dated from `from` to `to` (either open), as the dates compare as text:
    // {count, ranks: [first, past the last]}. A day's facts have the ranks from its number
    // times the facts a day can hold.
    function dates(from, to) {
      return part("dates.json").then(([perDay, months]) => {
        let count = 0, first = null, last = null;
        for (const [month, counts] of months) {
          counts.forEach((facts, n) => {
            const day = month + "-" + String(n + 1).padStart(2, "0");
            if (!facts || (from && day < from) || (to && day > to)) return;
            count += facts;
            if (first === null) first = day;
            last = day;
          });
        }
        return {count, ranks: first === null ? [0, 0] : [dayNumber(first) * perDay, (dayNumber(last) + 1) * perDay]};
      });
    }
    // The actors whose name, any case, is the text: [[id, name]].
    function named(text) {
      const lower = text.toLowerCase();
      return bucket("name:" + lower).then(([, names]) => names.filter(n => n[0] === lower).map(n => [n[1], n[2]]));
    }
    // A page read into facts that stand alone.
    const read_ = new WeakMap();
    function read(page) {
      if (!read_.has(page)) {
        const [actors, articles, facts] = page;
        read_.set(page, facts.map(([rank, id, paragraph, kind, text, date, article, speakers, named]) => ({
          rank, id, article: articles[article], paragraph, kind, text, date,
          speakers: speakers.map(a => actors[a]), named: named.map(a => actors[a])})));
      }
      return read_.get(page);
    }
    // The first facts (as many as are shown) of a key asked alone, with its count and name:
    // from its first page, named from the key when the manifest counts it, else from its
    // bucket; null when its first page holds fewer than are shown.
    function first(key, shown) {
      return manifest.then(m => {
        const count = m.counts.get(key);
        const found = count > m.inline || count === 0 ? Promise.resolve([key, m.names.get(key) || "", count, stem(key)])
          : bucket(key).then(([entries]) => entries.find(e => e[0] === key) || [key, "", 0, ""]);
        return found.then(([, name, count, paged, , , inline]) => {
          if (!count) return {count: 0, name, facts: []};
          if (!paged) return {count, name, facts: read(inline).slice(0, shown)};
          if (m.size < Math.min(count, shown)) return null;
          return listPage(paged, null).then(facts => ({count, name, facts: facts.slice(0, shown)}));
        });
      });
    }
    return {manifest, head, entry, listOf, prefetch, words, dates, named, first};
  }

  function start(box) {
    const form = box.querySelector("form") || makeForm(box);
    const count = box.querySelector(".dossier-filter-count");
    const asked = new URLSearchParams(location.search);
    box.hidden = false;
    form.addEventListener("submit", event => event.preventDefault());
    // An actor page loads its facts only when its filter is asked for, by the address or
    // by a reader turning to the form: most readers never do.
    if (box.dataset.actor && !FIELDS.some(name => asked.get(name))) {
      count.textContent = "Choose a kind, a date or words to filter this actor's facts.";
      form.addEventListener("focusin", () => answer(box, form, asked), {once: true});
    } else {
      answer(box, form, asked);
    }
  }

  function answer(box, form, asked) {
    const count = box.querySelector(".dossier-filter-count");
    const results = box.querySelector(".dossier-filter-results");
    const root = box.dataset.root;
    const directory = box.dataset.directoryUrls === "true";
    const index = Index(box.dataset.index);
    const own = box.dataset.actor || null;
    const lists = box.querySelectorAll("datalist");
    let asking = 0, ownLoaded = null, first = true, waiting = 0;
    // The manifest's suggestions, by name in lower case: found without a fetch.
    const suggested = new Map();
    count.textContent = "Loading the facts…";

    function articleUrl(id) {
      return root + "articles/" + encodeURIComponent(id) + (directory ? "/" : ".html");
    }

    function fill(list, values) {
      list.replaceChildren();
      values.forEach(value => option(list, value));
    }

    // An actor as typed (a name, any case, or an id as the address holds it): its id, or
    // null for none asked.
    function actorId(text) {
      const wanted = text.trim();
      if (!wanted) return Promise.resolve([null, false]);
      if (suggested.has(wanted.toLowerCase())) return Promise.resolve([suggested.get(wanted.toLowerCase()), true]);
      return index.named(wanted).then(found => (found.length ? [found[0][0], true] : [wanted, false]));
    }

    function matches(f, ask, kinds) {
      if (ask.speaker !== null && !f.speakers.some(a => a[0] === ask.speaker)) return false;
      if (ask.named !== null && !f.named.some(a => a[0] === ask.named)) return false;
      if (ask.kind && kinds[f.kind] !== ask.kind) return false;
      if ((ask.from || ask.to) && !f.date) return false;
      if (ask.from && f.date < ask.from) return false;
      if (ask.to && f.date > ask.to) return false;
      if (ask.publisher && f.article[2] !== ask.publisher) return false;
      if (ask.typed.length) {
        const words = f.words || (f.words = wordsOf(f.text));
        if (!ask.typed.every(typed => found(words, typed))) return false;
      }
      return true;
    }

    // The facts page: the first facts that match, and how many, as {found, total, entries,
    // rest}: `rest`, when the facts found are a screenful of the first, fetches all of them.
    function search(ask, kinds, m) {
      const keys = [];
      if (ask.speaker !== null) keys.push("speaker:" + ask.speaker);
      if (ask.named !== null) keys.push("named:" + ask.named);
      if (ask.kind) keys.push("kind:" + ask.kind);
      if (ask.publisher) keys.push("publisher:" + ask.publisher);
      const key = keys[0] || "all:";
      const alone = ask.typed.length || ask.from || ask.to || keys.length > 1 ? null : index.first(key, SHOWN);
      return Promise.resolve(alone).then(known => (known ? {found: known.facts, total: known.count, entries: [{key, name: known.name}], rest: null}
        : listed(keys, ask, kinds, m)));
    }

    // The first page of the list the answer will be read from, fetched with the keys' ranks
    // rather than after them, when it likely holds a screenful of the matches: the keys
    // taken as independent, its first facts times the share of every fact each other key
    // has. (Words and dates say nothing of how many they keep before their ranks arrive.)
    function speculate(heads, kind, m) {
      if (heads.some(h => !h)) return;
      const whole = heads.filter(h => h[6] || h[2] <= m.size || !SHORT.some(prefix => h[0].startsWith(prefix)));
      const source = whole.reduce((a, b) => (b[2] < a[2] ? b : a), ["all:", "", Infinity, stem("all:")]);
      let likely = Math.min(m.size, source[0] === "all:" ? m.all : source[2]);
      for (const h of heads) if (h !== source) likely *= h[2] / m.all;
      if (kind) likely *= (m.counts.get("kind:" + kind) || 0) / m.all;
      if (!source[6] && likely >= m.screen) index.prefetch(source);
    }

    // The ranks of every key, word and date asked, intersected, which counts them; then the
    // pages holding the first SHOWN, from the whole list with fewest facts (of every fact
    // when no key has one): those holding the first screenful first.
    function listed(keys, ask, kinds, m) {
      // A kind asked with another key is read from that key's entry, which gives the kind
      // of each of its facts: the kind's own ranks are not fetched.
      const kind = ask.kind ? kinds.indexOf(ask.kind).toString(36) : null;
      const byKind = kind !== null && keys.length > 1;
      const heads = Promise.all(keys.filter(key => !(byKind && key === "kind:" + ask.kind)).map(index.head));
      if (!ask.typed.length && !ask.from && !ask.to) heads.then(found => speculate(found, byKind ? ask.kind : null, m));
      const entries = heads.then(found => Promise.all(found.map(index.listOf)))
        .then(found => (byKind && found[0] && found[0].kinds.length === found[0].count
          ? [{...found[0], ranks: found[0].ranks.filter((_, n) => found[0].kinds[n] === kind)}, ...found.slice(1)]
          : byKind && found.every(e => e) ? index.entry("kind:" + ask.kind).then(e => [...found, e]) : found));
      // Every fact's list is needed only when no key asked has its list whole.
      const every = entries.then(found => (found.some(e => e && e.whole) ? null : index.entry("all:")));
      return Promise.all([entries, ask.typed.length ? index.words(ask.typed.join(" ")) : [],
                          ask.from || ask.to ? index.dates(ask.from, ask.to) : null, every])
        .then(([entries, words, run, every]) => {
          if (entries.some(e => !e) || (!every && !entries.length)) return {found: [], total: 0, entries, rest: null};
          const lists = [...entries.map(e => e.ranks), ...words.map(w => w.ranks)].sort((a, b) => a.length - b.length);
          // The facts the words' shards carry need no page.
          const carried = new Map(words.flatMap(w => w.carried).map(f => [f.rank, f]));
          const source = entries.filter(e => e.whole).reduce((a, b) => (b.count < a.count ? b : a), every || {count: Infinity});
          const [low, past] = run ? run.ranks : [-Infinity, Infinity];
          let pages, screen, total, wanted = null;
          if (lists.length) {
            const ranks = lists.reduce(intersect).filter(rank => rank >= low && rank < past);
            total = ranks.length;
            wanted = ranks.slice(0, SHOWN);
            const pagesOf = some => [...new Set(some.filter(rank => !carried.has(rank)).map(rank => pageOf(source.pages, rank)))];
            pages = pagesOf(wanted);
            screen = pagesOf(wanted.slice(0, m.screen));
          } else {
            // Dates alone (or nothing, every fact's list kept whole in its bucket): the run
            // of every fact's list from its first page, far enough to hold SHOWN past the
            // page it starts in; the first screenful as far as to hold a screenful.
            total = run ? run.count : every.count;
            pages = [];
            let screenful = null;
            for (let n = pageOf(source.pages, low), held = 0; n < source.pages.length && source.pages[n][0] < past && held < SHOWN; n++) {
              if (pages.length) held += source.pages[n][1];
              pages.push(n);
              if (screenful === null && held >= m.screen) screenful = pages.length;
            }
            screen = pages.slice(0, screenful === null ? pages.length : screenful);
          }
          // The facts matching in the pages numbered, in rank order: of the first SHOWN,
          // those before the first that the pages do not hold.
          const factsIn = numbers => Promise.all(numbers.map(n => source.page(n))).then(read => {
            const found = read.flat().filter(f => (wanted ? true : f.rank >= low && f.rank < past));
            if (!wanted) return found.sort((a, b) => a.rank - b.rank).slice(0, SHOWN);
            found.push(...carried.values());
            const byRank = new Map(found.map(f => [f.rank, f]));
            const first = [];
            for (const rank of wanted) {
              if (!byRank.has(rank)) break;
              first.push(byRank.get(rank));
            }
            return first;
          });
          // The pages already held are read with the first screenful's: they cost nothing.
          // (A run of dates reads its pages in order, each after the one before.)
          if (wanted) screen = [...new Set([...screen, ...pages.filter(n => source.held(n))])];
          if (screen.length >= pages.length) return factsIn(pages).then(found => ({found, total, entries, rest: null}));
          // The rest asked for once the first screenful is shown, not before: they would
          // share the connections, and the page's time, with it.
          return factsIn(screen).then(found => ({found, total, entries, rest: () => factsIn(pages)}));
        });
    }

    // The facts found listed, and how many match; `from` facts already listed are kept.
    function show(found, total, ask, kinds, mine, from = 0) {
      if (!from) results.replaceChildren();
      for (const f of found.slice(from, SHOWN)) {
        const item = document.createElement("li");
        item.dataset.fact = f.id;
        const head = document.createElement("strong");
        head.textContent = kinds[f.kind] + (f.speakers.length ? " by " + f.speakers.map(a => a[1]).join(", ") : "");
        item.append(head, ": " + f.text + " ");
        const where = document.createElement("a");
        const article = f.article;
        where.href = articleUrl(article[0]) + "#" + encodeURIComponent(f.id);
        where.textContent = article[1];
        item.append("— ", where, (f.date ? " · " + f.date : "") + (article[2] ? " · " + article[2] : ""));
        results.appendChild(item);
      }
      count.textContent = (mine === null ? total + (total === 1 ? " fact matches" : " facts match")
        : total + " of the " + mine.facts.length + " facts said by or naming " + mine.name +
          (total === 1 ? " matches" : " match")) +
        (total > SHOWN ? "; the first " + SHOWN + " are shown." : ".");
    }

    // The address: the form's choices, an actor by its id.
    function remember(ask) {
      const address = new URLSearchParams();
      for (const name of FIELDS) {
        let value = form.elements[name].value.trim();
        if ((name === "speaker" || name === "named") && ask[name] !== null && ask.known[name]) value = ask[name];
        if (value) address.set(name, value);
      }
      const search = address.toString();
      history.replaceState(null, "", location.pathname + (search ? "?" + search : "") + location.hash);
    }

    // An actor page: every fact said by or naming the actor, in rank order, read once.
    function ownFacts() {
      return Promise.all([index.entry("speaker:" + own), index.entry("named:" + own)]).then(entries =>
        Promise.all(entries.filter(e => e).flatMap(e => e.pages.map((_, n) => e.page(n)))).then(pages => {
          const byRank = new Map();
          for (const facts of pages) for (const f of facts) byRank.set(f.rank, f);
          const facts = [...byRank.values()].sort((a, b) => a.rank - b.rank);
          const name = (entries.find(e => e && e.name) || {name: "this actor"}).name;
          const said = new Map(), named = new Map(), publishers = new Set();
          for (const f of facts) {
            f.speakers.forEach(a => said.set(a[0], a[1]));
            f.named.forEach(a => named.set(a[0], a[1]));
            if (f.article[2]) publishers.add(f.article[2]);
          }
          const byName = (a, b) => a.localeCompare(b);
          fill(lists[0], [...said.values()].sort(byName));
          fill(lists[1], [...named.values()].sort(byName));
          fill(lists[2], [...publishers].sort());
          return {facts, name, actors: new Map([...said, ...named])};
        }));
    }

    function ask() {
      const mine = own === null ? Promise.resolve(null) : (ownLoaded = ownLoaded || ownFacts());
      return Promise.all([index.manifest, mine]).then(([manifest, mine]) => {
        const kinds = manifest.kinds;
        const asked = n => form.elements[n].value.trim();
        // On an actor's page, its actors are known by name without a fetch.
        const lookUp = text => {
          if (mine && text.trim()) {
            const lower = text.trim().toLowerCase();
            for (const [id, name] of mine.actors) if (name.toLowerCase() === lower) return Promise.resolve([id, true]);
            return Promise.resolve([text.trim(), mine.actors.has(text.trim())]);
          }
          return actorId(text);
        };
        return Promise.all([lookUp(asked("speaker")), lookUp(asked("named"))]).then(([speaker, named]) => {
          const question = {speaker: speaker[0], named: named[0], kind: asked("kind"), from: asked("from"),
                            to: asked("to"), publisher: asked("publisher"), typed: wordsOf(asked("words")),
                            known: {speaker: speaker[1], named: named[1]}, names: {}};
          if (mine) {
            const found = mine.facts.filter(f => matches(f, question, kinds));
            for (const field of ["speaker", "named"]) {
              if (question[field] !== null && mine.actors.has(question[field])) question.names[field] = mine.actors.get(question[field]);
            }
            return {question, kinds, mine, found, total: found.length, rest: null};
          }
          return search(question, kinds, manifest).then(({found, total, entries, rest}) => {
            // An actor named by its id, as the address holds it, is known once its key is found.
            for (const e of entries) {
              if (!e || !e.name) continue;
              const field = e.key.split(":")[0];
              question.known[field] = true;
              question.names[field] = e.name;
            }
            return {question, kinds, mine, found, total, rest};
          });
        });
      });
    }

    function update() {
      const mine = ++asking;
      box.dataset.state = "asking";
      return ask().then(({question, kinds, mine: own, found, total, rest}) => {
        if (mine !== asking) return;
        if (first) {
          // The address names actors by id: the form shows their names.
          for (const field of ["speaker", "named"]) {
            const element = form.elements[field];
            if (question.names[field] && element.value.trim() === question[field]) element.value = question.names[field];
          }
          first = false;
        }
        show(found, total, question, kinds, own);
        remember(question);
        // The first screenful shown with the count; the rest, when there is more to fetch,
        // once it is painted.
        box.dataset.state = rest ? "showing" : "answered";
        box.dispatchEvent(new CustomEvent("dossier-filter-shown"));
        if (!rest) {
          box.dispatchEvent(new CustomEvent("dossier-filter-answered"));
          return;
        }
        return new Promise(painted => requestAnimationFrame(() => setTimeout(painted, 0))).then(rest).then(all => {
          if (mine !== asking) return;
          show(all, total, question, kinds, own, found.length);
          box.dataset.state = "answered";
          box.dispatchEvent(new CustomEvent("dossier-filter-answered"));
        });
      }).catch(() => {
        if (mine !== asking) return;
        count.textContent = "The facts index could not be loaded.";
        box.dataset.state = "failed";
      });
    }

    index.manifest.then(manifest => {
      const kindChoice = form.elements.kind;
      manifest.kinds.forEach(k => { const o = document.createElement("option"); o.value = k; o.textContent = k; kindChoice.appendChild(o); });
      if (own === null) {
        fill(lists[0], manifest.speakers.map(a => a[1]));
        fill(lists[1], manifest.named.map(a => a[1]));
        fill(lists[2], manifest.publishers);
      }
      const names = new Map([...manifest.speakers, ...manifest.named]);
      for (const [id, name] of names) if (!suggested.has(name.toLowerCase())) suggested.set(name.toLowerCase(), id);
      for (const name of FIELDS) {
        if (!asked.has(name)) continue;
        let value = asked.get(name);
        if ((name === "speaker" || name === "named") && names.has(value)) value = names.get(value);
        form.elements[name].value = value;
      }
      form.addEventListener("input", event => {
        clearTimeout(waiting);
        // A name being typed is looked up once typing pauses, not at every key: each look-up
        // of a name the form does not suggest is a fetch.
        const value = event.target.value.trim().toLowerCase();
        const typing = (event.target.name === "speaker" || event.target.name === "named") && own === null &&
          value && !suggested.has(value);
        if (typing) waiting = setTimeout(update, 300); else update();
      });
      return update();
    }).catch(() => { count.textContent = "The facts index could not be loaded."; });
  }

  // An actor page's box: built under the line that says where to find the index, with a
  // heading of its own that names what it filters.
  function makeBox(line) {
    const box = document.createElement("section");
    box.className = "dossier-filter";
    Object.assign(box.dataset, line.dataset);
    box.setAttribute("aria-labelledby", "dossier-filter-heading");
    const heading = document.createElement("h2");
    heading.id = "dossier-filter-heading";
    heading.textContent = "Filter this actor's facts";
    const count = document.createElement("p");
    count.className = "dossier-filter-count";
    count.setAttribute("aria-live", "polite");
    const results = document.createElement("ol");
    results.className = "dossier-filter-results";
    box.append(heading, count, results);
    line.after(box);
    return box;
  }

  function begin() {
    document.querySelectorAll(".dossier-filter-at[data-index]").forEach(makeBox);
    document.querySelectorAll(".dossier-filter[data-index]").forEach(start);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", begin);
  } else {
    begin();
  }
})();
