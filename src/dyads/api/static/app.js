// The dyads web page: plain JavaScript over the JSON API, no framework, nothing fetched from
// elsewhere. Views are chosen by the URL hash (#/search, #/article/<id>/event/<id>, ...),
// so every view, and every event's sentence, has a link of its own.
"use strict";

const view = document.getElementById("view");
const SVG = "http://www.w3.org/2000/svg";
const QUAD_COLOURS = {1: "#74c69d", 2: "#2d6a4f", 3: "#f4a261", 4: "#d62828"};
const QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
                    4: "material conflict"};

// -- helpers ---------------------------------------------------------------------------------

/** An element with attributes and children (strings become text: no HTML injection). */
function h(tag, attrs, ...children) {
  const el = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4))
                                     : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== "" && v !== null && v !== undefined) q.set(k, v);
  const text = q.toString();
  return text ? "?" + text : "";
}

class ApiError extends Error {}

async function api(path, params = {}, options = {}) {
  const response = await fetch("/api" + path + query(params), options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(body.detail || body.error || response.statusText);
  return body;
}

function show(...children) {
  view.replaceChildren(...children.flat(Infinity).filter(c => c !== null && c !== undefined && c !== false));
}

function failure(error) {
  return h("p", {class: "error", role: "alert"}, error.message || String(error));
}

function day(value) {
  return value ? String(value).slice(0, 10) : "";
}

function codes(list) {
  return h("span", {class: "codes"}, (list || []).join("+") || "–");
}

function typeBadge(event) {
  return h("span", {class: `type quad-${event.quad_class}`, title: QUAD_NAMES[event.quad_class] || ""},
           event.type);
}

function flags(event) {
  return [event.negated && h("span", {class: "flag"}, "negated"),
          event.hypothetical && h("span", {class: "flag"}, "hypothetical")];
}

function eventLink(articleId, eventId) {
  return `#/article/${encodeURIComponent(articleId)}/event/${encodeURIComponent(eventId)}`;
}

/** Text with [matched] words (FTS snippets) as <mark>. */
function snippet(text) {
  const parts = String(text || "").split(/(\[[^\]]*\])/);
  return h("span", {class: "snippet"},
           parts.map(p => p.startsWith("[") && p.endsWith("]") ? h("mark", {}, p.slice(1, -1)) : p));
}

function pager(page, go) {
  const last = page.offset + page.items.length;
  return h("div", {class: "pager"},
    h("button", {class: "secondary", disabled: page.offset === 0,
                 onclick: () => go(Math.max(0, page.offset - page.limit))}, "← previous"),
    h("span", {class: "muted"}, page.items.length
      ? `${page.offset + 1}–${last}${page.total !== null ? " of " + page.total : ""}` : "nothing found"),
    h("button", {class: "secondary",
                 disabled: page.total !== null ? last >= page.total : page.items.length < page.limit,
                 onclick: () => go(page.offset + page.limit)}, "next →"));
}

/** Where each cursor page of this tab came from, so that "previous" can go back to it:
 * cursor -> {cursor, start} of the page before. */
const cameFrom = new Map();

/** Pages of a keyset listing (events): `next` follows the page's cursor at any depth;
 * `start` is the 1-based rank of the page's first item, for the label only. */
function cursorPager(page, cursor, start, go) {
  const last = start + page.items.length - 1;
  const back = cameFrom.get(cursor) || {cursor: "", start: 1};
  const total = page.total === null ? "" : ` of ${page.total.toLocaleString("en")}${page.total_exact ? "" : "+"}`;
  return h("div", {class: "pager"},
    h("button", {class: "secondary", disabled: !cursor, onclick: () => go(back.cursor, back.start)}, "← previous"),
    h("span", {class: "muted"}, page.items.length ? `${start}–${last}${total}` : "nothing found"),
    h("button", {class: "secondary", disabled: !page.next, onclick: () => {
      cameFrom.set(page.next, {cursor, start});
      go(page.next, last + 1);
    }}, "next →"));
}

function formValues(form) {
  return Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v).trim()]));
}

