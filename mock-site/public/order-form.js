// Order form behaviour: live price box, CGU authority, purchase-order field, « Commander » state,
// « Effacer le formulaire ». The rules come from the server (data-rules), never hard-coded here:
// prices, authorities, payment modes, the fields « Commander » waits for and those « Effacer » empties.
// The rules speak the portal's own field names and values; the page (data-parts) says which names
// and values its controls post and the ids of the other parts, whatever build of the portal it is.
(function () {
  'use strict';
  var form = document.querySelector('form[data-rules][data-parts]');
  if (!form) return;
  var rules = JSON.parse(form.getAttribute('data-rules') || '{}');
  var parts = JSON.parse(form.getAttribute('data-parts') || '{}');
  var purchaseOrderPattern = new RegExp(rules.purchaseOrderPattern);

  // The page's name and value of a field known by its own name and value, and back.
  function nameOf(field) {
    return parts.names[field] || field;
  }
  function posted(field, value) {
    var values = parts.values[field];
    return values && values[value] !== undefined ? values[value] : value;
  }
  function own(field, value) {
    var values = parts.values[field];
    if (!values) return value;
    for (var key in values) {
      if (values[key] === value) return key;
    }
    return '';
  }
  function control(field, value) {
    var selector = '[name="' + nameOf(field) + '"]';
    if (value !== undefined) selector += '[value="' + posted(field, value) + '"]';
    return form.querySelector(selector);
  }

  var lines = document.getElementById(parts.ids.lines);
  var authority = document.getElementById(parts.ids.authority);
  var poBlock = document.getElementById(parts.ids.purchaseOrder);
  var prompt = document.getElementById(parts.ids.prompt);
  var submit = document.getElementById(parts.ids.submit);
  var clear = document.getElementById(parts.ids.clear);
  var priceField = control('prix');
  var poInput = control('bon_commande');
  var otherSelect = control('autre_porteur');
  var otherRadio = control('porteur', 'autre');
  var meRadio = control('porteur', 'moi');
  var cgu = control('cgu');

  /** The portal's own value of the checked radio of a field, or ''. */
  function checked(field) {
    var input = form.querySelector('input[name="' + nameOf(field) + '"]:checked');
    return input ? own(field, input.value) : '';
  }

  function product(slug) {
    for (var i = 0; i < rules.products.length; i++) {
      if (rules.products[i].slug === slug) return rules.products[i];
    }
    return null;
  }

  function money(amount) {
    return amount.toFixed(1) + ' € HT';
  }

  function durationLabel(years) {
    return years === 1 ? '1 an' : years + ' ans';
  }

  function setLines(texts) {
    // Only rewrite when something changed, so screen readers hear real updates only.
    var current = Array.prototype.map.call(lines.children, function (p) {
      return p.textContent;
    });
    if (current.join('\n') === texts.join('\n')) return;
    lines.textContent = '';
    texts.forEach(function (text) {
      var p = document.createElement('p');
      p.textContent = text;
      lines.appendChild(p);
    });
  }

  function update() {
    var chosen = product(checked('produit'));
    var years = Number(checked('duree'));
    var price = chosen && years ? chosen.prices[years] : undefined;

    if (price !== undefined) {
      var texts = ['Durée (' + durationLabel(years) + ') : ' + money(price), 'Total : ' + money(price)];
      if (chosen.faceToFace) texts.push(rules.faceToFaceLine);
      setLines(texts);
      priceField.value = price.toFixed(1);
    } else {
      setLines([rules.placeholder]);
      priceField.value = '';
    }

    authority.textContent = chosen ? chosen.authority : rules.defaultAuthority;

    var payment = checked('paiement');
    var needsPo = payment === rules.purchaseOrderMode;
    poBlock.hidden = !needsPo;
    prompt.hidden = payment !== '';

    var holder = checked('porteur');
    // Whether each field the server requires is given, by its own name.
    var given = {
      produit: chosen !== null,
      duree: years > 0,
      os: checked('os') !== '',
      porteur: holder === 'moi' || (holder === 'autre' && !!otherSelect && otherSelect.value !== ''),
      paiement:
        rules.paymentModes.indexOf(payment) !== -1 && (!needsPo || purchaseOrderPattern.test(poInput.value)),
      cgu: cgu.checked,
      prix: price !== undefined,
    };
    submit.disabled = !rules.required.every(function (name) {
      return given[name] === true;
    });
    showBoxes();
  }

  // Re-styled radios and checkboxes (PrimeFaces' way, the alt-markup build): the native input is
  // hidden in a clipped wrapper and a box beside it takes the clicks. A click on the box chooses
  // the input (ticks or unticks a checkbox), as PrimeFaces' widget does; a click on the label
  // does it natively. The boxes show the inputs' state, and their focus.
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

  if (otherSelect && otherRadio) {
    // Picking a person means ordering for another person.
    otherSelect.addEventListener('change', function () {
      if (otherSelect.value !== '') otherRadio.checked = true;
      update();
    });
  }

  clear.addEventListener('click', function () {
    rules.clears.forEach(function (field) {
      form.querySelectorAll('input[name="' + nameOf(field) + '"]').forEach(function (input) {
        if (input.type === 'radio' || input.type === 'checkbox') input.checked = false;
        else input.value = '';
      });
    });
    if (otherSelect) otherSelect.value = '';
    meRadio.checked = true;
    update();
  });

  form.addEventListener('change', update);
  form.addEventListener('input', update);
  form.addEventListener('submit', function (event) {
    update();
    if (submit.disabled) event.preventDefault();
  });
  update();
})();
