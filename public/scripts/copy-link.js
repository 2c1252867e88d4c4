// Copy-link buttons: shown only when the Clipboard API is there; the "¶ 本条链接" anchor works without it.
if (navigator.clipboard) {
  for (const button of document.querySelectorAll('button.copy-link')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const url = new URL(`#${button.dataset.anchor}`, location.href).href;
      try {
        await navigator.clipboard.writeText(url);
        button.textContent = '已复制';
      } catch {
        button.textContent = '复制失败，请用左侧链接';
      }
      setTimeout(() => { button.textContent = '复制链接'; }, 2000);
    });
  }
}
