/**
 * <Field>, <TextField> and <Check> as markup (react-dom/server): the label names the control, and the
 * hint and error are its description, linked by id as the hand-written blocks did.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Check } from '../../../../renderer/components/check.js';
import { Field } from '../../../../renderer/components/field.js';
import { TextField } from '../../../../renderer/components/text-field.js';

const noop = (): void => undefined;

function attr(html: string, tag: string, name: string): string | null {
  const element = new RegExp(`<${tag}\\b[^>]*>`).exec(html)?.[0] ?? '';
  return new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1] ?? null;
}

function idOf(html: string, className: string): string | null {
  return new RegExp(`<p class="${className}" id="([^"]+)"`).exec(html)?.[1] ?? null;
}

describe('<Field>', () => {
  it('links the label to the control and, with neither hint nor error, describes nothing', () => {
    const html = renderToStaticMarkup(
      createElement(Field, { label: 'Name', children: (c) => createElement('input', c) }),
    );
    expect(attr(html, 'label', 'for')).toBe(attr(html, 'input', 'id'));
    expect(attr(html, 'input', 'aria-describedby')).toBeNull();
    expect(attr(html, 'input', 'aria-invalid')).toBeNull();
  });

  it('describes the control by its error, then its hint, and marks it invalid while the error shows', () => {
    const html = renderToStaticMarkup(
      createElement(Field, {
        label: 'Days',
        hint: 'From 1 to 3650.',
        error: 'Type a number.',
        children: (c) => createElement('input', c),
      }),
    );
    // The error first: a screen reader says what is wrong before the standing hint (issue 31).
    expect(attr(html, 'input', 'aria-describedby')).toBe(
      `${idOf(html, 'field-error') ?? '?'} ${idOf(html, 'hint') ?? '?'}`,
    );
    expect(attr(html, 'input', 'aria-invalid')).toBe('true');
    expect(html).toContain('Type a number.');
  });

  it('shows no error for null', () => {
    const html = renderToStaticMarkup(
      createElement(Field, { label: 'Days', error: null, children: (c) => createElement('input', c) }),
    );
    expect(html).not.toContain('field-error');
  });
});

describe('<TextField>', () => {
  it('is a Field: hint linked, extras after it', () => {
    const html = renderToStaticMarkup(
      createElement(TextField, {
        label: 'Application key',
        value: '',
        onChange: noop,
        hint: 'Optional.',
        children: createElement('a', { href: '#' }, 'Help'),
      }),
    );
    expect(attr(html, 'input', 'aria-describedby')).toBe(idOf(html, 'hint'));
    expect(attr(html, 'input', 'type')).toBe('text');
    expect(html.indexOf('Optional.')).toBeLessThan(html.indexOf('Help'));
  });
});

describe('<Check>', () => {
  it('is a checkbox named by its words', () => {
    const html = renderToStaticMarkup(
      createElement(Check, { label: 'Remember username', checked: true, onChange: noop }),
    );
    expect(html).toMatch(
      /^<label class="check"><input type="checkbox" checked=""\/><span>Remember username<\/span><\/label>$/,
    );
  });
});