function setHash(name, params) {
  location.hash = `#/${name}${query(params)}`;
}

// -- highlighting an event in its sentence ---------------------------------------------------

/** Where an event's sentence is in the article body: its offset when the text is there,
 * else the occurrence of the sentence nearest to it; null when the body lacks it. */
function sentenceRange(body, event) {
  const s = event.sentence || "";
  if (!s) return null;
  if (body.substr(event.sentence_start, s.length) === s) return [event.sentence_start, event.sentence_start + s.length];
  let best = -1;
  for (let i = body.indexOf(s); i !== -1; i = body.indexOf(s, i + 1)) {
    if (best === -1 || Math.abs(i - event.sentence_start) < Math.abs(best - event.sentence_start)) best = i;
  }
  return best === -1 ? null : [best, best + s.length];
}

/** The role spans of an event, shifted by `offset`: [[start, end, role], ...]. */
function roleSpans(event, offset) {
  const out = [];
  for (const role of ["source", "trigger", "target"]) {
    for (const [a, b] of (event.spans || {})[role] || []) {
      if (b > a) out.push([offset + a, offset + b, role]);
    }
  }
  return out;
}

/** text[from, to) with role marks: cut at every span boundary, each piece marked with the
 * roles covering it (a word can be the source of one event and the target of another). */
function markRoles(text, from, to, spans) {
  const cuts = new Set([from, to]);
  for (const [a, b] of spans) {
    if (a > from && a < to) cuts.add(a);
    if (b > from && b < to) cuts.add(b);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const roles = [...new Set(spans.filter(([s, e]) => s <= a && e >= b).map(s => s[2]))];
    const piece = text.slice(a, b);
    pieces.push(roles.length
      ? h("mark", {class: "role " + roles.map(r => "role-" + r).join(" "), title: roles.join(", ")}, piece)
      : piece);
  }
  return pieces;
}

/** The article body with every event sentence wrapped (id s-<offset>) and its roles marked.
 * Returns the element and a map event id -> sentence element id. */
function highlightedBody(body, events) {
  const sentences = new Map(); // start -> {end, spans, events}
  for (const event of events) {
    const range = sentenceRange(body, event);
    if (!range) continue;
    const entry = sentences.get(range[0]) || {end: range[1], spans: [], events: []};
    entry.end = Math.max(entry.end, range[1]);
    entry.spans.push(...roleSpans(event, range[0]));
    entry.events.push(event.id);
    sentences.set(range[0], entry);
  }
  const starts = [...sentences.keys()].sort((a, b) => a - b);
  const where = {};
  const container = h("div", {class: "article-body"});
  let at = 0;
  for (const start of starts) {
    const entry = sentences.get(start);
    if (start < at) continue; // overlaps the previous sentence: already shown there
    container.append(body.slice(at, start));
    const id = `s-${start}`;
    container.append(h("span", {class: "sentence", id, "data-events": entry.events.join(" ")},
                       markRoles(body, start, entry.end, entry.spans)));
    for (const eventId of entry.events) where[eventId] = id;
    at = entry.end;
  }
  container.append(body.slice(at));
  return {element: container, where};
}

/** One event's sentence alone, with its roles marked. */
function markedSentence(event) {
  const text = event.sentence || "";
  return h("div", {class: "sentence-text"}, markRoles(text, 0, text.length, roleSpans(event, 0)));
}

function legend() {
  return h("div", {class: "legend"}, "Highlighted:",
           h("mark", {class: "role role-source"}, "source"),
           h("mark", {class: "role role-trigger"}, "trigger"),
           h("mark", {class: "role role-target"}, "target"));
}

// -- views -----------------------------------------------------------------------------------

