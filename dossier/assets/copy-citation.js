// A Copy button beside each fact's citation. The citation is text on the page and reads
// without this script; the buttons are hidden until it runs, as they need it.
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
    document.querySelectorAll("button.dossier-copy[hidden]").forEach(function (button) {
      button.hidden = false;
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
