// Page behaviour kept out of the HTML, so that the Content-Security-Policy can forbid inline script.

// A session that expired makes htmx fetch the sign-in page into part of the screen; go there whole.
document.addEventListener("htmx:beforeSwap", function (event) {
  var url = event.detail.xhr && event.detail.xhr.responseURL;
  if (url && url.indexOf("/login") >= 0) {
    event.detail.shouldSwap = false;
    window.location.assign(url);
  }
});
