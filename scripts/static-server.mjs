// A plain static file server, as a static host behaves: serves DIR under a
// base path, answers a folder with its index.html (redirecting /x to /x/),
// and an unknown path with 404.html and status 404.
//
// usage: node scripts/static-server.mjs DIR [--base /roadmap] [--port 8080] [--host 127.0.0.1]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".ico": "image/x-icon",
};

export function startServer({ dir, base = "", port = 8080, host = "127.0.0.1" }) {
  const root = resolve(dir);
  const prefix = base.replace(/\/+$/, "");
  // Like a real host, text and wasm go out compressed when the client asks.
  const compressed = new Map();
  const send = async (res, file, status = 200, accept = "") => {
    let body = await readFile(file);
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const headers = { "content-type": type, "cache-control": "no-cache", vary: "accept-encoding" };
    const encoding = /\bbr\b/.test(accept) ? "br" : /\bgzip\b/.test(accept) ? "gzip" : null;
    if (encoding && !type.startsWith("image/png")) {
      const { mtimeMs } = await stat(file);
      const key = `${encoding}:${file}:${mtimeMs}:${body.length}`;
      if (!compressed.has(key)) {
        compressed.set(
          key,
          encoding === "br"
            ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
            : gzipSync(body, { level: 9 }),
        );
      }
      body = compressed.get(key);
      headers["content-encoding"] = encoding;
    }
    headers["content-length"] = body.length;
    res.writeHead(status, headers);
    res.end(body);
  };
  const server = createServer(async (req, res) => {
    const accept = req.headers["accept-encoding"] ?? "";
    try {
      const url = new URL(req.url, "http://localhost");
      let path = decodeURIComponent(url.pathname);
      if (prefix && path === prefix) {
        res.writeHead(301, { location: `${prefix}/${url.search}` });
        return res.end();
      }
      if (!path.startsWith(`${prefix}/`)) return send(res, join(root, "404.html"), 404, accept);
      path = path.slice(prefix.length);
      const file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) return send(res, join(root, "404.html"), 404, accept);
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!path.endsWith("/")) {
          res.writeHead(301, { location: `${prefix}${path}/${url.search}` });
          return res.end();
        }
        const index = join(file, "index.html");
        if (await stat(index).catch(() => null)) return send(res, index, 200, accept);
      } else if (info?.isFile()) {
        return send(res, file, 200, accept);
      }
      return send(res, join(root, "404.html"), 404, accept);
    } catch (error) {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(String(error));
    }
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const dir = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--")) ?? "dist";
  const base = option("--base", "");
  const port = Number(option("--port", "8080"));
  const host = option("--host", "127.0.0.1");
  const server = await startServer({ dir, base, port, host });
  const { port: actual } = server.address();
  console.log(`Serving ${dir} at http://${host}:${actual}${base.replace(/\/+$/, "")}/`);
}