async function searchView(params) {
  const q = params.get("q") || "";
  const offset = Number(params.get("offset") || 0);
  const form = h("form", {class: "filters", role: "search", onsubmit: e => {
    e.preventDefault();
    setHash("search", {q: formValues(form).q});
  }},
    h("label", {}, "Words (accents optional)",
      h("input", {type: "search", name: "q", value: q, placeholder: "Lavrov, sécurité, Otan…", autofocus: true})),
    h("button", {type: "submit"}, "Search"));
  if (!q) {
    const recent = await api("/articles", {limit: 20});
    show(h("h1", {}, "Search the archive"), form,
         h("h2", {}, `Latest articles (${recent.total})`), recent.items.map(article => articleCard(article)));
    return;
  }
  const page = await api("/search", {q, offset, limit: 20});
  show(h("h1", {}, "Search the archive"), form,
       h("div", {id: "results"}, page.items.map(hit => articleCard(hit, hit.snippet))),
       pager(page, o => setHash("search", {q, offset: o})));
}

function articleCard(article, text) {
  return h("div", {class: "card hit"},
    h("h3", {}, h("a", {href: `#/article/${encodeURIComponent(article.id)}`, class: "article-link"},
                  article.title || article.url || article.id)),
    h("div", {class: "meta"}, [day(article.published), article.source, article.language].filter(Boolean).join(" · ")),
    text ? h("p", {}, snippet(text)) : article.description ? h("p", {}, article.description) : null);
}

async function articleView(id, focusEvent) {
  const data = await api(`/articles/${encodeURIComponent(id)}`);
  const {article, events} = data;
  const {element, where} = highlightedBody(article.body, events);
  const list = h("div", {class: "event-list"}, events.map(event =>
    h("div", {class: "card", id: `event-${event.id}`},
      h("div", {}, h("strong", {}, day(event.date)), " ", codes(event.source), " ", typeBadge(event), " ",
        codes(event.target), flags(event), " ",
        where[event.id] ? h("a", {href: eventLink(article.id, event.id), class: "to-sentence"}, "→ sentence")
                        : h("span", {class: "muted"}, "(sentence not found in the body)")),
      markedSentence(event))));
  show(h("h1", {}, article.title || article.id),
       h("div", {class: "meta"}, [day(article.published), article.source, article.language,
         (article.authors || []).join(", ")].filter(Boolean).join(" · "), " ",
         article.url ? h("a", {href: article.url, rel: "noreferrer"}, "original") : null),
       h("h2", {}, `${events.length} event${events.length === 1 ? "" : "s"}`),
       events.length ? legend() : null, list,
       h("h2", {}, "Text"), element);
  if (focusEvent) focusSentence(where[focusEvent]);
}

function focusSentence(elementId) {
  const el = elementId && document.getElementById(elementId);
  if (!el) return;
  for (const other of document.querySelectorAll(".sentence.focus")) other.classList.remove("focus");
  el.classList.add("focus");
  el.scrollIntoView({block: "center"});
}

// the coder's surer events are more often right (README: Quality and speed, measured); on a
// timeline or a network, the happenings holding such an event
function confidenceField(value) {
  return h("label", {}, "Min. confidence", h("input", {
    name: "min_confidence", value, type: "number", min: 0, max: 1, step: 0.05, placeholder: "0.8",
    title: "Only what the coder is at least this sure of (0-1)"}));
}

