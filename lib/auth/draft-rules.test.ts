import { describe, expect, it } from 'vitest';
import { draftValues, isDraftOf, parseDraft } from './draft-rules';

describe('a draft of a form sent after its session ended', () => {
  it('keeps what was typed, not the framework’s fields nor a password', () => {
    expect(
      draftValues({
        narrative: '进展',
        $ACTION_REF_1: '',
        '$ACTION_1:0': '{"id":"x"}',
        $ACTION_KEY: 'k',
        newPassword: 'secret',
        currentPassword: 'old',
        asOf: '2023-09-30',
      }),
    ).toEqual({ narrative: '进展', asOf: '2023-09-30' });
  });

  it('belongs on the page it was posted from, whatever its query, and on no other', () => {
    expect(isDraftOf('/tasks/10/update', '/tasks/10/update')).toBe(true);
    expect(isDraftOf('/tasks/10/update?year=2023', '/tasks/10/update')).toBe(true);
    expect(isDraftOf('/tasks/10/update#narrative', '/tasks/10/update')).toBe(true);
    expect(isDraftOf('/tasks/1/update', '/tasks/10/update')).toBe(false);
    expect(isDraftOf('/tasks/10/update', '/tasks/1')).toBe(false);
    expect(isDraftOf('/tasks/100/update', '/tasks/10/update')).toBe(false);
  });

  it('reads back only a JSON object of strings', () => {
    expect(parseDraft('{"narrative":"进展","asOf":"2023-09-30"}')).toEqual({ narrative: '进展', asOf: '2023-09-30' });
    expect(parseDraft('["a"]')).toBeNull();
    expect(parseDraft('{"n":1}')).toBeNull();
    expect(parseDraft('null')).toBeNull();
    expect(parseDraft('{')).toBeNull();
  });
});
