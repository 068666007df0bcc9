'use strict';
// The newsextract review report. Every piece of data (article text, names, messages) reaches the page through
// textContent, text nodes or attribute values of elements built here: never as markup.
(function () {
  const INDEX = readJson('report-index');
  const app = document.getElementById('app');
  const byDocId = new Map(INDEX.articles.map(a => [a.docId, a]));
  const articleCache = new Map();
  const CACHE_SIZE = 20;
  const STRENGTHS = ['signed', 'commitment', 'agreement', 'reaffirmation', 'intention'];
  const LAYERS = [
    {id: 'quote', label: 'Quotes', order: 2},
    {id: 'cue', label: 'Cue verbs', order: 6},
    {id: 'mention', label: 'Speaker mentions', order: 5},
    {id: 'entity', label: 'Entities', order: 4},
    {id: 'pledge', label: 'Pledge evidence', order: 1},
    {id: 'sector', label: 'Sector mentions', order: 3},
    {id: 'gold', label: 'Gold misses and false positives', order: 0}
  ];
  const LAYER_ORDER = Object.fromEntries(LAYERS.map(l => [l.id, l.order]));
  const PALETTE = 10;
  const hiddenLayers = new Set();
  const overview = {sortKey: 'index', sortDir: 1, lang: '', sector: '', query: '', errorsOnly: false};

  // ---------- small helpers ----------

  function readJson(id) {
    const node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  /** An element with properties and children; strings become text nodes. */
  function h(tag, props, ...kids) {
    const e = document.createElement(tag);
    setProps(e, props);
    for (const kid of kids.flat(Infinity)) {
      if (kid !== null && kid !== undefined && kid !== false) {
        e.append(kid instanceof Node ? kid : String(kid));
      }
    }
    return e;
  }

  function setProps(e, props) {
    for (const [k, v] of Object.entries(props || {})) {
      if (v === null || v === undefined || v === false) {
        continue;
      }
      if (k === 'class') {
        e.setAttribute('class', v);
      } else if (k === 'text') {
        e.textContent = String(v);
      } else if (k === 'data') {
        for (const [dk, dv] of Object.entries(v)) {
          e.dataset[dk] = String(dv);
        }
      } else if (k.startsWith('on')) {
        e.addEventListener(k.slice(2), v);
      } else {
        e.setAttribute(k, v === true ? '' : String(v));
      }
    }
  }

  const SVG_NS = 'http://www.w3.org/2000/svg';

  function svg(tag, attrs, text) {
    const e = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      e.setAttribute(k, String(v));
    }
    if (text !== undefined) {
      e.textContent = String(text);
    }
    return e;
  }

  function head(s, n) {
    s = s === null || s === undefined ? '' : String(s);
    return s.length <= n ? s : s.slice(0, n - 1) + '\u2026';
  }

  function articleHref(docId) {
    return '#/a/' + encodeURIComponent(docId);
  }

  function sectorLabel(id) {
    const label = INDEX.sectorLabels[id];
    return label ? label : String(id);
  }

  function fmtConfidence(c) {
    return typeof c === 'number' ? c.toFixed(2) : '\u2014';
  }

  function figure(row, name) {
    return (row.gold || []).find(f => f.name === name) || null;
  }

  function loadArticle(index) {
    if (articleCache.has(index)) {
      return articleCache.get(index);
    }
    const data = readJson('article-' + index);
    articleCache.set(index, data);
    if (articleCache.size > CACHE_SIZE) {
      articleCache.delete(articleCache.keys().next().value);
    }
    return data;
  }

  function section(title, ...kids) {
    return h('section', {class: 'card'}, h('h2', {text: title}), kids);
  }

  function table(headers, rows, attrs) {
    return h('table', attrs || {},
      h('thead', null, h('tr', null, headers.map(x => h('th', {class: x.num ? 'num' : null, text: x.label || x})))),
      h('tbody', null, rows));
  }

  // ---------- overview ----------

  const COLUMNS = [
    {key: 'docId', label: 'docId', value: r => r.docId},
    {key: 'language', label: 'lang', value: r => r.language || ''},
    {key: 'published', label: 'published', value: r => r.published || ''},
    {key: 'speakers', label: 'speakers', num: true, value: r => r.speakers},
    {key: 'quotes', label: 'quotes', num: true, value: r => r.quotes},
    {key: 'pledges', label: 'pledges', num: true, value: r => r.pledges},
    {key: 'sectors', label: 'sectors', value: r => r.sectors.length}
  ];
  const GOLD_COLUMNS = [
    {key: 'quote_f1', label: 'quote F1'}, {key: 'speaker_acc', label: 'speaker acc.'}, {key: 'pledge_f1', label: 'pledge F1'}
  ].map(c => Object.assign(c, {num: true, gold: true, value: r => (figure(r, c.key) || {value: -1}).value}));
  const STATUS_COLUMN = {key: 'status', label: 'status', value: r => statusText(r)};

  function columns() {
    return COLUMNS.concat(INDEX.gold ? GOLD_COLUMNS : [], [STATUS_COLUMN]);
  }

  function statusText(r) {
    if (r.error) {
      return r.error.kind + ': ' + r.error.message;
    }
    return r.hasText ? (r.warnings ? r.warnings + ' warning(s)' : '') : 'article text not found';
  }

  function visibleRows() {
    const q = overview.query.trim().toLowerCase();
    const rows = INDEX.articles.filter(r =>
      (!overview.lang || (r.language || '(none)') === overview.lang)
      && (!overview.sector || r.sectors.includes(overview.sector))
      && (!overview.errorsOnly || r.error)
      && (!q || r.docId.toLowerCase().includes(q) || (r.source || '').toLowerCase().includes(q)));
    const col = columns().find(c => c.key === overview.sortKey);
    if (col) {
      rows.sort((a, b) => compare(col.value(a), col.value(b)) * overview.sortDir || a.index - b.index);
    }
    return rows;
  }

  function compare(x, y) {
    if (typeof x === 'number' && typeof y === 'number') {
      return x - y;
    }
    return String(x).localeCompare(String(y));
  }

  function showOverview() {
    document.title = INDEX.title;
    document.body.dataset.view = 'overview';
    const langs = [...new Set(INDEX.articles.map(r => r.language || '(none)'))].sort();
    const sectors = Object.keys(INDEX.sectorLabels).sort((a, b) => sectorLabel(a).localeCompare(sectorLabel(b)));
    const body = h('tbody', {id: 'overview-rows'});
    const foot = h('tfoot', {id: 'overview-totals'});
    const cards = h('div', {class: 'cards', id: 'overview-cards'});
    const charts = h('div', {class: 'grid3', id: 'overview-charts'});
    const headRow = h('tr', null, columns().map(c => h('th', {
      class: 'sortable' + (c.num ? ' num' : ''), data: {key: c.key}, tabindex: '0',
      'aria-sort': overview.sortKey === c.key ? (overview.sortDir > 0 ? 'ascending' : 'descending') : null,
      onclick: () => sortBy(c.key)
    }, c.label)));
    const refresh = () => renderOverviewRows(body, foot, cards, charts, headRow);
    const filters = h('div', {class: 'filters'},
      h('label', null, 'language ', h('select', {id: 'filter-lang', onchange: e => { overview.lang = e.target.value; refresh(); }},
        h('option', {value: ''}, 'all'), langs.map(l => h('option', {value: l, selected: overview.lang === l}, l)))),
      h('label', null, 'sector ', h('select', {id: 'filter-sector', onchange: e => { overview.sector = e.target.value; refresh(); }},
        h('option', {value: ''}, 'all'), sectors.map(s => h('option', {value: s, selected: overview.sector === s}, sectorLabel(s))))),
      h('label', null, 'find ', h('input', {type: 'search', id: 'filter-query', value: overview.query, placeholder: 'docId or file',
        oninput: e => { overview.query = e.target.value; refresh(); }})),
      h('label', null, h('input', {type: 'checkbox', id: 'filter-errors', checked: overview.errorsOnly,
        onchange: e => { overview.errorsOnly = e.target.checked; refresh(); }}), ' errors only'));
    app.replaceChildren(h('section', {id: 'overview'},
      h('h1', {text: INDEX.title}),
      runLine(),
      cards, filters,
      h('div', {class: 'card'}, h('table', {id: 'overview-table'}, h('thead', null, headRow), body, foot)),
      charts,
      INDEX.gold ? goldCorpusSection() : null));
    refresh();
    function sortBy(key) {
      overview.sortDir = overview.sortKey === key ? -overview.sortDir : 1;
      overview.sortKey = key;
      for (const th of headRow.children) {
        th.setAttribute('aria-sort', th.dataset.key === key ? (overview.sortDir > 0 ? 'ascending' : 'descending') : 'none');
      }
      refresh();
    }
  }

  function runLine() {
    const parts = ['records: ' + INDEX.recordsDir];
    parts.push(INDEX.textRoot ? 'articles: ' + INDEX.textRoot + (INDEX.textRootFrom === 'run_info' ? ' (from the run)' : '')
      : 'articles: unknown (give --text-root)');
    if (INDEX.goldDir) {
      parts.push('gold: ' + INDEX.goldDir);
    }
    if (INDEX.run) {
      parts.push('run: ' + INDEX.run.files + ' files, ' + INDEX.run.records + ' records, ' + INDEX.run.errors + ' errors');
    }
    parts.push('generated ' + INDEX.generated);
    return h('div', null, parts.map(p => h('p', {class: 'meta', text: p})));
  }

  function renderOverviewRows(body, foot, cards, charts, headRow) {
    const rows = visibleRows();
    const cols = columns();
    body.replaceChildren(...rows.map(r => h('tr', {class: r.error ? 'error-row' : null, data: {docId: r.docId}},
      cols.map(c => overviewCell(c, r)))));
    const sum = k => rows.reduce((n, r) => n + r[k], 0);
    const errors = rows.filter(r => r.error).length;
    foot.replaceChildren(h('tr', null, cols.map(c => {
      switch (c.key) {
        case 'docId': return h('td', {text: rows.length + ' articles'});
        case 'speakers': case 'quotes': case 'pledges': return h('td', {class: 'num', data: {total: c.key}, text: sum(c.key)});
        case 'sectors': return h('td', {text: new Set(rows.flatMap(r => r.sectors)).size + ' sectors'});
        case 'status': return h('td', {text: errors ? errors + ' errors' : ''});
        default: return h('td');
      }
    })));
    cards.replaceChildren(
      stat(rows.length, 'articles shown'), stat(errors, 'errors'), stat(sum('speakers'), 'speakers'),
      stat(sum('quotes'), 'quotes'), stat(sum('pledges'), 'pledges'));
    charts.replaceChildren(sectorChart(rows), strengthChart(rows), topSpeakers(rows));
  }

  function stat(value, label) {
    return h('div', {class: 'stat'}, h('b', {text: value}), h('span', {text: label}));
  }

  function overviewCell(c, r) {
    if (c.key === 'docId') {
      return h('td', null, h('a', {href: articleHref(r.docId), class: 'doc-link'}, r.docId));
    }
    if (c.key === 'sectors') {
      return h('td', null, r.sectors.map(s => h('span', {class: 'tag', title: s}, sectorLabel(s))));
    }
    if (c.key === 'status') {
      return h('td', {class: r.error || !r.hasText ? 'status' : 'small', text: statusText(r)});
    }
    if (c.gold) {
      const f = figure(r, c.key);
      return h('td', {class: 'num', data: {figure: c.key}, text: f ? f.shown : '\u2014'});
    }
    return h('td', {class: c.num ? 'num' : null, text: c.value(r)});
  }

  function barChart(id, title, items, cls) {
    const rowH = 22;
    const labelW = 170;
    const barW = 200;
    const height = Math.max(1, items.length) * rowH + 8;
    const max = Math.max(1, ...items.map(i => i.value));
    const chart = svg('svg', {id: id, class: 'chart', width: labelW + barW + 50, height: height, role: 'img', 'aria-label': title});
    items.forEach((it, i) => {
      const y = 4 + i * rowH;
      const w = Math.max(2, Math.round(it.value / max * barW));
      const g = svg('g', {class: 'bar', 'data-label': it.label, 'data-value': it.value});
      g.append(svg('title', {}, it.label + ': ' + it.value));
      g.append(svg('text', {x: labelW - 6, y: y + 15, 'text-anchor': 'end'}, head(it.label, 26)));
      g.append(svg('rect', {x: labelW, y: y + 3, width: w, height: rowH - 8, rx: 2, class: 'bar-rect ' + (cls || '')}));
      g.append(svg('text', {x: labelW + w + 5, y: y + 15, class: 'value'}, it.value));
      chart.append(g);
    });
    if (!items.length) {
      chart.append(svg('text', {x: 4, y: 18, class: 'value'}, 'none'));
    }
    return h('div', {class: 'card'}, h('h2', {text: title}), chart);
  }

  function sectorChart(rows) {
    const counts = new Map();
    rows.forEach(r => r.sectors.forEach(s => counts.set(s, (counts.get(s) || 0) + 1)));
    const items = [...counts].map(([id, n]) => ({label: sectorLabel(id), value: n}))
      .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
    return barChart('chart-sectors', 'Sectors (articles)', items);
  }

  function strengthChart(rows) {
    const counts = new Map();
    rows.forEach(r => Object.entries(r.strengths).forEach(([k, n]) => counts.set(k, (counts.get(k) || 0) + n)));
    const known = STRENGTHS.map(s => ({label: s, value: counts.get(s) || 0}));
    const other = [...counts].filter(([k]) => !STRENGTHS.includes(k)).map(([k, n]) => ({label: k, value: n}));
    return barChart('chart-strengths', 'Pledges by strength', known.concat(other), 'strength');
  }

  function topSpeakers(rows) {
    const by = new Map();
    rows.forEach(r => Object.entries(r.quotesBySpeaker).forEach(([name, n]) => {
      const s = by.get(name) || {name: name, quotes: 0, articles: 0};
      s.quotes += n;
      s.articles += 1;
      by.set(name, s);
    }));
    const top = [...by.values()].sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name)).slice(0, 15);
    return h('div', {class: 'card'}, h('h2', {text: 'Top speakers'}),
      top.length ? table([{label: 'speaker'}, {label: 'quotes', num: true}, {label: 'articles', num: true}],
        top.map(s => h('tr', null, h('td', {text: s.name}), h('td', {class: 'num', text: s.quotes}),
          h('td', {class: 'num', text: s.articles}))), {id: 'top-speakers'})
        : h('p', {class: 'small', text: 'No attributed quotes.'}));
  }

  /** Figures as rows and scopes as columns: the figures of `eval`, as it prints them. */
  function figureTable(id, scopes) {
    const names = [];
    scopes.forEach(s => s.figures.forEach(f => { if (!names.includes(f.name)) names.push(f.name); }));
    return table([{label: 'figure'}].concat(scopes.map(s => ({label: s.label || s.name, num: true}))),
      names.map(n => h('tr', null, h('td', {text: n}), scopes.map(s => {
        const f = s.figures.find(x => x.name === n);
        return h('td', {class: 'num', data: {scope: s.name, figure: n}, text: f ? f.shown : '\u2014'});
      }))), {id: id, class: 'figures'});
  }

  function goldCorpusSection() {
    const g = INDEX.gold;
    return section('Gold comparison (corpus)',
      h('p', {class: 'small', text: 'The figures of the eval command on the same records and gold folder.'}),
      figureTable('gold-corpus', g.corpus),
      g.withoutRecord.length ? h('p', {class: 'notice'}, 'Gold articles without a record: ', g.withoutRecord.join(', ')) : null);
  }

  // ---------- article view ----------

  function showArticle(docId) {
    const row = byDocId.get(docId);
    document.body.dataset.view = 'article';
    if (!row) {
      app.replaceChildren(h('p', {class: 'notice'}, 'No article with docId ', h('code', {text: docId}), '. ',
        h('a', {href: '#/'}, 'Back to the overview')));
      return;
    }
    const art = loadArticle(row.index);
    const rec = art.record;
    document.title = rec.docId + ' \u2014 ' + INDEX.title;
    const nav = articleNav(row);
    if (rec.error) {
      app.replaceChildren(h('section', {id: 'article'}, nav, h('h1', {text: rec.docId}),
        h('p', {class: 'meta', text: 'source: ' + (rec.source || '\u2014')}),
        h('div', {class: 'error-box', id: 'article-error'}, h('b', {text: rec.error.kind + ': '}), rec.error.message)));
      return;
    }
    const v = articleModel(art);
    const details = h('aside', {class: 'details', id: 'details'},
      h('p', {class: 'small', text: 'Click a highlighted quote, pledge, mention or gold miss to see its details.'}));
    const textBox = art.text === null || art.text === undefined ? null : renderText(v);
    const main = h('div', null,
      layerToggles(textBox), speakerLegend(v),
      textBox || h('p', {class: 'notice', id: 'text-missing', text: 'Article text not available: ' + art.textProblem}));
    app.replaceChildren(h('section', {id: 'article', data: {docId: rec.docId}},
      nav,
      h('h1', {text: rec.docId}),
      h('p', {class: 'meta', text: [
        'source: ' + (rec.source || '\u2014'),
        'language: ' + (rec.language || '\u2014') + (typeof rec.languageConfidence === 'number' ? ' (' + rec.languageConfidence.toFixed(2) + ')' : ''),
        'published: ' + (rec.published || '\u2014'),
        'dateline: ' + (rec.dateline || '\u2014')].join('  \u00b7  ')}),
      (rec.warnings || []).length ? h('ul', {class: 'notice', id: 'warnings'}, rec.warnings.map(w => h('li', {text: w}))) : null,
      v.badSpans.length ? h('p', {class: 'notice', id: 'bad-spans'},
        v.badSpans.length + ' span(s) whose offsets do not match the text were not highlighted: ' + head(v.badSpans.join('; '), 300)) : null,
      h('div', {class: 'article-layout'}, main, details),
      quotesSection(v, details), speakersSection(v, details), pledgesSection(v, details), traceSection(v, details),
      art.gold ? goldArticleSection(v, details) : null));
    if (textBox) {
      textBox.addEventListener('click', ev => onTextClick(ev, v, details));
    }
    window.scrollTo(0, 0);
  }

  function articleNav(row) {
    const prev = INDEX.articles[row.index - 1];
    const next = INDEX.articles[row.index + 1];
    return h('div', {class: 'nav'}, h('a', {href: '#/', id: 'back-link'}, '\u2190 overview'),
      prev ? h('a', {href: articleHref(prev.docId), id: 'prev-link'}, '\u2039 ' + prev.docId) : null,
      next ? h('a', {href: articleHref(next.docId), id: 'next-link'}, next.docId + ' \u203a') : null);
  }

  /** What the article view needs, with the gold alignment indexed by predicted item. */
  function articleModel(art) {
    const rec = art.record;
    const text = art.text;
    const speakers = rec.speakers || [];
    const quotes = rec.quotes || [];
    const pledges = rec.pledges || [];
    const speakerIndex = new Map(speakers.map((s, i) => [s.id, i]));
    const speakerByName = new Map(speakers.map((s, i) => [s.name, i]));
    const items = art.gold ? art.gold.alignment.items : [];
    const quoteGold = new Map();
    const pledgeGold = new Map();
    items.forEach(it => {
      if (it.predIndex >= 0) {
        (it.field === 'pledge' ? pledgeGold : quoteGold).set(it.predIndex, it);
      }
    });
    const v = {rec, text, speakers, quotes, pledges, quoteGold, pledgeGold, items, gold: art.gold, badSpans: [], spans: []};
    v.colorOfQuote = q => {
      let i = q.speakerId !== null && q.speakerId !== undefined ? speakerIndex.get(q.speakerId) : undefined;
      if (i === undefined && q.speaker && q.speaker.name) {
        i = speakerByName.get(q.speaker.name);
      }
      return i === undefined ? 'cnone' : 'c' + (i % PALETTE);
    };
    v.speakerOf = q => {
      const i = speakerIndex.get(q.speakerId);
      if (i !== undefined) {
        return speakers[i];
      }
      return q.speaker && q.speaker.name ? {name: q.speaker.name} : null;
    };
    if (text !== null && text !== undefined) {
      collectSpans(v);
    }
    return v;
  }

  function validSpan(text, start, end, expected) {
    return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length
      && (expected === null || expected === undefined || text.slice(start, end) === expected);
  }

  function collectSpans(v) {
    const add = (layer, obj, expected, cls, data, what) => {
      if (!obj || !validSpan(v.text, obj.start, obj.end, expected)) {
        if (obj) {
          v.badSpans.push(what + ' [' + obj.start + ',' + obj.end + ')');
        }
        return;
      }
      v.spans.push({start: obj.start, end: obj.end, layer: layer, order: LAYER_ORDER[layer], cls: cls, data: data});
    };
    v.quotes.forEach((q, i) => {
      add('quote', q, q.text, 'hl-quote ' + v.colorOfQuote(q) + goldClass(v.quoteGold.get(i)), {q: i}, 'quote ' + q.id);
      if (q.cue) {
        add('cue', q.cue, q.cue.text, 'hl-cue', {q: i}, 'cue of ' + q.id);
      }
    });
    v.speakers.forEach((s, i) => (s.mentions || []).forEach(m =>
      add('mention', m, m.text, 'hl-mention c' + (i % PALETTE), {s: i}, 'mention of ' + s.id)));
    (v.rec.entities || []).forEach((e, i) =>
      add('entity', e, e.text, 'hl-entity ent-' + String(e.type).replace(/[^A-Za-z_]/g, ''), {e: i}, 'entity ' + e.id));
    v.pledges.forEach((p, i) => {
      add('pledge', p, p.text, 'hl-pledge' + goldClass(v.pledgeGold.get(i)), {p: i}, 'pledge ' + p.id);
      if (p.trigger) {
        add('pledge', p.trigger, p.trigger.text, 'hl-trigger', {p: i}, 'trigger of ' + p.id);
      }
    });
    (v.rec.sectors || []).forEach(s => (s.mentions || []).forEach(m =>
      add('sector', m, m.text, 'hl-sector', {sector: s.id}, 'mention of sector ' + s.id)));
    v.items.forEach((it, k) => {
      if (it.outcome === 'miss' && it.goldSpan) {
        add('gold', it.goldSpan, it.goldText, 'hl-miss miss-' + it.field, {miss: k}, 'gold ' + it.field);
      }
    });
  }

  function goldClass(item) {
    if (!item) {
      return '';
    }
    if (item.outcome === 'false') {
      return ' fp';
    }
    return item.speakerRight === false ? ' wrong' : ' gold-match';
  }

  /** Cuts the text at every span boundary: each piece lists the spans covering all of it. */
  function segments(text, spans) {
    const cuts = new Set([0, text.length]);
    spans.forEach(s => { cuts.add(s.start); cuts.add(s.end); });
    const points = [...cuts].sort((a, b) => a - b);
    const byStart = spans.slice().sort((a, b) => a.start - b.start);
    const out = [];
    let active = [];
    let k = 0;
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i];
      active = active.filter(s => s.end > a);
      while (k < byStart.length && byStart[k].start <= a) {
        if (byStart[k].end > a) {
          active.push(byStart[k]);
        }
        k++;
      }
      out.push({start: a, end: points[i + 1], spans: active.slice()});
    }
    return out;
  }

  function renderText(v) {
    const box = h('div', {class: 'article-text', id: 'article-text'});
    hiddenLayers.forEach(l => box.classList.add('hide-' + l));
    for (const seg of segments(v.text, v.spans)) {
      let node = document.createTextNode(v.text.slice(seg.start, seg.end));
      // innermost first: higher layer order, then the shorter span
      const wraps = seg.spans.slice().sort((x, y) => (y.order - x.order) || ((x.end - x.start) - (y.end - y.start)));
      for (const sp of wraps) {
        const w = h('span', {class: sp.cls, data: sp.data});
        w.append(node);
        node = w;
      }
      box.append(node);
    }
    return box;
  }

  function layerToggles(textBox) {
    return h('div', {class: 'layers', id: 'layers'}, h('b', {text: 'Layers:'}), LAYERS
      .filter(l => l.id !== 'gold' || INDEX.gold)
      .map(l => h('label', null, h('input', {
        type: 'checkbox', id: 'layer-' + l.id, checked: !hiddenLayers.has(l.id),
        onchange: e => {
          if (e.target.checked) {
            hiddenLayers.delete(l.id);
          } else {
            hiddenLayers.add(l.id);
          }
          if (textBox) {
            textBox.classList.toggle('hide-' + l.id, !e.target.checked);
          }
        }
      }), ' ' + l.label)));
  }

  function speakerLegend(v) {
    return h('div', {class: 'legend', id: 'legend'}, v.speakers.map((s, i) =>
      h('span', {class: 'tag'}, h('span', {class: 'swatch c' + (i % PALETTE)}), s.name)),
    h('span', {class: 'tag'}, h('span', {class: 'swatch cnone'}), 'unattributed'));
  }

  function onTextClick(ev, v, details) {
    const t = ev.target instanceof Element ? ev.target : null;
    if (!t) {
      return;
    }
    const q = t.closest('[data-q]');
    if (q && !hiddenLayers.has('quote')) {
      showQuote(v, Number(q.dataset.q), details);
      return;
    }
    const p = t.closest('[data-p]');
    if (p && !hiddenLayers.has('pledge')) {
      showPledge(v, Number(p.dataset.p), details);
      return;
    }
    const m = t.closest('[data-miss]');
    if (m && !hiddenLayers.has('gold')) {
      showMiss(v, Number(m.dataset.miss), details);
      return;
    }
    const s = t.closest('[data-s]');
    if (s) {
      showSpeaker(v, Number(s.dataset.s), details);
    }
  }

  function select(attr, value) {
    document.querySelectorAll('.selected').forEach(e => e.classList.remove('selected'));
    const hits = document.querySelectorAll('#article-text [data-' + attr + '="' + CSS.escape(String(value)) + '"]');
    hits.forEach(e => e.classList.add('selected'));
    return hits;
  }

  function reveal(hits) {
    if (hits.length && hits[0].scrollIntoView) {
      hits[0].scrollIntoView({block: 'center'});
    }
  }

  function kv(pairs) {
    return h('dl', {class: 'kv'}, pairs.filter(p => p).map(([k, val]) => [h('dt', {text: k}), h('dd', null, val)]));
  }

  function speakerText(s) {
    if (!s) {
      return 'unattributed';
    }
    const extra = [s.role, s.affiliation].filter(x => x).join(', ');
    return s.name + (extra ? ' (' + extra + ')' : '');
  }

  function quoteGoldText(item) {
    if (!item) {
      return null;
    }
    if (item.outcome === 'false') {
      return h('span', {class: 'tag false', text: 'false positive: no gold ' + item.field + ' here'});
    }
    if (item.speakerRight === false) {
      return h('span', {class: 'tag wrong'}, 'wrong speaker: ', wrongSpeaker(item));
    }
    return h('span', {class: 'tag match', text: item.speakerRight ? 'matches gold, speaker right' : 'matches gold'});
  }

  function wrongSpeaker(item) {
    return h('span', {class: 'wrong-speaker'}, (item.predSpeaker || 'no speaker'),
      h('span', {class: 'pred-arrow', text: ' \u2192 '}), item.goldSpeakers.join(' / '));
  }

  function showQuote(v, i, details) {
    const q = v.quotes[i];
    const cue = q.cue ? q.cue.text : '\u2014';
    details.replaceChildren(h('h3', {text: 'Quote ' + q.id}),
      h('blockquote', {text: q.text}),
      kv([['speaker', h('span', {id: 'detail-speaker', text: speakerText(v.speakerOf(q))})],
        ['kind', q.kind || '\u2014'], ['method', h('code', {text: q.method || '\u2014'})],
        ['confidence', fmtConfidence(q.confidence)], ['cue', cue],
        ['span', '[' + q.start + ',' + q.end + ')'],
        v.quoteGold.has(i) ? ['gold', quoteGoldText(v.quoteGold.get(i))] : null]));
    reveal(select('q', i));
  }

  function showPledge(v, i, details) {
    const p = v.pledges[i];
    details.replaceChildren(h('h3', {text: 'Pledge ' + p.id}),
      h('blockquote', {text: p.text}),
      kv(pledgeFields(v, p).concat(v.pledgeGold.has(i) ? [['gold', quoteGoldText(v.pledgeGold.get(i))]] : [])));
    reveal(select('p', i));
  }

  function showMiss(v, k, details) {
    const it = v.items[k];
    details.replaceChildren(h('h3', {text: 'Missed gold ' + it.field}),
      h('blockquote', {text: it.goldText}),
      kv([it.goldSpeakers.length ? ['gold speaker', it.goldSpeakers.join(' / ')] : null,
        ['found in text', it.goldSpan ? '[' + it.goldSpan.start + ',' + it.goldSpan.end + ')' : 'no']]));
    reveal(select('miss', k));
  }

  function showSpeaker(v, i, details) {
    const s = v.speakers[i];
    details.replaceChildren(h('h3', {text: s.name}),
      kv([['type', s.type || '\u2014'], ['role', s.role || '\u2014'], ['affiliation', s.affiliation || '\u2014'],
        ['mentions', (s.mentions || []).length], ['quotes', quoteCount(v, s, i)]]));
    select('s', i);
  }

  function quoteCount(v, s) {
    return (s.quoteIds || []).length || v.quotes.filter(q => q.speakerId === s.id).length;
  }

  function pledgeFields(v, p) {
    const quote = p.quoteId ? v.quotes.find(q => q.id === p.quoteId) : null;
    return [['actors', (p.actors || []).map(a => a.name).join(', ') || '\u2014'],
      ['trigger', p.trigger ? p.trigger.text : '\u2014'], ['action', p.action || '\u2014'],
      ['strength', p.strength || '\u2014'], ['sectors', (p.sectors || []).map(sectorLabel).join(', ') || '\u2014'],
      ['timeframe', timeframeText(p.timeframe)], ['amount', amountText(p.amount)], ['negated', p.negated ? 'yes' : 'no'],
      ['quote', quote ? quote.id + ': \u201c' + head(quote.text, 60) + '\u201d' : (p.quoteId || '\u2014')],
      ['method', p.method || '\u2014'], ['confidence', fmtConfidence(p.confidence)]];
  }

  function timeframeText(t) {
    if (!t) {
      return '\u2014';
    }
    const years = t.fromYear || t.toYear ? ' (' + (t.fromYear || '?') + '\u2013' + (t.toYear || '?') + ')' : '';
    return (t.text || '') + years;
  }

  /** "$20 million (20000000 USD)": the words of the amount, then its value and ISO 4217 currency. */
  function amountText(a) {
    if (!a) {
      return '\u2014';
    }
    return (a.text || '') + ' (' + String(a.value) + ' ' + (a.currency || '?') + ')';
  }

  function quotesSection(v, details) {
    return section('Quotes (' + v.quotes.length + ')', v.quotes.length ? table(
      [{label: 'id'}, {label: 'quote'}, {label: 'speaker'}, {label: 'kind'}, {label: 'method'}, {label: 'conf.', num: true}, {label: 'gold'}],
      v.quotes.map((q, i) => h('tr', {class: 'clickable', data: {q: i}, onclick: () => showQuote(v, i, details)},
        h('td', {text: q.id}), h('td', {text: head(q.text, 120)}),
        h('td', null, h('span', {class: 'swatch ' + v.colorOfQuote(q)}), (v.speakerOf(q) || {name: 'unattributed'}).name),
        h('td', {text: q.kind || ''}), h('td', null, h('code', {text: q.method || ''})),
        h('td', {class: 'num', text: fmtConfidence(q.confidence)}), h('td', null, quoteGoldText(v.quoteGold.get(i))))),
      {id: 'quotes-table'}) : h('p', {class: 'small', text: 'No quotes.'}));
  }

  function speakersSection(v, details) {
    return section('Speakers (' + v.speakers.length + ')', v.speakers.length ? table(
      [{label: 'name'}, {label: 'type'}, {label: 'role'}, {label: 'affiliation'}, {label: 'mentions', num: true}, {label: 'quotes', num: true}],
      v.speakers.map((s, i) => h('tr', {class: 'clickable', onclick: () => showSpeaker(v, i, details)},
        h('td', null, h('span', {class: 'swatch c' + (i % PALETTE)}), s.name), h('td', {text: s.type || ''}),
        h('td', {text: s.role || '\u2014'}), h('td', {text: s.affiliation || '\u2014'}),
        h('td', {class: 'num', text: (s.mentions || []).length}), h('td', {class: 'num', text: quoteCount(v, s)}))),
      {id: 'speakers-table'}) : h('p', {class: 'small', text: 'No speakers.'}));
  }

  function pledgesSection(v, details) {
    return section('Pledges (' + v.pledges.length + ')', v.pledges.length ? table(
      ['id', 'actors', 'trigger', 'action', 'strength', 'sectors', 'timeframe', 'amount', 'negated', 'quote', 'gold'].map(l => ({label: l})),
      v.pledges.map((p, i) => {
        const f = Object.fromEntries(pledgeFields(v, p));
        return h('tr', {class: 'clickable', onclick: () => showPledge(v, i, details)},
          h('td', {text: p.id}), h('td', {text: f.actors}), h('td', {text: f.trigger}), h('td', {text: f.action}),
          h('td', {text: f.strength}), h('td', {text: f.sectors}), h('td', {text: f.timeframe}), h('td', {text: f.amount}),
          h('td', {text: f.negated}),
          h('td', {text: f.quote}), h('td', null, quoteGoldText(v.pledgeGold.get(i))));
      }), {id: 'pledges-table'}) : h('p', {class: 'small', text: 'No pledges.'}));
  }

  /** The debug trace (batch --trace): each rule decision, in pipeline order; absent from ordinary records. */
  function traceSection(v, details) {
    const trace = Array.isArray(v.rec.trace) ? v.rec.trace : null;
    if (!trace) {
      return null;
    }
    return section('Trace (' + trace.length + ' decisions)', trace.length ? table(
      ['stage', 'rule', 'verdict', 'text', 'note'].map(l => ({label: l})),
      trace.map(d => h('tr', {class: 'clickable verdict-' + String(d.verdict).toLowerCase(), onclick: () => showDecision(d, details)},
        h('td', {text: d.stage}), h('td', null, h('code', {text: d.rule})), h('td', {text: d.verdict}),
        h('td', {text: head(d.text, 120)}), h('td', {text: d.note || ''}))),
      {id: 'trace-table'}) : h('p', {class: 'small', text: 'No decisions recorded.'}));
  }

  function showDecision(d, details) {
    details.replaceChildren(h('h3', {text: d.verdict + ' by ' + d.rule}),
      kv([['stage', d.stage], ['rule', h('code', {text: d.rule})], ['span', '[' + d.start + ', ' + d.end + ')'],
        ['text', '\u201c' + d.text + '\u201d'], ['note', d.note || '\u2014']]));
  }

  function goldArticleSection(v, details) {
    const g = v.gold;
    const total = INDEX.gold.corpus.find(s => s.name === 'total');
    const misses = v.items.map((it, k) => [it, k]).filter(([it]) => it.outcome === 'miss');
    const falses = v.items.filter(it => it.outcome === 'false');
    const wrong = v.items.filter(it => it.outcome === 'match' && it.speakerRight === false);
    const predText = it => it.field === 'pledge' ? (v.pledges[it.predIndex] || {}).text : (v.quotes[it.predIndex] || {}).text;
    const onPred = it => it.field === 'pledge' ? showPledge(v, it.predIndex, details) : showQuote(v, it.predIndex, details);
    return section('Gold comparison',
      h('div', {class: 'grid2'},
        h('div', null, h('h3', {text: 'Figures: this article and the corpus'}),
          figureTable('gold-article', [{name: 'article', label: 'this article', figures: g.figures}].concat(total ? [total] : []))),
        h('div', null,
          h('h3', {text: 'Missed (' + misses.length + ')'}),
          h('ul', {class: 'items', id: 'gold-misses'}, misses.map(([it, k]) => h('li', {onclick: () => showMiss(v, k, details)},
            h('span', {class: 'tag miss', text: it.field}), '\u201c' + head(it.goldText, 110) + '\u201d',
            it.goldSpeakers.length ? ' \u2014 ' + it.goldSpeakers.join(' / ') : ''))),
          h('h3', {text: 'False positives (' + falses.length + ')'}),
          h('ul', {class: 'items', id: 'gold-false'}, falses.map(it => h('li', {onclick: () => onPred(it)},
            h('span', {class: 'tag false', text: it.field}), '\u201c' + head(predText(it), 110) + '\u201d',
            it.predSpeaker ? ' \u2014 ' + it.predSpeaker : ''))),
          h('h3', {text: 'Wrong speakers (' + wrong.length + ')'}),
          h('ul', {class: 'items', id: 'gold-wrong'}, wrong.map(it => h('li', {onclick: () => onPred(it)},
            '\u201c' + head(it.goldText, 80) + '\u201d: ', wrongSpeaker(it)))),
          setDiff('Sectors', g.alignment.sectors, 'gold-sectors'),
          setDiff('Entities', g.alignment.entities, 'gold-entities'))));
  }

  function setDiff(title, d, id) {
    if (!d || (!d.missed.length && !d.extra.length)) {
      return null;
    }
    return h('div', {id: id}, h('h3', {text: title}),
      d.missed.length ? h('p', null, 'missed: ', d.missed.map(x => h('span', {class: 'tag miss', text: x}))) : null,
      d.extra.length ? h('p', null, 'not in gold: ', d.extra.map(x => h('span', {class: 'tag false', text: x}))) : null);
  }

  // ---------- routing ----------

  function route() {
    const hash = location.hash || '#/';
    if (hash.startsWith('#/a/')) {
      let id;
      try {
        id = decodeURIComponent(hash.slice(4));
      } catch (e) {
        id = hash.slice(4);
      }
      showArticle(id);
    } else {
      showOverview();
    }
    document.body.dataset.ready = 'true';
  }

  document.getElementById('report-title').textContent = INDEX.title;
  window.addEventListener('hashchange', route);
  route();
})();
