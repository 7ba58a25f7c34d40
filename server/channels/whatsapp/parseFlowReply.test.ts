import { describe, expect, it } from 'vitest';
import { parseFlowReply } from './parseFlowReply';

const reply = (response_json: string) => ({ name: 'flow', body: 'Sent', response_json });

describe('parseFlowReply', () => {
  it('reads answers as text (lists joined, booleans as yes/no), keeps the flow token apart, leaves pickers out', () => {
    const form = parseFlowReply(
      reply(
        JSON.stringify({
          flow_token: 'tok-1',
          age: 42,
          topics: ['billing', 'returns'],
          newsletter: true,
          photo: [{ media_id: '1', file_name: 'a.jpg' }],
        }),
      ),
    );
    expect(form).toEqual({
      name: 'flow',
      flowToken: 'tok-1',
      answers: [
        { name: 'age', value: '42' },
        { name: 'topics', value: 'billing, returns' },
        { name: 'newsletter', value: 'yes' },
      ],
    });
  });

  it.each([
    ['not JSON', reply('{"full_name": ')],
    ['a JSON array', reply('["a"]')],
    ['a JSON string', reply('"hello"')],
    ['no response_json', { name: 'flow', body: 'Sent' }],
    ['not an object', 'Sent'],
  ])('refuses %s (the message stays unsupported)', (_, value) => {
    expect(parseFlowReply(value)).toBeNull();
  });

  it('a reply without a token or answers is still a form', () => {
    expect(parseFlowReply(reply('{}'))).toEqual({ name: 'flow', flowToken: null, answers: [] });
  });
});
