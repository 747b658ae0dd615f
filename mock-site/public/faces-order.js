// The faces build's order form (a JSF + PrimeFaces portal): no rule lives here. Every choice posts
// the form to the server as a PrimeFaces AJAX request (the ViewState, javax.faces.partial.ajax,
// javax.faces.source, javax.faces.partial.render); the server answers a <partial-response> whose
// <update id> blocks replace the parts it re-rendered (the « Tarif » lines, the CGU authority, the
// posted price, « Commander ») and whose <attributes> show or hide the purchase-order field and the
// payment prompt. Requests are queued, one at a time, as PrimeFaces queues them. The re-styled radios
// and checkbox (a hidden native input, a box that takes the clicks) are kept in step here too.
(function () {
  'use strict';
  var form = document.querySelector('form[data-faces]');
  if (!form) return;
  var parts = JSON.parse(form.getAttribute('data-faces') || '{}');
  var byId = function (id) {
    return document.getElementById(id);
  };

  var busy = false;
  var pending = null;

  function send(source) {
    if (busy) {
      pending = source;
      return;
    }
    busy = true;
    var body = new URLSearchParams(new FormData(form));
    body.set('javax.faces.partial.ajax', 'true');
    body.set('javax.faces.source', source);
    body.set('javax.faces.partial.execute', '@form');
    body.set('javax.faces.partial.render', parts.render.join(' '));
    fetch(form.action, {
      method: 'POST',
      headers: { 'Faces-Request': 'partial/ajax', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: body,
      credentials: 'same-origin',
    })
      .then(function (answer) {
        return answer.text();
      })
      .then(apply, function () {
        // The page stays as it was; the next choice asks again.
      })
      .then(function () {
        busy = false;
        if (pending !== null) {
          var next = pending;
          pending = null;
          send(next);
        }
      });
  }

  function apply(text) {
    var xml = new DOMParser().parseFromString(text, 'text/xml');
    var error = xml.querySelector('error > error-message');
    if (error) {
      showError(error.textContent);
      return;
    }
    xml.querySelectorAll('changes > update').forEach(function (update) {
      var id = update.getAttribute('id');
      var content = update.textContent;
      if (id === 'javax.faces.ViewState') {
        form.querySelectorAll('input[name="javax.faces.ViewState"]').forEach(function (input) {
          input.value = content;
        });
        return;
      }
      var target = byId(id);
      if (!target) return;
      var template = document.createElement('template');
      template.innerHTML = content;
      // Only rewrite what changed, so screen readers hear real updates only.
      var fresh = template.content.firstElementChild;
      if (fresh && fresh.isEqualNode(target)) return;
      target.replaceWith(template.content);
    });
    xml.querySelectorAll('changes > attributes').forEach(function (attributes) {
      var target = byId(attributes.getAttribute('id'));
      if (!target) return;
      attributes.querySelectorAll('attribute').forEach(function (attribute) {
        var name = attribute.getAttribute('name');
        var value = attribute.getAttribute('value');
        if (value) target.setAttribute(name, value);
        else target.removeAttribute(name);
      });
    });
  }

  function showError(message) {
    var alert = form.parentNode.querySelector('.faces-messages');
    if (!alert) {
      alert = document.createElement('p');
      alert.className = 'faces-messages message message--error';
      alert.setAttribute('role', 'alert');
      form.parentNode.insertBefore(alert, form);
    }
    alert.textContent = message;
  }

  // The PrimeFaces boxes: a click on the box chooses its input (ticks or unticks a checkbox), as
  // the widget does; a click on the label does it natively. The boxes show the inputs' state.
  var boxes = [];
  form.querySelectorAll('.ui-helper-hidden-accessible > input').forEach(function (input) {
    var box = input.parentNode.nextElementSibling;
    if (!box) return;
    boxes.push({ input: input, box: box, mark: input.type === 'radio' ? 'ui-icon-bullet' : 'ui-icon-check' });
    box.addEventListener('click', function () {
      if (input.disabled) return;
      input.checked = input.type === 'checkbox' ? !input.checked : true;
      input.focus();
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    input.addEventListener('focus', function () {
      box.classList.add('ui-state-focus');
    });
    input.addEventListener('blur', function () {
      box.classList.remove('ui-state-focus');
    });
  });
  function showBoxes() {
    boxes.forEach(function (b) {
      b.box.classList.toggle('ui-state-active', b.input.checked);
      var icon = b.box.firstElementChild;
      if (!icon) return;
      icon.classList.toggle(b.mark, b.input.checked);
      icon.classList.toggle('ui-icon-blank', !b.input.checked);
    });
  }

  // Picking a person means ordering for another person: the radio beside the list.
  var orderer = byId(parts.orderer);
  form.querySelectorAll('select').forEach(function (select) {
    select.addEventListener('change', function () {
      var radio = select.closest('.radio--with-select');
      var input = radio && radio.querySelector('input[type="radio"]');
      if (input && select.value !== '') input.checked = true;
    });
  });

  form.addEventListener('change', function (event) {
    showBoxes();
    send(event.target.name || form.id);
  });
  form.addEventListener('input', function (event) {
    if (event.target.type === 'text') send(event.target.name);
  });

  // « Effacer le formulaire »: the fields the page names emptied, the orderer chosen again, then
  // the server asked for the page's state.
  byId(parts.clear).addEventListener('click', function () {
    parts.clears.forEach(function (name) {
      form.querySelectorAll('[name="' + name + '"]').forEach(function (input) {
        if (input.type === 'radio' || input.type === 'checkbox') input.checked = false;
        else input.value = '';
      });
    });
    form.querySelectorAll('select').forEach(function (select) {
      select.value = '';
    });
    if (orderer) orderer.checked = true;
    showBoxes();
    send(parts.clear);
  });

  form.addEventListener('submit', function (event) {
    var submit = byId(parts.submit);
    if (!submit || submit.disabled) event.preventDefault();
  });
})();
