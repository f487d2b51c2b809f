// The facts filter: builds its form in each filter box of the page (the facts page's, and
// an actor page's, built here too, which keeps to the facts said by or naming that actor),
// answers it from the facts index, lists the first matches, and keeps the choices in the
// page's address so that it can be shared. Without this script the facts page's box stays
// hidden, and an actor page has none.
// Every text from the articles goes into the page as text (textContent), never as markup.
// The words field is "words" in the address: Material's search box answers "q".
(function () {
  const SHOWN = 100;
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

  function start(box) {
    const form = box.querySelector("form") || makeForm(box);
    const count = box.querySelector(".dossier-filter-count");
    const results = box.querySelector(".dossier-filter-results");
    const asked = new URLSearchParams(location.search);
    box.hidden = false;
    form.addEventListener("submit", event => event.preventDefault());
    // An actor page loads the index (all the dossier's facts) only when its filter is asked
    // for, by the address or by a reader turning to the form: most readers never do.
    if (box.dataset.actor && !FIELDS.some(name => asked.get(name))) {
      count.textContent = "Choose a kind, a date or words to filter this actor's facts.";
      form.addEventListener("focusin", () => answer(box, form, count, results, asked), {once: true});
    } else {
      answer(box, form, count, results, asked);
    }
  }

  function answer(box, form, count, results, asked) {
    const root = box.dataset.root;
    const directory = box.dataset.directoryUrls === "true";
    count.textContent = "Loading the facts…";
    fetch(box.dataset.index).then(r => r.json()).then(([kinds, actors, articles, facts]) => {
      const index = {kinds, actors, articles, facts};
      const byName = new Map(), byId = new Map();
      actors.forEach((a, n) => { byId.set(a[0], n); if (!byName.has(a[1].toLowerCase())) byName.set(a[1].toLowerCase(), n); });
      // On an actor's page: its facts alone, said by it or naming it.
      const own = box.dataset.actor ? (byId.has(box.dataset.actor) ? byId.get(box.dataset.actor) : -2) : -1;
      if (own !== -1) index.facts = index.facts.filter(f => f[5].includes(own) || f[6].includes(own));
      const words = index.facts.map(f => f[4].toLowerCase());
      const said = new Set(), named = new Set(), publishers = new Set();
      for (const f of index.facts) {
        f[5].forEach(a => said.add(a));
        f[6].forEach(a => named.add(a));
      }
      for (const f of index.facts) if (articles[f[1]][2]) publishers.add(articles[f[1]][2]);
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
        count.textContent = (own === -1 ? found.length + (found.length === 1 ? " fact matches" : " facts match")
          : found.length + " of the " + index.facts.length + " facts said by or naming " +
            (own >= 0 ? actors[own][1] : "this actor") + (found.length === 1 ? " matches" : " match")) +
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

      for (const name of FIELDS) {
        // A field a reader filled while the index loaded keeps what they typed.
        if (!asked.has(name)) continue;
        let value = asked.get(name);
        if ((name === "speaker" || name === "named") && byId.has(value)) value = actors[byId.get(value)][1];
        form.elements[name].value = value;
      }
      form.addEventListener("input", () => { show(); remember(); });
      show();
      remember();
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
