/*
 * Bản tin: the editors' desk's own part, beside Decap CMS (docs/desk.md). The build writes, above this code, the
 * site's part of it as `var BAN_TIN = {...}`: its base path, the words of the credit line, and the catalog's
 * sentences for the form's messages. Loaded before Decap CMS, it asks Decap to wait; once the page is read it
 * completes Decap's Vietnamese, registers the site's previews (the site's own stylesheet and markup) and the two
 * fields Decap has not (a week, a photo's description that the photo makes required), makes every saved text
 * composed Unicode (NFC), then starts Decap.
 */
window.CMS_MANUAL_INIT = true;
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var CMS = window.CMS;
  var h = window.h;
  var desk = BAN_TIN;

  function merge(into, from) {
    Object.keys(from).forEach(function (k) {
      if (from[k] && typeof from[k] === 'object' && into[k] && typeof into[k] === 'object') {
        merge(into[k], from[k]);
      } else {
        into[k] = from[k];
      }
    });
    return into;
  }

  // Decap's Vietnamese lacks the words of its newer screens; the form's messages use the catalog's words. On the
  // editor's own machine (serve, Decap's local backend) "publishing" is saving: a commit, which a push publishes.
  var local = location.hostname === '127.0.0.1' || location.hostname === 'localhost';
  CMS.registerLocale('vi', merge(merge(merge(merge({}, CMS.getLocale('vi') || {}), VI), local ? LOCAL : {}), desk.phrases));

  // The preview: the site's stylesheet and the markup of its templates (templates/article.ftl, page.ftl).
  CMS.registerPreviewStyle(desk.base + 'css/site.css');

  function text(entry, name) {
    var v = entry.getIn(['data', name]);
    return v == null ? '' : String(v);
  }

  /** "2026-11-23T08:30+07:00" as the site prints it: "23/11/2026 08:30 (GMT+7)". */
  function dateText(value) {
    var m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value || '');
    if (!m) {
      return '';
    }
    return m[3] + '/' + m[2] + '/' + m[1] + (m[4] ? ' ' + m[4] + ':' + m[5] + ' (GMT+7)' : '');
  }

  function frame(children) {
    return h('main', { id: 'noi-dung', className: 'wrap' }, h('div', { className: 'layout' },
      h('article', { className: 'article' }, children)));
  }

  function ArticlePreview(props) {
    var e = props.entry;
    var image = text(e, 'image');
    var credit = desk.credits[text(e, 'credit').toLowerCase()];
    var tags = (e.getIn(['data', 'tags']) || []);
    tags = typeof tags.toArray === 'function' ? tags.toArray() : tags;
    return frame([
      h('h1', { key: 'title' }, text(e, 'title')),
      h('p', { key: 'meta', className: 'meta' }, h('time', null, dateText(text(e, 'date'))), ' · ',
        h('a', { href: '#' }, text(e, 'category'))),
      text(e, 'summary') ? h('p', { key: 'lead', className: 'lead' }, text(e, 'summary')) : null,
      image ? h('figure', { key: 'image', className: 'lead-image' },
        h('img', { src: String(props.getAsset(image)), alt: text(e, 'image_alt') }),
        text(e, 'image_caption') ? h('figcaption', null, text(e, 'image_caption')) : null) : null,
      h('div', { key: 'body', className: 'body' }, props.widgetFor('body')),
      text(e, 'author') ? h('p', { key: 'byline', className: 'byline' }, (credit ? credit + ': ' : '') + text(e, 'author')) : null,
      text(e, 'source') ? h('p', { key: 'source', className: 'source' }, '(Nguồn: ' + text(e, 'source') + ')') : null,
      tags.length ? h('p', { key: 'tags', className: 'tags' }, 'Chủ đề: ' + tags.join(', ')) : null
    ]);
  }

  function PagePreview(props) {
    var e = props.entry;
    return frame([
      h('h1', { key: 'title' }, text(e, 'title')),
      text(e, 'summary') ? h('p', { key: 'lead', className: 'lead' }, text(e, 'summary')) : null,
      h('div', { key: 'body', className: 'body' }, props.widgetFor('body'))
    ]);
  }

  function DocumentPreview(props) {
    var e = props.entry;
    var rows = [['Số ký hiệu', 'so_ky_hieu'], ['Loại văn bản', 'loai'], ['Ngày ban hành', 'ngay_ban_hanh'],
      ['Cơ quan ban hành', 'co_quan_ban_hanh'], ['Người ký', 'nguoi_ky'], ['Lĩnh vực', 'linh_vuc']];
    return frame([
      h('h1', { key: 'title' }, text(e, 'loai') + ' số ' + text(e, 'so_ky_hieu')),
      h('p', { key: 'lead', className: 'lead' }, text(e, 'trich_yeu')),
      h('dl', { key: 'facts' }, rows.map(function (r) {
        var v = r[1] === 'ngay_ban_hanh' ? dateText(text(e, r[1])) : text(e, r[1]);
        return [h('dt', { key: r[1] + '-t' }, r[0]), h('dd', { key: r[1] + '-d' }, v)];
      })),
      h('div', { key: 'body', className: 'body' }, props.widgetFor('body'))
    ]);
  }

  CMS.registerPreviewTemplate('tin-tuc', ArticlePreview);
  CMS.registerPreviewTemplate('trang', PagePreview);
  CMS.registerPreviewTemplate('van-ban', DocumentPreview);

  // A week of the schedule ("2026-W48"), the name of its file: the browser's week picker where it has one.
  var Week = window.createClass({
    render: function () {
      var p = this.props;
      return h('input', {
        type: 'week', id: p.forID, className: p.classNameWrapper, value: p.value || '',
        placeholder: '2026-W48', onChange: function (ev) { p.onChange(ev.target.value); },
        onFocus: p.setActiveStyle, onBlur: p.setInactiveStyle
      });
    }
  });
  CMS.registerWidget('week', Week);

  // Tags typed as words separated by commas. Decap's own list field drops every space as it is typed
  // (decaporg/decap-cms#4646), and a Vietnamese tag is several words: this one keeps the text as typed.
  var Tags = window.createClass({
    getInitialState: function () {
      var v = this.props.value;
      return { text: v && typeof v.join === 'function' ? v.join(', ') : (v || '') };
    },
    tags: function (text) {
      return text.split(',').map(function (t) { return t.trim(); }).filter(function (t) { return t; });
    },
    isValid: function () {
      var max = this.props.field.get('max');
      if (max && this.tags(this.state.text).length > max) {
        return { error: { type: 'RANGE', message: desk.tooManyTags } };
      }
      return true;
    },
    render: function () {
      var p = this.props;
      var self = this;
      return h('input', {
        type: 'text', id: p.forID, className: p.classNameWrapper, value: this.state.text,
        onChange: function (ev) {
          self.setState({ text: ev.target.value });
          p.onChange(self.tags(ev.target.value)); // a plain list: Decap writes it as the file's list of tags
        },
        onFocus: p.setActiveStyle, onBlur: p.setInactiveStyle
      });
    }
  });
  CMS.registerWidget('tags', Tags);

  // What the photo shows: required when the article has a lead photo (image_alt), as `check` requires it.
  var ImageAlt = window.createClass({
    isValid: function () {
      var image = this.props.entry.getIn(['data', 'image']);
      if (image && !(this.props.value || '').trim()) {
        return { error: { type: 'PRESENCE', message: desk.imageAlt } };
      }
      return true;
    },
    render: function () {
      var p = this.props;
      return h('input', {
        type: 'text', id: p.forID, className: p.classNameWrapper, value: p.value || '',
        onChange: function (ev) { p.onChange(ev.target.value); },
        onFocus: p.setActiveStyle, onBlur: p.setInactiveStyle
      });
    }
  });
  CMS.registerWidget('image-alt', ImageAlt);

  // Every text is saved composed (NFC), as the site's files are: Unikey's "Unicode tổ hợp" types it decomposed.
  function composed(value) {
    if (typeof value === 'string') {
      return value.normalize('NFC');
    }
    if (value && typeof value.map === 'function') {
      return value.map(composed);
    }
    return value;
  }
  CMS.registerEventListener({
    name: 'preSave',
    handler: function (ev) {
      return composed(ev.entry.get('data'));
    }
  });

  // A refused save's message: Decap puts its error's class name before it ("API_ERROR: "), and shows its lines run
  // together; the editor reads the checks' numbered list as the command line prints it.
  new MutationObserver(function () {
    Array.prototype.forEach.call(document.querySelectorAll('.Toastify__toast-body'), function (t) {
      if (t.textContent.indexOf('API_ERROR: ') >= 0) {
        var walker = document.createTreeWalker(t, NodeFilter.SHOW_TEXT);
        for (var n = walker.nextNode(); n; n = walker.nextNode()) {
          n.nodeValue = n.nodeValue.replace('API_ERROR: ', '');
        }
        t.style.whiteSpace = 'pre-line';
      }
    });
  }).observe(document.body, { childList: true, subtree: true });

  var loading = document.getElementById('ban-tin-desk');
  if (loading) {
    loading.parentNode.removeChild(loading);
  }
  CMS.init();
});

