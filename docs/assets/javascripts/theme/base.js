// Material's inline script that sets up its storage helpers, moved into a file by
// hooks/theme/partials/javascripts/base.html so that the Content-Security-Policy can forbid
// inline scripts. tests/unit/test_theme_scripts.py keeps it equal to the theme's code; the
// one change: the site's root is found from this file's own address, where the theme
// printed the page's base_url into the script.
__md_scope=new URL(document.currentScript.dataset.scope||"../../..",document.currentScript.dataset.scope?location:document.currentScript.src),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}
