// Runs right after the CMS's own script on /admin/ (a file, not inline: the page's policy allows
// no inline script). The preview pane beside each form shows the entry with the site's own
// stylesheet, and with the CMS's component styles, which the build takes out of <style> elements.
// Both addresses are fingerprinted, so the page gives them as data- attributes of this script.
(function () {
  var script = document.currentScript;
  var cms = window.CMS;
  if (!script || !cms) return;
  if (script.dataset.previewStyle) cms.registerPreviewStyle(script.dataset.previewStyle);
  if (script.dataset.cmsStyle) cms.registerPreviewStyle(script.dataset.cmsStyle);
})();
