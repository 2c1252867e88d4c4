// Compare page: choose 2–7 province columns and a year; the choice lives in the URL (?p=jiangsu,hubei&year=2026)
// so a comparison can be shared. Without this script every column and year shows.
(() => {
  const form = document.querySelector('[data-compare-controls]');
  if (!form) return;
  const boxes = [...form.querySelectorAll('input[name="p"]')];
  const year = form.querySelector('select[name="year"]');
  const status = form.querySelector('[data-compare-status]');
  const all = boxes.map((b) => b.value);
  const MIN = 2;

  /** A province's name as its picker box is labelled (江西省). */
  const nameOf = (id) => boxes.find((b) => b.value === id).parentElement.textContent.trim();

  /**
   * Province ids from ?p= (comma-separated, or repeated by a plain form submit), and what the page must say when it
   * cannot show them: all provinces show instead when fewer than MIN known ones are named, and unknown ids are ignored.
   */
  function fromUrl() {
    const params = new URLSearchParams(location.search);
    const named = [...new Set(params.getAll('p').flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean))];
    const wanted = named.filter((id) => all.includes(id));
    // An id as written in the link, when it looks like one; other text is counted, not echoed.
    const unknown = named.filter((id) => !all.includes(id));
    const quoted = unknown.filter((id) => /^[\w-]{1,24}$/u.test(id)).map((id) => `“${id}”`);
    const others = unknown.length - quoted.length;
    const notes = [];
    if (unknown.length > 0) {
      notes.push(`链接中的${[quoted.join('、'), others > 0 && `${others}个无法识别的值`].filter(Boolean).join('和')}不是本站收录的省份，已忽略`);
    }
    if (named.length > 0 && wanted.length < MIN) {
      const chose = wanted.length === 0 ? '' : `${unknown.length > 0 ? '其余只有' : '链接只选了'}${wanted.length}个省份（${wanted.map(nameOf).join('、')}），`;
      notes.push(`${chose}对比至少需要${MIN}个省份，已显示全部省份`);
    }
    const year = params.get('year') ?? '';
    return { provinces: wanted.length >= MIN ? wanted : all, year, notes };
  }

  function apply(chosen, chosenYear) {
    const shown = new Set(chosen);
    for (const node of document.querySelectorAll('main [data-province]')) node.hidden = !shown.has(node.dataset.province);
    // The table's least width follows the columns shown, so two provinces sit side by side on a phone.
    document.querySelector('main .compare-table')?.style.setProperty('--shown', String(shown.size));
    // Restack each chart's visible bars so hidden provinces leave no gaps.
    for (const svg of document.querySelectorAll('main svg[data-restack]')) {
      let y = 2;
      const drawn = [];
      for (const row of svg.querySelectorAll('[data-province]')) {
        if (row.hidden) {
          row.setAttribute('display', 'none');
          continue;
        }
        row.removeAttribute('display');
        row.setAttribute('transform', `translate(0 ${y})`);
        y += Number(row.dataset.height);
        drawn.push(row.dataset.summary);
      }
      // What a screen reader hears names only the provinces drawn.
      svg.querySelector('desc').textContent = drawn.join('；');
      const [x0, y0, width] = svg.getAttribute('viewBox').split(' ');
      svg.setAttribute('viewBox', `${x0} ${y0} ${width} ${y + 2}`);
      svg.setAttribute('height', String(y + 2));
    }
    // data-year lists every year a target is in force: a yearly amount (每年…) counts in each year of its span.
    for (const item of document.querySelectorAll('main li[data-year]')) item.hidden = Boolean(chosenYear) && !item.dataset.year.split(' ').includes(chosenYear);
    // Each column head counts the targets shown: those of the chosen year, or of all years.
    for (const count of document.querySelectorAll('main [data-count-year]')) count.hidden = count.dataset.countYear !== chosenYear;
    for (const list of document.querySelectorAll('main .cell-targets')) {
      const empty = list.parentElement.querySelector('.year-empty');
      if (empty) empty.hidden = [...list.children].some((li) => !li.hidden);
    }
  }

  function writeUrl(chosen, chosenYear) {
    const url = new URL(location.href);
    if (chosen.length === all.length) url.searchParams.delete('p');
    else url.searchParams.set('p', chosen.join(','));
    if (chosenYear) url.searchParams.set('year', chosenYear);
    else url.searchParams.delete('year');
    history.replaceState(null, '', url.pathname + (url.searchParams.size ? `?${url.searchParams.toString().replaceAll('%2C', ',')}` : '') + url.hash);
  }

  function current() {
    return boxes.filter((b) => b.checked).map((b) => b.value);
  }

  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.name === 'p' && current().length < MIN) {
      event.target.checked = true;
      status.textContent = `至少选择${MIN}个省份进行对比。`;
      return;
    }
    const chosen = current();
    status.textContent = `正在对比${chosen.length}个省份。`;
    apply(chosen, year.value);
    writeUrl(chosen, year.value);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  // A link to another row (同一目标，亦列于…行) lands it below the province row stuck atop the table, whose height
  // follows the columns shown and the width: measured when followed.
  const table = document.querySelector('main .compare-table');
  table?.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a[href^="#row-"]')) table.style.setProperty('--head-height', `${table.tHead.getBoundingClientRect().height}px`);
  });

  const initial = fromUrl();
  for (const box of boxes) box.checked = initial.provinces.includes(box.value);
  if ([...year.options].some((o) => o.value === initial.year)) year.value = initial.year;
  else if (initial.year) initial.notes.push(`链接中的年份${/^[\w-]{1,24}$/u.test(initial.year) ? `“${initial.year}”` : ''}不在可选年份中，已显示全部年份`);
  form.hidden = false;
  apply(initial.provinces, year.value);
  // Said once the region is shown, so a screen reader hears it too.
  if (initial.notes.length > 0) status.textContent = `${initial.notes.join('；')}。`;
})();
