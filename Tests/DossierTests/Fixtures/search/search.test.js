// The search script, run without a browser: `node Tests/DossierTests/Fixtures/search/search.test.js`
// (SearchScriptTests runs it with the Swift tests). It loads templates/assets/search.js into
// a page made of a few stubs, folds every pair of folding.tsv, and searches index/, the
// index the Swift builder writes for SearchFixture.documents.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const test = require("node:test");
const assert = require("node:assert/strict");

const here = __dirname;
const script = path.resolve(here, "../../../../templates/assets/search.js");
const site = "file:///site/";

// ---- A page: the few parts of the DOM the script touches.

class FakeElement {
  constructor(document, tagName) {
    this.ownerDocument = document;
    this.tagName = tagName.toUpperCase();
    this.children = [];
    this.parentNode = null;
    this.attributes = {};
    this.listeners = {};
    this.text = "";
    this.id = "";
    this.className = "";
    this.hidden = false;
  }

  get firstChild() { return this.children[0] || null; }

  get nextSibling() {
    if (!this.parentNode) return null;
    const siblings = this.parentNode.children;
    return siblings[siblings.indexOf(this) + 1] || null;
  }

  get textContent() { return this.text + this.children.map((child) => child.textContent).join(""); }

  set textContent(value) {
    this.children.forEach((child) => { child.parentNode = null; });
    this.children = [];
    this.text = String(value);
  }

  appendChild(child) { return this.insertBefore(child, null); }

  insertBefore(child, reference) {
    if (child.parentNode) child.parentNode.removeChild(child);
    const index = reference ? this.children.indexOf(reference) : -1;
    this.children.splice(index < 0 ? this.children.length : index, 0, child);
    child.parentNode = this;
    this.ownerDocument.appended(child);
    return child;
  }

  removeChild(child) {
    this.children.splice(this.children.indexOf(child), 1);
    child.parentNode = null;
    return child;
  }

  setAttribute(name, value) { this.attributes[name] = String(value); }
  getAttribute(name) { return name in this.attributes ? this.attributes[name] : null; }
  addEventListener(type, listener) { (this.listeners[type] = this.listeners[type] || []).push(listener); }
  focus() { this.ownerDocument.activeElement = this; }

  dispatch(type) {
    const event = { type: type, defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    (this.listeners[type] || []).forEach((listener) => listener(event));
    return event;
  }

  *walk() {
    yield this;
    for (const child of this.children) yield* child.walk();
  }
}

class FakeDocument {
  constructor(indexFolder, context) {
    this.indexFolder = indexFolder;
    this.context = context;
    this.readyState = "complete";
    this.documentElement = { lang: "en" };
    this.head = new FakeElement(this, "head");
    this.body = new FakeElement(this, "body");
    this.currentScript = null;
    this.activeElement = this.body;
    this.loaded = [];
  }

  createElement(tagName) { return new FakeElement(this, tagName); }

  getElementById(id) {
    for (const element of this.body.walk()) if (element.id === id) return element;
    return null;
  }

  querySelector() { return null; }
  addEventListener() {}

