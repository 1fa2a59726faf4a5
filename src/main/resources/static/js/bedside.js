// The bedside screen: a scanner "types" a code and presses Enter; move on to the next field rather
// than submitting half a check. And count down to the product's limit from thaw to infusion.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("input[data-next]").forEach(function (input) {
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault();
        var next = document.getElementById(input.getAttribute("data-next"));
        if (next) { next.focus(); }
      }
    });
  });

  var timer = document.querySelector(".thaw__timer[data-deadline]");
  if (!timer) { return; }
  var deadline = Date.parse(timer.getAttribute("data-deadline"));
  function tick() {
    var left = Math.round((deadline - Date.now()) / 1000);
    if (left <= 0) {
      timer.textContent = timer.getAttribute("data-passed-text");
      timer.classList.add("thaw__timer--passed");
      return;
    }
    var minutes = Math.floor(left / 60);
    var seconds = left % 60;
    timer.textContent = minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
    timer.classList.toggle("thaw__timer--soon", left <= 300);
    window.setTimeout(tick, 1000);
  }
  tick();
});
