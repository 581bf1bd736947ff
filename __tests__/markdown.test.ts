import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../src/report/markdown.js';

describe('markdown helpers', () => {
  it('escapeMarkdown neutralises HTML, Markdown punctuation, pipes and line breaks', () => {
    expect(escapeMarkdown('<b>a</b> & [l](u) *e* _u_ #h |p| @m ~s~ `c`\r\nnext')).toBe(
      '&lt;b&gt;a&lt;/b&gt; &amp; \\[l\\]\\(u\\) \\*e\\* \\_u\\_ \\#h \\|p\\| \\@\u2060m \\~s\\~ \\`c\\`<br>next',
    );
  });

  it('escapeMarkdown keeps a URL or www. from becoming a link', () => {
    expect(escapeMarkdown('see https://evil.example, www.evil.example and wwwx.example')).toBe(
      'see https\u2060\\://evil\\.example, www\u2060\\.evil\\.example and wwwx\\.example',
    );
  });
});
