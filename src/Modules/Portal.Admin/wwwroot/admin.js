// The dashboard's own script: WYSIWYG (Quill), media and content pickers, menu drag and drop (SortableJS),
// confirmations and the phone menu. Loaded as a file (the Content-Security-Policy allows no inline script);
// every page works without it, this only makes it pleasanter.
(function () {
  'use strict';

  function token() {
    var input = document.querySelector('input[name="__RequestVerificationToken"]');
    return input ? input.value : '';
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = el('script', { src: src });
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  function loadStyle(href) {
    document.head.appendChild(el('link', { rel: 'stylesheet', href: href }));
  }

  // Confirmations: any form or button with data-confirm asks first.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var submitter = event.submitter;
    var message = (submitter && submitter.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });

  // Phone and tablet: the navigation opens from the ☰ button.
  var toggle = document.querySelector('[data-nav-toggle]');
  if (toggle) {
    toggle.addEventListener('click', function () {
      var open = document.body.classList.toggle('nav-open');
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  }

  // ----- Media dialog: browse folders, pick a file, or upload one -----
  function uploadFiles(files, folder) {
    var data = new FormData();
    Array.prototype.forEach.call(files, function (file) { data.append('files', file); });
    return fetch('/admin/media?handler=Upload&folder=' + encodeURIComponent(folder || ''), {
      method: 'POST', body: data, credentials: 'same-origin',
      headers: { 'RequestVerificationToken': token(), 'Accept': 'application/json' }
    }).then(function (response) {
      return response.json().catch(function () { return { files: [], errors: ['Tải lên không thành công (mã ' + response.status + ').'] }; });
    });
  }

  function openMediaDialog(onPick) {
    var dialog = el('dialog', { 'class': 'media-dialog', 'data-testid': 'media-dialog', 'aria-label': 'Chọn tệp từ thư viện' });
    var head = el('div', { 'class': 'media-dialog-head' });
    var title = el('h2', {}, 'Thư viện media');
    var close = el('button', { type: 'button', 'class': 'button', 'data-testid': 'media-dialog-close' }, 'Đóng');
    head.appendChild(title);
    head.appendChild(close);
    var crumbs = el('p', { 'class': 'muted' });
    var list = el('ul', { 'class': 'media-grid' });
    var error = el('p', { 'class': 'field-error', hidden: '' });
    dialog.appendChild(head);
    dialog.appendChild(crumbs);
    dialog.appendChild(error);
    dialog.appendChild(list);
    document.body.appendChild(dialog);
    close.addEventListener('click', function () { dialog.close(); });
    dialog.addEventListener('close', function () { dialog.remove(); });

    function show(folder) {
      fetch('/admin/media?handler=List&folder=' + encodeURIComponent(folder), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.json(); })
        .then(function (data) {
          list.textContent = '';
          crumbs.textContent = 'Thư mục: /' + (data.folder || '');
          if (data.error) { error.textContent = data.error; error.hidden = false; return; }
          if (data.parent !== null && data.parent !== undefined) {
            var up = el('li');
            var upButton = el('button', { type: 'button', 'class': 'button' }, '↑ Thư mục cha');
            upButton.addEventListener('click', function () { show(data.parent); });
            up.appendChild(upButton);
            list.appendChild(up);
          }
          data.folders.forEach(function (path) {
            var item = el('li');
            var open = el('button', { type: 'button', 'class': 'button' }, '📁 ' + path.split('/').pop());
            open.addEventListener('click', function () { show(path); });
            item.appendChild(open);
            list.appendChild(item);
          });
          data.files.forEach(function (file) {
            var item = el('li', { 'class': 'media-item' });
            var choose = el('button', { type: 'button', 'class': 'media-pick', 'data-testid': 'media-pick' });
            if (file.isImage) { choose.appendChild(el('img', { src: file.url + '?width=160', alt: '' })); }
            choose.appendChild(el('span', {}, file.name));
            choose.addEventListener('click', function () { onPick(file); dialog.close(); });
            item.appendChild(choose);
            list.appendChild(item);
          });
          if (!data.files.length && !data.folders.length) { list.appendChild(el('li', { 'class': 'muted' }, 'Thư mục trống.')); }
        })
        .catch(function () { error.textContent = 'Không tải được thư viện.'; error.hidden = false; });
    }

    show('');
    dialog.showModal();
  }

  // ----- MediaField editors -----
  function addChoice(field, file) {
    var chosen = field.querySelector('[data-media-chosen]');
    if (field.getAttribute('data-multiple') !== 'true') { chosen.textContent = ''; }
    var item = el('li', { 'class': 'media-choice', 'data-media-choice': '' });
    if (file.isImage) { item.appendChild(el('img', { src: file.url + '?width=160', alt: '' })); }
    var path = el('input', { type: 'hidden', name: field.getAttribute('data-name') });
    path.value = file.path;
    item.appendChild(path);
    item.appendChild(el('span', { 'class': 'media-path' }, file.path));
    var label = el('label', {}, 'Mô tả ảnh (alt) ');
    var alt = el('input', { name: field.getAttribute('data-text-name'), 'data-testid': 'media-alt' });
    alt.value = file.alt || '';
    label.appendChild(alt);
    item.appendChild(label);
    var remove = el('button', { type: 'button', 'class': 'button button-link', 'data-media-remove': '' }, 'Bỏ chọn');
    item.appendChild(remove);
    chosen.appendChild(item);
  }

  document.querySelectorAll('[data-media-field]').forEach(function (field) {
    var error = field.querySelector('[data-media-error]');
    field.addEventListener('click', function (event) {
      if (event.target.matches('[data-media-remove]')) { event.target.closest('[data-media-choice]').remove(); }
      if (event.target.matches('[data-media-browse]')) { openMediaDialog(function (file) { addChoice(field, file); }); }
    });
    var upload = field.querySelector('[data-media-upload]');
    upload.addEventListener('change', function () {
      error.hidden = true;
      uploadFiles(upload.files, '').then(function (result) {
        (result.files || []).forEach(function (file) { addChoice(field, file); });
        if (result.errors && result.errors.length) { error.textContent = result.errors.join(' '); error.hidden = false; }
        upload.value = '';
      });
    });
  });

  // ----- ContentPickerField editors -----
  document.querySelectorAll('[data-content-picker]').forEach(function (picker) {
    var search = picker.querySelector('[data-picker-search]');
    var results = picker.querySelector('[data-picker-results]');
    var picked = picker.querySelector('[data-picked]');
    var timer = null;
    function add(item) {
      if (picked.querySelector('input[value="' + CSS.escape(item.contentItemId) + '"]')) { return; }
      if (picker.getAttribute('data-multiple') !== 'true') { picked.textContent = ''; }
      var li = el('li');
      var label = el('label', { 'class': 'checkbox' });
      var box = el('input', { type: 'checkbox', name: picker.getAttribute('data-name'), checked: '' });
      box.value = item.contentItemId;
      label.appendChild(box);
      label.appendChild(document.createTextNode(' ' + item.displayText));
      li.appendChild(label);
      picked.appendChild(li);
    }
    search.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var url = '/admin/content/picker?types=' + encodeURIComponent(picker.getAttribute('data-types') || '') + '&q=' + encodeURIComponent(search.value);
        fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
          .then(function (r) { return r.json(); })
          .then(function (items) {
            results.textContent = '';
            items.forEach(function (item) {
              var li = el('li');
              var button = el('button', { type: 'button', 'class': 'button button-link', 'data-testid': 'picker-result' }, '+ ' + item.displayText);
              button.addEventListener('click', function () { add(item); });
              li.appendChild(button);
              results.appendChild(li);
            });
            if (!items.length) { results.appendChild(el('li', { 'class': 'muted' }, 'Không tìm thấy.')); }
          });
      }, 250);
    });
  });

  // ----- WYSIWYG: Quill on every textarea[data-wysiwyg] -----
  // Quill names its buttons in English ("bold"): editors hear and see Vietnamese names; tests find them by data-testid.
  var toolbarNames = {
    bold: 'Chữ đậm (Ctrl+B)', italic: 'Chữ nghiêng (Ctrl+I)', underline: 'Gạch chân (Ctrl+U)', link: 'Chèn liên kết',
    blockquote: 'Trích dẫn', 'list-ordered': 'Danh sách đánh số', 'list-bullet': 'Danh sách gạch đầu dòng',
    image: 'Chèn ảnh từ thư viện', clean: 'Xóa định dạng'
  };

  function nameEditorParts(quill) {
    quill.getModule('toolbar').container.querySelectorAll('button').forEach(function (button) {
      var format = button.className.replace(/^ql-/, '').split(' ')[0] + (button.value ? '-' + button.value : '');
      if (toolbarNames[format]) {
        button.setAttribute('title', toolbarNames[format]);
        button.setAttribute('aria-label', toolbarNames[format]);
      }
      button.setAttribute('data-testid', 'wysiwyg-' + format);
    });
    // The paragraph style picker shows its value through CSS only: give it a name screen readers say.
    var style = quill.getModule('toolbar').container.querySelector('.ql-header .ql-picker-label');
    if (style) {
      style.setAttribute('aria-label', 'Kiểu đoạn: đoạn văn hoặc tiêu đề');
      style.setAttribute('title', 'Kiểu đoạn: đoạn văn hoặc tiêu đề');
      style.setAttribute('data-testid', 'wysiwyg-header');
    }
    quill.root.setAttribute('data-testid', 'wysiwyg-text');
    var linkBox = quill.theme.tooltip.textbox;
    linkBox.setAttribute('data-link', 'https://');
    linkBox.setAttribute('aria-label', 'Địa chỉ liên kết');
    linkBox.setAttribute('data-testid', 'wysiwyg-link-input');
  }

  var areas = document.querySelectorAll('textarea[data-wysiwyg]');
  if (areas.length) {
    var base = document.querySelector('script[src*="admin.js"]').getAttribute('src').replace(/admin\.js.*$/, '');
    loadStyle(base + 'lib/quill/quill.snow.css');
    loadScript(base + 'lib/quill/quill.js').then(function () {
      areas.forEach(function (area) {
        var holder = el('div', { 'class': 'wysiwyg', 'data-testid': area.getAttribute('data-testid') + '-editor' });
        holder.innerHTML = area.value;
        area.parentNode.insertBefore(holder, area);
        area.hidden = true;
        var quill = new window.Quill(holder, {
          theme: 'snow',
          modules: {
            toolbar: {
              container: [[{ header: [2, 3, false] }], ['bold', 'italic', 'underline'], ['link', 'blockquote'],
                [{ list: 'ordered' }, { list: 'bullet' }], ['image'], ['clean']],
              handlers: {
                image: function () {
                  openMediaDialog(function (file) {
                    var range = quill.getSelection(true);
                    var index = range ? range.index : quill.getLength();
                    // Readers who cannot see the picture hear its description: the library's own, else one asked for now.
                    var alt = file.alt || window.prompt('Mô tả ngắn nội dung ảnh (đọc cho người khiếm thị, hiện khi ảnh không tải được):', '') || '';
                    quill.insertEmbed(index, 'image', file.url, 'user');
                    if (alt) { quill.formatText(index, 1, 'alt', alt, 'user'); }
                  });
                }
              }
            }
          }
        });
        nameEditorParts(quill);
        // getSemanticHTML writes proper lists; Quill 2.0.3 also turns every space into &nbsp;, which would stop lines wrapping.
        function sync() { area.value = quill.getLength() > 1 ? quill.getSemanticHTML().replace(/&nbsp;/g, ' ') : ''; }
        quill.on('text-change', sync);
        area.form.addEventListener('submit', sync);
      });
    });
  }

  // ----- Menus: drag and drop with SortableJS, then "Lưu thứ tự" -----
  var root = document.querySelector('[data-menu-root]');
  if (root) {
    var base2 = document.querySelector('script[src*="admin.js"]').getAttribute('src').replace(/admin\.js.*$/, '');
    loadScript(base2 + 'lib/sortablejs/Sortable.min.js').then(function () {
      var orderForm = document.querySelector('[data-menu-order-form]');
      var orderInput = document.querySelector('[data-menu-order]');
      function read(list) {
        return Array.prototype.filter.call(list.children, function (li) { return li.matches('li[data-id]'); }).map(function (li) {
          return { id: li.getAttribute('data-id'), children: read(li.querySelector(':scope > [data-menu-list]')) };
        });
      }
      document.querySelectorAll('[data-menu-list]').forEach(function (list) {
        new window.Sortable(list, {
          group: 'menu', handle: '.drag-handle', animation: 150, fallbackOnBody: true, swapThreshold: 0.6,
          onEnd: function () {
            orderInput.value = JSON.stringify(read(root));
            orderForm.hidden = false;
          }
        });
      });
    });
  }
})();
