// "Insert into page": types text into the field focused on the host page, at the caret, the way
// frameworks (React, Vue, Angular) expect to hear about it. Never touches innerHTML.
import type { InsertResult } from '@/utils/messaging/protocol';
import { isTextInputType, spliceText } from './spliceText';

type TextField = HTMLInputElement | HTMLTextAreaElement;

/** The focused element, looking through open shadow roots (many CRMs use web components). */
export function deepActiveElement(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

export function editableTarget(el: Element | null): TextField | HTMLElement | null {
  if (!el) return null;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea')
    return (el as HTMLTextAreaElement).readOnly || (el as HTMLTextAreaElement).disabled
      ? null
      : (el as HTMLTextAreaElement);
  if (tag === 'input') {
    const input = el as HTMLInputElement;
    return isTextInputType(input.getAttribute('type')) && !input.readOnly && !input.disabled ? input : null;
  }
  if ((el as HTMLElement).isContentEditable) return el as HTMLElement;
  return null;
}

export function insertText(doc: Document, text: string): InsertResult {
  const target = editableTarget(deepActiveElement(doc));
  if (!target) return { ok: false, reason: 'no_editable_focus' };
  if (target instanceof doc.defaultView!.HTMLInputElement || target instanceof doc.defaultView!.HTMLTextAreaElement) {
    insertIntoField(target as TextField, text);
  } else {
    insertIntoContentEditable(doc, target, text);
  }
  return { ok: true };
}

function insertIntoField(field: TextField, text: string): void {
  let start: number | null = null;
  let end: number | null = null;
  try {
    start = field.selectionStart;
    end = field.selectionEnd;
  } catch {
    // Some input types throw on selection access; append instead.
  }
  const next = spliceText(field.value, start, end, text);
  // React tracks the value through the prototype's setter; assigning `field.value` directly
  // would be swallowed and the app's state would not change.
  const proto = Object.getPrototypeOf(field) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(field, next.value);
  else field.value = next.value;
  try {
    field.setSelectionRange(next.caret, next.caret);
  } catch {
    // Not supported on this input type: the caret stays where the browser puts it.
  }
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

function insertIntoContentEditable(doc: Document, el: HTMLElement, text: string): void {
  el.focus();
  // execCommand keeps the editor's undo stack and fires beforeinput/input itself; rich editors
  // (ProseMirror, Slate, Lexical) listen for exactly that.
  if (doc.execCommand?.('insertText', false, text)) return;
  const selection = doc.getSelection();
  const node = doc.createTextNode(text);
  if (selection && selection.rangeCount > 0 && el.contains(selection.getRangeAt(0).commonAncestorContainer)) {
    const range = selection.getRangeAt(0);
    range.deleteContents();
    range.insertNode(node);
    range.setStartAfter(node);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
  } else {
    el.appendChild(node);
  }
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}
