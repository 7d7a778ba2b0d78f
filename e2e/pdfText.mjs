/**
 * The text of a PDF as Chromium prints it (Skia: compressed content streams, fonts with a
 * ToUnicode map), enough for the browser checks to assert what a printed page says
 * without a PDF library: objects are read, Flate streams inflated, each page's text
 * operators decoded with the ToUnicode map of the font they select.
 */
import zlib from 'node:zlib';

const REF = /(\d+)\s+0\s+R/;

/** Every `N 0 obj … endobj`: its dictionary text and its stream bytes, inflated. */
function readObjects(buffer) {
  const text = buffer.toString('latin1');
  const objects = new Map();
  const objectPattern = /(\d+)\s+0\s+obj\b/g;
  let match;
  while ((match = objectPattern.exec(text))) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endobj', start);
    if (end < 0) break;
    const body = text.slice(start, end);
    const streamAt = body.indexOf('stream');
    let dict = body;
    let stream;
    if (streamAt >= 0 && !body.slice(0, streamAt).includes('endstream')) {
      dict = body.slice(0, streamAt);
      let dataStart = start + streamAt + 'stream'.length;
      if (text[dataStart] === '\r') dataStart += 1;
      if (text[dataStart] === '\n') dataStart += 1;
      const dataEnd = text.indexOf('endstream', dataStart);
      let bytes = buffer.subarray(dataStart, dataEnd);
      if (/\/FlateDecode/.test(dict)) {
        try {
          bytes = zlib.inflateSync(bytes, {
            finishFlush: zlib.constants.Z_SYNC_FLUSH,
          });
        } catch {
          bytes = Buffer.alloc(0);
        }
      }
      stream = bytes.toString('latin1');
    }
    objects.set(Number(match[1]), { dict, stream });
    objectPattern.lastIndex = end;
  }
  return objects;
}

const hexToCodes = (hex, width) => {
  const clean = hex.replace(/\s+/g, '');
  const codes = [];
  for (let i = 0; i < clean.length; i += width * 2) {
    codes.push(parseInt(clean.slice(i, i + width * 2), 16));
  }
  return codes;
};

const utf16 = hex => {
  const clean = hex.replace(/\s+/g, '');
  let out = '';
  for (let i = 0; i < clean.length; i += 4) {
    out += String.fromCharCode(parseInt(clean.slice(i, i + 4), 16));
  }
  return out;
};

/** A ToUnicode CMap as code → text, and the width of its codes in bytes. */
function parseCMap(cmap) {
  const map = new Map();
  let width = 2;
  const range = /begincodespacerange\s*<([0-9a-fA-F]+)>/.exec(cmap);
  if (range) width = range[1].length / 2;
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of block[1].matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g,
    )) {
      map.set(parseInt(src, 16), utf16(dst));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, rest] of block[1].matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g,
    )) {
      const from = parseInt(lo, 16);
      const to = parseInt(hi, 16);
      if (rest.startsWith('[')) {
        [...rest.matchAll(/<([0-9a-fA-F]+)>/g)].forEach(([, dst], i) =>
          map.set(from + i, utf16(dst)),
        );
      } else {
        const base = utf16(rest.slice(1, -1));
        const last = base.charCodeAt(base.length - 1);
        for (let code = from; code <= to; code++) {
          map.set(
            code,
            base.slice(0, -1) + String.fromCharCode(last + code - from),
          );
        }
      }
    }
  }
  return { map, width };
}

/** A dictionary entry that is either inline (`<< … >>`) or a reference to another object. */
function subDictionary(objects, dict, key) {
  const at = dict.indexOf(`/${key}`);
  if (at < 0) return '';
  const after = dict.slice(at + key.length + 1).trimStart();
  if (after.startsWith('<<')) {
    let depth = 0;
    for (let i = 0; i < after.length - 1; i++) {
      if (after.startsWith('<<', i)) {
        depth += 1;
        i += 1;
      } else if (after.startsWith('>>', i)) {
        depth -= 1;
        i += 1;
        if (depth === 0) return after.slice(0, i + 1);
      }
    }
    return after;
  }
  const ref = new RegExp(`^${REF.source}`).exec(after);
  return ref ? objects.get(Number(ref[1]))?.dict ?? '' : '';
}

/** Decodes a page's content stream with its fonts' maps. */
function pageText(content, fonts) {
  let font;
  let out = '';
  const decode = hex => {
    if (!font) return '';
    return hexToCodes(hex, font.width)
      .map(code => font.map.get(code) ?? '')
      .join('');
  };
  const tokens =
    /\/([^\s/<>[\]()]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F\s]*)>\s*Tj|\[((?:[^\]\\]|\\.)*)\]\s*TJ|\b(T\*|Td|TD|Tm|ET)\b/g;
  for (const [, fontName, hex, array, move] of content.matchAll(tokens)) {
    if (fontName) font = fonts.get(fontName);
    else if (hex !== undefined) out += decode(hex);
    else if (array !== undefined) {
      for (const [, part, kern] of array.matchAll(
        /<([0-9a-fA-F\s]*)>|(-?[\d.]+)/g,
      )) {
        if (part !== undefined) out += decode(part);
        else if (Number(kern) < -200) out += ' ';
      }
    } else if (move) out += move === 'ET' ? '\n' : ' ';
  }
  return out;
}

/** The text of every page, in order, and the document's Title if any. */
export function pdfText(buffer) {
  const objects = readObjects(buffer);
  const cmaps = new Map();
  const fontOf = number => {
    if (!cmaps.has(number)) {
      const dict = objects.get(number)?.dict ?? '';
      const toUnicode = new RegExp(`/ToUnicode\\s+${REF.source}`).exec(dict);
      const stream = toUnicode && objects.get(Number(toUnicode[1]))?.stream;
      cmaps.set(number, stream ? parseCMap(stream) : undefined);
    }
    return cmaps.get(number);
  };
  const pages = [];
  for (const { dict } of objects.values()) {
    if (!/\/Type\s*\/Page\b/.test(dict)) continue;
    const resources = subDictionary(objects, dict, 'Resources');
    const fontDict = subDictionary(objects, resources, 'Font');
    const fonts = new Map();
    for (const [, name, number] of fontDict.matchAll(
      /\/([^\s/<>[\]]+)\s+(\d+)\s+0\s+R/g,
    )) {
      const font = fontOf(Number(number));
      if (font) fonts.set(name, font);
    }
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+0\s+R)/.exec(dict);
    const refs = contents ? [...contents[1].matchAll(/(\d+)\s+0\s+R/g)] : [];
    pages.push(
      refs
        .map(([, n]) => pageText(objects.get(Number(n))?.stream ?? '', fonts))
        .join('\n'),
    );
  }
  return { pages, text: pages.join('\n') };
}
