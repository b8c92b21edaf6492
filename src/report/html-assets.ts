/** Inline CSS and JS of the HTML report (no network). The script only ever uses textContent. */

export const CSS = `
:root{--err:#c62828;--warn:#b26a00;--err-bg:#fdecea;--warn-bg:#fff4e0;--rel:#1565c0;--line:#d0d7de;--muted:#57606a}
*{box-sizing:border-box}
body{font:14px/1.5 -apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:0;color:#1f2328;background:#fff}
header,main{padding:12px 24px}
header{border-bottom:1px solid var(--line);background:#f6f8fa}
h1{font-size:20px;margin:4px 0}h2{font-size:17px;margin:20px 0 8px;border-bottom:1px solid var(--line)}h3{font-size:15px;margin:14px 0 6px}
.muted{color:var(--muted)}.n-err{color:var(--err);font-weight:600}.n-warn{color:var(--warn);font-weight:600}
table{border-collapse:collapse}
table.list{width:100%;margin-bottom:8px}
table.list th,table.list td{border:1px solid var(--line);padding:3px 6px;text-align:left;vertical-align:top}
table.list th{background:#f6f8fa}
tr.finding{cursor:pointer}tr.finding:hover,tr.finding.on{background:#eef4ff}
td.num{font-variant-numeric:tabular-nums;text-align:right;white-space:nowrap}
.sev-2 .sev{color:var(--err)}.sev-1 .sev{color:var(--warn)}
.charts{display:flex;flex-wrap:wrap;gap:24px}
.chart text{font-size:12px;fill:#1f2328}
.gridwrap{overflow:auto;max-height:70vh;border:1px solid var(--line);margin-bottom:12px}
table.grid{font-size:12px}
table.grid th{background:#f6f8fa;color:var(--muted);font-weight:normal;position:sticky;top:0;border:1px solid var(--line);padding:1px 4px}
table.grid tr th:first-child{position:sticky;left:0;z-index:1}
table.grid td{border:1px solid #e5e7eb;padding:1px 4px;white-space:nowrap;max-width:320px;overflow:hidden;text-overflow:ellipsis}
table.grid tr.gap td,table.grid tr.gap th{text-align:center;color:var(--muted);background:#fafafa}
td.bad{cursor:pointer;outline:2px solid var(--warn);outline-offset:-2px;background:var(--warn-bg)}
td.bad.err{outline-color:var(--err);background:var(--err-bg)}
td.hl-rel{outline:2px dashed var(--rel);outline-offset:-2px;background:#e3f2fd}
td.hl-cur{box-shadow:inset 0 0 0 3px #000}
#detail{position:fixed;right:16px;bottom:16px;width:380px;max-height:60vh;overflow:auto;background:#fff;border:1px solid var(--line);box-shadow:0 4px 16px rgba(0,0,0,.15);padding:10px 12px;font-size:13px;display:none}
#detail.show{display:block}
body.focus-mode main>*:not(.focused){display:none}
body.focus-mode main>.gridwrap.focused{max-height:85vh}
#detail .item{border-bottom:1px solid var(--line);padding:6px 0}
#detail .item:last-child{border-bottom:0}
#detail .kv{display:grid;grid-template-columns:auto 1fr;gap:0 8px}
#detail .close{float:right;cursor:pointer;border:0;background:none;font-size:16px}
dl.facts{display:flex;flex-wrap:wrap;gap:4px 20px;margin:6px 0}
dl.facts div{display:flex;gap:6px}dl.facts dt{color:var(--muted)}dl.facts dd{margin:0;font-weight:600}
.toolbar{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;margin:6px 0 10px;padding:6px 8px;background:#f6f8fa;border:1px solid var(--line);position:sticky;top:0;z-index:3}
.toolbar select,.toolbar input{font:inherit}
tr.finding.hidden,section.family.hidden{display:none}
blockquote.quote{margin:4px 0 2px;padding:4px 8px;border-left:3px solid var(--rel);background:#f3f8ff}
blockquote.quote mark{background:#ffe08a;font-weight:600;padding:0 2px}
ul.evidence{margin:4px 0 0;padding-left:18px;font-size:12px}ul.evidence li.muted{list-style:none;margin-left:-18px}
ul.evidence li.weak{color:var(--warn)}
.tag{display:inline-block;font-size:11px;border:1px solid currentColor;border-radius:3px;padding:0 3px}
figure.page-map{margin:4px 0 2px;display:inline-block}
figure.page-map svg{display:block;-webkit-print-color-adjust:exact;print-color-adjust:exact}
figure.page-map figcaption{font-size:11px;color:var(--muted)}
tr.finding.doubt td:first-child{border-left:4px dashed var(--warn)}
.doubt-note{color:var(--warn);font-size:12px;margin-top:2px}
table.grid th.lab,table.grid td.lab{position:sticky;z-index:1;background:#fff}
table.grid thead th{z-index:2}table.grid thead th.lab{z-index:3;background:#f6f8fa}
table.grid td.lab.bad{background:var(--warn-bg)}table.grid td.lab.bad.err{background:var(--err-bg)}
table.grid tr td.lab{box-shadow:inset -1px 0 0 var(--line)}
@media print{
  @page{size:A4 landscape;margin:12mm}
  body{font-size:11px}
  .toolbar,#detail,.charts{display:none!important}
  header{background:none}
  .gridwrap{max-height:none;overflow:visible}
  table.grid th,table.grid td.lab{position:static}
  tr.finding.hidden,section.family.hidden{display:table-row}
  section.family.hidden{display:block}
  tr,blockquote,figure.page-map{page-break-inside:avoid;break-inside:avoid}
  h2,h3{page-break-after:avoid;break-after:avoid}
  td.bad{outline-width:1px}
}
`;

