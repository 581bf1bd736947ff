import { describe, expect, it } from 'vitest';
import { codeBlock, escapeMarkdown } from '../src/markdown.js';

describe('markdown helpers', () => {
  it('escapeMarkdown neutralises HTML, Markdown punctuation, pipes and line breaks', () => {
    expect(escapeMarkdown('<b>a</b> & [l](u) *e* _u_ #h |p| @m ~s~ `c`\r\nnext')).toBe(
      '&lt;b&gt;a&lt;/b&gt; &amp; \\[l\\]\\(u\\) \\*e\\* \\_u\\_ \\#h \\|p\\| \\@\u2060m \\~s\\~ \\`c\\`<br>next',
    );
  });

  it('codeBlock picks a fence longer than any backtick run', () => {
    expect(codeBlock('plain')).toBe('```text\nplain\n```');
    expect(codeBlock('a ```` b')).toBe('`````text\na ```` b\n`````');
  });
});
