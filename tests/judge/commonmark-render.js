// Renders Markdown with commonmark.js, the CommonMark reference implementation (pinned in tests/package.json).
// Reads a JSON array of Markdown strings on stdin and writes the JSON array of their HTML renderings on stdout.
'use strict';
const commonmark = require('commonmark');

const reader = new commonmark.Parser();
const writer = new commonmark.HtmlRenderer();
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  const documents = JSON.parse(input);
  process.stdout.write(JSON.stringify(documents.map(markdown => writer.render(reader.parse(markdown)))));
});
