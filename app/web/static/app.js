// treatyexit newsroom pages: the only script is the copy button. Everything else works without JavaScript.
(function () {
  "use strict";

  function copyText(field) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(field.value);
    }
    field.focus();
    field.select();
    var ok = document.execCommand && document.execCommand("copy");
    return ok ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    var status = button.parentElement.querySelector(".copy-status");
    if (!field) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      copyText(field).then(
        function () {
          if (status) status.textContent = "Copied to the clipboard.";
        },
        function () {
          field.focus();
          field.select();
          if (status) status.textContent = "Selected: press Ctrl+C (⌘C) to copy.";
        }
      );
    });
  });
})();
