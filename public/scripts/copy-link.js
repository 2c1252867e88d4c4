// Copy buttons under each clause, shown only when the Clipboard API is there ("¶ 本条链接" works
// without it): 复制链接 copies the clause's address; 复制引用 a citation, the document's part
// (data-cite-lead on the reader), the clause's (data-cite), then the address.
if (navigator.clipboard) {
  const lead = document.querySelector('[data-cite-lead]')?.dataset.citeLead ?? '';
  // The button's changed label is not announced: a status region says what happened.
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  document.body.append(status);
  for (const button of document.querySelectorAll('button.copy-link, button.copy-cite')) {
    const label = button.textContent;
    button.hidden = false;
    button.addEventListener('click', async () => {
      // The clause's own address: not the ?q= a search result opened the page with.
      const url = new URL(`${location.pathname}#${button.dataset.anchor}`, location.origin).href;
      const text = button.dataset.cite === undefined ? url : `${lead}${button.dataset.cite}。未来产业政策图谱：${url}`;
      let said;
      try {
        await navigator.clipboard.writeText(text);
        button.textContent = '已复制';
        said = button.dataset.cite === undefined ? '已复制本条链接' : '已复制本条引用';
      } catch {
        button.textContent = said = '复制失败，请用“¶ 本条链接”';
      }
      status.textContent = said;
      // Cleared afterwards, so the next copy is a change the screen reader announces again.
      setTimeout(() => { button.textContent = label; status.textContent = ''; }, 2000);
    });
  }
}
