/** Units of src/parse/repository-url.ts: a clone URL's web side, a commit's page, a web address. */
import { describe, expect, it } from 'vitest';
import { commitUrlOf, repositoryLink, webUrl } from '../src/parse/repository-url.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';

describe('repositoryLink', () => {
  it.each([
    ['https://github.com/acme/shop.git', 'https://github.com', 'acme/shop', 'github'],
    ['https://github.com/acme/shop/', 'https://github.com', 'acme/shop', 'github'],
    ['https://user:token@github.com/acme/shop.git', 'https://github.com', 'acme/shop', 'github'],
    ['git@github.com:acme/shop.git', 'https://github.com', 'acme/shop', 'github'],
    [
      'ssh://git@gitlab.com:2222/group/sub/project.git',
      'https://gitlab.com',
      'group/sub/project',
      'gitlab',
    ],
    ['git@bitbucket.org:acme/shop.git', 'https://bitbucket.org', 'acme/shop', 'bitbucket'],
    ['https://codeberg.org/acme/shop.git', 'https://codeberg.org', 'acme/shop', 'gitea'],
    ['https://acme.ghe.com/acme/shop', 'https://acme.ghe.com', 'acme/shop', 'github'],
    [
      'http://git.example.com:8080/acme/shop.git',
      'http://git.example.com:8080',
      'acme/shop',
      undefined,
    ],
    ['git://git.example.com/acme/shop.git', 'https://git.example.com', 'acme/shop', undefined],
  ])('%s', (url, serverUrl, repository, host) => {
    expect(repositoryLink(url)).toEqual({ serverUrl, repository, host });
  });

  it.each([
    '',
    '/srv/git/shop.git',
    'file:///srv/git/shop.git',
    's3://bucket/shop.zip',
    '--upload-pack=touch /tmp/x',
    'https://github.com/',
  ])('%j is no repository', (url) => {
    expect(repositoryLink(url)).toBeUndefined();
  });

  it('takes the host kind the CI knows over the name', () => {
    expect(repositoryLink('https://git.example.com/g/p.git', 'gitlab')?.host).toBe('gitlab');
  });
});

describe('commitUrlOf', () => {
  it.each([
    ['https://github.com/acme/shop', `https://github.com/acme/shop/commit/${SHA}`],
    ['https://gitlab.com/g/p', `https://gitlab.com/g/p/-/commit/${SHA}`],
    ['https://bitbucket.org/acme/shop', `https://bitbucket.org/acme/shop/commits/${SHA}`],
    ['https://codeberg.org/acme/shop', `https://codeberg.org/acme/shop/commit/${SHA}`],
    // A self-hosted server's form is unknown: no link rather than a wrong one.
    ['https://git.example.com/acme/shop', ''],
  ])('%s', (url, expected) => {
    expect(commitUrlOf(repositoryLink(url), SHA)).toBe(expected);
  });

  it('is empty without a commit or a repository', () => {
    expect(commitUrlOf(repositoryLink('https://github.com/a/b'), '')).toBe('');
    expect(commitUrlOf(undefined, SHA)).toBe('');
  });
});

describe('webUrl', () => {
  it.each([
    ['https://ci.example.com/job/shop/57/', 'https://ci.example.com/job/shop/57'],
    ['https://u:p@ci.example.com/x', 'https://ci.example.com/x'],
    ['javascript:alert(1)', ''],
    ['not a url', ''],
    [undefined, ''],
  ])('%j', (text, expected) => {
    expect(webUrl(text)).toBe(expected);
  });
});
