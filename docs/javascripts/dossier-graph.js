// Relationship drawings: while the pointer (or the keyboard focus) is on an actor, its
// links are lit and the others dimmed; the timeline picture keeps one actor's facts. The
// drawings read the same without this script.
(function () {
  function light(graph, id) {
    graph.classList.toggle("lit", id !== null);
    for (const line of graph.querySelectorAll("line")) {
      line.classList.toggle("lit", id !== null && (line.dataset.a === id || line.dataset.b === id));
    }
  }
  // The timeline picture: the squares of one actor's facts alone, the actor kept in the
  // address (?actor=id) so that the narrowed picture can be shared.
  function narrow(picture) {
    const form = picture.querySelector(".dossier-timeline-filter");
    if (!form) return;
    const choice = form.elements.actor, count = form.querySelector("output");
    const marks = [...picture.querySelectorAll("a[data-actors]")];
    function apply() {
      const id = choice.value;
      let kept = 0;
      for (const mark of marks) {
        const on = !id || mark.dataset.actors.split(" ").includes(id);
        mark.classList.toggle("left-out", !on);
        kept += on;
      }
      count.textContent = id ? kept + " of the " + marks.length + " facts drawn" : "";
    }
    const asked = new URLSearchParams(location.search).get("actor");
    if (asked && [...choice.options].some(o => o.value === asked)) choice.value = asked;
    choice.addEventListener("change", () => {
      apply();
      const address = new URLSearchParams(location.search);
      if (choice.value) address.set("actor", choice.value); else address.delete("actor");
      const search = address.toString();
      history.replaceState(null, "", location.pathname + (search ? "?" + search : "") + location.hash);
    });
    form.addEventListener("submit", event => event.preventDefault());
    form.hidden = false;
    apply();
  }
  function start() {
    document.querySelectorAll(".dossier-timeline").forEach(narrow);
    for (const graph of document.querySelectorAll(".dossier-graph")) {
      for (const node of graph.querySelectorAll("a[data-id]")) {
        const id = node.dataset.id;
        node.addEventListener("mouseenter", () => light(graph, id));
        node.addEventListener("focus", () => light(graph, id));
        node.addEventListener("mouseleave", () => light(graph, null));
        node.addEventListener("blur", () => light(graph, null));
      }
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
