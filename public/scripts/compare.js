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

  /** Province ids from ?p= (comma-separated, or repeated by a plain form submit). */
  function fromUrl() {
    const params = new URLSearchParams(location.search);
    const wanted = params.getAll('p').flatMap((v) => v.split(',')).filter((id) => all.includes(id));
    return { provinces: wanted.length >= MIN ? wanted : all, year: params.get('year') ?? '' };
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

  const initial = fromUrl();
  for (const box of boxes) box.checked = initial.provinces.includes(box.value);
  if ([...year.options].some((o) => o.value === initial.year)) year.value = initial.year;
  form.hidden = false;
  apply(initial.provinces, year.value);
})();