/* Decap CMS's Vietnamese (decap-cms-locales, "vi") covers its older screens; these are the words of the newer ones. */
var VI = {
  auth: { loginWithForgejo: 'Đăng nhập bằng Forgejo' },
  collection: {
    collectionTop: { viewAsList: 'Xem dạng danh sách', viewAsGrid: 'Xem dạng lưới', groupBy: 'Nhóm theo' },
    entries: { unpublishedHeader: 'Chưa đăng' },
    groups: { other: 'Khác', negateLabel: 'Không phải %{label}' }
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Trường %{widgetLabel}' } },
    editorInterface: {
      togglePreview: 'Bật/tắt xem trước', toggleScrollSync: 'Cuộn cùng nhau', toggleNotes: 'Bật/tắt ghi chú',
      toggleI18n: 'Bật/tắt ngôn ngữ'
    },
    editorNotesPane: {
      title: 'Ghi chú', emptyState: 'Chưa có ghi chú.', addNote: 'Thêm ghi chú', addPlaceholder: 'Viết ghi chú...',
      editPlaceholder: 'Sửa ghi chú...', save: 'Lưu', cancel: 'Hủy', edit: 'Sửa', delete: 'Xóa', resolve: 'Đã xong',
      unresolve: 'Chưa xong', confirmDelete: 'Xóa ghi chú này?', shortcut: 'Nhấn Ctrl+Enter để thêm nhanh'
    },
    editorToolbar: {
      statusInfoTooltipDraft: 'Bài đang là bản nháp. Khi viết xong, chuyển trạng thái sang "Đang xét duyệt" để gửi duyệt.',
      statusInfoTooltipInReview: 'Bài đang được duyệt. Anh/chị vẫn có thể sửa thêm trong lúc chờ.'
    },
    editorWidgets: {
      markdown: {
        bold: 'Chữ đậm', italic: 'Chữ nghiêng', strikethrough: 'Gạch ngang', code: 'Mã', link: 'Liên kết',
        linkPrompt: 'Nhập địa chỉ liên kết', headings: 'Tiêu đề mục', quote: 'Trích dẫn', bulletedList: 'Danh sách',
        numberedList: 'Danh sách đánh số', addComponent: 'Chèn',
        toggleMode: { rich: 'Chuyển sang soạn thảo thường', markdown: 'Chuyển sang Markdown' }
      },
      image: {
        chooseMultiple: 'Chọn các ảnh', chooseUrl: 'Chèn từ địa chỉ', replaceUrl: 'Thay bằng địa chỉ',
        promptUrl: 'Nhập địa chỉ ảnh', addMore: 'Thêm ảnh', removeAll: 'Gỡ mọi ảnh'
      },
      file: {
        chooseUrl: 'Chèn từ địa chỉ', chooseMultiple: 'Chọn các tệp', replaceUrl: 'Thay bằng địa chỉ',
        promptUrl: 'Nhập địa chỉ tệp', addMore: 'Thêm tệp', removeAll: 'Gỡ mọi tệp'
      },
      datetime: { setToNow: 'Đặt %{fieldLabel} là lúc này' },
      list: { add: 'Thêm %{item}', addType: 'Thêm %{item}' },
      object: { expand: 'Mở ra', collapse: 'Thu gọn' }
    }
  },
  mediaLibrary: {
    mediaLibraryCard: { copy: 'Chép', copyUrl: 'Chép địa chỉ', copyPath: 'Chép đường dẫn', copyName: 'Chép tên', copied: 'Đã chép' },
    mediaLibraryModal: { close: 'Đóng' }
  },
  ui: {
    settingsDropdown: { account: 'Tài khoản' },
    toast: {
      onFailToPersist: 'Chưa lưu được: %{details}',
      noteAdded: 'Đã thêm ghi chú', onFailToAddNote: 'Không thêm được ghi chú: %{details}', noteUpdated: 'Đã sửa ghi chú',
      onFailToUpdateNote: 'Không sửa được ghi chú: %{details}', noteDeleted: 'Đã xóa ghi chú',
      onFailToDeleteNote: 'Không xóa được ghi chú: %{details}', noteResolved: 'Ghi chú đã xong', noteReopened: 'Ghi chú mở lại',
      onFailToToggleNote: 'Không đổi được ghi chú: %{details}'
    }
  }
};

/* On the editor's own machine each save is a commit of the working copy: Decap's "publish" buttons save. */
var LOCAL = {
  editor: {
    editorToolbar: {
      publish: 'Lưu', publishing: 'Đang lưu...', published: 'Đã lưu', publishNow: 'Lưu (commit vào Git)',
      publishAndCreateNew: 'Lưu và viết bài mới', publishAndDuplicate: 'Lưu và sao chép'
    }
  },
  ui: { toast: { entryPublished: 'Đã lưu và commit vào Git' } }
};
