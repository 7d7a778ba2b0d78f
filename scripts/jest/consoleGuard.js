/*
 * Every test file of every package runs with this (root package.json `jest`): a test
 * that prints an unexpected console error or warning fails, so the run stays silent and
 * a forgotten act() or a swallowed error shows. Only the warnings of third-party
 * components this repository cannot change are let through, each named here.
 */
const failOnConsole = require('jest-fail-on-console');

/** Library warnings outside this repository's code (React 18 deprecations in MUI v4 and material-table, React Router v7 notices from Backstage's classic app). */
const LIBRARY_WARNINGS = [
  /React Router Future Flag Warning/, // the classic createApp's router, not configurable from a plugin
  /findDOMNode is deprecated/, // @material-ui/core v4 Transition/Tooltip in StrictMode
  /Support for defaultProps will be removed from (function|memo) components/, // material-table, react-beautiful-dnd
];

failOnConsole({
  shouldFailOnError: true,
  shouldFailOnWarn: true,
  silenceMessage: message =>
    LIBRARY_WARNINGS.some(pattern => pattern.test(String(message))),
});
