// Runs only where ES modules do not (the IE11 webview of Office 2016/2019): show the message instead of a blank pane.
/* global document */
(function () {
  var message = document.getElementById('legacy');
  if (message) message.className = 'shown';
})();
