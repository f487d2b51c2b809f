// A Copy button beside each fact's citation. The citation is text on the page and reads
// without this script; the buttons are put there by it, as they need it (and so a page
// does not carry one per fact for every reader's browser to leave out, and every build
// to convert).
(function () {
  "use strict";

  function select(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function copied(button, word) {
    button.textContent = word;
    setTimeout(function () { button.textContent = "Copy"; }, 1500);
  }

  function copy(button) {
    var citation = button.parentNode.querySelector(".dossier-citation");
    if (!citation) return;
    var text = citation.textContent;
    // The clipboard API needs a secure page (https or localhost); elsewhere the text is
    // selected and copied the old way, and stays selected for Ctrl+C if that fails too.
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { copied(button, "Copied"); },
                                               function () { select(citation); copied(button, "Selected"); });
      return;
    }
    select(citation);
    copied(button, document.execCommand && document.execCommand("copy") ? "Copied" : "Selected");
  }

  function show() {
    document.querySelectorAll(".dossier-cite").forEach(function (cite) {
      if (cite.querySelector("button.dossier-copy")) return;
      var button = document.createElement("button");
      button.className = "dossier-copy";
      button.type = "button";
      button.title = "Copy the citation";
      button.textContent = "Copy";
      cite.appendChild(document.createTextNode(" "));
      cite.appendChild(button);
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button.dossier-copy");
    if (button) copy(button);
  });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", show);
  } else {
    show();
  }
})();