export const JS = `(function(){
'use strict';
var data=JSON.parse(document.getElementById('bl-data').textContent);
document.documentElement.setAttribute('data-report-ready','1');
var L=data.labels,F=data.findings,panel=document.getElementById('detail');
var cells=new Map(),gridOf=new Map(),rows=new Map();
document.querySelectorAll('tr.finding').forEach(function(tr){rows.set(Number(tr.getAttribute('data-finding')),tr);});
data.grids.forEach(function(g,i){gridOf.set(g.file+'\\u0001'+g.sheet,i);});
document.querySelectorAll('td[data-cell]').forEach(function(td){
  var t=td.closest('table');cells.set(t.getAttribute('data-grid')+':'+td.getAttribute('data-cell'),td);
});
function cellEl(file,sheet,cell){var g=gridOf.get(file+'\\u0001'+sheet);return g===undefined?null:cells.get(g+':'+cell)||null;}
function clear(){document.querySelectorAll('.hl-rel,.hl-cur,tr.finding.on').forEach(function(e){e.classList.remove('hl-rel','hl-cur','on');});}
function el(tag,cls,text){var e=document.createElement(tag);if(cls)e.className=cls;if(text!==undefined)e.textContent=String(text);return e;}
function kv(box,k,v){if(v===undefined||v===null||v==='')return;box.appendChild(el('span','muted',k));box.appendChild(el('span','',v));}
var pinned=false;
function show(ids,pin){
  clear();panel.textContent='';
  var x=el('button','close','\\u00d7');x.type='button';x.addEventListener('click',function(){pinned=false;clear();unfocus();panel.classList.remove('show');});panel.appendChild(x);
  ids.forEach(function(id){
    var f=F[id];if(!f)return;
    var row=rows.get(id);if(row)row.classList.add('on');
    var c=f.sheet!==undefined&&f.cell!==undefined?cellEl(f.file,f.sheet,f.cell):null;if(c)c.classList.add('hl-cur');
    var item=el('div','item');
    item.appendChild(el('div',f.severity===2?'n-err':'n-warn',(f.severity===2?L.error:L.warning)+' \\u00b7 '+(f.ruleId||'')));
    item.appendChild(el('div','',f.message));
    var box=el('div','kv');
    kv(box,L.location,f.where!==undefined?f.where:(f.table?f.table+' ':'')+(f.sheet!==undefined?f.sheet+'!'+(f.cell||''):(f.line?'L'+f.line:'')));
    kv(box,L.actual,f.actual);kv(box,L.expected,f.expected);
    item.appendChild(box);
    if(f.related&&f.related.length){
      item.appendChild(el('div','muted',L.related));
      var ul=el('ul');
      f.related.forEach(function(r){
        var where=r.where!==undefined?r.where:r.sheet!==undefined?r.sheet+'!'+(r.cell||''):(r.line?'L'+r.line:'');
        ul.appendChild(el('li','',[r.label,where,r.value].filter(function(s){return s!==undefined&&s!=='';}).join(' ')));
        if(r.sheet!==undefined&&r.cell!==undefined){var rc=cellEl(r.file||f.file,r.sheet,r.cell);if(rc)rc.classList.add('hl-rel');}
      });
      item.appendChild(ul);
    }
    var map=row&&row.querySelector('figure.page-map');if(map)item.appendChild(map.cloneNode(true));
    panel.appendChild(item);
  });
  panel.classList.add('show');pinned=!!pin;
}
function idsOf(e){return (e.getAttribute('data-f')||'').split(' ').filter(Boolean).map(Number);}
document.addEventListener('mouseover',function(ev){if(pinned)return;var td=ev.target.closest&&ev.target.closest('td.bad');if(td)show(idsOf(td),false);});
document.addEventListener('click',function(ev){
  var td=ev.target.closest&&ev.target.closest('td.bad');if(td){show(idsOf(td),true);return;}
  var tr=ev.target.closest&&ev.target.closest('tr.finding');
  if(tr)focus(Number(tr.getAttribute('data-finding')));
});
function cellOf(id){var f=F[id];return f&&f.sheet!==undefined&&f.cell!==undefined?cellEl(f.file,f.sheet,f.cell):null;}
function focus(id){show([id],true);var c=cellOf(id);if(c)c.scrollIntoView({block:'center',inline:'center'});}
function centre(c){var w=c.closest('.gridwrap');if(w){w.scrollTop=Math.max(0,c.offsetTop-w.clientHeight/2);w.scrollLeft=Math.max(0,c.offsetLeft-w.clientWidth/2);}}
function unfocus(){document.body.classList.remove('focus-mode');document.querySelectorAll('.focused').forEach(function(e){e.classList.remove('focused');});}
/* Sticky label columns: each sits right of the row numbers and the label columns before it. */
document.querySelectorAll('table.grid').forEach(function(t){
  var head=t.querySelector('thead tr');if(!head)return;
  var ths=head.children,left=ths[0]?ths[0].offsetWidth:0,offsets=[];
  for(var i=1;i<ths.length;i++){if(!ths[i].classList.contains('lab'))break;offsets.push(left);left+=ths[i].offsetWidth;}
  t.querySelectorAll('[data-lab]').forEach(function(c){c.style.left=(offsets[Number(c.getAttribute('data-lab'))]||0)+'px';});
});
/* Each grid opens scrolled to its first flagged cell. */
document.querySelectorAll('.gridwrap[data-first]').forEach(function(w){
  var c=w.querySelector('td[data-cell="'+w.getAttribute('data-first')+'"]');if(!c)return;
  var lab=0;w.querySelectorAll('thead th.lab').forEach(function(x){lab+=x.offsetWidth;});
  w.scrollTop=Math.max(0,c.offsetTop-w.clientHeight/2);
  w.scrollLeft=Math.max(0,c.offsetLeft-lab-(w.clientWidth-lab)/2);
  w.setAttribute('data-scrolled-to',w.getAttribute('data-first'));
});
/* Filters and search over the findings list. */
var fs=document.getElementById('f-sev'),ff=document.getElementById('f-family'),ft=document.getElementById('f-table'),fq=document.getElementById('f-search'),fc=document.getElementById('f-count');
function applyFilters(){
  var sev=fs?fs.value:'',fam=ff?ff.value:'',tab=ft?ft.value:'',q=fq?fq.value.trim().toLowerCase():'',n=0;
  document.querySelectorAll('tr.finding').forEach(function(tr){
    var ok=(!sev||tr.getAttribute('data-sev')===sev)&&(!fam||tr.getAttribute('data-family')===fam)&&(!tab||tr.getAttribute('data-table')===tab)&&(!q||tr.textContent.toLowerCase().indexOf(q)>=0);
    tr.classList.toggle('hidden',!ok);if(ok)n++;
  });
  document.querySelectorAll('section.family').forEach(function(s){s.classList.toggle('hidden',!s.querySelector('tr.finding:not(.hidden)'));});
  if(fc){var parts=[n,fc.getAttribute('data-total')],k=0;fc.textContent=L.shown.replace(/#/g,function(){return String(parts[k++]);});}
}
[fs,ff,ft].forEach(function(e){if(e)e.addEventListener('change',applyFilters);});
if(fq)fq.addEventListener('input',applyFilters);
var m=/^#f(\\d+)$/.exec(location.hash);
if(m&&F[Number(m[1])]){
  /* A link to one finding: show only its sheet view (no page scroll), the cell centred in it. */
  var fid=Number(m[1]),fc=cellOf(fid);show([fid],true);
  if(fc){var wrap=fc.closest('.gridwrap');document.body.classList.add('focus-mode');wrap.classList.add('focused');if(wrap.previousElementSibling)wrap.previousElementSibling.classList.add('focused');centre(fc);}
  else{var fr=rows.get(fid),sec=fr&&fr.closest('section.family');
    /* A narrative finding: show its family's list only, the row in view. */
    if(sec){document.body.classList.add('focus-mode');sec.classList.add('focused');var tb=document.querySelector('main>.toolbar');if(tb)tb.classList.add('focused');fr.scrollIntoView({block:'center'});}}
}
document.addEventListener('keydown',function(ev){
  if(ev.key==='Enter'&&ev.target.matches&&ev.target.matches('td.bad,tr.finding')){ev.target.click();return;}
  if(ev.key==='Escape'){pinned=false;clear();unfocus();panel.classList.remove('show');}});
})();`;