async function eventsView(params) {
  const filters = Object.fromEntries(["actor", "source", "target", "type", "since", "until", "min_confidence"]
    .map(k => [k, params.get(k) || ""]));
  const cursor = params.get("cursor") || "";
  const start = Math.max(1, Number(params.get("start")) || 1);
  const types = await api("/types");
  const field = (name, label, attrs = {}) =>
    h("label", {}, label, h("input", {name, value: filters[name], ...attrs}));
  const form = h("form", {class: "filters", onsubmit: e => { e.preventDefault(); setHash("events", formValues(form)); }},
    field("actor", "Actor (either side)", {placeholder: "RUS", size: 8}),
    field("source", "Source", {placeholder: "USA", size: 8}),
    field("target", "Target", {placeholder: "NATO", size: 8}),
    h("label", {}, "Type", h("select", {name: "type"}, h("option", {value: ""}, "any"),
      types.map(t => h("option", {value: t.type, selected: t.type === filters.type.toUpperCase()}, t.type)))),
    field("since", "Since", {type: "date"}), field("until", "Until", {type: "date"}),
    confidenceField(filters.min_confidence),
    h("button", {type: "submit"}, "Filter"));
  const page = await api("/events", {...filters, cursor, limit: 50});
  const table = h("table", {class: "events"},
    h("thead", {}, h("tr", {}, ["Date", "Source", "Type", "Target", "Sentence", ""].map(c => h("th", {}, c)))),
    h("tbody", {}, page.items.map(event => h("tr", {},
      h("td", {class: "date"}, day(event.date)), h("td", {}, codes(event.source)),
      h("td", {}, typeBadge(event), flags(event)), h("td", {}, codes(event.target)),
      h("td", {class: "sentence-cell"}, markedSentence(event)),
      h("td", {}, event.article_id ? h("a", {href: eventLink(event.article_id, event.id), class: "to-sentence"}, "sentence") : "")))));
  show(h("h1", {}, "Events"), form,
       h("p", {}, h("a", {href: "/api/events.csv" + query({...filters, cursor, limit: 500}), download: "events.csv"},
                    "Download CSV (up to 500 rows from here)")),
       table, cursorPager(page, cursor, start, (c, s) => setHash("events", {...filters, cursor: c, start: s > 1 ? s : ""})));
}

async function timelineView(params) {
  const a = params.get("a") || "RUS", b = params.get("b") || "USA", by = params.get("by") || "month";
  const min_confidence = params.get("min_confidence") || "";
  const form = h("form", {class: "filters", onsubmit: e => { e.preventDefault(); setHash("timeline", formValues(form)); }},
    h("label", {}, "Actor A", h("input", {name: "a", value: a, size: 8})),
    h("label", {}, "Actor B", h("input", {name: "b", value: b, size: 8})),
    h("label", {}, "Per", h("select", {name: "by"}, ["day", "week", "month"].map(p =>
      h("option", {value: p, selected: p === by}, p)))),
    confidenceField(min_confidence),
    h("button", {type: "submit"}, "Draw"));
  const rows = await api("/timeline", {a, b, by, min_confidence});
  show(h("h1", {}, `${a.toUpperCase()} – ${b.toUpperCase()}: events per ${by}`), form,
       rows.length ? timelineChart(rows) : h("p", {class: "muted"}, "No events between these actors."),
       rows.length ? h("p", {class: "muted"}, "Each bar counts happenings (event groups), stacked by quad class. ",
                       h("a", {href: `#/events${query({actor: a})}`}, `Events of ${a.toUpperCase()}`)) : null);
}

function timelineChart(rows) {
  const width = 1000, height = 340, left = 48, bottom = 60, top = 20;
  const max = Math.max(...rows.map(r => r.events), 1);
  const step = (width - left - 20) / rows.length;
  const y = v => top + (height - top - bottom) * (1 - v / max);
  const svg = h("svg:svg", {class: "chart", viewBox: `0 0 ${width} ${height}`, role: "img",
                            "aria-label": "timeline"});
  for (let t = 0; t <= 4; t++) {
    const v = Math.round(max * t / 4);
    svg.append(h("svg:line", {x1: left, x2: width - 10, y1: y(v), y2: y(v), stroke: "#eceff4"}),
               h("svg:text", {x: left - 6, y: y(v) + 4, "text-anchor": "end"}, v));
  }
  const quads = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict", 4: "material_conflict"};
  rows.forEach((row, i) => {
    let base = 0;
    const x = left + i * step + step * 0.15, w = Math.max(step * 0.7, 1);
    for (const q of [1, 2, 3, 4]) {
      const n = row[quads[q]] || 0;
      if (!n) continue;
      svg.append(h("svg:rect", {x, width: w, y: y(base + n), height: y(base) - y(base + n), fill: QUAD_COLOURS[q]},
                   h("svg:title", {}, `${row.period}: ${n} ${QUAD_NAMES[q]}`)));
      base += n;
    }
    const unclassed = row.events - base;
    if (unclassed > 0) svg.append(h("svg:rect", {x, width: w, y: y(base + unclassed), height: y(base) - y(base + unclassed), fill: "#adb5bd"}));
    if (rows.length <= 40 || i % Math.ceil(rows.length / 40) === 0) {
      svg.append(h("svg:text", {x: x + w / 2, y: height - bottom + 14, "text-anchor": "end",
                                transform: `rotate(-45 ${x + w / 2} ${height - bottom + 14})`}, row.period));
    }
  });
  const legendRow = h("div", {class: "legend"}, Object.entries(QUAD_NAMES).map(([q, name]) =>
    h("span", {}, h("span", {class: "swatch", style: `background:${QUAD_COLOURS[q]}`}), name)));
  return [svg, legendRow];
}

