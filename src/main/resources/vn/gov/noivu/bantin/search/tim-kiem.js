/*
 * Bản tin: search in the reader's browser, no server and no dependency.
 * Loads search-index.json once (format in search/SearchIndex.java), folds tones, Đ/đ and case exactly as
 * content.Slugs.fold does on the build side, and lists the articles whose title, lead, tags or category
 * contain every word typed as the start of a word: title matches first, then newer articles.
 * Loaded from its own file with no inline code, so it runs under a CSP without 'unsafe-inline'.
 */
(function () {
  'use strict';
  var PAGE = 20;
  var form = document.getElementById('tim-kiem');
  if (!form) {
    return;
  }
  var input = document.getElementById('tu-khoa');
  var status = document.getElementById('trang-thai-tim-kiem');
  var list = document.getElementById('ket-qua-tim-kiem');
  var base = form.getAttribute('data-base');
  var more = document.createElement('button');
  var index = null;
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

  function prepare(data) {
    var items = data.items;
    var titles = new Array(items.length);
    var texts = new Array(items.length);
    for (var i = 0; i < items.length; i++) {
      var item = items[i];
      var extra = [item[2], item[4] >= 0 ? data.categories[item[4]] : ''];
      for (var t = 0; t < item[5].length; t++) {
        extra.push(data.tags[item[5][t]]);
      }
      titles[i] = words(item[1]);
      texts[i] = titles[i] + words(extra.join(' '));
    }
    return { data: data, titles: titles, texts: texts };
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
    var n = from ? from.length : index.texts.length;
    for (var j = 0; j < n; j++) {
      var i = from ? from[j] : j;
      if (containsAll(index.texts[i], terms)) {
        found.push(i);
      }
    }
    last = { key: key, found: found, terms: terms };
    return found;
  }

  // Every term in the title first, then the rest; each group keeps the index order.
  function ranked(found, terms) {
    var inTitle = [];
    var elsewhere = [];
    for (var j = 0; j < found.length; j++) {
      (containsAll(index.titles[found[j]], terms) ? inTitle : elsewhere).push(found[j]);
    }
    return inTitle.concat(elsewhere);
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

  function result(item) {
    var li = element('li', 'card');
    var heading = element('h2', 'card-title');
    var link = element('a', '', item[1]);
    link.href = base + item[0];
    heading.appendChild(link);
    li.appendChild(heading);
    var meta = element('p', 'meta');
    if (item[3]) {
      var time = element('time', '', item[3].slice(8, 10) + '/' + item[3].slice(5, 7) + '/' + item[3].slice(0, 4));
      time.setAttribute('datetime', item[3]);
      meta.appendChild(time);
    }
    if (item[4] >= 0) {
      meta.appendChild(document.createTextNode((item[3] ? ' · ' : '') + index.data.categories[item[4]]));
    }
    if (meta.firstChild) {
      li.appendChild(meta);
    }
    if (item[2]) {
      li.appendChild(element('p', 'summary', item[2]));
    }
    return li;
  }

  function showMore() {
    var fragment = document.createDocumentFragment();
    var end = Math.min(hits.length, shown + PAGE);
    for (; shown < end; shown++) {
      fragment.appendChild(result(index.data.items[hits[shown]]));
    }
    list.appendChild(fragment);
    more.hidden = shown >= hits.length;
    more.textContent = 'Xem thêm ' + Math.min(PAGE, hits.length - shown) + ' bài';
  }

  function show() {
    scheduled = false;
    var query = input.value.trim();
    if (failed) {
      return;
    }
    if (!index) {
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
      status.textContent = 'Không tìm thấy bài nào có “' + query + '”.';
    } else {
      status.textContent = 'Tìm thấy ' + hits.length.toLocaleString('vi-VN') + ' bài.';
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
      if (data.version !== 1) {
        throw new Error('index version ' + data.version);
      }
      index = prepare(data);
      show();
    })
    .catch(function () {
      failed = true;
      status.textContent = 'Không tải được dữ liệu tìm kiếm. Vui lòng tải lại trang, hoặc tìm tin theo lưu trữ bên dưới.';
    });
}());
