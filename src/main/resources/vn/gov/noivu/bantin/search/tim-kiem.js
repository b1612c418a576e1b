/*
 * Bản tin: search in the reader's browser, no server and no dependency.
 * Loads search-index.json once (format in search/SearchIndex.java): the articles, the static pages and the
 * documents of the registry. Folds tones, Đ/đ and case exactly as base.Slugs.fold does on the build side,
 * and lists what contains every word typed as the start of a word: first the documents whose type and number
 * hold them all, then the titles that do (a document's is its type, number, trích yếu and issuer), then the rest;
 * newest first within each, pages last. A number is found however it is typed: "108/2014/NĐ-CP",
 * "108 2014 nd cp", "108/2014", "1082014ndcp".
 * Loaded from its own file with no inline code, so it runs under a CSP without 'unsafe-inline'.
 */
(function () {
  'use strict';
  var PAGE = 20;
  var ARTICLE = 0;
  var DOCUMENT = 1;
  var PAGE_KIND = 2;
  // Each result's label, and the words of the status line, by kind.
  var LABELS = ['Bài viết', 'Văn bản', 'Trang'];
  var NOUNS = ['bài viết', 'văn bản', 'trang'];
  var form = document.getElementById('tim-kiem');
  if (!form) {
    return;
  }
  var input = document.getElementById('tu-khoa');
  var status = document.getElementById('trang-thai-tim-kiem');
  var list = document.getElementById('ket-qua-tim-kiem');
  var base = form.getAttribute('data-base');
  var more = document.createElement('button');
  var entries = null;
  var failed = false;
  var scheduled = false;
  var last = null;
  var shown = 0;
  var hits = [];
  var folded = Object.create(null);

  // Slugs.fold, one character at a time: each distinct non-ASCII character is decomposed once.
  function foldChar(c) {
    var f = folded[c];
    if (f === undefined) {
      f = folded[c] = c.replace(/[Đđ]/g, 'd').normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    }
    return f;
  }

  // " so noi vu": folded words, each after a space, so " noi" finds a word that starts with "noi".
  function words(text) {
    var w = text.toLowerCase().replace(/[^\x00-\x7f]/g, foldChar).replace(/[^a-z0-9]+/g, ' ').trim();
    return w ? ' ' + w : '';
  }

  // The forms a number is typed in without its separators: "108/2014/NĐ-CP" also gives "ndcp" and "1082014ndcp".
  function joined(number) {
    var parts = number.split('/').map(function (p) { return words(p).replace(/ /g, ''); });
    parts.push(parts.join(''));
    return ' ' + parts.join(' ');
  }

  function article(data, item) {
    var category = item[4] >= 0 ? data.categories[item[4]] : '';
    var extra = [item[2], category];
    for (var t = 0; t < item[5].length; t++) {
      extra.push(data.tags[item[5][t]]);
    }
    var title = words(item[1]);
    return { kind: ARTICLE, url: item[0], title: item[1], lead: item[2], day: item[3], meta: category,
      number: null, titleWords: title, text: title + words(extra.join(' ')) };
  }

  function legal(row) {
    // Named as readers name it: "Nghị định 108/2014/NĐ-CP của Chính phủ về chính sách tinh giản biên chế".
    var number = words(row[2] + ' ' + row[1]) + joined(row[1]);
    var title = number + words(row[4] + ' ' + row[5]);
    return { kind: DOCUMENT, url: row[0], title: row[2] + ' số ' + row[1], lead: row[5], day: row[3], meta: row[4],
      number: number, titleWords: title, text: title + words(row[6] + ' năm ' + row[3].slice(0, 4)) };
  }

  function page(row) {
    var title = words(row[1]);
    return { kind: PAGE_KIND, url: row[0], title: row[1], lead: row[2], day: '', meta: '', number: null,
      titleWords: title, text: title + words(row[2]) };
  }

  // Articles and documents newest first (an article first on the same day), then the pages.
  function prepare(data) {
    var out = [];
    var items = data.items;
    var documents = data.documents;
    var i = 0;
    var j = 0;
    while (i < items.length || j < documents.length) {
      if (j >= documents.length || (i < items.length && items[i][3] >= documents[j][3])) {
        out.push(article(data, items[i++]));
      } else {
        out.push(legal(documents[j++]));
      }
    }
    for (var k = 0; k < data.pages.length; k++) {
      out.push(page(data.pages[k]));
    }
    return out;
  }

  function containsAll(text, terms) {
    for (var k = 0; k < terms.length; k++) {
      if (text.indexOf(terms[k]) < 0) {
        return false;
      }
    }
    return true;
  }

  // Item numbers of the matches, in index order (newest first). A query that extends the previous
  // one (more letters or more words) can only match fewer items, so only those are searched again.
  function matches(key) {
    var terms = key.split(' ').slice(1).map(function (t) { return ' ' + t; });
    var from = last && key.indexOf(last.key) === 0 ? last.found : null;
    var found = [];
    var n = from ? from.length : entries.length;
    for (var j = 0; j < n; j++) {
      var i = from ? from[j] : j;
      if (containsAll(entries[i].text, terms)) {
        found.push(i);
      }
    }
    last = { key: key, found: found, terms: terms };
    return found;
  }

  // Documents with every term in their type and number first, then every term in the title, then the rest;
  // each group keeps the index order.
  function ranked(found, terms) {
    var groups = [[], [], []];
    for (var j = 0; j < found.length; j++) {
      var e = entries[found[j]];
      groups[e.number && containsAll(e.number, terms) ? 0 : containsAll(e.titleWords, terms) ? 1 : 2].push(found[j]);
    }
    return groups[0].concat(groups[1], groups[2]);
  }

  function element(name, className, text) {
    var e = document.createElement(name);
    if (className) {
      e.className = className;
    }
    if (text) {
      e.textContent = text;
    }
    return e;
  }

  // One result: its title, then what it is (bài viết, văn bản, trang), its date and its category or issuer.
  function result(entry) {
    var li = element('li', 'card');
    var heading = element('h2', 'card-title');
    var link = element('a', '', entry.title);
    link.href = base + entry.url;
    heading.appendChild(link);
    li.appendChild(heading);
    var meta = element('p', 'meta');
    meta.appendChild(element('span', 'kind', LABELS[entry.kind]));
    if (entry.day) {
      var time = element('time', '', entry.day.slice(8, 10) + '/' + entry.day.slice(5, 7) + '/' + entry.day.slice(0, 4));
      time.setAttribute('datetime', entry.day);
      meta.appendChild(document.createTextNode(' · '));
      meta.appendChild(time);
    }
    if (entry.meta) {
      meta.appendChild(document.createTextNode(' · ' + entry.meta));
    }
    li.appendChild(meta);
    if (entry.lead) {
      li.appendChild(element('p', 'summary', entry.lead));
    }
    return li;
  }

  // "Tìm thấy 3 bài viết." or, of several kinds, "Tìm thấy 4 kết quả: 3 bài viết, 1 văn bản."
  function found() {
    var counts = [0, 0, 0];
    for (var j = 0; j < hits.length; j++) {
      counts[entries[hits[j]].kind]++;
    }
    var parts = [];
    for (var k = 0; k < counts.length; k++) {
      if (counts[k]) {
        parts.push(counts[k].toLocaleString('vi-VN') + ' ' + NOUNS[k]);
      }
    }
    return 'Tìm thấy ' + (parts.length === 1 ? parts[0] : hits.length.toLocaleString('vi-VN') + ' kết quả: ' + parts.join(', ')) + '.';
  }

  function showMore() {
    var fragment = document.createDocumentFragment();
    var end = Math.min(hits.length, shown + PAGE);
    for (; shown < end; shown++) {
      fragment.appendChild(result(entries[hits[shown]]));
    }
    list.appendChild(fragment);
    more.hidden = shown >= hits.length;
    more.textContent = 'Xem thêm ' + Math.min(PAGE, hits.length - shown) + ' kết quả';
  }

  function show() {
    scheduled = false;
    var query = input.value.trim();
    if (failed) {
      return;
    }
    if (!entries) {
      status.textContent = query ? 'Đang tải dữ liệu tìm kiếm…' : '';
      return;
    }
    var key = words(query);
    list.textContent = '';
    shown = 0;
    hits = key ? ranked(matches(key), last.terms) : [];
    showMore();
    if (!key) {
      status.textContent = '';
    } else if (hits.length === 0) {
      status.textContent = 'Không tìm thấy kết quả nào có “' + query + '”.';
    } else {
      status.textContent = found();
    }
  }

  // Keys typed faster than a search runs are answered once, with the latest text.
  function schedule() {
    if (!scheduled) {
      scheduled = true;
      setTimeout(show, 0);
    }
  }

  function remember() {
    var query = input.value.trim();
    history.replaceState(null, '', query ? '?q=' + encodeURIComponent(query) : location.pathname);
  }

  more.type = 'button';
  more.className = 'more';
  more.hidden = true;
  more.addEventListener('click', showMore);
  list.parentNode.insertBefore(more, list.nextSibling);
  var asked = new URLSearchParams(location.search).get('q');
  if (asked) {
    input.value = asked;
  }
  input.addEventListener('input', function () {
    schedule();
    remember();
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    schedule();
    remember();
  });
  fetch(form.getAttribute('data-index'))
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (data) {
      if (data.version !== 2) {
        throw new Error('index version ' + data.version);
      }
      entries = prepare(data);
      show();
    })
    .catch(function () {
      failed = true;
      status.textContent = 'Không tải được dữ liệu tìm kiếm. Vui lòng tải lại trang, hoặc tìm theo lưu trữ bên dưới.';
    });
}());