async function networkView(params) {
  const since = params.get("since") || "", until = params.get("until") || "";
  const min_confidence = params.get("min_confidence") || "";
  const form = h("form", {class: "filters", onsubmit: e => { e.preventDefault(); setHash("network", formValues(form)); }},
    h("label", {}, "Since", h("input", {type: "date", name: "since", value: since})),
    h("label", {}, "Until", h("input", {type: "date", name: "until", value: until})),
    confidenceField(min_confidence),
    h("button", {type: "submit"}, "Draw"));
  const graph = await api("/network", {since, until, min_confidence});
  show(h("h1", {}, "Actor network"), form,
       graph.nodes.length ? networkChart(graph) : h("p", {class: "muted"}, "No events in this period."),
       h("p", {class: "muted"}, "Arrows go from source to target; their width counts happenings, their colour is the mean Goldstein score (red: conflict, green: cooperation). Click an actor for its events."));
}

/** A force-directed layout, computed here in a fixed number of steps (deterministic). */
function layout(nodes, edges, width, height) {
  const n = nodes.length;
  nodes.forEach((node, i) => {
    const angle = 2 * Math.PI * i / n;
    node.x = width / 2 + Math.cos(angle) * width / 3;
    node.y = height / 2 + Math.sin(angle) * height / 3;
  });
  const index = Object.fromEntries(nodes.map((node, i) => [node.id, i]));
  const ideal = Math.sqrt(width * height / Math.max(n, 1)) * 0.6;
  for (let step = 0, heat = width / 10; step < 300; step++, heat *= 0.985) {
    const force = nodes.map(() => [0, 0]);
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const dx = nodes[i].x - nodes[j].x, dy = nodes[i].y - nodes[j].y;
      const d = Math.max(Math.hypot(dx, dy), 1), push = ideal * ideal / d;
      force[i][0] += dx / d * push; force[i][1] += dy / d * push;
      force[j][0] -= dx / d * push; force[j][1] -= dy / d * push;
    }
    for (const edge of edges) {
      const i = index[edge.source], j = index[edge.target];
      const dx = nodes[i].x - nodes[j].x, dy = nodes[i].y - nodes[j].y;
      const d = Math.max(Math.hypot(dx, dy), 1), pull = d * d / ideal;
      force[i][0] -= dx / d * pull; force[i][1] -= dy / d * pull;
      force[j][0] += dx / d * pull; force[j][1] += dy / d * pull;
    }
    nodes.forEach((node, i) => {
      const [fx, fy] = force[i], f = Math.max(Math.hypot(fx, fy), 1e-9), move = Math.min(f, heat);
      node.x = Math.min(width - 40, Math.max(40, node.x + fx / f * move + (width / 2 - node.x) * 0.01));
      node.y = Math.min(height - 30, Math.max(30, node.y + fy / f * move + (height / 2 - node.y) * 0.01));
    });
  }
}

function goldsteinColour(value) {
  const t = Math.max(-1, Math.min(1, (value || 0) / 10));
  return t < 0 ? `rgb(${200}, ${Math.round(120 + 100 * (1 + t))}, ${Math.round(120 + 100 * (1 + t))})`
               : `rgb(${Math.round(120 + 100 * (1 - t))}, ${170}, ${Math.round(120 + 100 * (1 - t))})`;
}

