// A wide table's box is a keyboard stop only while it scrolls. The markup makes every box focusable,
// so without JavaScript each can still be scrolled; here the stop goes from those that fit, which on
// /data/ would otherwise cost a keyboard user some sixty presses of Tab.
const boxes = document.querySelectorAll('.table-scroll');
function update() {
  for (const box of boxes) {
    // Wider or (the home heatmap on a phone) taller than the box.
    if (box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1) box.setAttribute('tabindex', '0');
    else box.removeAttribute('tabindex');
  }
}
if (boxes.length > 0) {
  update();
  addEventListener('resize', update);
}
