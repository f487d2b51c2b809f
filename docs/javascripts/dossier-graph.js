// Relationship drawings: while the pointer (or the keyboard focus) is on an actor, its
// links are lit and the others dimmed. The drawing reads the same without this script.
(function () {
  function light(graph, id) {
    graph.classList.toggle("lit", id !== null);
    for (const line of graph.querySelectorAll("line")) {
      line.classList.toggle("lit", id !== null && (line.dataset.a === id || line.dataset.b === id));
    }
  }
  function start() {
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