function networkChart(graph) {
  const width = 1000, height = 600;
  const nodes = graph.nodes.map(node => ({...node}));
  layout(nodes, graph.edges, width, height);
  const at = Object.fromEntries(nodes.map(node => [node.id, node]));
  const maxWeight = Math.max(...graph.edges.map(e => e.weight), 1);
  const maxEvents = Math.max(...nodes.map(node => node.events || 1), 1);
  const radius = node => 8 + 18 * Math.sqrt((node.events || 1) / maxEvents);
  const svg = h("svg:svg", {class: "chart", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "actor network"},
    h("svg:defs", {}, h("svg:marker", {id: "arrow", viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 12,
                                        markerHeight: 12, orient: "auto-start-reverse",
                                        // a fixed size: thick edges must not get huge heads
                                        markerUnits: "userSpaceOnUse"},
      h("svg:path", {d: "M 0 0 L 10 5 L 0 10 z", fill: "#7a8699"}))));
  for (const edge of graph.edges) {
    const s = at[edge.source], t = at[edge.target];
    const dx = t.x - s.x, dy = t.y - s.y, d = Math.max(Math.hypot(dx, dy), 1);
    // Bend each edge to its right so that A->B and B->A stay apart.
    const mx = (s.x + t.x) / 2 - dy / d * 18, my = (s.y + t.y) / 2 + dx / d * 18;
    const end = radius(t) + 3;
    const ex = t.x - (t.x - mx) / Math.hypot(t.x - mx, t.y - my) * end;
    const ey = t.y - (t.y - my) / Math.hypot(t.x - mx, t.y - my) * end;
    svg.append(h("svg:path", {d: `M ${s.x} ${s.y} Q ${mx} ${my} ${ex} ${ey}`, fill: "none",
                              stroke: goldsteinColour(edge.goldstein_mean),
                              "stroke-width": 1 + 6 * edge.weight / maxWeight, "marker-end": "url(#arrow)",
                              opacity: 0.85},
      h("svg:title", {}, `${edge.source} → ${edge.target}: ${edge.weight} events, mean Goldstein ${edge.goldstein_mean}`)));
  }
  for (const node of nodes) {
    svg.append(h("svg:g", {class: "node", onclick: () => setHash("events", {actor: node.id})},
      h("svg:circle", {cx: node.x, cy: node.y, r: radius(node), fill: "#3a6ea5"},
        h("svg:title", {}, `${node.id}: ${node.events} events`)),
      h("svg:text", {x: node.x, y: node.y - radius(node) - 4, "text-anchor": "middle"}, node.id)));
  }
  return svg;
}

async function storiesView() {
  const page = await api("/stories", {limit: 100});
  show(h("h1", {}, "Stories"),
       h("p", {class: "muted"}, "Events of one exchange, reported by one or more articles, grouped."),
       page.items.length ? page.items.map(story => h("div", {class: "card"},
         h("h3", {}, h("a", {href: `#/story/${encodeURIComponent(story.id)}`}, story.title)),
         h("div", {class: "meta"}, `${day(story.start)} – ${day(story.end)} · ${story.article_ids.length} articles · ${story.group_ids.length} happenings`)))
       : h("p", {class: "muted"}, "No stories yet."));
}

async function storyView(id) {
  const story = await api(`/stories/${encodeURIComponent(id)}`);
  const byDay = new Map();
  for (const event of story.events) {
    const key = day(event.date) || "undated";
    if (!byDay.has(key)) byDay.set(key, []);
    byDay.get(key).push(event);
  }
  show(h("h1", {}, story.title),
       h("div", {class: "meta"}, `${day(story.start)} – ${day(story.end)} · ${story.article_ids.length} articles · ${story.events.length} events`),
       h("div", {class: "chronology"}, [...byDay].map(([date, events]) => [
         h("div", {class: "day"}, date),
         events.map(event => h("div", {class: "card"},
           h("div", {}, codes(event.source), " ", typeBadge(event), " ", codes(event.target), flags(event), " ",
             h("a", {href: eventLink(event.article_id, event.event_id), class: "to-sentence"}, "→ sentence")),
           h("div", {class: "sentence-text"}, event.sentence),
           h("div", {class: "meta"}, event.article_title || event.url || event.article_id, " · ", day(event.published))))])));
}

