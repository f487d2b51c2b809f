// The facts filter: answers the form on the facts page from the facts index, lists the
// first matches, and keeps the choices in the page's address so that it can be shared.
// Every text from the articles goes into the page as text (textContent), never as markup.
// The words field is "words" in the address: Material's search box answers "q".
(function () {
  const SHOWN = 100;
  const FIELDS = ["speaker", "named", "kind", "from", "to", "publisher", "words"];

  function option(list, value) {
    const item = document.createElement("option");
    item.value = value;
    list.appendChild(item);
  }

  function start(box) {
    const form = box.querySelector("form");
    const count = box.querySelector(".dossier-filter-count");
    const results = box.querySelector(".dossier-filter-results");
    const root = box.dataset.root;
    const directory = box.dataset.directoryUrls === "true";
    box.hidden = false;
    count.textContent = "Loading the facts…";
    fetch(box.dataset.index).then(r => r.json()).then(([kinds, actors, articles, facts]) => {
      const index = {kinds, actors, articles, facts};
      // Each fact's words in lower case, made once: a query only scans them.
      const words = index.facts.map(f => f[4].toLowerCase());
      const byName = new Map(), byId = new Map();
      actors.forEach((a, n) => { byId.set(a[0], n); if (!byName.has(a[1].toLowerCase())) byName.set(a[1].toLowerCase(), n); });
      const said = new Set(), named = new Set(), publishers = new Set();
      for (const f of index.facts) {
        f[5].forEach(a => said.add(a));
        f[6].forEach(a => named.add(a));
      }
      for (const a of articles) if (a[2]) publishers.add(a[2]);
      const lists = box.querySelectorAll("datalist");
      [...said].sort((a, b) => actors[a][1].localeCompare(actors[b][1])).forEach(a => option(lists[0], actors[a][1]));
      [...named].sort((a, b) => actors[a][1].localeCompare(actors[b][1])).forEach(a => option(lists[1], actors[a][1]));
      [...publishers].sort().forEach(p => option(lists[2], p));
      const kindChoice = form.elements.kind;
      kinds.forEach(k => { const o = document.createElement("option"); o.value = k; o.textContent = k; kindChoice.appendChild(o); });

      function actor(text) {
        // An actor by name as typed, or by id as an address holds it.
        const wanted = text.trim();
        if (!wanted) return -1;
        if (byName.has(wanted.toLowerCase())) return byName.get(wanted.toLowerCase());
        return byId.has(wanted) ? byId.get(wanted) : -2;
      }

      function articleUrl(id) {
        return root + "articles/" + encodeURIComponent(id) + (directory ? "/" : ".html");
      }

      function show() {
        const speaker = actor(form.elements.speaker.value), about = actor(form.elements.named.value);
        const kind = index.kinds.indexOf(form.elements.kind.value);
        const from = form.elements.from.value, to = form.elements.to.value;
        const publisher = form.elements.publisher.value.trim();
        const query = form.elements.words.value.trim().toLowerCase();
        const found = [];
        index.facts.forEach((f, n) => {
          if (speaker !== -1 && !f[5].includes(speaker)) return;
          if (about !== -1 && !f[6].includes(about)) return;
          if (kind !== -1 && f[3] !== kind) return;
          if ((from || to) && !f[7]) return;
          if (from && f[7] < from) return;
          if (to && f[7] > to) return;
          if (publisher && articles[f[1]][2] !== publisher) return;
          if (query && !words[n].includes(query)) return;
          found.push(f);
        });
        results.replaceChildren();
        for (const f of found.slice(0, SHOWN)) {
          const item = document.createElement("li");
          item.dataset.fact = f[0];
          const head = document.createElement("strong");
          head.textContent = index.kinds[f[3]] + (f[5].length ? " by " + f[5].map(a => actors[a][1]).join(", ") : "");
          item.append(head, ": " + f[4] + " ");
          const where = document.createElement("a");
          const article = articles[f[1]];
          where.href = articleUrl(article[0]) + "#" + encodeURIComponent(f[0]);
          where.textContent = article[1];
          item.append("— ", where, (f[7] ? " · " + f[7] : "") + (article[2] ? " · " + article[2] : ""));
          results.appendChild(item);
        }
        count.textContent = found.length + (found.length === 1 ? " fact matches" : " facts match") +
          (found.length > SHOWN ? "; the first " + SHOWN + " are shown." : ".");
      }

      function remember() {
        const address = new URLSearchParams();
        for (const name of FIELDS) {
          let value = form.elements[name].value.trim();
          if ((name === "speaker" || name === "named") && value) {
            const n = actor(value);
            if (n >= 0) value = actors[n][0];
          }
          if (value) address.set(name, value);
        }
        const search = address.toString();
        history.replaceState(null, "", location.pathname + (search ? "?" + search : "") + location.hash);
      }

      const asked = new URLSearchParams(location.search);
      for (const name of FIELDS) {
        let value = asked.get(name) || "";
        if ((name === "speaker" || name === "named") && byId.has(value)) value = actors[byId.get(value)][1];
        form.elements[name].value = value;
      }
      form.addEventListener("input", () => { show(); remember(); });
      form.addEventListener("submit", event => event.preventDefault());
      show();
    }).catch(() => { count.textContent = "The facts index could not be loaded."; });
  }

  function begin() {
    document.querySelectorAll(".dossier-filter[data-index]").forEach(start);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", begin);
  } else {
    begin();
  }
})();
