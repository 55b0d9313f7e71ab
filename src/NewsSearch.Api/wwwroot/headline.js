// An article published without a title shows its lead sentence in the title's place, marked as such: the API sends
// it as `lead_for_title` beside the (empty) `title`. Text only ever goes in as text.
export function fillHeadline(element, item) {
  if (item.title || !item.lead_for_title) {
    element.textContent = item.title;
    return;
  }
  const label = document.createElement('span');
  label.className = 'lead-label';
  label.textContent = 'بلا عنوان — ';
  element.classList.add('lead-title');
  element.append(label, item.lead_for_title);
}
