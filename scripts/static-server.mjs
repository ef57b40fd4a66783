// A plain static file server, as a static host behaves: serves DIR under a
// base path, answers a folder with its index.html (redirecting /x to /x/),
// and an unknown path with 404.html and status 404.
//
// usage: node scripts/static-server.mjs DIR [--base /roadmap] [--port 8080] [--host 127.0.0.1]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

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
  const send = async (res, file, status = 200) => {
    const body = await readFile(file);
    res.writeHead(status, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "content-length": body.length,
      "cache-control": "no-cache",
    });
    res.end(body);
  };
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, "http://localhost");
      let path = decodeURIComponent(url.pathname);
      if (prefix && path === prefix) {
        res.writeHead(301, { location: `${prefix}/${url.search}` });
        return res.end();
      }
      if (!path.startsWith(`${prefix}/`)) return send(res, join(root, "404.html"), 404);
      path = path.slice(prefix.length);
      const file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) return send(res, join(root, "404.html"), 404);
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!path.endsWith("/")) {
          res.writeHead(301, { location: `${prefix}${path}/${url.search}` });
          return res.end();
        }
        const index = join(file, "index.html");
        if (await stat(index).catch(() => null)) return send(res, index);
      } else if (info?.isFile()) {
        return send(res, file);
      }
      return send(res, join(root, "404.html"), 404);
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
