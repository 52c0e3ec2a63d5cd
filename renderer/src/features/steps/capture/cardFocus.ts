import type { KeyboardEvent } from 'react';

/**
 * Keyboard model for a point's card list (WCAG 2.4.3 and 2.4.1). A list is one Tab stop: the
 * active card. Up and Down arrows move between cards, Home and End to the ends; Right and Left
 * walk the card's actions (Edit, Up, Down, Move, Tags, Delete), Escape goes back to the card;
 * Enter on a card edits it and Delete deletes it. After an action removes or moves the focused
 * control, focus goes to the card, the next card or the capture box, never to <body>.
 */

export const cardElementId = (cardId: string): string => `card-${cardId}`;
export const cardToolId = (cardId: string, tool: string): string => `card-${cardId}-${tool}`;
export const captureInputId = (kind: string, point: string): string => `capture-${kind}-${point}`;
export const cardListHintId = (kind: string, point: string): string =>
  `cards-hint-${kind}-${point}`;

const TOOL = '[data-card-tool]';

/**
 * Focuses the element with this id once React has committed the change that made it (the next
 * frame). `fallbackId` is used when the first is missing or disabled.
 */
export const focusSoon = (id: string, fallbackId?: string): void => {
  requestAnimationFrame(() => {
    const el = document.getElementById(id);
    const usable = el && !(el instanceof HTMLButtonElement && el.disabled);
    const target = usable ? el : fallbackId ? document.getElementById(fallbackId) : null;
    target?.focus();
  });
};

/** Where focus goes when this card leaves the list: the next card, else the one before. */
export const neighbourId = (cardId: string): string | undefined => {
  const li = document.getElementById(cardElementId(cardId));
  const next = li?.nextElementSibling ?? li?.previousElementSibling;
  return next instanceof HTMLElement && next.id ? next.id : undefined;
};

const enabledTools = (card: Element): HTMLElement[] =>
  Array.from(card.querySelectorAll<HTMLElement>(TOOL)).filter(
    (el) => !(el as HTMLButtonElement | HTMLSelectElement).disabled,
  );

export const onCardListKeyDown = (e: KeyboardEvent<HTMLElement>): void => {
  const target = e.target as HTMLElement;
  const card = target.closest<HTMLElement>('[data-card-id]');
  if (!card) return;
  const focus = (el: Element | null | undefined): void => {
    if (el instanceof HTMLElement) {
      e.preventDefault();
      el.focus();
    }
  };

  if (target === card) {
    const cards = Array.from(
      e.currentTarget.querySelectorAll<HTMLElement>(':scope > [data-card-id]'),
    );
    const at = cards.indexOf(card);
    if (e.key === 'ArrowDown') focus(cards[at + 1]);
    else if (e.key === 'ArrowUp') focus(cards[at - 1]);
    else if (e.key === 'Home') focus(cards[0]);
    else if (e.key === 'End') focus(cards[cards.length - 1]);
    else if (e.key === 'ArrowRight') focus(enabledTools(card)[0]);
    else if (e.key === 'ArrowLeft') focus(enabledTools(card).at(-1));
    else if (e.key === 'Enter') {
      e.preventDefault();
      card.querySelector<HTMLElement>('[data-card-tool="edit"]')?.click();
    } else if (e.key === 'Delete') {
      e.preventDefault();
      card.querySelector<HTMLElement>('[data-card-tool="delete"]')?.click();
    }
    return;
  }

  if (!target.matches(TOOL)) return;
  const tools = enabledTools(card);
  const at = tools.indexOf(target);
  // A closed select keeps its own Up and Down; Left and Right always walk the actions.
  if (e.key === 'ArrowRight') focus(tools[at + 1] ?? target);
  else if (e.key === 'ArrowLeft') focus(at > 0 ? tools[at - 1] : card);
  else if (e.key === 'Escape') {
    // Back to the card only: not also out of presentation mode.
    e.stopPropagation();
    focus(card);
  }
};