async function ingestView() {
  const token = sessionStorage.getItem("dyads-token") || "";
  const status = h("div", {id: "job"});
  const form = h("form", {class: "card", onsubmit: async e => {
    e.preventDefault();
    const data = new FormData(form);
    const key = String(data.get("token") || "");
    sessionStorage.setItem("dyads-token", key);
    data.delete("token");
    const urls = String(data.get("urls") || "").split(/\s+/).filter(Boolean);
    data.delete("urls");
    urls.forEach(u => data.append("urls", u));
    try {
      const job = await api("/ingest", {}, {method: "POST", body: data, headers: {Authorization: "Bearer " + key}});
      followJob(job.id, status);
    } catch (error) {
      status.replaceChildren(failure(error));
    }
  }},
    h("p", {}, h("label", {}, "Token (DYADS_TOKEN of the server) ", h("input", {type: "password", name: "token", value: token}))),
    h("p", {}, h("label", {}, "Files (pages, WARC, dumps, JSONL) ", h("input", {type: "file", name: "files", multiple: true}))),
    h("p", {}, h("label", {}, "URLs (pages, feeds, sitemaps), one a line", h("br"),
      h("textarea", {name: "urls", rows: 4, cols: 80}))),
    h("button", {type: "submit"}, "Ingest"));
  const [jobs, info] = await Promise.all([api("/jobs"), api("/info")]);
  show(h("h1", {}, "Ingest"),
       info.read_only ? h("p", {class: "error"}, "This server is read-only: it was started without DYADS_TOKEN.") : null,
       h("p", {class: "muted"}, `Uploads up to ${Math.round(info.max_upload_bytes / 1048576)} MB. The archive holds ${info.articles} articles and ${info.events} events.`),
       form, status,
       jobs.length ? [h("h2", {}, "Jobs of this server"), jobs.slice().reverse().map(jobCard)] : null);
}

function jobCard(job) {
  const counts = ["read", "stored", "updated", "duplicates", "failed", "events"];
  return h("div", {class: "card job", "data-status": job.status},
    h("div", {}, h("strong", {}, job.status), " · ", job.sources.join(", ")),
    h("div", {class: `progress${job.done ? " done" : ""}`}, h("div")),
    h("div", {class: "counts"}, counts.map(c => h("span", {class: "count"}, h("span", {class: "muted"}, c + " "),
                                                 h("b", {"data-count": c}, job[c])))),
    job.error ? h("p", {class: "error"}, job.error) : null,
    job.failures.length ? h("details", {}, h("summary", {}, `${job.failures.length} failures`),
                            h("ul", {}, job.failures.map(f => h("li", {}, f)))) : null);
}

async function followJob(id, into) {
  for (;;) {
    const job = await api(`/jobs/${encodeURIComponent(id)}`);
    into.replaceChildren(jobCard(job));
    if (job.done) return;
    await new Promise(resolve => setTimeout(resolve, 500));
  }
}

// -- routing ---------------------------------------------------------------------------------

async function route() {
  const [path, search] = location.hash.replace(/^#\/?/, "").split("?");
  const parts = path.split("/").map(decodeURIComponent);
  const params = new URLSearchParams(search || "");
  const name = parts[0] || "search";
  for (const link of document.querySelectorAll("nav a[data-view]")) {
    link.classList.toggle("active", link.dataset.view === name || (name === "article" && link.dataset.view === "search")
                                    || (name === "story" && link.dataset.view === "stories"));
  }
  view.setAttribute("aria-busy", "true");
  try {
    if (name === "article") await articleView(parts[1], parts[2] === "event" ? parts[3] : null);
    else if (name === "events") await eventsView(params);
    else if (name === "timeline") await timelineView(params);
    else if (name === "network") await networkView(params);
    else if (name === "stories") await storiesView();
    else if (name === "story") await storyView(parts[1]);
    else if (name === "ingest") await ingestView();
    else await searchView(params);
  } catch (error) {
    show(failure(error));
  } finally {
    view.removeAttribute("aria-busy");
  }
}

window.addEventListener("hashchange", route);
route();
