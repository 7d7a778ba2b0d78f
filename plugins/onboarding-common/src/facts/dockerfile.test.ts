import { finalUser, isRootUser } from './dockerfile';

describe('finalUser', () => {
  it('reads the last USER of the final stage', () => {
    expect(
      finalUser(
        [
          'FROM maven:3-eclipse-temurin-21 AS build',
          'USER root',
          'RUN mvn package',
          '# the runtime image',
          'FROM eclipse-temurin:21-jre',
          'user 1001:0',
          'USER app',
        ].join('\n'),
      ),
    ).toBe('app');
  });

  it('ignores a USER of an earlier stage only', () => {
    expect(
      finalUser('FROM node:22 AS build\nUSER node\nFROM nginx:1.27\nCOPY . .'),
    ).toBeUndefined();
  });

  it('inherits the user of the stage the final one is built from', () => {
    expect(
      finalUser('FROM node:22 AS base\nUSER node\nFROM base\nCMD ["node"]'),
    ).toBe('node');
  });

  it('joins continuation lines and skips FROM flags', () => {
    expect(
      finalUser(
        'FROM --platform=linux/amd64 alpine:3 AS run\nRUN adduser -D app \\\n  && echo ok\nUSER \\\n  app',
      ),
    ).toBe('app');
  });

  it('skips comments and blank lines inside a continuation', () => {
    expect(
      finalUser(
        'FROM alpine:3\nRUN apk add curl \\\n# why\n\n  && true\nUSER app',
      ),
    ).toBe('app');
  });

  it('does not take a USER line of a heredoc body for an instruction', () => {
    const heredoc = [
      'FROM alpine:3',
      'USER app',
      'RUN <<EOF',
      'USER root',
      'EOF',
      'COPY <<-"CONF" /etc/app.conf',
      'USER root',
      '\tCONF',
      'RUN cat <<< "USER root"',
    ].join('\n');
    expect(finalUser(heredoc)).toBe('app');
    // A here-string opens no heredoc: the USER after it counts.
    expect(finalUser('FROM alpine:3\nRUN cat <<< x\nUSER app')).toBe('app');
  });

  it('reads Windows line endings and a stage named in another case', () => {
    expect(
      finalUser('FROM node:22 As Base\r\nUSER node\r\nFROM base\r\n'),
    ).toBe('node');
  });

  it('finds no user in an empty or FROM-less file', () => {
    expect(finalUser('')).toBeUndefined();
    expect(finalUser('USER app')).toBeUndefined();
  });
});

describe('isRootUser', () => {
  it.each([
    ['root', true],
    ['0', true],
    ['root:root', true],
    ['0:0', true],
    ['rootless', false],
    ['1001', false],
    ['app:0', false],
    ['0app', false],
  ])('%s → %s', (user, root) => expect(isRootUser(user)).toBe(root));
});