  // A script element added to the page runs its file from index/, later, as a browser would.
  appended(element) {
    if (element.tagName !== "SCRIPT") return;
    setImmediate(() => {
      const prefix = site + "assets/search/en/";
      const file = element.src.startsWith(prefix) && path.join(this.indexFolder, element.src.slice(prefix.length));
      if (!file || !fs.existsSync(file)) return element.onerror && element.onerror();
      this.loaded.push(path.basename(file));
      vm.runInContext(fs.readFileSync(file, "utf8"), this.context, { filename: file });
      if (element.onload) element.onload();
    });
  }
}

// A search page as the theme writes it, with the script run in it.
function page(options) {
  options = options || {};
  const context = {
    location: { search: options.search || "", protocol: options.protocol || "http:" },
    history: { replaceState() {} },
    URL, URLSearchParams, setTimeout, clearTimeout, console,
  };
  context.window = context;
  vm.createContext(context);
  const document = new FakeDocument(options.index || path.join(here, "index"), context);
  context.document = document;

  const form = document.createElement("form");
  const input = document.createElement("input");
  input.id = "search-q";
  input.value = "";
  input.form = form;
  form.appendChild(input);
  const status = document.createElement("div");
  status.id = "search-results";
  status.setAttribute("aria-live", "polite");
  const all = document.createElement("ul");
  all.id = "search-all";
  [form, status, all].forEach((element) => document.body.appendChild(element));

  const element = document.createElement("script");
  element.src = site + "assets/search.js";
  const words = {
    lang: "en", root: "../", count: "Results: {n}", none: "No result for “{q}”.", more: "More results",
    text: "Search the texts too", partial: "Type more letters to see every result.",
    unavailable: "The search could not be loaded.", "kind-statement": "Statement", "kind-organization": "Organization",
  };
  Object.keys(words).forEach((name) => element.setAttribute("data-" + name, words[name]));
  document.currentScript = element;
  vm.runInContext(fs.readFileSync(script, "utf8"), context, { filename: script });
  document.currentScript = null;
  return { context, document, form, input, status, all, search: context.DossierSearch };
}

// The pages a query finds, in order, with every result's record loaded.
function find(search, query, text) {
  return new Promise((resolve) => {
    search.find(query, { text: !!text }, (result) => {
      if (!result) return resolve(null);
      // Array.from: an array of this context, which deepEqual compares with the expected one.
      search.withRecords(result.matches, result.matches.length, () => resolve(Array.from(result.matches, (match) => match.record.p)));
    });
  });
}

function wait(milliseconds) { return new Promise((resolve) => setTimeout(resolve, milliseconds)); }

// Waits until the page shows something in its live region.
async function announced(view) {
  for (let tries = 0; tries < 100 && !view.status.textContent; tries++) await wait(5);
  return view.status.textContent;
}

function results(view) {
  const list = view.document.getElementById("search-list");
  return list.children.map((item) => ({
    href: item.children[0].href,
    text: item.children.map((child) => child.textContent).join(" | "),
  }));
}

// ---- The folding table

test("folds every pair of folding.tsv as the Swift side does", () => {
  const { search } = page();
  const lines = fs.readFileSync(path.join(here, "folding.tsv"), "utf8").split("\n");
  let pairs = 0;
  lines.forEach((line, index) => {
    if (!line || line.startsWith("#")) return;
    const [input, key = ""] = line.split("\t");
    const text = input.replace(/\\u([0-9a-fA-F]{4})/g, (whole, hex) => String.fromCharCode(parseInt(hex, 16)));
    assert.equal(search.fold(text), key, `folding.tsv:${index + 1}: ${input}`);
    pairs++;
  });
  assert.ok(pairs >= 40, `${pairs} pairs`);
});

// ---- Queries over index/

const cases = (slug) => `cases/${slug}/`;
const letter = "statements/2025-02-21-open-letter-to-president-tokayev/";
const kyrgyzstan = "statements/2024-10-10-kyrgyzstan-must-free-makhabat-tazhibek-kyzy/";

const queries = [
  // [query, search the text too, the pages found in order]
  ["mukhamedkarim", false, [cases("duman-mukhammedkarim")]],
  ["mukhamedkarim", true, [cases("duman-mukhammedkarim"), letter]],
  ["Думан Мухамедкарим", false, [cases("duman-mukhammedkarim")]],
  ["Мұхаммедкәрімнің", false, [cases("duman-mukhammedkarim")]],
  ["Galym", false, [cases("galym-nurtazin")]],
  ["Ghalym", false, [cases("galym-nurtazin")]],
  ["Ғалым", false, [cases("galym-nurtazin")]],
  ["toqaev", false, [letter]],
  ["Тоқаев", false, [letter]],
  ["Tazhibek Kyzy", false, [cases("makhabat-tazhibek-kyzy"), kyrgyzstan]],
  ["Aşyrow", false, [cases("chary-ashyrov")]],
  ["Ашыров", false, [cases("chary-ashyrov")]],
  ["Вавчок", false, [cases("ales-vauchok")]],
  ["HRW", false, ["signatories/human-rights-watch/"]],
  // What is typed so far: the exact spelling's prefix ranks above the folded one.
  ["muh", false, [cases("muhabbat-karimova"), cases("duman-mukhammedkarim")]],
  ["Мұх", false, [cases("duman-mukhammedkarim"), cases("muhabbat-karimova")]],
  // Words of the texts: searched when asked, or when no name matches.
  ["hunger strike", true, [cases("chary-ashyrov"), cases("duman-mukhammedkarim"), letter]],
  ["Shymkent", false, [cases("muhabbat-karimova")]],
  ["Mukhammedkarim hunger", false, [cases("duman-mukhammedkarim"), letter]],
  ["journalis", true, [letter, cases("duman-mukhammedkarim"), cases("muhabbat-karimova"), kyrgyzstan]],
  ["xyzzy", true, []],
  ["constructor __proto__", true, []],
  ["hasOwnProperty", true, []],
  ["— «»", true, []],
];

queries.forEach(([query, text, expected]) => {
  test(`"${query}"${text ? " with the texts" : ""} finds ${expected.length} pages in order`, async () => {
    const { search } = page();
    assert.deepEqual(await find(search, query, text), expected);
  });
});

test("a name search reads the manifest and one names file", async () => {
  const view = page();
  await find(view.search, "Ghalym", false);
  assert.deepEqual(view.document.loaded, ["manifest.js", "names-0.js"]);
});

test("a missing index answers nothing and throws nothing", async () => {
  const view = page({ index: path.join(here, "no-such-index"), search: "?q=duman" });
  assert.equal(await find(view.search, "duman", true), null);
  assert.equal(await announced(view), "The search could not be loaded.");
  assert.equal(view.all.hidden, false);
});

// ---- The page

test("a query in the address is searched on load, with links that name index.html on disk", async () => {
  const view = page({ search: "?q=toqaev", protocol: "file:" });
  assert.equal(view.input.value, "toqaev");
  assert.equal(await announced(view), "Results: 1");
  assert.deepEqual(results(view), [{
    href: "../" + letter + "index.html",
    text: "Open letter to President Tokayev on imprisoned journalists | Statement · 21 February 2025",
  }]);
  assert.equal(view.all.hidden, true);
});

test("typing searches the names, and a button searches the texts too", async () => {
  const view = page();
  view.input.value = "Duman";
  view.input.dispatch("input");
  await wait(300);
  assert.equal(await announced(view), "Results: 1");
  assert.deepEqual(results(view), [{
    href: "../cases/duman-mukhammedkarim/",
    text: "Duman Mukhammedkarim | Думан Мұхаммедкәрім | Kazakhstan · Imprisoned · at least 516 days",
  }]);
  const button = view.document.getElementById("search-more");
  assert.equal(button.textContent, "Search the texts too");
  view.status.textContent = "";
  button.dispatch("click");
  assert.equal(await announced(view), "Results: 2");
  assert.deepEqual(results(view).map((result) => result.href), ["../cases/duman-mukhammedkarim/", "../" + letter]);
  assert.equal(view.document.getElementById("search-more"), null);
});

test("submitting the form searches the texts, and nothing found is said", async () => {
  const view = page();
  view.input.value = "xyzzy";
  const event = view.form.dispatch("submit");
  assert.equal(event.defaultPrevented, true);
  assert.equal(await announced(view), "No result for “xyzzy”.");
  assert.deepEqual(results(view), []);
  assert.equal(view.all.hidden, false);
});

test("the live region says only the count; the results are a list after it", async () => {
  const view = page({ search: "?q=muh" });
  assert.equal(await announced(view), "Results: 3");
  assert.equal(view.status.children.length, 0);
  assert.equal(view.status.nextSibling.id, "search-list");
  assert.equal(view.status.nextSibling.tagName, "OL");
});
