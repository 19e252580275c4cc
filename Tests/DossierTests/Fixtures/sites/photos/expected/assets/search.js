// The search of a dossier site: a case, a statement or an organization found by any
// spelling of its name ("Mukhammedkarim", "Мұхаммедкәрім", "Mūhammedkärim"), and by the
// words of its text. docs/search.md describes the index and the page it runs on.
//
// A classic script, like its index: each file of assets/search/<lang>/ is a script that
// hands its data to DossierSearch.register. Browsers run scripts from file:// where they
// refuse fetch(), so the search works at the host's root, in a sub-folder, over an .onion,
// at an IPFS gateway and from the offline copy alike. No module, no worker, nothing from
// another host.
(function () {
  "use strict";

  // ---- Folding: the same steps as Sources/Dossier/Search/SearchKey.swift, in the same
  // order, both held to Tests/DossierTests/Fixtures/search/folding.tsv:
  // 1. lower case, then NFC;
  // 2. letter by letter: a. Kazakh and Kyrgyz letters to their nearest Russian ones, ё→е,
  //    й→и, ş š→sh, ç č→ch, ž→zh; b. the project's transliteration (the slugs' table);
  //    c. any other letter loses its marks; d. apostrophes vanish, and anything that is
  //    not a letter or a digit ends a word;
  // 3. per word: ye→e (before y→i: Tokayev, Токаев), dzh→zh, kh→h, gh→g, zh→z, q→k, j→z,
  //    y→i, w→v;
  // 4. a doubled letter becomes one.

  var NEAREST = {
    "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и",
    "ё": "е", "й": "и", "ş": "sh", "š": "sh", "ç": "ch", "č": "ch", "ž": "zh"
  };
  // Transliteration.table of Sources/Dossier/Model/Transliteration.swift; the Swift tests
  // keep a row of folding.tsv for each of its letters.
  var LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    "ә": "a", "ғ": "g", "қ": "k", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    "ҳ": "h", "ҷ": "j", "ӣ": "i", "ӯ": "u",
    "є": "ye", "ї": "yi", "ґ": "g", "ў": "u",
    "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
    "ı": "i", "ə": "a",
    "ʻ": "", "ʼ": "", "’": "", "'": ""
  };
  var VARIANTS = [["ye", "e"], ["dzh", "zh"], ["kh", "h"], ["gh", "g"], ["zh", "z"], ["q", "k"],
    ["j", "z"], ["y", "i"], ["w", "v"]];
  var ASCII_WORD = /^[a-z0-9]$/, ASCII = /^[\x00-\x7f]*$/;
  var LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u, MARK = /^\p{Mn}$/u;

  function has(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }

  // Steps 2a and 2b for one letter, or undefined when neither changes it.
  function mapped(letter) {
    if (has(NEAREST, letter)) {
      letter = NEAREST[letter];
      if (ASCII.test(letter)) return letter;
    }
    return has(LATIN, letter) ? LATIN[letter] : undefined;
  }

  // Step 2 for one character of composed text: its Latin letters ("" for an apostrophe or
  // a lone mark), or null when it ends a word.
  function latinLetters(character) {
    if (character < "\x80") {
      if (ASCII_WORD.test(character)) return character;
      return character === "'" ? "" : null;
    }
    var letters = mapped(character);
    if (letters !== undefined) return letters;
    letters = "";
    var parts = Array.from(character.normalize("NFD"));
    for (var i = 0; i < parts.length; i++) {
      if (MARK.test(parts[i])) continue;
      var part = mapped(parts[i]);
      if (part !== undefined) letters += part;
      else if (LETTER_OR_DIGIT.test(parts[i])) letters += parts[i];
      else return null;
    }
    return letters;
  }

  // Steps 3 and 4 for one word.
  function mergeVariants(word) {
    for (var i = 0; i < VARIANTS.length; i++) word = word.split(VARIANTS[i][0]).join(VARIANTS[i][1]);
    return word.replace(/(\p{L})\1+/gu, "$1");
  }

  // One key per word of text, in order.
  function keys(text) {
    var result = [], word = "", characters = Array.from(String(text).toLowerCase().normalize("NFC"));
    function endWord() {
      if (word) {
        var key = mergeVariants(word);
        if (key) result.push(key);
      }
      word = "";
    }
    for (var i = 0; i < characters.length; i++) {
      var letters = latinLetters(characters[i]);
      if (letters === null) endWord(); else word += letters;
    }
    endWord();
    return result;
  }

  function fold(text) { return keys(text).join(" "); }

  // The words as written, lowercased, without apostrophes: to rank an exact spelling first.
  function words(text) {
    return String(text).toLowerCase().normalize("NFC").replace(/['\u2019\u02bb\u02bc]/g, "")
      .split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean);
  }

  // ---- Loading: each file of the index is a script beside this one, in search/<lang>/.

  var self = document.currentScript || document.querySelector("script[src$='search.js']");
  var setting = function (name, fallback) {
    var value = self && self.getAttribute("data-" + name);
    return value === null || value === undefined || value === "" ? fallback : value;
  };
  var lang = setting("lang", document.documentElement.lang || "en");
  var folder = self ? new URL("search/" + lang + "/", self.src).href : "";
  var store = {}, waiting = {};

  // Called by every file of the index as it runs.
  function register(name, data) {
    store[name] = data;
    var callbacks = waiting[name] || [];
    delete waiting[name];
    for (var i = 0; i < callbacks.length; i++) callbacks[i](data);
  }

  // Loads one file once; done(data), or done(null) when it is missing or broken.
  function load(name, done) {
    if (has(store, name)) return done(store[name]);
    if (waiting[name]) return waiting[name].push(done);
    waiting[name] = [done];
    var element = document.createElement("script");
    element.src = folder + name + ".js";
    element.onload = element.onerror = function () { if (!has(store, name)) register(name, null); };
    document.head.appendChild(element);
  }

  function loadAll(names, done) {
    var results = [], left = names.length;
    if (!left) return done(results);
    names.forEach(function (name, index) {
      load(name, function (data) {
        results[index] = data;
        if (--left === 0) done(results);
      });
    });
  }

  function withManifest(done) {
    load("manifest", function (manifest) {
      if (!manifest || manifest.format !== 1) return done(null);
      if (!manifest.commonNameSet) {
        manifest.commonNameSet = toSet(manifest.common_names);
        manifest.commonWordSet = toSet(manifest.common_words);
      }
      done(manifest);
    });
  }

  // Objects without a prototype: a word such as "constructor" is then no one's property.
  function toSet(list) {
    var set = Object.create(null);
    for (var i = 0; i < list.length; i++) set[list[i]] = true;
    return set;
  }

  // ---- Keys in the files: each file holds the keys from its first key to the next file's.

  // The file whose range holds key.
  function fileOf(firstKeys, key) {
    var low = 0, high = firstKeys.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (firstKeys[middle] <= key) low = middle; else high = middle - 1;
    }
    return low;
  }

  // The files that may hold a key that starts with key (what is typed so far is a prefix
  // of a name) or that key starts with, from four letters (an inflected word finds its name).
  function filesFor(firstKeys, key) {
    if (!firstKeys.length) return [];
    var first = fileOf(firstKeys, key.length > 4 ? key.slice(0, 4) : key);
    var last = fileOf(firstKeys, key + "\uffff"), files = [];
    for (var i = first; i <= last; i++) files.push(i);
    return files;
  }

  // A file's keys as a sorted list and as a map, made once.
  function prepare(file) {
    if (file && !file.map) {
      file.map = Object.create(null);
      for (var i = 0; i < file.keys.length; i++) file.map[file.keys[i][0]] = file.keys[i][1];
    }
    return file;
  }

  // The keys of a prepared file that key matches: 2 for the same key, 1 for a prefix either way.
  function matchingKeys(file, key) {
    var found = [], list = file.keys, low = 0, high = list.length;
    while (low < high) {
      var middle = (low + high) >> 1;
      if (list[middle][0] < key) low = middle + 1; else high = middle;
    }
    for (var i = low; i < list.length && list[i][0].lastIndexOf(key, 0) === 0; i++) {
      found.push({ numbers: list[i][1], score: list[i][0] === key ? 2 : 1 });
    }
    for (var length = 4; length < key.length; length++) {
      var prefix = key.slice(0, length);
      if (file.map[prefix]) found.push({ numbers: file.map[prefix], score: 1 });
    }
    return found;
  }

  // Document numbers from a list written as the first and then the gaps.
  function numbers(gaps) {
    var result = [], number = 0;
    for (var i = 0; i < gaps.length; i++) result.push(number += gaps[i]);
    return result;
  }

  // ---- Searching

  // The query's words, each as typed and as a key.
  function terms(query) {
    var seen = {};
    return words(query).map(function (word) {
      return { plain: word, key: keys(word)[0] };
    }).filter(function (term) {
      if (!term.key || seen[term.key + " " + term.plain]) return false;
      return (seen[term.key + " " + term.plain] = true);
    });
  }

  // How well a document's names match one term: 4 an exact spelling, 3 the same key in
  // another spelling, 2 an exact spelling's prefix, 1 a key's prefix; 0 no match.
  function nameScore(record, term) {
    if (!record.words) {
      record.words = words([record.t, record.n || ""].concat(record.o || []).join(" "));
      record.keys = record.words.map(function (word) { return keys(word)[0] || ""; });
    }
    if (record.words.indexOf(term.plain) >= 0) return 4;
    if (record.keys.indexOf(term.key) >= 0) return 3;
    if (startsEitherWay(record.words, term.plain)) return 2;
    return startsEitherWay(record.keys, term.key) ? 1 : 0;
  }

  function startsEitherWay(list, text) {
    for (var i = 0; i < list.length; i++) {
      if (list[i].lastIndexOf(text, 0) === 0) return true;
      if (list[i].length >= 4 && text.lastIndexOf(list[i], 0) === 0) return true;
    }
    return false;
  }

  function byScore(a, b) { return b.score - a.score || a.number - b.number; }

  // Names: the files of one word (the one in the fewest files, then the longest), at most
  // two of them; every document they name is then held to all the words.
  function findNames(manifest, query, done) {
    var best = null;
    query.forEach(function (term) {
      if (manifest.commonNameSet[term.key]) return;
      var files = filesFor(manifest.names, term.key);
      if (!best || files.length < best.files.length ||
          (files.length === best.files.length && term.key.length > best.term.key.length)) {
        best = { term: term, files: files };
      }
    });
    if (!best) return done({ matches: [], partial: false });
    var files = best.files, partial = files.length > 2;
    if (partial) {
      var own = fileOf(manifest.names, best.term.key);
      files = [own, own + 1].filter(function (file) { return file < manifest.names.length; });
    }
    loadAll(files.map(function (file) { return "names-" + file; }), function (loaded) {
      var records = {}, matches = [];
      loaded.forEach(function (file) {
        if (!prepare(file)) return;
        matchingKeys(file, best.term.key).forEach(function (found) {
          numbers(found.numbers).forEach(function (number) { records[number] = file.docs[number]; });
        });
      });
      Object.keys(records).forEach(function (number) {
        var score = 0;
        for (var i = 0; i < query.length; i++) {
          var termScore = nameScore(records[number], query[i]);
          if (!termScore) return;
          score += termScore;
        }
        matches.push({ number: +number, score: score, record: records[number] });
      });
      done({ matches: matches.sort(byScore), partial: partial });
    });
  }

  // Full text: the words that are not too common, the longest three, one file each unless
  // three files hold them all; a document must have every word loaded.
  function findText(manifest, query, names, done) {
    var usable = query.filter(function (term) { return !manifest.commonWordSet[term.key]; })
      .sort(function (a, b) { return b.key.length - a.key.length; }).slice(0, 3);
    var partial = names.partial, budget = 3, plan = [];
    usable.forEach(function (term) {
      var files = filesFor(manifest.text, term.key);
      if (files.length > budget) {
        partial = true;
        files = budget ? [fileOf(manifest.text, term.key)] : [];
      }
      budget -= files.length;
      if (files.length) plan.push({ term: term, files: files });
    });
    var fileNames = [];
    plan.forEach(function (entry) {
      entry.files.forEach(function (file) {
        if (fileNames.indexOf("text-" + file) < 0) fileNames.push("text-" + file);
      });
    });
    loadAll(fileNames, function (loaded) {
      var files = {};
      fileNames.forEach(function (name, index) { files[name] = prepare(loaded[index]); });
      var scores = null;
      plan.forEach(function (entry) {
        var found = {};
        entry.files.forEach(function (file) {
          if (!files["text-" + file]) return;
          matchingKeys(files["text-" + file], entry.term.key).forEach(function (match) {
            numbers(match.numbers).forEach(function (number) {
              found[number] = Math.max(found[number] || 0, match.score);
            });
          });
        });
        if (!scores) { scores = found; return; }
        Object.keys(scores).forEach(function (number) {
          if (found[number]) scores[number] += found[number]; else delete scores[number];
        });
      });
      var named = {}, matches = names.matches.slice();
      matches.forEach(function (match) { named[match.number] = true; });
      var text = Object.keys(scores || {}).filter(function (number) { return !named[number]; })
        .map(function (number) { return { number: +number, score: scores[number], record: null }; });
      done({ matches: matches.concat(text.sort(byScore)), names: names.matches.length, partial: partial, text: true });
    });
  }

  // Finds query; done(null) when the index cannot be read, or done(result) with
  // result.matches in order: names first (with their records), then the documents whose
  // text has the words (their records loaded by withRecords). The text is searched when
  // options.text is set, or when no name matches.
  function find(query, options, done) {
    withManifest(function (manifest) {
      if (!manifest) return done(null);
      var list = terms(query);
      if (!list.length) return done({ matches: [], names: 0, partial: false, text: true });
      findNames(manifest, list, function (names) {
        if (!options.text && names.matches.length) {
          return done({ matches: names.matches, names: names.matches.length, partial: names.partial, text: false });
        }
        findText(manifest, list, names, done);
      });
    });
  }

  // Loads the records of matches[0..<count] that have none yet, then done().
  function withRecords(matches, count, done) {
    withManifest(function (manifest) {
      var wanted = matches.slice(0, count).filter(function (match) { return !match.record; });
      if (!manifest || !wanted.length) return done();
      var fileNames = [];
      wanted.forEach(function (match) {
        match.file = fileOf(manifest.docs, match.number);
        if (fileNames.indexOf("docs-" + match.file) < 0) fileNames.push("docs-" + match.file);
      });
      loadAll(fileNames, function () {
        wanted.forEach(function (match) {
          var file = store["docs-" + match.file];
          match.record = (file && file[match.number - manifest.docs[match.file]]) || null;
        });
        done();
      });
    });
  }

  window.DossierSearch = {
    register: register, fold: fold, keys: keys, words: words, find: find, withRecords: withRecords
  };

  // ---- The page: the field, the count in the live region, the list after it.

  var PAGE = 10;

  function start() {
    var input = document.getElementById("search-q");
    var status = document.getElementById("search-results");
    if (!input || !status) return;
    var form = input.form, all = document.getElementById("search-all");
    var list = document.getElementById("search-list");
    if (!list) {
      list = document.createElement("ol");
      list.id = "search-list";
      list.className = "search-list";
      status.parentNode.insertBefore(list, status.nextSibling);
    }
    var root = setting("root", "../"), fromDisk = location.protocol === "file:";
    var current = null, shown = 0, sequence = 0, timer = null;

    function say(text) { status.textContent = text; }

    // A word of the page's language, from the script's data-<name> attribute.
    function message(name, fallback, values) {
      return setting(name, fallback).replace(/\{(\w+)\}/g, function (whole, key) {
        return has(values || {}, key) ? values[key] : whole;
      });
    }

    function run(query, text) {
      var number = ++sequence;
      query = query.trim();
      if (!query) {
        current = null;
        list.textContent = "";
        removeButton();
        say("");
        if (all) all.hidden = false;
        return;
      }
      find(query, { text: text }, function (result) {
        if (number !== sequence) return;
        if (!result) {
          list.textContent = "";
          if (all) all.hidden = false;
          say(message("unavailable", "The search could not be loaded."));
          return;
        }
        current = { query: query, result: result };
        shown = 0;
        list.textContent = "";
        more(number, false);
      });
    }

    // Shows the next page of results, loading their records first; after "More results",
    // moves the focus to the first new one, so a keyboard goes on from there.
    function more(number, focusFirst) {
      var result = current.result, end = Math.min(shown + PAGE, result.matches.length), first = null;
      withRecords(result.matches, end, function () {
        if (number !== sequence) return;
        removeButton();
        for (var i = shown; i < end; i++) {
          if (!result.matches[i].record) continue;
          var entry = list.appendChild(item(result.matches[i].record));
          first = first || entry.firstChild;
        }
        shown = end;
        var count = result.matches.length;
        if (all) all.hidden = count > 0;
        say(count ? message("count", "Results: {n}", { n: String(count) }) +
            (result.partial ? " " + message("partial", "Type more letters to see every result.") : "")
          : message("none", "No result for \u201c{q}\u201d.", { q: current.query }));
        if (shown < count) {
          addButton(message("more", "More results"), function () { more(sequence, true); });
        } else if (!result.text) {
          addButton(message("text", "Search the texts too"), function () { run(current.query, true); });
        }
        if (focusFirst && first) first.focus();
      });
    }

    function removeButton() {
      var button = document.getElementById("search-more");
      if (button) button.parentNode.removeChild(button);
    }

    function addButton(label, action) {
      var button = document.createElement("button");
      button.type = "button";
      button.id = "search-more";
      button.className = "search-more";
      button.textContent = label;
      button.addEventListener("click", action);
      list.parentNode.insertBefore(button, list.nextSibling);
    }

    // One result: the name as a link, the native name, and what the page says of it.
    function item(record) {
      var entry = document.createElement("li"), link = document.createElement("a");
      entry.className = "search-result search-result--" + record.k;
      if (record.s) entry.setAttribute("data-status", record.s);
      link.href = root + record.p + (fromDisk && /\/$/.test(record.p) ? "index.html" : "");
      link.textContent = record.t;
      entry.appendChild(link);
      if (record.n && record.n !== record.t) entry.appendChild(span("search-result__native", record.n));
      var facts = [record.k === "case" ? "" : setting("kind-" + record.k, ""), record.c, record.l, record.d, record.a]
        .filter(Boolean);
      if (facts.length) entry.appendChild(span("search-result__facts", facts.join(" · ")));
      return entry;
    }

    function span(className, text) {
      var element = document.createElement("span");
      element.className = className;
      element.textContent = text;
      return element;
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { run(input.value, false); }, 250);
    });
    if (form) {
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        clearTimeout(timer);
        run(input.value, true);
        try {
          history.replaceState(null, "", "?q=" + encodeURIComponent(input.value.trim()));
        } catch (error) {
          // Some browsers refuse to change a file:// address; the search still runs.
        }
      });
    }
    var query = new URLSearchParams(location.search).get("q");
    if (query) {
      input.value = query;
      run(query, true);
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
