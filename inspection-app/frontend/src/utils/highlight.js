// Search highlights arrive HTML-encoded by Elasticsearch with the matched words in <em>…</em>. They are never put into
// the page as HTML: this splits a fragment into plain-text parts (entities decoded) and marked parts, and the page
// renders each as a text node, so nothing in an indexed record can become markup.

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", '#x2F': '/', '#x2f': '/', '#47': '/', '#x3D': '=', '#x3d': '=', '#96': '`', '#x60': '`' }

export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, name) => {
    if (name in ENTITIES) return ENTITIES[name]
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      if (Number.isFinite(code) && code > 0 && code <= 0x10ffff) return String.fromCodePoint(code)
    }
    return whole
  })
}

/** `a &lt;b&gt; <em>整改</em> c` → [{text:'a <b> ', hit:false}, {text:'整改', hit:true}, {text:' c', hit:false}] */
export function highlightParts(fragment) {
  const parts = []
  let hit = false
  for (const piece of String(fragment ?? '').split(/(<em>|<\/em>)/)) {
    if (piece === '<em>') hit = true
    else if (piece === '</em>') hit = false
    else if (piece) parts.push({ text: decodeEntities(piece), hit })
  }
  return parts
}
