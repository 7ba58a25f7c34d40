import { describe, expect, it } from 'vitest';
import {
  countTemplateParams,
  renderTemplate,
  TEMPLATE_NAME,
  templateBodyProblem,
  templateParamsProblem,
} from './templates';

describe('template parameters', () => {
  it('counts the highest positional parameter', () => {
    expect(countTemplateParams('Hi {{1}}, your order {{2}} is on its way.')).toBe(2);
    expect(countTemplateParams('No parameters here.')).toBe(0);
    expect(countTemplateParams('{{2}} then {{1}} then {{2}} again')).toBe(2);
    expect(countTemplateParams('Spaced {{ 3 }} {{1}} {{2}}')).toBe(3);
  });

  it('names a gap or a {{0}} in the numbering', () => {
    expect(templateBodyProblem('Hi {{1}} and {{3}}')).toBe(
      '{{2}} is missing: parameters must be numbered {{1}} to {{3}} without gaps',
    );
    expect(templateBodyProblem('Hi {{0}}')).toBe('parameters are numbered from {{1}}');
    expect(templateBodyProblem('Hi {{1}}, {{2}}')).toBeNull();
    expect(templateBodyProblem('Plain')).toBeNull();
  });

  it('renders each parameter where it appears, repeats included', () => {
    expect(renderTemplate('Hi {{1}}, your order {{2}} is on its way.', ['Sheena', '#1234'])).toBe(
      'Hi Sheena, your order #1234 is on its way.',
    );
    expect(renderTemplate('{{1}}… {{1}}!', ['Ana'])).toBe('Ana… Ana!');
  });

  it('leaves parameters not filled in yet as placeholders for the preview', () => {
    expect(renderTemplate('Hi {{1}}, order {{2}}', ['Ana'])).toBe('Hi Ana, order {{2}}');
    expect(renderTemplate('Hi {{1}}, order {{2}}', ['', 'X'])).toBe('Hi {{1}}, order X');
  });

  it('does not treat a value that looks like a placeholder as one', () => {
    expect(renderTemplate('{{1}} and {{2}}', ['{{2}}', 'b'])).toBe('{{2}} and b');
  });

  it('checks the number of parameters and that none is blank', () => {
    const body = 'Hi {{1}}, your order {{2}} is on its way.';
    expect(templateParamsProblem(body, ['a', 'b'])).toBeNull();
    expect(templateParamsProblem(body, ['a'])).toBe('expected 2 parameters, got 1');
    expect(templateParamsProblem('Hi {{1}}', [])).toBe('expected 1 parameter, got 0');
    expect(templateParamsProblem(body, ['a', '  '])).toBe('{{2}} is empty');
  });

  it('accepts only Meta-style template names', () => {
    expect(TEMPLATE_NAME.test('order_update')).toBe(true);
    expect(TEMPLATE_NAME.test('Order Update')).toBe(false);
  });
});
