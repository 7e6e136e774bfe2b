// Marks the page as one that runs JavaScript before it is first drawn. The theme does the
// same at the end of the page, after the first paint; by then a tool that shows only with
// JavaScript (the comparison's picker) would push what is below it down the screen. Loaded
// in the page's head by hooks/theme/partials/javascripts/base.html.
document.documentElement.classList.replace("no-js", "js");
