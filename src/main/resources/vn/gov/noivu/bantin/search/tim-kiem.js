/*
 * Bản tin: search in the reader's browser, no server and no dependency.
 * Loads search-index.json once (format in search/SearchIndex.java), folds tones, Đ/đ and case exactly as
 * content.Slugs.fold does on the build side, and lists the articles whose title, lead, tags or category
 * contain every word typed as the start of a word: title matches first, then newer articles.
 * Loaded from its own file with no inline code, so it runs under a CSP without 'unsafe-inline'.
 */
(function () {
  'use strict';
  var LIMIT = 50;
  var form = document.getElementById('tim-kiem');
  if (!form) {
    return;
  }
  var input = document.getElementById('tu-khoa');
  var status = document.getElementById('trang-thai-tim-kiem');
  var list = document.getElementById('ket-qua-tim-kiem');
  var base = form.getAttribute('data-base');
  var index = null;
  var failed = false;

  function fold(text) {
    return text.replace(/[Đđ]/g, 'd').normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  }

  // " so noi vu": folded words, each after a space, so " noi" finds a word that starts with "noi".
  function words(text) {
    var w = fold(text).replace(/[^a-z0-9]+/g, ' ').trim();
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

  // Item numbers of the matches: every term in the title first, then the rest; each group keeps
  // the index order, which is newest first.
  function search(query) {
    var terms = words(query).split(' ').slice(1).map(function (t) { return ' ' + t; });
    var inTitle = [];
    var elsewhere = [];
    if (terms.length === 0) {
      return null;
    }
    for (var i = 0; i < index.texts.length; i++) {
      if (containsAll(index.texts[i], terms)) {
        (containsAll(index.titles[i], terms) ? inTitle : elsewhere).push(i);
      }
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

  function show() {
    var query = input.value.trim();
    if (failed) {
      return;
    }
    if (!index) {
      status.textContent = query ? 'Đang tải dữ liệu tìm kiếm…' : '';
      return;
    }
    var hits = search(query);
    var fragment = document.createDocumentFragment();
    list.textContent = '';
    if (hits === null) {
      status.textContent = '';
      return;
    }
    for (var k = 0; k < hits.length && k < LIMIT; k++) {
      fragment.appendChild(result(index.data.items[hits[k]]));
    }
    list.appendChild(fragment);
    if (hits.length === 0) {
      status.textContent = 'Không tìm thấy bài nào có “' + query + '”.';
    } else {
      status.textContent = 'Tìm thấy ' + hits.length.toLocaleString('vi-VN') + ' bài' +
          (hits.length > LIMIT ? ', hiển thị ' + LIMIT + ' bài đầu tiên.' : '.');
    }
  }

  function remember() {
    var query = input.value.trim();
    history.replaceState(null, '', query ? '?q=' + encodeURIComponent(query) : location.pathname);
  }

  var asked = new URLSearchParams(location.search).get('q');
  if (asked) {
    input.value = asked;
  }
  input.addEventListener('input', function () {
    show();
    remember();
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    show();
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
