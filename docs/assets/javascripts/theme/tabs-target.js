// Material's inline script that opens the content tab the address points at, moved into a
// file by hooks/theme/partials/javascripts/content.html so that the Content-Security-Policy
// can forbid inline scripts. tests/unit/test_theme_scripts.py keeps it equal to the theme's.
var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))
