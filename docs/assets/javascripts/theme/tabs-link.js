// Material's inline script that reopens the content tab the reader chose last, moved into
// a file by hooks/theme/partials/javascripts/content.html so that the
// Content-Security-Policy can forbid inline scripts. tests/unit/test_theme_scripts.py keeps
// it equal to the theme's.
var tabs=__md_get("__tabs");if(Array.isArray(tabs))e:for(var set of document.querySelectorAll(".tabbed-set")){var labels=set.querySelector(".tabbed-labels");for(var tab of tabs)for(var label of labels.getElementsByTagName("label"))if(label.innerText.trim()===tab){var input=document.getElementById(label.htmlFor);input.checked=!0;continue e}}
